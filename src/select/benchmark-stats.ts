/**
 * The statistics of the benchmark across municipalities: ranks, median and quartiles. Pure, on
 * plain numbers; `src/select/benchmark.ts` decides which values take part (published values
 * only, never a hidden one).
 */

/** `value` rounded half away from zero to `digits` decimals; never `-0`. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Competition ranking ("1, 2, 2, 4"), highest value first: a value's rank is 1 + the number of
 * values strictly greater than it. Equal values share a rank, and the next rank skips as many
 * places as shared it. Compare rounded values (as shown), so that two values that read the same
 * share their rank.
 */
export function competitionRanks(values: readonly number[]): number[] {
  return values.map((value) => 1 + values.filter((other) => other > value).length);
}

/**
 * The `p`-quantile of ascending `sorted` values by linear interpolation between closest ranks:
 * position h = (n − 1) × p, value = x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋+1 − x⌊h⌋). This is Hyndman and
 * Fan's type 7, the method of Excel's KWARTIEL.INC / QUARTILE.INC, R's default and NumPy's
 * `linear`, so a policy advisor can check it in a spreadsheet.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must lie in [0, 1], not ${p}`);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  // Rounded to 10 decimals: 1.25 + 0.5 × 0.05 is 1.275, not 1.2750000000000001.
  return roundTo(sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!), 10);
}

/** Median and quartiles of a set of values, and how many values they are of. */
export interface Spread {
  /** Number of values. */
  n: number;
  /** First quartile (25 %). */
  q1: number;
  median: number;
  /** Third quartile (75 %). */
  q3: number;
}

/** Median and quartiles (type 7, see {@link quantile}) of `values`; null without values. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75) };
}
