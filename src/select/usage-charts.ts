import type { Product, Route, UsageCell } from '../data/types.js';
import { PRODUCTS, ROUTES } from '../data/types.js';
import type { SelectedHoursBin } from './usage.js';
import { countSum, type CountSum } from '../format/count-sum.js';

/**
 * The rows of the product-usage charts, grouped and added up here so that the spec builders
 * only draw them. Suppressed cells are never added: their counts are unknown here by design, so
 * a sum covers the published cells only and `partial` says so.
 */

/** A sum over the published cells; `value` is null when no published cell has the field. */
export interface PublishedSum {
  value: number | null;
  /** Some cells were suppressed (or lacked the field) and are not in `value`. */
  partial: boolean;
}

export function sumPublished<T>(cells: readonly T[], pick: (cell: T) => number | null, isSuppressed: (cell: T) => boolean): PublishedSum {
  let value: number | null = null;
  let partial = false;
  for (const c of cells) {
    const v = isSuppressed(c) ? null : pick(c);
    if (v === null) partial = true;
    else value = (value ?? 0) + v;
  }
  return { value, partial };
}

/** The cells of the indications chart in period and product order, with the totals its summary names. */
export interface QuarterSelection {
  cells: UsageCell[];
  periods: string[];
  /** Indications over the published cells. */
  total: number;
  /** The period with the most published indications; null when there is none above zero. */
  peak: { period: string; total: number } | null;
  /** Number of suppressed cells. */
  hidden: number;
}

export function indicationsByQuarter(cells: readonly UsageCell[]): QuarterSelection {
  const sorted = [...cells].sort((a, b) => a.period.localeCompare(b.period) || PRODUCTS.indexOf(a.product) - PRODUCTS.indexOf(b.product));
  const perPeriod = new Map<string, number>();
  let total = 0;
  let hidden = 0;
  for (const c of sorted) {
    const own = c.suppressed || c.indications === null ? 0 : c.indications;
    if (c.suppressed) hidden++;
    total += own;
    perPeriod.set(c.period, (perPeriod.get(c.period) ?? 0) + own);
  }
  let peak: QuarterSelection['peak'] = null;
  for (const [period, sum] of perPeriod) if (sum > (peak?.total ?? 0)) peak = { period, total: sum };
  return { cells: sorted, periods: [...perPeriod.keys()], total, peak, hidden };
}

/** Hours used against hours available (2a and 2b together) for one municipality. */
export interface UtilisationRow {
  municipality: string;
  hoursUsed: number | null;
  hoursAvailable: number | null;
  share: number | null;
  /** Every part was suppressed: nothing to show. */
  suppressed: boolean;
  /** Some parts were suppressed: the figures cover the published cells only. */
  partial: boolean;
}

/**
 * Per municipality (by name), hours used ÷ hours available over its published 2a and 2b cells.
 * A ratio of published sums reveals nothing about the suppressed cells.
 */
export function utilisationRows(cells: readonly UsageCell[]): UtilisationRow[] {
  const byMunicipality = new Map<string, UsageCell[]>();
  for (const c of cells) {
    if (c.product === '1') continue;
    byMunicipality.set(c.municipality, [...(byMunicipality.get(c.municipality) ?? []), c]);
  }
  return [...byMunicipality.entries()]
    .map(([municipality, parts]) => {
      const published = parts.filter((p) => !p.suppressed && p.hoursUsed !== null && p.hoursAvailable !== null);
      const suppressed = published.length === 0;
      const used = suppressed ? null : published.reduce((s, p) => s + p.hoursUsed!, 0);
      const available = suppressed ? null : published.reduce((s, p) => s + p.hoursAvailable!, 0);
      return {
        municipality,
        hoursUsed: used,
        hoursAvailable: available,
        share: used !== null && available ? used / available : null,
        suppressed,
        partial: !suppressed && published.length < parts.length,
      };
    })
    .sort((a, b) => a.municipality.localeCompare(b.municipality, 'nl'));
}

/** The overall share and the highest and lowest municipality of `utilisationRows`. */
export function utilisationTotals(rows: readonly UtilisationRow[]) {
  const shown = rows.filter((r) => r.share !== null);
  const used = shown.reduce((s, r) => s + r.hoursUsed!, 0);
  const available = shown.reduce((s, r) => s + r.hoursAvailable!, 0);
  return {
    share: available ? used / available : 0,
    top: shown.length ? shown.reduce((a, b) => (b.share! > a.share! ? b : a)) : null,
    bottom: shown.length ? shown.reduce((a, b) => (b.share! < a.share! ? b : a)) : null,
    hidden: rows.filter((r) => r.suppressed).length,
    partial: rows.some((r) => r.partial),
  };
}

/** The four routes (seed 003), summed over the selected cells (all products). */
export function routeTotals(cells: readonly UsageCell[], threshold: number): Array<CountSum & { route: Route }> {
  return ROUTES.map((route) => ({
    route,
    ...countSum(
      sumPublished(
        cells,
        (c) => c.routes[route],
        (c) => c.suppressed !== false,
      ),
      threshold,
    ),
  }));
}

/** Repeat indications per product: indications − distinct families, over the cells that publish both. */
export interface RepeatRow {
  product: Product;
  indications: number | null;
  families: number | null;
  repeat: number | null;
  /** Any of the three is a small count, so none is shown. */
  hidden: boolean;
  partial: boolean;
}

export function repeatRows(cells: readonly UsageCell[], threshold: number): RepeatRow[] {
  const small = (v: number | null) => v !== null && v > 0 && v < threshold;
  return PRODUCTS.map((product) => {
    const parts = cells.filter((c) => c.product === product);
    const known = parts.filter((c) => !c.suppressed && c.indications !== null && c.families !== null);
    const partial = known.length > 0 && known.length < parts.length;
    const indications = known.length ? known.reduce((s, c) => s + c.indications!, 0) : null;
    const families = known.length ? known.reduce((s, c) => s + c.families!, 0) : null;
    const repeat = indications !== null && families !== null ? indications - families : null;
    const hidden = small(indications) || small(families) || small(repeat) || (partial && (repeat ?? 0) < threshold);
    return hidden ? { product, indications: null, families: null, repeat: null, hidden, partial } : { product, indications, families, repeat, hidden, partial };
  });
}

/**
 * Per product, the share of indications within the 25-hour cap over the published bins; null
 * when no published bin holds an indication, and then `hidden` says whether hidden bins may.
 */
export function withinCap(bins: readonly SelectedHoursBin[], product: '2a' | '2b'): { share: number | null; approximate: boolean; hidden: boolean } {
  const own = bins.filter((b) => b.product === product);
  const published = own.filter((b) => !b.suppressed && b.count !== null);
  const total = published.reduce((s, b) => s + b.count!, 0);
  if (total === 0) return { share: null, approximate: false, hidden: published.length < own.length };
  const inside = published.filter((b) => b.binEnd !== null).reduce((s, b) => s + b.count!, 0);
  return { share: inside / total, approximate: published.length < own.length, hidden: false };
}
