/**
 * The linear-programming audit of disclosure control: which hidden values can a reader work out
 * exactly from everything that is published?
 *
 * The reader (the attacker) knows every published number, every relation among them (as rows
 * `lower ≤ Σ coef·x ≤ upper`) and bounds on each unknown (a count shown as "< 5" lies in
 * 1 … 4). An unknown is *pinned* when every solution of that system gives it the same value. For
 * an integer unknown that means over the integer solutions (integer programming); for an amount
 * (hours, a mean) over the real ones.
 *
 * The method: the true values are one solution. An unknown is free as soon as one other
 * solution gives it another value. Each connected part of the system (unknowns linked by rows)
 * goes to the HiGHS solver (`highs`, WebAssembly) once as a model; a few solves with mixed
 * objectives find solutions that free most unknowns at once, and the rest are tested one by one
 * (is there a solution with x ≥ x* + 1, or with x ≤ x* − 1?). What no solution frees is pinned.
 */
import { loadSolver, type Outcome, type Solver } from './solver.js';
import { mulberry32 } from '../../model/random.js';

/** An audit problem: unknowns with bounds and one known solution, and the rows that bind them. */
export interface AuditProblem {
  /** The true value of each unknown: a solution of the system. */
  value: Float64Array;
  /** Bounds the reader knows (`Infinity` for none). */
  lower: Float64Array;
  upper: Float64Array;
  /** 1 for a whole number (a count), 0 for an amount. */
  integer: Uint8Array;
  /** 1 for an unknown that must not be pinned. */
  target: Uint8Array;
  /** Rows in compressed form: unknowns `index[starts[r] … starts[r + 1])` with `coef`. */
  rows: AuditRows;
}

export interface AuditRows {
  starts: number[];
  index: number[];
  coef: number[];
  lower: number[];
  upper: number[];
}

/** An empty set of rows, to add to with {@link addRow}. */
export function emptyRows(): AuditRows {
  return { starts: [0], index: [], coef: [], lower: [], upper: [] };
}

/** Add the row `lower ≤ Σ coef·x ≤ upper` (an unknown may appear once). */
export function addRow(rows: AuditRows, index: readonly number[], coef: readonly number[], lower: number, upper: number): void {
  for (let i = 0; i < index.length; i++) {
    rows.index.push(index[i]!);
    rows.coef.push(coef[i]!);
  }
  rows.starts.push(rows.index.length);
  rows.lower.push(lower);
  rows.upper.push(upper);
}

/**
 * How far an amount (hours, a mean) must be able to move to count as free: a reader who can
 * narrow a hidden amount to less than half an hour, or half a point, knows it.
 */
export const AMOUNT_RESOLUTION = 0.5;

/** Whether value `x` differs from the true value `v`: by a whole count, or by the resolution. */
function differs(x: number, v: number, integer: boolean): boolean {
  return integer ? Math.abs(x - v) > 0.5 : Math.abs(x - v) >= AMOUNT_RESOLUTION - 1e-9;
}

/** What the audit found for an unknown: free, pinned (proven), or not settled (a solver limit). */
export const FREE = 0;
export const PINNED = 1;
export const UNSETTLED = 2;

/**
 * Which targets the rows pin to one value: per unknown {@link FREE}, {@link PINNED} or
 * {@link UNSETTLED} (treat as pinned where privacy is at stake; never publish on it).
 * Deterministic: the mixed objectives come from a seeded generator.
 */
export async function findPinned(problem: AuditProblem): Promise<Uint8Array> {
  const size = problem.value.length;
  const result = new Uint8Array(size);
  if (!problem.target.some((t) => t === 1)) return result;
  const solver = await loadSolver();
  const rowOk = trueRows(problem);
  for (const part of components(problem)) {
    if (!part.some((v) => problem.target[v] === 1)) continue;
    for (const [v, status] of auditComponent(solver, problem, part, rowOk)) result[v] = status;
  }
  return result;
}

/**
 * The rows that the true values satisfy. A row they break (inconsistent input) is left out, so
 * that the true values stay a solution; that can only make the audit stricter.
 */
function trueRows(problem: AuditProblem): Uint8Array {
  const { starts, index, coef, lower, upper } = problem.rows;
  const ok = new Uint8Array(lower.length);
  for (let r = 0; r < lower.length; r++) {
    let activity = 0;
    let scale = 1;
    for (let x = starts[r]!; x < starts[r + 1]!; x++) {
      const term = coef[x]! * problem.value[index[x]!]!;
      activity += term;
      scale = Math.max(scale, Math.abs(term));
    }
    const tolerance = 1e-7 * scale;
    ok[r] = activity >= lower[r]! - tolerance && activity <= upper[r]! + tolerance ? 1 : 0;
  }
  return ok;
}

/** The connected parts of the system: unknowns linked by a row, each in ascending order. */
export function components(problem: AuditProblem): number[][] {
  const size = problem.value.length;
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  const { starts, index } = problem.rows;
  for (let r = 0; r + 1 < starts.length; r++) {
    const first = index[starts[r]!];
    if (first === undefined) continue;
    for (let x = starts[r]! + 1; x < starts[r + 1]!; x++) {
      const a = find(first);
      const b = find(index[x]!);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groups = new Map<number, number[]>();
  for (let v = 0; v < size; v++) {
    const root = find(v);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    group.push(v);
  }
  return [...groups.values()];
}

/** The targets of one connected part that no solution frees, with their status. */
function auditComponent(solver: Solver, problem: AuditProblem, part: readonly number[], rowOk: Uint8Array): [number, number][] {
  const local = new Map(part.map((v, i) => [v, i]));
  const n = part.length;
  // Rows of this part, in local indices (a row lies wholly in one part).
  const rowStarts = [0];
  const rowIndex: number[] = [];
  const rowCoef: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const { starts, index, coef, lower, upper } = problem.rows;
  const inPart = new Set<number>();
  for (const v of part) inPart.add(v);
  for (let r = 0; r + 1 < starts.length; r++) {
    const first = index[starts[r]!];
    if (first === undefined || !inPart.has(first) || !rowOk[r]) continue;
    for (let x = starts[r]!; x < starts[r + 1]!; x++) {
      rowIndex.push(local.get(index[x]!)!);
      rowCoef.push(coef[x]!);
    }
    rowStarts.push(rowIndex.length);
    rowLower.push(lower[r]!);
    rowUpper.push(upper[r]!);
  }
  const value = part.map((v) => problem.value[v]!);
  const integer = part.map((v) => problem.integer[v]!);
  // Bounds always hold the true value (a wrong bound would make the true values no solution).
  const colLower = part.map((v) => Math.min(problem.lower[v]!, problem.value[v]!));
  // Unknowns without an upper bound get a large one, so that every solve has an optimum. A
  // bound the reader does not know only makes the audit stricter, never weaker.
  const cap = 1000 + 10 * value.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const colUpper = part.map((v) => Math.max(Math.min(problem.upper[v]!, cap), problem.value[v]!));
  const open = new Set(part.flatMap((v, i) => (problem.target[v] === 1 ? [i] : [])));
  // Bounds that the rows imply settle the easy cases without the solver: a region route of 0
  // pins every hidden route of that region to 0.
  const pinnedByBounds = propagateBounds(rowStarts, rowIndex, rowCoef, rowLower, rowUpper, colLower, colUpper, integer);
  const settled: [number, number][] = [];
  for (const i of [...open]) {
    if (pinnedByBounds[i]) {
      open.delete(i);
      settled.push([part[i]!, PINNED]);
    }
  }
  if (open.size === 0) return settled;

  const unsettled = new Set<number>();
  const model = solver.model({ n, rowStarts, rowIndex, rowCoef, rowLower, rowUpper, colLower, colUpper, integer });
  try {
    const free = (outcome: Outcome): void => {
      if (typeof outcome === 'string') return;
      for (const i of [...open]) if (differs(outcome[i]!, value[i]!, integer[i] === 1)) open.delete(i);
    };
    // Mixed objectives first: each solution frees many unknowns at once.
    const random = mulberry32(0x5eed + n);
    for (let round = 0; round < 12 && open.size > 2; round++) {
      const before = open.size;
      for (const sense of [1, -1] as const) {
        const cost = new Float64Array(n);
        for (const i of open) cost[i] = sense * (1 + random());
        free(model.solve(cost));
      }
      if (open.size === before) break;
    }
    // Then one by one: a solution above the true value, or one below it. Its cost pushes the
    // other open unknowns away from their true values (alternately up and down), so that one
    // answer frees many of them too; whether there is a solution does not depend on the cost.
    let sense = 1;
    for (const i of [...open]) {
      if (!open.has(i)) continue;
      const step = integer[i] === 1 ? 1 : AMOUNT_RESOLUTION;
      for (const [lo, hi] of [
        [value[i]! + step, colUpper[i]!],
        [colLower[i]!, value[i]! - step],
      ] as const) {
        if (lo > hi) continue;
        const cost = new Float64Array(n);
        for (const j of open) if (j !== i) cost[j] = sense * (1 + random());
        sense = -sense;
        const outcome = model.solveWithin(i, lo, hi, cost);
        if (outcome === 'unknown') unsettled.add(i);
        free(outcome);
        if (!open.has(i)) break;
      }
    }
  } finally {
    model.dispose();
  }
  return [...settled, ...[...open].map((i): [number, number] => [part[i]!, unsettled.has(i) ? UNSETTLED : PINNED])];
}

/**
 * Bound propagation over the rows (a few passes): tightens `lower` and `upper` in place, which
 * keeps every solution, and returns 1 for each unknown whose bounds meet (pinned, proven).
 */
export function propagateBounds(
  starts: readonly number[],
  index: readonly number[],
  coef: readonly number[],
  rowLower: readonly number[],
  rowUpper: readonly number[],
  lower: number[],
  upper: number[],
  integer: readonly number[],
): Uint8Array {
  const tol = 1e-9;
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    for (let r = 0; r + 1 < starts.length; r++) {
      // Activity bounds of the row.
      let minAct = 0;
      let maxAct = 0;
      for (let x = starts[r]!; x < starts[r + 1]!; x++) {
        const a = coef[x]!;
        const j = index[x]!;
        minAct += a > 0 ? a * lower[j]! : a * upper[j]!;
        maxAct += a > 0 ? a * upper[j]! : a * lower[j]!;
      }
      if (!Number.isFinite(minAct) && !Number.isFinite(maxAct)) continue;
      for (let x = starts[r]!; x < starts[r + 1]!; x++) {
        const a = coef[x]!;
        const j = index[x]!;
        // The rest of the row: its activity without x.
        const restMin = minAct - (a > 0 ? a * lower[j]! : a * upper[j]!);
        const restMax = maxAct - (a > 0 ? a * upper[j]! : a * lower[j]!);
        // rowLower ≤ a·x + rest ≤ rowUpper.
        let lo = -Infinity;
        let hi = Infinity;
        if (a > 0) {
          if (Number.isFinite(restMax) && Number.isFinite(rowLower[r]!)) lo = (rowLower[r]! - restMax) / a;
          if (Number.isFinite(restMin) && Number.isFinite(rowUpper[r]!)) hi = (rowUpper[r]! - restMin) / a;
        } else {
          if (Number.isFinite(restMin) && Number.isFinite(rowUpper[r]!)) lo = (rowUpper[r]! - restMin) / a;
          if (Number.isFinite(restMax) && Number.isFinite(rowLower[r]!)) hi = (rowLower[r]! - restMax) / a;
        }
        if (integer[j]) {
          lo = Math.ceil(lo - 1e-7);
          hi = Math.floor(hi + 1e-7);
        }
        if (lo > lower[j]! + tol) {
          lower[j] = Math.min(lo, upper[j]!);
          changed = true;
        }
        if (hi < upper[j]! - tol) {
          upper[j] = Math.max(hi, lower[j]!);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return Uint8Array.from(lower, (lo, j) => (upper[j]! - lo < (integer[j] ? 0.5 : AMOUNT_RESOLUTION) ? 1 : 0));
}
