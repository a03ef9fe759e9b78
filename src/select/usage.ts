import type { Bundle, Product, Route, RouteCounts, Suppressed, UsageCell } from '../data/types.js';
import { PRODUCTS, REGION, ROUTES } from '../data/types.js';
import { usageCell } from '../data/usage-cell.js';
import { periodInRange, type Filters } from './filters.js';

/** The label used for a selection of several municipalities. */
export const SELECTION = '__selection__';

/**
 * The usage cells (one per period × product) for the current filters:
 * - no municipality selected: the region cells, computed from raw rows by `prepare`;
 * - one municipality: its own cells;
 * - several: the sum of their cells. A sum is suppressed when any of its parts is, because
 *   a hidden count must never be recoverable by comparing selections.
 */
export function selectUsage(bundle: Bundle, filters: Filters): UsageCell[] {
  const inRange = (c: UsageCell) => periodInRange(c.period, filters.from, filters.to);
  const chosen = filters.municipalities.filter((m) => bundle.municipalities.includes(m));
  if (chosen.length === 0) return bundle.usageRegion.filter(inRange);
  if (chosen.length === 1) return bundle.usage.filter((c) => c.municipality === chosen[0] && inRange(c));
  const groups = new Map<string, UsageCell[]>();
  for (const c of bundle.usage) {
    if (!chosen.includes(c.municipality) || !inRange(c)) continue;
    const key = `${c.period}|${c.product}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  return [...groups.values()].map(sumCells).sort(byPeriodProduct);
}

/**
 * Every municipality's own cells in the period range (for per-municipality charts). They are
 * not added up here: the charts add the published cells and mark what they leave out.
 */
export function usageByMunicipality(bundle: Bundle, filters: Filters): UsageCell[] {
  return bundle.usage.filter((c) => periodInRange(c.period, filters.from, filters.to));
}

function byPeriodProduct(a: UsageCell, b: UsageCell): number {
  return a.period.localeCompare(b.period) || PRODUCTS.indexOf(a.product) - PRODUCTS.indexOf(b.product);
}

const sum = (values: (number | null)[]): number | null => {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
};

/**
 * Add up cells of one product. Sums, counts and route counts add; the mean is recomputed from
 * the sums; the median of a union cannot be known from medians, so it is null. Any suppressed
 * part suppresses the whole.
 */
export function sumCells(cells: readonly UsageCell[]): UsageCell {
  const first = cells[0]!;
  const product: Product = first.product;
  const suppressed = cells.some((c) => c.suppressed);
  const routes = Object.fromEntries(ROUTES.map((r: Route) => [r, suppressed ? null : sum(cells.map((c) => c.routes[r]))])) as RouteCounts;
  if (suppressed) {
    return usageCell({
      municipality: cells.length === 1 ? first.municipality : SELECTION,
      period: first.period,
      product,
      routes,
      // One hidden cell keeps its reason; a sum with hidden parts may have any size.
      suppressed: cells.length === 1 ? first.suppressed : 'secondary',
    });
  }
  const indications = sum(cells.map((c) => c.indications));
  const hoursUsed = sum(cells.map((c) => c.hoursUsed));
  // Families are distinct case ids per municipality; across municipalities they add up.
  return {
    municipality: cells.length === 1 ? first.municipality : SELECTION,
    period: first.period,
    product,
    indications,
    families: sum(cells.map((c) => c.families)),
    hoursUsed,
    hoursAvailable: sum(cells.map((c) => c.hoursAvailable)),
    meanHoursUsed: cells.length === 1 ? first.meanHoursUsed : hoursUsed !== null && indications ? hoursUsed / indications : null,
    medianHoursUsed: cells.length === 1 ? first.medianHoursUsed : null,
    overCap: sum(cells.map((c) => c.overCap)),
    ltExtraHours: sum(cells.map((c) => c.ltExtraHours)),
    routes,
    suppressed: false,
  };
}

export { REGION };

/** Key figures of product usage for a selection of cells (one per period × product). */
export interface UsageKpis {
  indications: number;
  /**
   * Families with 2a or 2b (distinct case ids per cell, added over cells), or null when no
   * published cell tells them. Product 1 is anonymous advice and has no case ids.
   */
  families: number | null;
  meanHours2a: number | null;
  meanHours2b: number | null;
  overCap: number;
  /** Indications of 2a and 2b that the over-cap share is taken of. */
  cappedIndications: number;
  /** Some cells were suppressed and are not in these totals. */
  partial: boolean;
  /** Suppressed cells per product. */
  hidden: Record<Product, number>;
  /** `families` / `overCap` leave out cells that hide them (or do not tell them). */
  familiesPartial: boolean;
  overCapPartial: boolean;
}

/**
 * Add up the published cells. Suppressed cells are left out (their counts are unknown here by
 * design) and `partial` says so. Means are hours ÷ indications over the published cells.
 */
export function usageKpis(cells: readonly UsageCell[]): UsageKpis {
  let indications = 0;
  let families: number | null = null;
  let overCap = 0;
  let cappedIndications = 0;
  let partial = false;
  const hidden: Record<Product, number> = { '1': 0, '2a': 0, '2b': 0 };
  let familiesPartial = false;
  let overCapPartial = false;
  const hours = { '2a': 0, '2b': 0 } as Record<'2a' | '2b', number>;
  const counted = { '2a': 0, '2b': 0 } as Record<'2a' | '2b', number>;
  for (const c of cells) {
    if (c.suppressed || c.indications === null) {
      partial = true;
      hidden[c.product]++;
      if (c.product !== '1') {
        familiesPartial = overCapPartial = true;
      }
      continue;
    }
    indications += c.indications;
    if (c.product !== '1') {
      if (c.families === null) partial = familiesPartial = true;
      else families = (families ?? 0) + c.families;
      cappedIndications += c.indications;
      if (c.overCap === null) partial = overCapPartial = true;
      else overCap += c.overCap;
      if (c.hoursUsed !== null) {
        hours[c.product] += c.hoursUsed;
        counted[c.product] += c.indications;
      }
    }
  }
  return {
    indications,
    families,
    meanHours2a: counted['2a'] ? hours['2a'] / counted['2a'] : null,
    meanHours2b: counted['2b'] ? hours['2b'] / counted['2b'] : null,
    overCap,
    cappedIndications,
    partial,
    hidden,
    familiesPartial,
    overCapPartial,
  };
}

/** One bin of the hours distribution for a selection, summed over the years in range. */
export interface SelectedHoursBin {
  product: '2a' | '2b';
  binStart: number;
  binEnd: number | null;
  count: number | null;
  suppressed: Suppressed;
}

/**
 * The hours distribution for the current filters: the region's bins, one municipality's, or
 * the sum over several; summed over the years the period range touches. A sum with any
 * suppressed part is suppressed: with the reason of that part when it is the only part that is
 * not zero ("< 5" stays "< 5"), else `secondary` (it may have any size).
 */
export function selectHours(bundle: Bundle, filters: Filters): SelectedHoursBin[] {
  const chosen = filters.municipalities.filter((m) => bundle.municipalities.includes(m));
  const source = chosen.length === 0 ? (bundle.hoursDistributionRegion ?? []) : (bundle.hoursDistribution ?? []).filter((b) => chosen.includes(b.municipality));
  const years = (from: string, to: string) => (year: string) => (!from || year >= from.slice(0, 4)) && (!to || year <= to.slice(0, 4));
  const inRange = years(filters.from, filters.to);
  const groups = new Map<string, SelectedHoursBin & { published: number }>();
  for (const b of source) {
    if (!inRange(b.year)) continue;
    const key = `${b.product}|${b.binStart}`;
    const current = groups.get(key) ?? { product: b.product, binStart: b.binStart, binEnd: b.binEnd, count: 0, suppressed: false, published: 0 };
    if (b.suppressed || b.count === null) {
      const hidden: Suppressed = b.suppressed || 'secondary';
      current.suppressed = current.suppressed === false && current.published === 0 ? hidden : 'secondary';
      current.count = null;
    } else {
      current.published += b.count;
      if (current.suppressed !== false && b.count > 0) current.suppressed = 'secondary';
      if (current.count !== null) current.count += b.count;
    }
    groups.set(key, current);
  }
  return [...groups.values()].map(({ published: _, ...bin }) => bin).sort((a, b) => a.product.localeCompare(b.product) || a.binStart - b.binStart);
}
