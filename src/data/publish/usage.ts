import type { HoursBin, Product, RouteCounts, Suppressed, SuppressionReason, UsageCell, UsageField } from '../types.js';
import { PRODUCTS, REGION, ROUTES } from '../types.js';
import { HOURS_BIN_EDGES } from '../hours-distribution.js';
import { suppressUsage, type UsageMask } from '../suppress-usage.js';
import type { UsageAggregate, UsageAggregates } from '../aggregate/types.js';
import { round2 } from './round.js';

const BIN_COUNT = HOURS_BIN_EDGES.length;

export interface PublishedUsage {
  cells: UsageCell[];
  region: UsageCell[];
  distribution?: HoursBin[];
  distributionRegion?: HoursBin[];
}

/**
 * Disclosure control for usage aggregates, and the published cells: per product over all
 * periods at once (the yearly hours distribution ties the quarters of a year together).
 */
export async function publishUsage(aggregates: UsageAggregates, threshold: number): Promise<PublishedUsage> {
  const { municipalities, periods, cells: raw, region } = aggregates;
  if (municipalities.length === 0) return { cells: [], region: [] };
  const P = periods.length;
  const K = PRODUCTS.length;
  // Disclosure control per product over all periods (hours bins tie the quarters of a year).
  const M = municipalities.length;
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))];
  const cells: UsageCell[] = new Array(raw.length);
  const regionCells: UsageCell[] = new Array(P * K);
  const withHours = region.some((t) => t.hoursUsedCount > 0);
  const distribution: HoursBin[] = [];
  const distributionRegion: HoursBin[] = [];
  /** Bins per product and year (index k, y), per municipality and (last) the region. */
  const binsOut: { counts: readonly number[]; hidden: readonly Suppressed[] }[][][] = [];
  for (let k = 0; k < K; k++) {
    const product = PRODUCTS[k]!;
    const groups = periods.map((_, p) => ({
      parts: Array.from({ length: M }, (_, m) => raw[(m * P + p) * K + k]!),
      total: region[p * K + k]!,
    }));
    const hasBins = withHours && product !== '1';
    const bins = hasBins
      ? years.map((year) => {
          const quarters = periods.flatMap((p, i) => (p.slice(0, 4) === year ? [i] : []));
          const sum = (cellsOfYear: UsageAggregate[]): number[] => {
            const counts = new Array<number>(BIN_COUNT).fill(0);
            for (const c of cellsOfYear) c.bins.forEach((n, b) => (counts[b]! += n));
            return counts;
          };
          return {
            groups: quarters,
            parts: Array.from({ length: M }, (_, m) => sum(quarters.map((q) => groups[q]!.parts[m]!))),
            total: sum(quarters.map((q) => groups[q]!.total)),
          };
        })
      : [];
    const masks = await suppressUsage(groups, bins, threshold);
    periods.forEach((period, p) => {
      const mask = masks.groups[p]!;
      for (let m = 0; m < M; m++) cells[(m * P + p) * K + k] = publishCell(municipalities[m]!, period, product, groups[p]!.parts[m]!, mask.parts[m]!, groups[p]!.total);
      regionCells[p * K + k] = publishCell(REGION, period, product, groups[p]!.total, mask.total, groups[p]!.total);
    });
    binsOut[k] = bins.map((year, y) => {
      const mask = masks.bins[y]!;
      return [...year.parts.map((counts, m) => ({ counts, hidden: mask.parts[m]! })), { counts: year.total, hidden: mask.total }];
    });
  }
  // Municipality (Dutch order), year, product, bin; the region separately.
  if (withHours) {
    for (let m = 0; m <= M; m++) {
      years.forEach((year, y) => {
        for (let k = 0; k < K; k++) {
          const group = binsOut[k]![y]?.[m];
          if (!group) continue;
          const target = m === M ? distributionRegion : distribution;
          for (let b = 0; b < BIN_COUNT; b++) {
            target.push({
              municipality: m === M ? REGION : municipalities[m]!,
              year,
              product: PRODUCTS[k] as '2a' | '2b',
              binStart: HOURS_BIN_EDGES[b]!,
              binEnd: b + 1 < BIN_COUNT ? HOURS_BIN_EDGES[b + 1]! : null,
              count: group.hidden[b] ? null : group.counts[b]!,
              suppressed: group.hidden[b]!,
            });
          }
        }
      });
    }
  }
  return {
    cells,
    region: regionCells,
    ...(withHours ? { distribution, distributionRegion } : {}),
  };
}

function routeCounts(value: (k: number) => number | null): RouteCounts {
  const counts = {} as RouteCounts;
  for (let k = 0; k < ROUTES.length; k++) counts[ROUTES[k]!] = value(k);
  return counts;
}

/**
 * One published cell. A hidden field says why: `primary` (1 … threshold − 1, shown as "< 5") or
 * `secondary` (hidden so that such a count cannot be worked out; any size). Hidden indications
 * make the cell `suppressed`, and its other hidden fields are simply null; in a published cell
 * every hidden field is listed in `suppressedFields`.
 */
function publishCell(municipality: string, period: string, product: Product, r: UsageAggregate, mask: UsageMask, region: UsageAggregate): UsageCell {
  const fields: Partial<Record<UsageField, SuppressionReason>> = {};
  // In a suppressed cell a null reads as hidden: an amount known to be nothing is published as 0
  // where the region has the amount at all (a null there means nobody recorded it).
  const amount = (value: number | null, regionValue: number | null): number | null => (mask.cell !== false && value === null && regionValue !== null ? 0 : round2(value));
  const field = <T>(name: UsageField, why: Suppressed, value: T): T | null => {
    if (why === false) return value;
    if (mask.cell === false) fields[name] = why;
    return null;
  };
  const mean = r.hoursUsed !== null && r.hoursUsedCount > 0 ? round2(r.hoursUsed / r.hoursUsedCount) : null;
  const cell: UsageCell = {
    municipality,
    period,
    product,
    indications: mask.cell === false ? r.indications : null,
    families: field('families', mask.families, r.families),
    hoursUsed: field('hoursUsed', mask.hoursUsed, amount(r.hoursUsed, region.hoursUsed)),
    hoursAvailable: field('hoursAvailable', mask.hoursAvailable, amount(r.hoursAvailable, region.hoursAvailable)),
    meanHoursUsed: field('meanHoursUsed', mask.hoursUsed, mean),
    medianHoursUsed: field('medianHoursUsed', mask.hoursUsed, round2(r.medianHoursUsed)),
    overCap: field('overCap', mask.overCap, r.overCap),
    ltExtraHours: field('ltExtraHours', mask.ltExtraHours, amount(r.ltExtraHours, region.ltExtraHours)),
    routes: routeCounts((k) => field(`routes.${ROUTES[k]!}`, mask.routes[k]!, r.routes[k]!)),
    suppressed: mask.cell,
  };
  if (Object.keys(fields).length > 0) cell.suppressedFields = fields;
  return cell;
}
