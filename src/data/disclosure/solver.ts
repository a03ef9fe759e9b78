/**
 * The HiGHS solver (the `highs` package: HiGHS compiled to WebAssembly), loaded once and only
 * when an audit needs it, behind the two questions the audit asks.
 */
import type { Highs, Model } from 'highs';

/** One connected part of an audit problem, in local indices. */
export interface ModelSpec {
  n: number;
  rowStarts: readonly number[];
  rowIndex: readonly number[];
  rowCoef: readonly number[];
  rowLower: readonly number[];
  rowUpper: readonly number[];
  colLower: readonly number[];
  colUpper: readonly number[];
  integer: readonly number[];
}

/** A solution, or proof that there is none, or neither (a limit was reached). */
export type Outcome = Float64Array | 'infeasible' | 'unknown';

export interface AuditModel {
  /**
   * A solution minimising `cost · x`, when the linear relaxation's optimum is whole (or there
   * are no whole-number unknowns); else `'unknown'`: this is the cheap search for solutions, and
   * branch and bound is kept for the one-by-one questions.
   */
  solve(cost: Float64Array): Outcome;
  /**
   * A solution with `lower ≤ x[i] ≤ upper` (the bounds of x[i] are restored after). With a
   * `cost`, the linear relaxation is first asked for the solution that minimises it (one that
   * moves the other open unknowns too); when that optimum is not whole, the question is asked
   * again without cost, as without one. The answer (a solution, or none) does not depend on it.
   */
  solveWithin(i: number, lower: number, upper: number, cost?: Float64Array): Outcome;
  dispose(): void;
}

export interface Solver {
  /** `timeLimit`: seconds each run may take (default 20); it holds per run, not per model. */
  model(spec: ModelSpec, limits?: { timeLimit?: number }): AuditModel;
}

/** Where the browser build finds `highs.wasm` (set by the drop-in; Node finds it itself). */
let wasmUrl: string | undefined;
export function setSolverWasmUrl(url: string): void {
  wasmUrl = url;
}

let loading: Promise<Solver> | undefined;

/** The solver, loaded on first use. */
export function loadSolver(): Promise<Solver> {
  loading ??= import('highs')
    .then((module) => module.default(wasmUrl ? { locateFile: () => wasmUrl! } : {}))
    .then(wrap);
  loading.catch(() => (loading = undefined));
  return loading;
}

const OPTIONS = {
  output_flag: false,
  // A solution that differs from the true values is all the audit needs, not the optimum.
  mip_rel_gap: 0.5,
  mip_max_nodes: 2000,
  // Per run: HiGHS counts time_limit over all runs of a model since its clocks were last
  // zeroed, so run() zeroes them first. Otherwise a large part's later questions would find
  // the budget spent, answer 'unknown', and hide more on a slower machine.
  time_limit: 20,
};

function wrap(highs: Highs): Solver {
  const infinity = highs.infinity;
  const finite = (v: number): number => (v === Infinity ? infinity : v === -Infinity ? -infinity : v);
  const OPTIMAL = highs.constants.modelStatus.optimal;
  const INFEASIBLE = highs.constants.modelStatus.infeasible;
  return {
    model(spec: ModelSpec, limits?: { timeLimit?: number }): AuditModel {
      const { n } = spec;
      const isMip = spec.integer.some((x) => x === 1);
      const model: Model = highs.createModel({
        numCols: n,
        numRows: spec.rowLower.length,
        colCost: new Float64Array(n),
        colLower: Float64Array.from(spec.colLower, finite),
        colUpper: Float64Array.from(spec.colUpper, finite),
        rowLower: Float64Array.from(spec.rowLower, finite),
        rowUpper: Float64Array.from(spec.rowUpper, finite),
        matrix: { format: 'csr', numRows: spec.rowLower.length, numCols: n, starts: Int32Array.from(spec.rowStarts), indices: Int32Array.from(spec.rowIndex), values: Float64Array.from(spec.rowCoef) },
      } as Parameters<Highs['createModel']>[0] & object);
      model.options.set({ ...OPTIONS, time_limit: limits?.timeLimit ?? OPTIONS.time_limit });
      const all = { kind: 'range', from: 0, to: n - 1 } as const;
      const integrality = Int32Array.from(spec.integer);
      const continuous = new Int32Array(n);
      /** The linear relaxation first (these tables are close to networks, so its optimum is
       * usually whole); branch and bound only when it is not. Infeasible relaxed is infeasible. */
      const runRelaxedFirst = (branch: boolean): Outcome => {
        const relaxed = run();
        if (!isMip || relaxed === 'infeasible') return relaxed;
        if (typeof relaxed !== 'string' && spec.integer.every((x, i) => x === 0 || Math.abs(relaxed[i]! - Math.round(relaxed[i]!)) < 1e-9)) return relaxed;
        if (!branch) return 'unknown';
        // The model is kept continuous: a MIP run has a fixed cost of milliseconds even when tiny.
        model.changeColsIntegrality(all, integrality);
        try {
          return run();
        } finally {
          model.changeColsIntegrality(all, continuous);
        }
      };
      const run = (): Outcome => {
        model.zeroAllClocks();
        model.run();
        const status = model.getModelStatus();
        if (status === OPTIMAL || Number(model.info.get('primal_solution_status')) === 2) return model.getSolution().colValue;
        return status === INFEASIBLE ? 'infeasible' : 'unknown';
      };
      return {
        solve(cost) {
          model.changeColsCost(all, cost);
          return runRelaxedFirst(false);
        },
        solveWithin(i, lower, upper, cost) {
          model.changeColBounds(i, finite(lower), finite(upper));
          try {
            if (cost) {
              model.changeColsCost(all, cost);
              const pushed = runRelaxedFirst(false);
              if (pushed !== 'unknown') return pushed;
            }
            model.changeColsCost(all, new Float64Array(n));
            return runRelaxedFirst(true);
          } finally {
            model.changeColBounds(i, finite(spec.colLower[i]!), finite(spec.colUpper[i]!));
          }
        },
        dispose() {
          model.dispose();
        },
      };
    },
  };
}
