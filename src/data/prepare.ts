import type { Bundle, DataIssue, IndicatorRow, UsageRow } from './types.js';
import type { Lang } from '../i18n/lang.js';
import type { IndicatorAggregates, UsageAggregates } from './aggregate/types.js';
import { aggregateUsage } from './aggregate/usage.js';
import { aggregateIndicators } from './aggregate/indicators.js';
import { publishUsage } from './publish/usage.js';
import { publishIndicators } from './publish/indicators.js';
import { compareMunicipalities, comparePeriods } from './order.js';

export { compareMunicipalities };

/**
 * `prepare`: from validated rows to the bundle, the aggregated and privacy-safe JSON that
 * dashboards load. See the README, "The bundle" and "Disclosure control".
 *
 * Two steps, so that the heavy one can run where the data lives:
 * 1. **Aggregate** (`aggregate/`): counts, sums, medians, the hours distribution, families,
 *    routes and region values per cell, unsuppressed. In memory with arquero here; inside DuckDB
 *    or PostgreSQL with the SQL of `sql/`. Cells form a full grid (municipality × quarter ×
 *    product), so that zero stays zero; region cells come from the raw rows, never from
 *    published cells.
 * 2. **Publish** (`publish/`, with `suppress.ts`): disclosure control decides what may be
 *    published, the same code for every engine, and the cells are rounded and written.
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

/**
 * Aggregate validated rows into a bundle, with disclosure control.
 * Throws a `RangeError` only for an invalid `suppressionThreshold`; data problems never throw.
 */
export async function prepare(input: PrepareInput, options: PrepareOptions = {}): Promise<Bundle> {
  checkThreshold(options.suppressionThreshold);
  const usage = aggregateUsage(input.usage ?? []);
  const indicators = aggregateIndicators(input.indicators ?? []);
  return publishBundle(usage, indicators, options);
}

function checkThreshold(threshold: number | undefined): void {
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 1)) {
    throw new RangeError(`suppressionThreshold must be a whole number ≥ 1, got ${String(threshold)}`);
  }
}

/**
 * The publish step on its own: disclosure control over aggregates from any engine, and the
 * bundle. Throws a `RangeError` only for an invalid `suppressionThreshold`.
 */
export async function publishBundle(
  usageAggregates: UsageAggregates,
  indicatorAggregates: IndicatorAggregates,
  options: PrepareOptions = {},
): Promise<Bundle> {
  checkThreshold(options.suppressionThreshold);
  const threshold = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const lang = options.lang ?? 'nl';
  const warnings: DataIssue[] = [];
  const usage = await publishUsage(usageAggregates, threshold);
  const indicators = await publishIndicators(indicatorAggregates, threshold, lang, warnings);

  const municipalities = [...new Set([...usageAggregates.municipalities, ...indicatorAggregates.municipalities])].sort(compareMunicipalities);
  const periods = [...new Set([...usageAggregates.periods, ...indicatorAggregates.periods])].sort(comparePeriods);

  return {
    format: 'mbc-bundle',
    version: 2,
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
