import { op, table } from 'arquero';
import type { Product, UsageRow } from '../types.js';
import { PRODUCTS, ROUTES } from '../types.js';
import { HOURS_BIN_EDGES } from '../hours-distribution.js';
import { compareMunicipalities, comparePeriods } from '../order.js';
import type { UsageAggregate, UsageAggregates } from './types.js';

/** A cell with nothing counted yet (the in-memory and the SQL engines start from it). */
export function emptyUsageAggregate(): UsageAggregate {
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

/** The rows as columns for arquero, with case ids as small integers and routes as indices. */
interface RowColumns {
  municipality: string[];
  period: string[];
  product: string[];
  hoursUsed: Float64Array;
  hoursAvailable: Float64Array;
  ltExtraHours: Float64Array;
  /** Per row: its case id as a small integer, or −1 without one. */
  caseIndex: Int32Array;
  /** Number of distinct case ids. */
  caseCount: number;
  /** Per row: the index of its route in `ROUTES`, or `NO_ROUTE`. */
  route: Uint8Array;
}

/** Step 1: columns for arquero, built in one pass (no intermediate row objects). */
function rowColumns(rows: readonly UsageRow[]): RowColumns {
  const n = rows.length;
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
  return { municipality, period, product, hoursUsed, hoursAvailable, ltExtraHours, caseIndex, caseCount: caseIds.size, route };
}

/** The grid of cells with the counts and sums of each arquero group in place. */
interface RolledUp {
  municipalities: string[];
  periods: string[];
  /** municipality × period × product, every combination (so that zero stays zero). */
  raw: UsageAggregate[];
  /** Number of groups. */
  size: number;
  /** Per row: its group. */
  keys: ArrayLike<number>;
  /** Per group: its cell in `raw`. */
  cellOfGroup: Int32Array;
}

/**
 * Step 2: one `groupby(municipality, period, product).rollup()` pass for the counts and sums per
 * cell, written into the full grid of cells.
 */
function rollUp(columns: RowColumns): RolledUp {
  const { municipality, period, product, hoursUsed, hoursAvailable, ltExtraHours } = columns;
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

  // Grid: municipality × period × product (every combination, so that zero stays zero).
  const mIndex = new Map(municipalities.map((m, i) => [m, i]));
  const pIndex = new Map(periods.map((p, i) => [p, i]));
  const P = periods.length;
  const K = PRODUCTS.length;
  const cellOf = (m: string, p: string, prod: string): number => (mIndex.get(m)! * P + pIndex.get(p)!) * K + PRODUCT_INDEX.get(prod as Product)!;
  const raw: UsageAggregate[] = Array.from({ length: municipalities.length * P * K }, emptyUsageAggregate);

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
  return { municipalities, periods, raw, size, keys: groups.keys, cellOfGroup };
}

/** The rows' case ids and hours in group order, and the counts per group. */
interface GroupOrder {
  /** Group g's rows are `rowStart[g] … rowStart[g + 1]` of `groupCases`. */
  rowStart: Int32Array;
  /** Group g's hours are `valueStart[g] … valueStart[g + 1]` of `values`. */
  valueStart: Int32Array;
  groupCases: Int32Array;
  values: Float64Array;
  /** Per group × route, and per group × bin. */
  routeCounts: Int32Array;
  binCounts: Int32Array;
  overCaps: Int32Array;
  /** Per group: rows whose over-cap differs from "in the last bin". */
  capMismatches: Int32Array;
}

/**
 * Step 3: per-group counts in row order (sequential reads), and the case ids and hours scattered
 * into group order (a counting sort on the group keys), so that the per-group pass reads in order.
 */
function inGroupOrder(columns: RowColumns, size: number, keys: ArrayLike<number>): GroupOrder {
  const { hoursUsed, hoursAvailable, caseIndex, route } = columns;
  const n = hoursUsed.length;
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
  return { rowStart, valueStart, groupCases, values, routeCounts, binCounts, overCaps, capMismatches };
}

/**
 * Step 4: per group, distinct families, over-cap, routes, bins and the median (a typed-array
 * sort of the group's hours, which leaves `order.values` sorted per group).
 */
function fillGroups(rolled: RolledUp, order: GroupOrder, caseCount: number): void {
  const { raw, size, cellOfGroup } = rolled;
  const { rowStart, valueStart, groupCases, values, routeCounts, binCounts, overCaps, capMismatches } = order;
  const R = ROUTES.length;
  const lastGroup = new Int32Array(caseCount).fill(-1);
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
}

/**
 * Step 5: the region per period × product, from the unrounded, unsuppressed cell aggregates;
 * its median from all the raw hours of its groups.
 */
function regionAggregates(rolled: RolledUp, order: GroupOrder): UsageAggregate[] {
  const { raw, size, cellOfGroup, periods } = rolled;
  const { valueStart, values } = order;
  const P = periods.length;
  const K = PRODUCTS.length;
  const region: UsageAggregate[] = Array.from({ length: P * K }, emptyUsageAggregate);
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
  return region;
}

/**
 * Aggregate usage rows in memory with arquero, in five steps: the rows as columns
 * ({@link rowColumns}); one `groupby(municipality, period, product).rollup()` pass for the counts
 * and sums per cell ({@link rollUp}); the rows scattered into group order ({@link inGroupOrder});
 * one pass over typed arrays, group by group, for distinct families, over-cap and route counts,
 * the hours bins and the medians (typed-array sorts), without a JS object per row
 * ({@link fillGroups}); and the region ({@link regionAggregates}).
 *
 * Families: distinct case ids per cell; a case id in two municipalities counts as two families,
 * so the region's families are the sum of the municipalities'.
 *
 * This uses arquero's verbs, which generate code with `Function`: run it in Node (the CLI) or in
 * a page that allows it. The prepared-bundle path in the browser never needs it.
 */
export function aggregateUsage(rows: readonly UsageRow[]): UsageAggregates {
  if (rows.length === 0) return { municipalities: [], periods: [], cells: [], region: [] };
  const columns = rowColumns(rows);
  const rolled = rollUp(columns);
  const order = inGroupOrder(columns, rolled.size, rolled.keys);
  fillGroups(rolled, order, columns.caseCount);
  const region = regionAggregates(rolled, order);
  return { municipalities: rolled.municipalities, periods: rolled.periods, cells: rolled.raw, region };
}
