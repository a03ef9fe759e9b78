import type { Bundle, IndicatorCell, Product, Suppressed, UsageCell, UsageField } from '../data/types.js';
import { cellRule, indicatorDefinition, protectedAsCount } from '../data/indicators.js';
import { isSmallCount } from '../format/suppressed.js';
import { periodInRange } from './filters.js';
import { availableIndicators, combineIndicatorCells, indexCells, weightLookup } from './indicators.js';

/**
 * The measures a benchmark compares, and each municipality's value of one over a period range.
 * Pure. Only published numbers are read: a cell or field that the bundle marks hidden is never
 * read, whatever it holds, so nothing shown can depend on a hidden value.
 *
 * Over several periods:
 * - a count adds up; **a sum with a hidden part is hidden** as a whole (one hidden part next to
 *   published zeros keeps its reason, "< 5"; any other is `secondary`, "afgeschermd");
 * - hours per indication is Σ hours used ÷ Σ indications, the share over the cap
 *   Σ over-cap ÷ Σ indications; hidden when any part of either sum is hidden;
 * - an indicator follows its catalog rule (`combineIndicatorCells`, hidden parts hide): counts
 *   add up, means and percentages are weighted, custom indicators are not combined.
 */

/** The usage measures: indications, hours per indication, share of indications over the hours cap. */
export type UsageMeasure = 'indications' | 'hours-per-indication' | 'over-cap-share';
export const USAGE_MEASURES: readonly UsageMeasure[] = ['indications', 'hours-per-indication', 'over-cap-share'];

/** One measure to compare: a usage measure of one product, or an indicator (standard or custom id). */
export type BenchmarkMeasure = { kind: 'usage'; measure: UsageMeasure; product: Product } | { kind: 'indicator'; indicator: string };

/** What a measure's values are: counts (which get a rate), hours, percentages (0–100), months, scores, or values of a custom indicator. */
export type MeasureUnit = 'count' | 'hours' | 'percent' | 'months' | 'score' | 'value';

/** The products a usage measure applies to: hours and the cap exist for 2a and 2b only. */
export function productsOf(measure: UsageMeasure): readonly Product[] {
  return measure === 'indications' ? ['1', '2a', '2b'] : ['2a', '2b'];
}

/** A custom indicator's first cell in the bundle that declares its kind (`soort` / `kind`), if any. */
function declaringCell(bundle: Bundle | undefined, indicator: string): IndicatorCell | undefined {
  return (
    bundle?.indicators.find((c) => c.indicator === indicator && c.kind !== undefined) ??
    bundle?.indicatorsRegion.find((c) => c.indicator === indicator && c.kind !== undefined)
  );
}

/**
 * What a measure's values are. A standard indicator has its catalog unit; a custom one the kind
 * its file declares (a count, a percentage, a score; a mean is a plain value), and without a
 * declaration it is a plain value.
 */
export function measureUnit(measure: BenchmarkMeasure, bundle?: Bundle): MeasureUnit {
  if (measure.kind === 'usage') return measure.measure === 'indications' ? 'count' : measure.measure === 'hours-per-indication' ? 'hours' : 'percent';
  const unit = indicatorDefinition(measure.indicator)?.unit;
  if (unit) return unit;
  const kind = declaringCell(bundle, measure.indicator)?.kind;
  return kind === 'count' || kind === 'percent' || kind === 'score' ? kind : 'value';
}

/**
 * Whether a measure's values are protected as counts (hidden from 1 to threshold − 1): the
 * indications, count indicators, and a custom indicator without a declared kind (as
 * `src/data/indicators.ts` protects it). Hours, shares, means, percentages and scores are not.
 */
export function measureIsCount(measure: BenchmarkMeasure, bundle?: Bundle): boolean {
  if (measure.kind === 'usage') return measure.measure === 'indications';
  const cell = declaringCell(bundle, measure.indicator) ?? { indicator: measure.indicator };
  return protectedAsCount(cellRule(cell));
}

/**
 * The id of a measure as an attribute writes it: `indications`, `hours-per-indication`,
 * `over-cap-share`, or `indicator:<id>` (`indicator:vto_prevented`).
 */
export function measureKey(measure: BenchmarkMeasure): string {
  return measure.kind === 'usage' ? measure.measure : `indicator:${measure.indicator}`;
}

/**
 * Read a measure key (see {@link measureKey}) with a product for the usage measures; a product
 * the measure does not apply to becomes its first (2a for hours). Unknown keys give null.
 */
export function parseMeasure(key: string, product: string): BenchmarkMeasure | null {
  if (key.startsWith('indicator:') && key.length > 10) return { kind: 'indicator', indicator: key.slice(10) };
  const measure = USAGE_MEASURES.find((m) => m === key);
  if (!measure) return null;
  const products = productsOf(measure);
  return { kind: 'usage', measure, product: products.find((p) => p === product) ?? (products.includes('2a') ? '2a' : products[0]!) };
}

/** The measure keys a bundle can show: the usage measures when it has usage, then every indicator in it. */
export function availableMeasureKeys(bundle: Bundle): string[] {
  const usage = bundle.usage.length ? [...USAGE_MEASURES] : [];
  return [...usage, ...availableIndicators(bundle).map((i) => `indicator:${i.id}`)];
}

/** One municipality's value of a measure over the periods in range. Language-free. */
export interface MeasureCell {
  municipality: string;
  /** The published value; null when hidden or absent. */
  value: number | null;
  /** Hidden, and why: `primary` only for a count from 1 to threshold − 1. */
  suppressed: Suppressed;
  /**
   * Why there is no value, or why it is not like the others: `no_data` (no cell in range),
   * `no_indications` (a ratio of 0 indications), `no_hours` (hours not recorded), or an
   * indicator's flag (`partial`, `missing_weight`, `zero_weight`, `no_rule`, `suppressed_part`).
   */
  flag?: string;
}

const hiddenCell = (municipality: string, suppressed: Exclude<Suppressed, false>, flag?: string): MeasureCell => ({
  municipality,
  value: null,
  suppressed,
  ...(flag ? { flag } : {}),
});

/** Whether a field of a usage cell is hidden: the whole cell, or that field. Its value is not read. */
function fieldHidden(cell: UsageCell, field: 'indications' | UsageField): boolean {
  return cell.suppressed !== false || (field !== 'indications' && cell.suppressedFields?.[field] !== undefined);
}

function usageValue(municipality: string, parts: readonly UsageCell[], measure: UsageMeasure, threshold: number): MeasureCell {
  if (parts.length === 0) return { municipality, value: null, suppressed: false, flag: 'no_data' };
  const field = measure === 'hours-per-indication' ? 'hoursUsed' : measure === 'over-cap-share' ? 'overCap' : null;
  const hidden = parts.filter((p) => fieldHidden(p, 'indications') || (field !== null && fieldHidden(p, field)));
  if (hidden.length > 0) {
    // A count with one hidden part and published zeros is that part ("< 5" stays "< 5").
    const alone = field === null && hidden.length === 1 && parts.every((p) => hidden.includes(p) || p.indications === 0);
    return hiddenCell(municipality, alone ? hidden[0]!.suppressed || 'secondary' : 'secondary', parts.length > 1 ? 'suppressed_part' : undefined);
  }
  const indications = parts.reduce((s, p) => s + (p.indications ?? 0), 0);
  // Unreachable with a checked bundle (published counts are 0 or at least the threshold).
  if (isSmallCount(indications, threshold)) return hiddenCell(municipality, 'primary');
  if (field === null) return { municipality, value: indications, suppressed: false };
  if (indications === 0) return { municipality, value: null, suppressed: false, flag: 'no_indications' };
  if (parts.some((p) => p[field] === null)) return { municipality, value: null, suppressed: false, flag: 'no_hours' };
  const total = parts.reduce((s, p) => s + p[field]!, 0);
  return { municipality, value: field === 'overCap' ? (100 * total) / indications : total / indications, suppressed: false };
}

/** Every municipality's cells of one usage measure and product in range, combined. */
function usageCells(bundle: Bundle, measure: UsageMeasure, product: Product, from: string, to: string): MeasureCell[] {
  const inRange = bundle.usage.filter((c) => c.product === product && periodInRange(c.period, from, to));
  return bundle.municipalities.map((m) =>
    usageValue(
      m,
      inRange.filter((c) => c.municipality === m),
      measure,
      bundle.suppressionThreshold,
    ),
  );
}

/** A municipality's cells, with the quarters of a year dropped where the year itself is given (never both). */
function withoutCoveredQuarters(cells: readonly IndicatorCell[]): IndicatorCell[] {
  const years = new Set(cells.filter((c) => /^\d{4}$/.test(c.period)).map((c) => c.period));
  return cells.filter((c) => /^\d{4}$/.test(c.period) || !years.has(c.period.slice(0, 4)));
}

/** The quarters a set of periods stands for (a year: its four quarters). */
const coverage = (periods: readonly string[]) => new Set(periods.flatMap((p) => (/^\d{4}$/.test(p) ? [1, 2, 3, 4].map((q) => `${p}-Q${q}`) : [p])));

/** Every municipality's cells of one indicator in range, combined with the catalog rule; hidden parts hide. */
function indicatorCells(bundle: Bundle, indicator: string, from: string, to: string): MeasureCell[] {
  const own = bundle.indicators.filter((c) => c.indicator === indicator && periodInRange(c.period, from, to));
  const parts = new Map(bundle.municipalities.map((m) => [m, withoutCoveredQuarters(own.filter((c) => c.municipality === m))]));
  const expected = coverage([...parts.values()].flat().map((c) => c.period));
  const weightOf = weightLookup(indexCells(bundle.indicators));
  return bundle.municipalities.map((m) => {
    const list = parts.get(m)!;
    if (list.length === 0) return { municipality: m, value: null, suppressed: false, flag: 'no_data' };
    const combined = combineIndicatorCells(list, weightOf, {
      threshold: bundle.suppressionThreshold,
      municipality: m,
      period: '',
      incomplete: coverage(list.map((c) => c.period)).size < expected.size,
    });
    // A hidden cell's value is never passed on, whatever the cell holds.
    if (combined.suppressed) return hiddenCell(m, combined.suppressed, combined.flag);
    return { municipality: m, value: combined.value, suppressed: false, ...(combined.flag ? { flag: combined.flag } : {}) };
  });
}

/**
 * Each municipality of the bundle (in the bundle's order) with its value of `measure` over the
 * periods from `from` to `to` (inclusive; empty for no bound).
 */
export function measureCells(bundle: Bundle, measure: BenchmarkMeasure, from = '', to = ''): MeasureCell[] {
  return measure.kind === 'usage' ? usageCells(bundle, measure.measure, measure.product, from, to) : indicatorCells(bundle, measure.indicator, from, to);
}
