import type { Bundle, Suppressed } from '../data/types.js';
import { isSmallCount } from '../format/suppressed.js';
import type { Filters } from './filters.js';
import { measureCells, measureIsCount, measureUnit, type BenchmarkMeasure, type MeasureUnit } from './benchmark-measures.js';
import { findDenominator, type Denominator } from './benchmark-denominator.js';
import { competitionRanks, roundTo, spreadOf, type Spread } from './benchmark-stats.js';

export {
  availableMeasureKeys,
  measureKey,
  parseMeasure,
  productsOf,
  USAGE_MEASURES,
  type BenchmarkMeasure,
  type MeasureUnit,
  type UsageMeasure,
} from './benchmark-measures.js';
export type { Denominator } from './benchmark-denominator.js';
export type { Spread } from './benchmark-stats.js';

/**
 * "Waar staat je gemeente": one measure compared across the municipalities of a bundle. Pure
 * and language-free; `src/specs/benchmark/ranking.ts` draws it.
 *
 * **What is compared.** A count (indications, a count indicator) is compared as a **rate per
 * 1,000** of a denominator (`src/select/benchmark-denominator.ts`: a model parameter such as
 * `inwoners`, or an indicator such as `jeugdigen`); without any denominator, as the count
 * itself. Other measures are compared as they are. The compared value is rounded as shown
 * (counts whole, rates to 2 decimals, the rest to 1), so values that read the same are equal.
 *
 * **Ranks.** Competition ranking, highest value first: "1, 2, 2, 4". Only published, complete
 * values are ranked, among themselves. A hidden value is never ranked and never placed among
 * the others: hidden rows come after the ranked ones, in alphabetical order, so neither their
 * place nor the ranks of the others depend on what is hidden. Not ranked either: a value over
 * only part of the periods (`partial`), and a count without a denominator when rates are
 * compared.
 *
 * **Median and quartiles** are of the ranked values only (type 7: Excel's KWARTIEL.INC), and say
 * how many values they are of.
 *
 * **Rates** are computed from published counts only: never from a hidden count, never from a
 * count from 1 to threshold − 1.
 */

/** Why a row has no rank. */
export type Unranked = 'hidden' | 'no_value' | 'partial' | 'no_denominator';

export interface BenchmarkRow {
  municipality: string;
  /** The published value of the measure over the period range; null when hidden or absent. */
  value: number | null;
  suppressed: Suppressed;
  /** See `MeasureCell.flag`. */
  flag?: string;
  /** The denominator of the rate (inhabitants, youths); null without one. */
  denominator: number | null;
  /** Value per 1,000 of the denominator, for a published count with a denominator. */
  rate: number | null;
  /** The value compared and drawn (the rate, or the value), rounded as shown; null when not ranked. */
  compared: number | null;
  rank: number | null;
  unranked?: Unranked;
  /** One of the municipalities chosen in the shared filters. */
  selected: boolean;
}

export interface Benchmark {
  measure: BenchmarkMeasure;
  unit: MeasureUnit;
  /** Whether counts are compared as rates per 1,000 of `denominator`. */
  rated: boolean;
  denominator: Denominator | null;
  /** Decimals of the compared values (and their statistics' precision). */
  digits: number;
  /** Ranked rows (rank, then name), then the unranked: published ones, hidden ones, empty ones, each alphabetically. */
  rows: BenchmarkRow[];
  /** Median and quartiles of the ranked values; null when none is ranked. */
  spread: Spread | null;
  /** Counts of rows: ranked, hidden, and published but not ranked. */
  ranked: number;
  hidden: number;
  unrankedPublished: number;
  /** The period range (empty: the bundle's first or last period). */
  from: string;
  to: string;
}

export interface BenchmarkOptions {
  /** The business-case model, for a denominator parameter. */
  model?: unknown;
  /** Parameter or indicator id of the denominator (default `inwoners`); `''` for none. */
  denominator?: string;
}

const DIGITS: Record<MeasureUnit, number> = { count: 0, hours: 1, percent: 1, months: 1, score: 1, value: 1 };
const RATE_DIGITS = 2;
const byName = (a: BenchmarkRow, b: BenchmarkRow) => a.municipality.localeCompare(b.municipality, 'nl');
const GROUP: Record<Unranked, number> = { partial: 1, no_denominator: 1, hidden: 2, no_value: 3 };

/** Compare `measure` across the bundle's municipalities, for the period range and chosen municipalities of `filters`. */
export function selectBenchmark(bundle: Bundle, measure: BenchmarkMeasure, filters: Filters, options: BenchmarkOptions = {}): Benchmark {
  const unit = measureUnit(measure, bundle);
  const countLike = measureIsCount(measure, bundle);
  const from = filters.from || bundle.periods[0] || '';
  const to = filters.to || bundle.periods.at(-1) || '';
  const denominatorId = options.denominator ?? 'inwoners';
  // A count is compared per 1,000 of its denominator (never an indicator per 1,000 of itself).
  const denominator =
    unit === 'count' && (measure.kind === 'usage' || measure.indicator !== denominatorId) ? findDenominator(bundle, options.model, denominatorId, to) : null;
  const rated = denominator !== null;
  const digits = rated ? RATE_DIGITS : DIGITS[unit];
  const threshold = bundle.suppressionThreshold;
  const rows: BenchmarkRow[] = measureCells(bundle, measure, filters.from, filters.to).map((cell) => {
    const row: BenchmarkRow = {
      ...cell,
      denominator: denominator?.values.get(cell.municipality) ?? null,
      rate: null,
      compared: null,
      rank: null,
      selected: filters.municipalities.includes(cell.municipality),
    };
    // A count from 1 to threshold − 1 is never shown, ranked or made a rate (unreachable with a
    // checked bundle; a custom indicator without a declared kind counts as a count).
    const small = countLike && isSmallCount(cell.value, threshold);
    if (small) return { ...row, value: null, suppressed: 'primary', unranked: 'hidden' };
    if (cell.suppressed !== false || cell.value === null) return { ...row, value: null, unranked: cell.suppressed !== false ? 'hidden' : 'no_value' };
    if (rated && row.denominator !== null) row.rate = (1000 * cell.value) / row.denominator;
    if (cell.flag === 'partial') return { ...row, unranked: 'partial' };
    if (rated && row.rate === null) return { ...row, unranked: 'no_denominator' };
    return { ...row, compared: roundTo(rated ? row.rate! : cell.value, digits) };
  });
  const ranked = rows.filter((r) => r.compared !== null);
  competitionRanks(ranked.map((r) => r.compared!)).forEach((rank, i) => (ranked[i]!.rank = rank));
  const unranked = rows.filter((r) => r.compared === null).sort((a, b) => GROUP[a.unranked!] - GROUP[b.unranked!] || byName(a, b));
  return {
    measure,
    unit,
    rated,
    denominator,
    digits,
    rows: [...ranked.sort((a, b) => a.rank! - b.rank! || byName(a, b)), ...unranked],
    spread: spreadOf(ranked.map((r) => r.compared!)),
    ranked: ranked.length,
    hidden: rows.filter((r) => r.unranked === 'hidden').length,
    unrankedPublished: rows.filter((r) => r.unranked === 'partial' || r.unranked === 'no_denominator').length,
    from,
    to,
  };
}
