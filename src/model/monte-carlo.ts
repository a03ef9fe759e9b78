import type { Lang } from '../i18n/lang.js';
import { modelMessage } from '../i18n/model-messages.js';
import { compileValidated } from './checked.js';
import { planCase, rangedParameters, type Plan } from './plan.js';
import { ModelOptionError } from './errors.js';
import { mulberry32, triangular } from './random.js';
import type { BusinessCaseModel, MonteCarloOptions, MonteCarloResult } from './types.js';

export const MAX_RUNS = 1_000_000;

/**
 * `monteCarlo(model, {runs = 10000, seed = 1, keepSamples = false, …case options})`.
 *
 * Each run draws every parameter that has `low` and `high`, independently, from the triangular
 * distribution (low, mode, high) by its inverse CDF, in the parameters' model order, one
 * mulberry32 number per parameter (see `random.ts`). The mode is the parameter's value in the case
 * (base, the municipality's own value, or the what-if value), clamped into [low, high]. All other
 * parameters keep their value. In the region view a drawn value replaces the parameter in every
 * municipality and in the region items. The NPV of the run is computed with the precompiled
 * evaluator.
 *
 * Returns `{runs, seed, mean, p5, p50, p95, probPositive, drawn}` (`samples` too with
 * `keepSamples`). `probPositive` is the share of runs with NPV > 0. Percentiles use **linear
 * interpolation between closest ranks** (Hyndman & Fan type 7, as Excel's PERCENTILE.INC and
 * NumPy's default): for sorted NPVs x₀ … x₍ₙ₋₁₎ and p ∈ [0, 1], h = (n − 1)p and
 * P = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). The same seed gives identical results.
 */
export function monteCarlo(model: BusinessCaseModel, options: MonteCarloOptions & { lang?: Lang } = {}): MonteCarloResult {
  const session = startMonteCarlo(model, options);
  session.step(session.runs);
  return session.result();
}

/**
 * A Monte Carlo simulation that runs in steps, so that a caller can spread it over several tasks
 * (and stop it) without changing the result: `step(n)` draws the next n runs of the same seeded
 * sequence, `result()` gives exactly what `monteCarlo` would once every run is drawn. Validation
 * and the option checks happen at the start, as in `monteCarlo`.
 */
export interface MonteCarloSession {
  /** The number of runs asked for. */
  readonly runs: number;
  /** The number of runs drawn so far. */
  readonly done: number;
  /** Draw up to `count` more runs; returns true when every run is drawn. */
  step(count: number): boolean;
  /** The result; throws when not every run is drawn yet. */
  result(): MonteCarloResult;
}

/** Start a Monte Carlo simulation that runs in steps (see `MonteCarloSession`). */
export function startMonteCarlo(model: BusinessCaseModel, options: MonteCarloOptions & { lang?: Lang } = {}): MonteCarloSession {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'nl';
  const runs = options?.runs ?? 10_000;
  const seedOption = options?.seed ?? 1;
  if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    throw optionError(lang, 'runs', 'expected.runs', runs);
  }
  if (typeof seedOption !== 'number' || !Number.isFinite(seedOption)) {
    throw optionError(lang, 'seed', 'expected.number', seedOption);
  }
  const seed = seedOption >>> 0;
  const compiled = compileValidated(model, lang);
  const plan = planCase(compiled, options ?? {}, lang);
  const ranged = rangedParameters(compiled).map((r) => ({
    ...r,
    mode: Math.min(r.high, Math.max(r.low, plan.reference[r.slot]!)),
  }));
  const evaluate = reducedEvaluator(
    plan,
    ranged.map((r) => r.slot),
  );
  const draws = new Float64Array(ranged.length);
  const random = mulberry32(seed);
  const npvs = new Float64Array(runs);
  let sum = 0;
  let positive = 0;
  let done = 0;
  return {
    runs,
    get done() {
      return done;
    },
    step(count: number): boolean {
      const end = Math.min(runs, done + Math.max(0, Math.floor(count)));
      for (let run = done; run < end; run++) {
        for (let j = 0; j < ranged.length; j++) {
          const r = ranged[j]!;
          draws[j] = triangular(random(), r.low, r.mode, r.high);
        }
        const npv = evaluate(draws);
        npvs[run] = npv;
        sum += npv;
        if (npv > 0) positive++;
      }
      done = end;
      return done === runs;
    },
    result(): MonteCarloResult {
      if (done < runs) throw new Error(`Monte Carlo: ${done} of ${runs} runs drawn`);
      npvs.sort();
      const result: MonteCarloResult = {
        runs,
        seed,
        mean: sum / runs,
        p5: percentile(npvs, 0.05),
        p50: percentile(npvs, 0.5),
        p95: percentile(npvs, 0.95),
        probPositive: positive / runs,
        drawn: ranged.map((r) => r.parameter.id),
      };
      if (options?.keepSamples === true) result.samples = Array.from(npvs);
      return result;
    },
  };
}

/**
 * Percentile p ∈ [0, 1] of ascending-sorted values by linear interpolation between closest ranks
 * (type 7). NaN for an empty list.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(h);
  const upper = Math.min(n - 1, lower + 1);
  return sorted[lower]! + (h - lower) * (sorted[upper]! - sorted[lower]!);
}

/**
 * The NPV as a function of the drawn values only. Every item contributes
 * sign × pvWeight × (product of its factors); a drawn value replaces its parameter in every group,
 * so the factors that are not drawn fold into one constant per item, summed over the groups
 * (municipalities) it is evaluated in:
 * NPV(draws) = Σ_items C_item × Π_(drawn factors of the item) draws[j].
 * This is the same polynomial the full computation evaluates, with the constant part computed once.
 */
function reducedEvaluator(plan: Plan, drawnSlots: number[]): (draws: Float64Array) => number {
  const drawIndex = new Map<number, number>(drawnSlots.map((slot, j) => [slot, j]));
  const constants = new Map<number, number>();
  const drawnOf = new Map<number, number[]>();
  for (const group of plan.groups) {
    for (const item of group.items) {
      if (item.pvWeight === 0) continue;
      let constant = item.sign * item.pvWeight * item.priceFactor * group.weight;
      const drawn: number[] = [];
      for (const slot of [...item.quantity, ...item.unitCost]) {
        const j = drawIndex.get(slot);
        if (j === undefined) constant *= group.values[slot]!;
        else drawn.push(j);
      }
      constants.set(item.index, (constants.get(item.index) ?? 0) + constant);
      drawnOf.set(item.index, drawn);
    }
  }
  const keys = [...constants.keys()];
  const coefficient = Float64Array.from(keys.map((k) => constants.get(k)!));
  const offsets = new Int32Array(keys.length + 1);
  const flat: number[] = [];
  keys.forEach((k, i) => {
    flat.push(...drawnOf.get(k)!);
    offsets[i + 1] = flat.length;
  });
  const indices = Int32Array.from(flat);
  const count = keys.length;
  return (draws) => {
    let npv = 0;
    for (let i = 0; i < count; i++) {
      let term = coefficient[i]!;
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) term *= draws[indices[j]!]!;
      npv += term;
    }
    return npv;
  };
}

function optionError(lang: Lang, field: string, expected: 'expected.runs' | 'expected.number', found: unknown): ModelOptionError {
  return new ModelOptionError({
    path: `options.${field}`,
    code: 'invalid-option',
    message: modelMessage(lang, 'invalid-option', {
      field,
      expected: modelMessage(lang, expected),
      found: typeof found === 'string' ? JSON.stringify(found) : String(found),
    }),
  });
}
