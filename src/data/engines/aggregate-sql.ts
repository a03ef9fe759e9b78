import type { Product } from '../types.js';
import { PRODUCTS, ROUTES } from '../types.js';
import { HOURS_BIN_EDGES } from '../hours-distribution.js';
import { STANDARD_INDICATORS, compareIndicatorIds, indicatorRule, type CustomIndicator } from '../indicators.js';
import { Declarations, readDeclaration } from '../indicator-declarations.js';
import { compareMunicipalities, comparePeriods } from '../order.js';
import { emptyUsageAggregate } from '../aggregate/usage.js';
import type {
  IndicatorAggregateCell,
  IndicatorAggregates,
  IndicatorRegionAggregate,
  IndicatorRegionFlag,
  UsageAggregate,
  UsageAggregates,
} from '../aggregate/types.js';
import { stepSql, sqlString, valuesRelation } from './sql-text.js';
import { toNullableNumber, toNullableString, toNumber, type SqlRow, type SqlSession } from './session.js';

/**
 * The aggregation steps run in SQL (src/data/sql/usage-*.sql, indicator-*.sql), and their
 * results (cells, never rows) put into the same `UsageAggregates` and `IndicatorAggregates` the
 * in-memory engine makes (src/data/aggregate/), which `publishBundle` then protects and writes.
 *
 * The database only groups and counts; what JavaScript does here is the order: municipalities
 * are sorted with `compareMunicipalities` (Dutch collation, whatever the database's own) and
 * handed back to the SQL as `municipality_order`, so that the region sums add up in that order.
 */

const BIN_COLUMNS = ['bin_0_5', 'bin_5_10', 'bin_10_15', 'bin_15_20', 'bin_20_25', 'bin_over_25'];
if (BIN_COLUMNS.length !== HOURS_BIN_EDGES.length) throw new Error('usage-cells.sql does not match HOURS_BIN_EDGES');

/** A usage period as the SQL gives it (year × 10 + quarter: 20243) as text: `2024-Q3`. */
export function periodText(value: unknown): string {
  const n = toNumber(value);
  return `${String(Math.floor(n / 10)).padStart(4, '0')}-Q${n % 10}`;
}

/** `municipality_order`: the municipalities in Dutch alphabetical order, with their position. */
export function municipalityOrder(municipalities: readonly string[]): string {
  return valuesRelation(
    ['municipality', 'position'],
    municipalities.map((m, i) => [sqlString(m), String(i + 1)]),
    ['VARCHAR', 'INTEGER'],
  );
}

/** Run the usage steps on `usage_rows` (already defined) and build the aggregates. */
export async function aggregateUsageSql(session: SqlSession): Promise<UsageAggregates> {
  // The cells are kept (DuckDB: a table), as the sums and the region read them too.
  await session.define('usage_cells', stepSql('usage_cells'), { materialise: true });
  const cellRows = await session.query('SELECT * FROM usage_cells');
  if (cellRows.length === 0) return { municipalities: [], periods: [], cells: [], region: [] };
  const municipalities = [...new Set(cellRows.map((r) => String(r.municipality)))].sort(compareMunicipalities);
  const periods = [...new Set(cellRows.map((r) => periodText(r.period)))].sort(comparePeriods);
  await session.define('municipality_order', municipalityOrder(municipalities));
  await session.define('usage_sums', stepSql('usage_sums'), { materialise: true });
  await session.define('usage_families', stepSql('usage_families'), { materialise: true });

  const P = periods.length;
  const K = PRODUCTS.length;
  const mIndex = new Map(municipalities.map((m, i) => [m, i]));
  const pIndex = new Map(periods.map((p, i) => [p, i]));
  const kIndex = new Map(PRODUCTS.map((k, i) => [k as string, i]));
  const cells: UsageAggregate[] = Array.from({ length: municipalities.length * P * K }, emptyUsageAggregate);
  const region: UsageAggregate[] = Array.from({ length: P * K }, emptyUsageAggregate);
  const cellOf = (row: SqlRow): UsageAggregate => {
    const c = (mIndex.get(String(row.municipality))! * P + pIndex.get(periodText(row.period))!) * K + kIndex.get(String(row.product))!;
    return cells[c]!;
  };
  const regionOf = (row: SqlRow): UsageAggregate => region[pIndex.get(periodText(row.period))! * K + kIndex.get(String(row.product) as Product)!]!;

  const fillCounts = (target: UsageAggregate, row: SqlRow): void => {
    target.indications = toNumber(row.indications);
    target.hoursUsedCount = toNumber(row.hours_used_count);
    target.overCap = toNumber(row.over_cap);
    target.overCapIsLastBin = toNumber(row.over_cap_not_last_bin) === 0;
    target.routes = ROUTES.map((route) => toNumber(row[route]));
    target.bins = BIN_COLUMNS.map((column) => toNumber(row[column]));
  };
  const fillSums = (target: UsageAggregate, row: SqlRow): void => {
    target.hoursUsed = toNullableNumber(row.hours_used);
    target.hoursAvailable = toNullableNumber(row.hours_available);
    target.ltExtraHours = toNullableNumber(row.lt_extra_hours);
  };

  for (const row of cellRows) fillCounts(cellOf(row), row);
  for (const row of await session.query('SELECT * FROM usage_sums')) fillSums(cellOf(row), row);
  for (const row of await session.query('SELECT * FROM usage_families')) cellOf(row).families = toNumber(row.families);
  for (const row of await session.query(stepSql('usage_medians'))) cellOf(row).medianHoursUsed = toNullableNumber(row.median_hours_used);
  for (const row of await session.query(stepSql('usage_region'))) {
    const target = regionOf(row);
    fillCounts(target, row);
    fillSums(target, row);
    target.families = toNullableNumber(row.families);
    target.medianHoursUsed = toNullableNumber(row.median_hours_used);
  }
  return { municipalities, periods, cells, region };
}

/**
 * `indicator_catalog`: the rule of every standard indicator, one row per named weight, and of
 * every custom indicator whose kind the input declares (a count sums, a mean with weights is
 * weighted; a mean without weights has no rule).
 */
export function indicatorCatalog(custom: Record<string, CustomIndicator> = {}): string {
  const rows: string[][] = [];
  const ids = [...STANDARD_INDICATORS.map((d) => d.id), ...Object.keys(custom).filter((id) => !STANDARD_INDICATORS.some((d) => d.id === id))];
  for (const id of ids) {
    const aggregate = indicatorRule(id, custom[id])?.aggregate;
    if (aggregate === undefined) continue;
    if (aggregate.kind === 'sum') rows.push([sqlString(id), "'sum'", 'NULL', 'NULL']);
    else aggregate.weights.forEach((weight, i) => rows.push([sqlString(id), "'weighted'", sqlString(weight), String(i + 1)]));
  }
  return valuesRelation(['indicator', 'rule', 'weight', 'weight_position'], rows, ['VARCHAR', 'VARCHAR', 'VARCHAR', 'INTEGER']);
}

/** Run the indicator steps on `indicator_rows` (already defined) and build the aggregates. */
export async function aggregateIndicatorsSql(session: SqlSession): Promise<IndicatorAggregates> {
  const rows = await session.query(stepSql('indicator_cells'));
  if (rows.length === 0) return { municipalities: [], periods: [], indicators: [], cells: [], region: [] };
  const municipalities = [...new Set(rows.map((r) => String(r.municipality)))].sort(compareMunicipalities);
  const periods = [...new Set(rows.map((r) => String(r.period)))].sort(comparePeriods);
  const indicators = [...new Set(rows.map((r) => String(r.indicator)))].sort(compareIndicatorIds);
  const mIndex = new Map(municipalities.map((m, i) => [m, i]));
  const pIndex = new Map(periods.map((p, i) => [p, i]));
  const iIndex = new Map(indicators.map((id, i) => [id, i]));
  const cells: IndicatorAggregateCell[] = rows.map((r) => ({
    municipality: String(r.municipality),
    period: String(r.period),
    indicator: String(r.indicator),
    value: toNumber(r.value),
    label: toNullableString(r.label),
  }));
  cells.sort(
    (a, b) =>
      mIndex.get(a.municipality)! - mIndex.get(b.municipality)! ||
      pIndex.get(a.period)! - pIndex.get(b.period)! ||
      iIndex.get(a.indicator)! - iIndex.get(b.indicator)!,
  );

  await session.define('municipality_order', municipalityOrder(municipalities));
  const custom = await declaredIndicatorsSql(session);
  await session.define('indicator_catalog', indicatorCatalog(custom));
  const region: IndicatorRegionAggregate[] = (await session.query(stepSql('indicator_region'))).map((r) => {
    const cell: IndicatorRegionAggregate = {
      period: String(r.period),
      indicator: String(r.indicator),
      value: toNullableNumber(r.value),
      label: toNullableString(r.label),
    };
    if (r.flag !== null && r.flag !== undefined) cell.flag = String(r.flag) as IndicatorRegionFlag;
    return cell;
  });
  region.sort((a, b) => pIndex.get(a.period)! - pIndex.get(b.period)! || iIndex.get(a.indicator)! - iIndex.get(b.indicator)!);
  return { municipalities, periods, indicators, cells, region, ...(Object.keys(custom).length > 0 ? { custom } : {}) };
}

/**
 * The kinds that the valid rows of `indicator_rows` declare for custom indicators (their first
 * declaring row each), for the aggregation.
 */
export async function declaredIndicatorsSql(session: SqlSession): Promise<Record<string, CustomIndicator>> {
  const declarations = new Declarations();
  const rows = await session.query('SELECT line, indicator, kind, weight FROM indicator_rows WHERE kind IS NOT NULL OR weight IS NOT NULL ORDER BY line');
  for (const row of rows) {
    const read = readDeclaration(String(row.indicator), toNullableString(row.kind), toNullableString(row.weight));
    if (read.declared) declarations.add(String(row.indicator), read.declared, toNumber(row.line));
  }
  return declarations.all();
}
