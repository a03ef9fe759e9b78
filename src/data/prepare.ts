import { op, table } from 'arquero';
import type { Bundle, DataIssue, HoursBin, IndicatorCell, IndicatorRow, Product, RouteCounts, UsageCell, UsageRow } from './types.js';
import { HOURS_BIN_EDGES } from './hours-distribution.js';
import { PRODUCTS, REGION, ROUTES } from './types.js';
import { STANDARD_INDICATORS, indicatorDefinition } from './indicators.js';
import {
  isSmallCount,
  protectWeightedMeans,
  suppressIndicatorValues,
  suppressUsage,
  type UsageMask,
  type UsageTotals,
  type WeightedMeanGroup,
} from './suppress.js';
import { prepareMessage, type PrepareWarningCode } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';

/**
 * `prepare`: from validated rows to the bundle, the aggregated and privacy-safe JSON that
 * dashboards load. See the README, "The bundle" and "Disclosure control".
 *
 * Usage: one arquero `groupby(municipality, period, product).rollup()` pass gives the counts and
 * sums per cell; one more pass over typed arrays, in group order, gives distinct families,
 * over-cap and route counts, the hours bins and the medians (typed-array sorts), without a JS
 * object per row. Cells form a full grid (municipality × quarter × product), so that zero stays
 * zero. Region cells are computed from the unrounded, unsuppressed aggregates of the raw rows
 * (medians from the raw hours), never from published cells. `suppress.ts` then decides what to
 * hide, per product over all quarters at once (the yearly hours distribution ties quarters
 * together).
 *
 * Families: distinct case ids per municipality; a case id in two municipalities counts as two
 * families, so the region's families are the sum of the municipalities'.
 *
 * This module uses arquero's verbs, which generate code with `Function`: run it in Node (the
 * CLI) or in a page that allows it. The prepared-bundle path in the browser never needs it.
 */

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface PrepareInput {
  /** Rows from `parseUsage`; may be empty or absent. */
  usage?: readonly UsageRow[];
  /** Rows from `parseIndicators`; may be empty or absent. */
  indicators?: readonly IndicatorRow[];
}

export interface PrepareOptions {
  /** Counts from 1 to `suppressionThreshold − 1` are hidden. A whole number ≥ 1; default 5. */
  suppressionThreshold?: number;
  /** Free metadata copied into the bundle as `meta` (e.g. `{synthetic: true}`). */
  meta?: Record<string, unknown>;
  /** Language of the bundle's warnings; Dutch by default. */
  lang?: Lang;
}

/** Dutch alphabetical order, with a code-point tie-break so that the order is total. */
const collator = new Intl.Collator('nl', { sensitivity: 'variant', numeric: true });
export function compareMunicipalities(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

const comparePeriods = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Hours, means and medians are published to two decimals; counts are exact. */
function round2(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}

/**
 * Aggregate validated rows into a bundle, with disclosure control.
 * Throws a `RangeError` only for an invalid `suppressionThreshold`; data problems never throw.
 */
export function prepare(input: PrepareInput, options: PrepareOptions = {}): Bundle {
  const threshold = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`suppressionThreshold must be a whole number ≥ 1, got ${String(threshold)}`);
  }
  const lang = options.lang ?? 'nl';
  const usageRows = input.usage ?? [];
  const indicatorRows = input.indicators ?? [];
  const warnings: DataIssue[] = [];

  const usage = prepareUsage(usageRows, threshold);
  const indicators = prepareIndicators(indicatorRows, threshold, lang, warnings);

  const municipalities = [...new Set([...usage.municipalities, ...indicators.municipalities])].sort(compareMunicipalities);
  const periods = [...new Set([...usage.periods, ...indicators.periods])].sort(comparePeriods);

  const bundle: Bundle = {
    format: 'mbc-bundle',
    version: 1,
    suppressionThreshold: threshold,
    ...(options.meta !== undefined ? { meta: options.meta } : {}),
    municipalities,
    periods,
    usage: usage.cells,
    usageRegion: usage.region,
    indicators: indicators.cells,
    indicatorsRegion: indicators.region,
    ...(usage.distribution ? { hoursDistribution: usage.distribution, hoursDistributionRegion: usage.distributionRegion } : {}),
    warnings,
  };
  return bundle;
}

/**
 * The bundle as stable JSON text: keys in a fixed order, one row per line (so that a diff shows
 * which cells changed), a final newline. The same input always gives the same bytes.
 */
export function stringifyBundle(bundle: Bundle): string {
  const rows = (list: readonly unknown[]): string =>
    list.length === 0 ? '[]' : '[\n' + list.map((row) => '    ' + JSON.stringify(row)).join(',\n') + '\n  ]';
  const parts: string[] = [
    `  "format": ${JSON.stringify(bundle.format)}`,
    `  "version": ${JSON.stringify(bundle.version)}`,
    `  "suppressionThreshold": ${JSON.stringify(bundle.suppressionThreshold)}`,
  ];
  if (bundle.meta !== undefined) parts.push(`  "meta": ${JSON.stringify(bundle.meta, null, 2).replace(/\n/g, '\n  ')}`);
  parts.push(
    `  "municipalities": ${JSON.stringify(bundle.municipalities)}`,
    `  "periods": ${JSON.stringify(bundle.periods)}`,
    `  "usage": ${rows(bundle.usage)}`,
    `  "usageRegion": ${rows(bundle.usageRegion)}`,
    `  "indicators": ${rows(bundle.indicators)}`,
    `  "indicatorsRegion": ${rows(bundle.indicatorsRegion)}`,
  );
  if (bundle.hoursDistribution !== undefined) parts.push(`  "hoursDistribution": ${rows(bundle.hoursDistribution)}`);
  if (bundle.hoursDistributionRegion !== undefined) parts.push(`  "hoursDistributionRegion": ${rows(bundle.hoursDistributionRegion)}`);
  parts.push(`  "warnings": ${rows(bundle.warnings)}`);
  return '{\n' + parts.join(',\n') + '\n}\n';
}

// ---------------------------------------------------------------------------------------------
// Usage

/** Raw aggregates of one cell, before rounding and suppression. */
interface RawUsage extends UsageTotals {
  /** Rows with a value for hours used (the mean's denominator). */
  hoursUsedCount: number;
  medianHoursUsed: number | null;
  /** Hours-used distribution: counts per bin of `HOURS_BIN_EDGES`. */
  bins: number[];
}

function emptyRaw(): RawUsage {
  return {
    indications: 0,
    families: null,
    hoursUsed: null,
    hoursAvailable: null,
    ltExtraHours: null,
    overCap: 0,
    routes: ROUTES.map(() => 0),
    hoursUsedCount: 0,
    overCapIsLastBin: true,
    medianHoursUsed: null,
    bins: new Array<number>(BIN_COUNT).fill(0),
  };
}

/** Bins of hours used: (0–5] (0 included), (5–10], … (20–25], then more than 25. */
const BIN_COUNT = HOURS_BIN_EDGES.length;
const LAST_EDGE = HOURS_BIN_EDGES[BIN_COUNT - 1]!;
const BIN_WIDTH = HOURS_BIN_EDGES[1]! - HOURS_BIN_EDGES[0]!;
const EVEN_BINS = HOURS_BIN_EDGES.every((edge, i) => edge === HOURS_BIN_EDGES[0]! + i * BIN_WIDTH);
function binIndex(hours: number): number {
  if (EVEN_BINS) {
    const i = Math.ceil((hours - HOURS_BIN_EDGES[0]!) / BIN_WIDTH) - 1;
    return i < 0 ? 0 : i >= BIN_COUNT ? BIN_COUNT - 1 : i;
  }
  for (let i = 1; i < BIN_COUNT; i++) if (hours <= HOURS_BIN_EDGES[i]!) return i - 1;
  return BIN_COUNT - 1;
}

const NO_ROUTE = 255;
function routeIndex(route: string | null | undefined): number {
  for (let k = 0; k < ROUTES.length; k++) if (route === ROUTES[k]) return k;
  return NO_ROUTE;
}
const PRODUCT_INDEX = new Map(PRODUCTS.map((p, i) => [p, i]));

/** Median of `values[from, to)`, sorted ascending: the middle value, or the mean of the two middle ones. */
function medianSorted(values: Float64Array, from: number, to: number): number | null {
  const n = to - from;
  if (n === 0) return null;
  const mid = from + (n >> 1);
  return n % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

const num = (v: number | null | undefined): number => (v === null || v === undefined ? NaN : v);
const orNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function prepareUsage(
  rows: readonly UsageRow[],
  threshold: number,
): {
  municipalities: string[];
  periods: string[];
  cells: UsageCell[];
  region: UsageCell[];
  distribution?: HoursBin[];
  distributionRegion?: HoursBin[];
} {
  const n = rows.length;
  if (n === 0) return { municipalities: [], periods: [], cells: [], region: [] };

  // Columns for arquero, built in one pass (no intermediate row objects).
  const municipality = new Array<string>(n);
  const period = new Array<string>(n);
  const product = new Array<string>(n);
  const hoursUsed = new Float64Array(n);
  const hoursAvailable = new Float64Array(n);
  const ltExtraHours = new Float64Array(n);
  // Case ids as small integers (−1: none) and routes as indices (255: none), for the group pass.
  const caseIndex = new Int32Array(n);
  const caseIds = new Map<string, number>();
  const route = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    municipality[i] = row.municipality;
    period[i] = row.period;
    product[i] = row.product;
    hoursUsed[i] = num(row.hoursUsed);
    hoursAvailable[i] = num(row.hoursAvailable);
    ltExtraHours[i] = num(row.ltExtraHours);
    const caseId = row.caseId;
    if (caseId === null || caseId === undefined) caseIndex[i] = -1;
    else {
      let c = caseIds.get(caseId);
      if (c === undefined) caseIds.set(caseId, (c = caseIds.size));
      caseIndex[i] = c;
    }
    route[i] = routeIndex(row.route);
  }

  const grouped = table({ municipality, period, product, hoursUsed, hoursAvailable, ltExtraHours }).groupby(
    'municipality',
    'period',
    'product',
  );
  const sums = grouped.rollup({
    indications: op.count(),
    hoursUsed: op.sum('hoursUsed'),
    hoursUsedCount: op.valid('hoursUsed'),
    hoursAvailable: op.sum('hoursAvailable'),
    ltExtraHours: op.sum('ltExtraHours'),
  });
  const groups = grouped.groups();
  const gMunicipality = sums.array('municipality') as ArrayLike<string>;
  const gPeriod = sums.array('period') as ArrayLike<string>;
  const gProduct = sums.array('product') as ArrayLike<string>;
  const municipalities = [...new Set(Array.from(gMunicipality))].sort(compareMunicipalities);
  const periods = [...new Set(Array.from(gPeriod))].sort(comparePeriods);
  const size = groups.size;
  const keys = groups.keys;

  // Grid: municipality × period × product (every combination, so that zero stays zero).
  const mIndex = new Map(municipalities.map((m, i) => [m, i]));
  const pIndex = new Map(periods.map((p, i) => [p, i]));
  const P = periods.length;
  const K = PRODUCTS.length;
  const cellOf = (m: string, p: string, prod: string): number => (mIndex.get(m)! * P + pIndex.get(p)!) * K + PRODUCT_INDEX.get(prod as Product)!;
  const raw: RawUsage[] = Array.from({ length: municipalities.length * P * K }, emptyRaw);

  const gCount = sums.array('indications') as ArrayLike<number>;
  const gHoursUsed = sums.array('hoursUsed') as ArrayLike<unknown>;
  const gHoursUsedCount = sums.array('hoursUsedCount') as ArrayLike<number>;
  const gHoursAvailable = sums.array('hoursAvailable') as ArrayLike<unknown>;
  const gLtExtraHours = sums.array('ltExtraHours') as ArrayLike<unknown>;
  const cellOfGroup = new Int32Array(size);
  for (let g = 0; g < size; g++) {
    const c = cellOf(gMunicipality[g]!, gPeriod[g]!, gProduct[g]!);
    cellOfGroup[g] = c;
    const r = raw[c]!;
    r.indications = gCount[g]!;
    r.hoursUsed = orNull(gHoursUsed[g]);
    r.hoursUsedCount = gHoursUsedCount[g]!;
    r.hoursAvailable = orNull(gHoursAvailable[g]);
    r.ltExtraHours = orNull(gLtExtraHours[g]);
  }

  // Per-group counts in row order (sequential reads), and the case ids and hours scattered into
  // group order (a counting sort on the group keys), so that the per-group pass reads in order.
  const rowStart = new Int32Array(size + 1);
  const valueStart = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) {
    const g = keys[i]!;
    rowStart[g + 1]!++;
    if (hoursUsed[i] === hoursUsed[i]) valueStart[g + 1]!++;
  }
  for (let g = 0; g < size; g++) {
    rowStart[g + 1]! += rowStart[g]!;
    valueStart[g + 1]! += valueStart[g]!;
  }
  const caseFill = rowStart.slice(0, size);
  const valueFill = valueStart.slice(0, size);
  const groupCases = new Int32Array(n);
  const values = new Float64Array(valueStart[size]!);
  const R = ROUTES.length;
  const routeCounts = new Int32Array(size * R);
  const binCounts = new Int32Array(size * BIN_COUNT);
  const overCaps = new Int32Array(size);
  const capMismatches = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const g = keys[i]!;
    groupCases[caseFill[g]!++] = caseIndex[i]!;
    const used = hoursUsed[i]!;
    if (used === used) {
      values[valueFill[g]!++] = used;
      binCounts[g * BIN_COUNT + binIndex(used)]!++;
      const over = used > hoursAvailable[i]!;
      if (over) overCaps[g]!++;
      if (over !== used > LAST_EDGE) capMismatches[g]!++;
    }
    const k = route[i]!;
    if (k !== NO_ROUTE) routeCounts[g * R + k]!++;
  }

  // Per group: families (distinct case ids), medians (typed-array sort), and the counts above.
  const lastGroup = new Int32Array(caseIds.size).fill(-1);
  for (let g = 0; g < size; g++) {
    const r = raw[cellOfGroup[g]!]!;
    let families = 0;
    let withCaseId = false;
    for (let j = rowStart[g]!; j < rowStart[g + 1]!; j++) {
      const c = groupCases[j]!;
      if (c >= 0) {
        withCaseId = true;
        if (lastGroup[c] !== g) {
          lastGroup[c] = g;
          families++;
        }
      }
    }
    r.families = withCaseId ? families : null;
    r.overCap = overCaps[g]!;
    r.overCapIsLastBin = capMismatches[g] === 0;
    const routes = r.routes as number[];
    for (let k = 0; k < R; k++) routes[k] = routeCounts[g * R + k]!;
    for (let b = 0; b < BIN_COUNT; b++) r.bins[b] = binCounts[g * BIN_COUNT + b]!;
    const slice = values.subarray(valueStart[g]!, valueStart[g + 1]!);
    slice.sort();
    r.medianHoursUsed = medianSorted(slice, 0, slice.length);
  }

  // Region per period × product, from the unrounded, unsuppressed cell aggregates.
  const region: RawUsage[] = Array.from({ length: P * K }, emptyRaw);
  const regionGroups: number[][] = Array.from({ length: P * K }, () => []);
  for (let g = 0; g < size; g++) regionGroups[cellOfGroup[g]! % (P * K)]!.push(g);
  const addNullable = (a: number | null, b: number | null): number | null => (b === null ? a : (a ?? 0) + b);
  for (let c = 0; c < raw.length; c++) {
    const r = raw[c]!;
    const t = region[c % (P * K)]!;
    t.indications += r.indications;
    t.families = addNullable(t.families, r.families);
    t.hoursUsed = addNullable(t.hoursUsed, r.hoursUsed);
    t.hoursAvailable = addNullable(t.hoursAvailable, r.hoursAvailable);
    t.ltExtraHours = addNullable(t.ltExtraHours, r.ltExtraHours);
    t.overCap += r.overCap;
    t.hoursUsedCount += r.hoursUsedCount;
    ROUTES.forEach((_, k) => ((t.routes as number[])[k]! += r.routes[k]!));
    r.bins.forEach((count, b) => (t.bins[b]! += count));
    t.overCapIsLastBin = t.overCapIsLastBin && r.overCapIsLastBin;
  }
  for (let rc = 0; rc < P * K; rc++) {
    const t = region[rc]!;
    let total = 0;
    for (const g of regionGroups[rc]!) total += valueStart[g + 1]! - valueStart[g]!;
    const all = new Float64Array(total);
    let at = 0;
    for (const g of regionGroups[rc]!) {
      all.set(values.subarray(valueStart[g]!, valueStart[g + 1]!), at);
      at += valueStart[g + 1]! - valueStart[g]!;
    }
    all.sort();
    t.medianHoursUsed = medianSorted(all, 0, total);
  }

  // Disclosure control per product over all periods (hours bins tie the quarters of a year).
  const M = municipalities.length;
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))];
  const cells: UsageCell[] = new Array(raw.length);
  const regionCells: UsageCell[] = new Array(P * K);
  const withHours = region.some((t) => t.hoursUsedCount > 0);
  const distribution: HoursBin[] = [];
  const distributionRegion: HoursBin[] = [];
  /** Bins per product and year (index k, y), per municipality and (last) the region. */
  const binsOut: { counts: readonly number[]; hidden: readonly boolean[] }[][][] = [];
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
          const sum = (cellsOfYear: RawUsage[]): number[] => {
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
    const masks = suppressUsage(groups, bins, threshold);
    periods.forEach((period, p) => {
      const mask = masks.groups[p]!;
      for (let m = 0; m < M; m++) cells[(m * P + p) * K + k] = publishCell(municipalities[m]!, period, product, groups[p]!.parts[m]!, mask.parts[m]!);
      regionCells[p * K + k] = publishCell(REGION, period, product, groups[p]!.total, mask.total);
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
    municipalities,
    periods,
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

function publishCell(municipality: string, period: string, product: Product, r: RawUsage, mask: UsageMask): UsageCell {
  if (mask.cell) {
    return {
      municipality,
      period,
      product,
      indications: null,
      families: null,
      hoursUsed: null,
      hoursAvailable: null,
      meanHoursUsed: null,
      medianHoursUsed: null,
      overCap: null,
      ltExtraHours: null,
      routes: routeCounts(() => null),
      suppressed: true,
    };
  }
  return {
    municipality,
    period,
    product,
    indications: r.indications,
    families: mask.families ? null : r.families,
    hoursUsed: round2(r.hoursUsed),
    hoursAvailable: round2(r.hoursAvailable),
    meanHoursUsed: r.hoursUsed !== null && r.hoursUsedCount > 0 ? round2(r.hoursUsed / r.hoursUsedCount) : null,
    medianHoursUsed: round2(r.medianHoursUsed),
    overCap: mask.overCap ? null : r.overCap,
    ltExtraHours: round2(r.ltExtraHours),
    routes: routeCounts((k) => (mask.routes[k] ? null : r.routes[k]!)),
    suppressed: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Indicators

const CATALOG_ORDER = new Map(STANDARD_INDICATORS.map((d, i) => [d.id, i]));

function compareIndicators(a: string, b: string): number {
  const ia = CATALOG_ORDER.get(a);
  const ib = CATALOG_ORDER.get(b);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  if (ia !== undefined) return -1;
  if (ib !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;

/**
 * Indicators per municipality (as given) and per region, with disclosure control.
 *
 * Region rules:
 * - `sum` (counts): the sum over the municipalities that report the indicator in that period;
 *   `flag: "partial"` when a municipality of the indicator data has no value for it.
 * - `weighted`: Σ value × weight ÷ Σ weight, the weight being the sum of the named count
 *   indicators of the same municipality and period. When any named weight is missing for a
 *   municipality that reports the value: null with `flag: "missing_weight"` (never an unweighted
 *   mean). A total weight of 0: null with `flag: "zero_weight"`.
 * - custom ids (not in the catalog): no region value (null, `flag: "no_rule"`).
 * - Periods are taken as given. A year (`2024`) and its quarters (`2024-Q1`…) are separate
 *   periods and are never added together; a mix gives the warning `period_mix`.
 *
 * Disclosure control:
 * - counts (catalog unit `count`) and custom ids (unit unknown, so treated as counts) from 1 to
 *   threshold − 1 are hidden;
 * - a weighted mean is hidden when its weight (the sum of its named counts) is 1 … threshold − 1,
 *   for a municipality and for the region alike; and when it is the only unknown product
 *   `value × weight` behind a published region mean, another mean is hidden with it
 *   (`protectWeightedMeans`);
 * - secondary suppression over the published totals: region = Σ municipalities per period and
 *   count indicator, and year = Σ of its four quarters wherever a year and all four of its
 *   quarters are present (for a municipality or for the region).
 */
function prepareIndicators(
  rows: readonly IndicatorRow[],
  threshold: number,
  lang: Lang,
  warnings: DataIssue[],
): { municipalities: string[]; periods: string[]; cells: IndicatorCell[]; region: IndicatorCell[] } {
  if (rows.length === 0) return { municipalities: [], periods: [], cells: [], region: [] };

  // The first row wins for a municipality × period × indicator (the parser reports duplicates).
  const byKey = new Map<string, IndicatorRow>();
  const key = (m: string, p: string, id: string): string => `${m}\u0000${p}\u0000${id}`;
  for (const row of rows) {
    const k = key(row.municipality, row.period, row.indicator);
    if (!byKey.has(k)) byKey.set(k, row);
  }
  const municipalities = [...new Set(rows.map((r) => r.municipality))].sort(compareMunicipalities);
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
  const ids = [...new Set(rows.map((r) => r.indicator))].sort(compareIndicators);
  const lookup = (m: string, p: string, id: string): IndicatorRow | undefined => byKey.get(key(m, p, id));

  // Period mix: a year given both as a whole and per quarter.
  const years = new Set(periods.filter((p) => YEAR.test(p)));
  const mixed = new Set<string>();
  for (const p of periods) {
    const q = QUARTER.exec(p);
    if (q && years.has(q[1]!)) mixed.add(q[1]!);
  }
  for (const year of [...mixed].sort()) warnings.push(warning(lang, 'period_mix', { value: year }));

  // Values in one list (municipality cells, then region cells) for suppression.
  interface Entry {
    cell: IndicatorCell;
    value: number | null;
    hidden: boolean;
  }
  const entries: Entry[] = [];
  const index = new Map<string, number>();
  const add = (cell: IndicatorCell, hidden: boolean): void => {
    index.set(key(cell.municipality, cell.period, cell.indicator), entries.length);
    entries.push({ cell, value: cell.value, hidden });
  };

  /** The weight of a weighted indicator: the sum of its named counts, or null when one is missing. */
  const weightOf = (m: string, p: string, weights: readonly string[]): number | null => {
    let total = 0;
    for (const w of weights) {
      const row = lookup(m, p, w);
      if (!row) return null;
      total += row.value;
    }
    return total;
  };

  for (const m of municipalities) {
    for (const p of periods) {
      for (const id of ids) {
        const row = lookup(m, p, id);
        if (!row) continue;
        const definition = indicatorDefinition(id);
        let hidden: boolean;
        if (definition?.aggregate.kind === 'weighted') {
          hidden = isSmallCount(weightOf(m, p, definition.aggregate.weights), threshold);
        } else {
          // Standard counts, and custom indicators (unit unknown: treated as counts).
          hidden = definition === undefined || definition.unit === 'count' ? isSmallCount(row.value, threshold) : false;
        }
        add({ municipality: m, period: p, indicator: id, value: row.value, label: row.label, suppressed: false }, hidden);
      }
    }
  }

  const equations: number[][] = [];
  const weightedGroups: WeightedMeanGroup[] = [];
  const noRule = new Set<string>();
  for (const p of periods) {
    for (const id of ids) {
      const reporting = municipalities.filter((m) => lookup(m, p, id));
      if (reporting.length === 0) continue;
      const definition = indicatorDefinition(id);
      const label = reporting.map((m) => lookup(m, p, id)!.label).find((l) => l !== null) ?? null;
      const cell: IndicatorCell = { municipality: REGION, period: p, indicator: id, value: null, label, suppressed: false };
      let hidden = false;
      if (definition === undefined) {
        cell.flag = 'no_rule';
        noRule.add(id);
      } else if (definition.aggregate.kind === 'sum') {
        cell.value = reporting.reduce((s, m) => s + lookup(m, p, id)!.value, 0);
        if (reporting.length < municipalities.length) cell.flag = 'partial';
        hidden = definition.unit === 'count' && isSmallCount(cell.value, threshold);
      } else {
        const weights = definition.aggregate.weights;
        const missing = reporting.filter((m) => weightOf(m, p, weights) === null);
        if (missing.length > 0) {
          cell.flag = 'missing_weight';
          warnings.push(
            warning(lang, 'missing_weight', {
              indicator: id,
              period: p,
              weights: weights.join(' + '),
              municipalities: missing.join(', '),
            }),
          );
        } else {
          let weighted = 0;
          let total = 0;
          for (const m of reporting) {
            const w = weightOf(m, p, weights)!;
            weighted += lookup(m, p, id)!.value * w;
            total += w;
          }
          weightedGroups.push({
            total: entries.length,
            parts: reporting.map((m) => ({
              mean: index.get(key(m, p, id))!,
              weights: weights.map((w) => index.get(key(m, p, w))!),
              product: lookup(m, p, id)!.value * weightOf(m, p, weights)!,
            })),
          });
          if (total === 0) {
            cell.flag = 'zero_weight';
            warnings.push(warning(lang, 'zero_weight', { indicator: id, period: p, weights: weights.join(' + ') }));
          } else {
            cell.value = round2(weighted / total);
            hidden = isSmallCount(total, threshold);
            if (reporting.length < municipalities.length) cell.flag = 'partial';
          }
        }
      }
      add(cell, hidden);
      if (definition?.aggregate.kind === 'sum') {
        equations.push([...reporting.map((m) => index.get(key(m, p, id))!), index.get(key(REGION, p, id))!]);
      }
    }
  }
  for (const id of [...noRule].sort(compareIndicators)) warnings.push(warning(lang, 'no_rule', { indicator: id }));

  // Year = Σ quarters, wherever a year and all four of its quarters are given: for a
  // municipality, and for the region when the same municipalities report the year and each quarter
  // (otherwise the region year is not the sum of the region quarters).
  for (const year of mixed) {
    const quarterPeriods = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    for (const id of ids) {
      if (indicatorDefinition(id)?.aggregate.kind !== 'sum') continue;
      const reportingIn = (p: string) => municipalities.filter((m) => lookup(m, p, id)).join('\u0000');
      const sameSet = quarterPeriods.every((p) => reportingIn(p) === reportingIn(year));
      for (const m of sameSet ? [...municipalities, REGION] : municipalities) {
        const members = quarterPeriods.map((p) => index.get(key(m, p, id)));
        const total = index.get(key(m, year, id));
        if (total !== undefined && members.every((x) => x !== undefined)) equations.push([...(members as number[]), total]);
      }
    }
  }

  const hidden = suppressIndicatorValues(entries, equations);
  protectWeightedMeans(weightedGroups, hidden);
  const cells: IndicatorCell[] = [];
  const region: IndicatorCell[] = [];
  entries.forEach((e, i) => {
    const cell = e.cell;
    if (hidden[i]) {
      cell.value = null;
      cell.suppressed = true;
    }
    (cell.municipality === REGION ? region : cells).push(cell);
  });
  return { municipalities, periods, cells, region };
}

function warning(lang: Lang, code: PrepareWarningCode, values: Record<string, string>): DataIssue {
  return { line: 0, ...(values.value !== undefined ? { value: values.value } : {}), code, message: prepareMessage(lang, code, values) };
}
