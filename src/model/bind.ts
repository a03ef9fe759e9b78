import type { Bundle } from '../data/types.js';
import type { BoundValue, DataBinding } from './types.js';

/**
 * Binding parameters to the data: a parameter with `data` takes its value from a prepared bundle.
 * Pure; it reads only the bundle's cells and `periods`. See the README, "Parameters bound to the
 * data".
 *
 * - **Cells.** A municipality's cells are the `usage` or `indicators` rows whose `municipality`
 *   equals its data name (the model municipality's `dataName`, default its `label`); the region
 *   (the case without municipalities, and the region items) uses `usageRegion` /
 *   `indicatorsRegion`. They are filtered by `product` or `indicator`, and by the periods of the
 *   calendar `year` ("2025", "2025-Q3" and "2025-07" belong to 2025) or by the one `period`.
 * - **Value.** The sum of the measure (`value` for indicators) over those cells.
 * - **Annualising.** With `annualise: true` the sum is scaled by P / k: P is 4 for quarters, 12
 *   for months and 1 for years (the granularity of the year's periods in the bundle's `periods`),
 *   k the number of that year's periods (of that granularity) listed in `periods`. So two quarters
 *   stand for a year. For a `period` binding the year is the period's, and P its granularity:
 *   with two quarters of 2025 listed, an annualised `2025-Q2` counts twice.
 * - **Fallback.** No matching cell, any matching cell suppressed (any truthy `suppressed`: the
 *   value of a hidden cell is never read), or a matching cell without the value: the parameter
 *   keeps the value it has without data, with the reason `suppressed` (some matching cell is
 *   suppressed) or `missing` (otherwise).
 */

export type BindingOutcome = { value: number } | { reason: 'suppressed' | 'missing' };

type Cell = { municipality: string; period: string; suppressed?: unknown } & Record<string, unknown>;

/** The calendar year of a period id (`2025`, `2025-Q3`, `2025-07`), or null. */
export function periodYear(period: string): number | null {
  const m = /^(\d{4})(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/.exec(period);
  return m ? Number(m[1]) : null;
}

/** Periods per year of a period id's granularity: 1 (year), 4 (quarter), 12 (month). */
export function periodsPerYear(period: string): number {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 4;
  if (/^\d{4}-\d{2}$/.test(period)) return 12;
  return 1;
}

/** The year or period a binding names, as shown: `"2025"` or `"2025-Q2"`. */
export function bindingPeriod(binding: DataBinding): string {
  return binding.period ?? String(binding.year);
}

/**
 * The value of one binding in the cells of one municipality (`dataName`), or of the region
 * (`dataName` null).
 */
export function bindOne(bundle: Bundle, binding: DataBinding, dataName: string | null): BindingOutcome {
  const usage = binding.file === 'usage';
  const rows = (usage
    ? dataName === null
      ? bundle.usageRegion
      : bundle.usage
    : dataName === null
      ? bundle.indicatorsRegion
      : bundle.indicators) as unknown as Cell[] | undefined;
  if (!Array.isArray(rows)) return { reason: 'missing' };
  const key = usage ? binding.product : binding.indicator;
  const field = usage ? 'product' : 'indicator';
  const inPeriod = binding.period !== undefined ? (p: string) => p === binding.period : (p: string) => typeof p === 'string' && periodYear(p) === binding.year;
  const cells = rows.filter((c) => c && (dataName === null || c.municipality === dataName) && c[field] === key && inPeriod(c.period));
  if (cells.length === 0) return { reason: 'missing' };
  // A hidden cell is never read: its count must not leak through a binding.
  if (cells.some((c) => Boolean(c.suppressed))) return { reason: 'suppressed' };
  const measure = usage ? binding.measure : 'value';
  let sum = 0;
  for (const cell of cells) {
    const value = cell[measure];
    if (typeof value !== 'number' || !Number.isFinite(value)) return { reason: 'missing' };
    sum += value;
  }
  if (binding.annualise === true) sum *= annualFactor(bundle, binding);
  return { value: sum };
}

/** P / k (see above); 1 when the bundle lists none of the year's periods. */
function annualFactor(bundle: Bundle, binding: DataBinding): number {
  const year = binding.period !== undefined ? periodYear(binding.period) : binding.year;
  const inYear = (Array.isArray(bundle.periods) ? bundle.periods : []).filter((p) => typeof p === 'string' && periodYear(p) === year);
  const perYear = binding.period !== undefined ? periodsPerYear(binding.period) : inYear.length > 0 ? periodsPerYear(inYear[0]!) : 1;
  const listed = inYear.filter((p) => periodsPerYear(p) === perYear).length;
  return listed === 0 ? 1 : perYear / listed;
}

/**
 * Bind every bound parameter of one value set: `slots` are the bound parameters' value slots in
 * model order, `values` the set's values without data (written in place where the data supplies a
 * value). Returns what happened to each binding.
 */
export function bindValues(
  bundle: Bundle,
  bound: ReadonlyArray<{ slot: number; id: string; binding: DataBinding }>,
  values: Float64Array,
  target: { municipality: string | null; dataName: string | null },
): BoundValue[] {
  return bound.map(({ slot, id, binding }) => {
    const planned = values[slot]!;
    const outcome = bindOne(bundle, binding, target.dataName);
    const common = { parameter: id, municipality: target.municipality, planned, period: bindingPeriod(binding), annualised: binding.annualise === true };
    if ('value' in outcome) {
      values[slot] = outcome.value;
      return { ...common, value: outcome.value, origin: 'data' as const };
    }
    return { ...common, value: planned, origin: 'fallback' as const, reason: outcome.reason };
  });
}
