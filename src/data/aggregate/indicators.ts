import type { IndicatorRow } from '../types.js';
import { compareIndicatorIds, indicatorRule, type CustomIndicator } from '../indicators.js';
import { compareMunicipalities, comparePeriods } from '../order.js';
import type { IndicatorAggregateCell, IndicatorAggregates, IndicatorRegionAggregate } from './types.js';

/**
 * Indicator aggregates in memory: the municipality values as given, and the region value of
 * every indicator and period. Plain JavaScript (no arquero): indicator files hold one row per
 * municipality, period and indicator, so they are small even nationally.
 *
 * Region rules:
 * - `sum` (counts): the sum over the municipalities that report the indicator in that period;
 *   `flag: "partial"` when a municipality of the indicator data has no value for it.
 * - `weighted`: Σ value × weight ÷ Σ weight, the weight being the sum of the named count
 *   indicators of the same municipality and period. When any named weight is missing for a
 *   municipality that reports the value: null with `flag: "missing_weight"` (never an unweighted
 *   mean). A total weight of 0: null with `flag: "zero_weight"`.
 * - custom ids (not in the catalog): by the kind the rows declare (a count sums, a mean with
 *   weights is weighted, as above); undeclared, or a mean without weights: no region value
 *   (null, `flag: "no_rule"`).
 * - Periods are taken as given. A year (`2024`) and its quarters (`2024-Q1`…) are separate
 *   periods and are never added together.
 *
 * The first row wins for a municipality × period × indicator (the parser reports duplicates).
 */
export function aggregateIndicators(rows: readonly IndicatorRow[]): IndicatorAggregates {
  const byKey = new Map<string, IndicatorRow>();
  for (const row of rows) {
    const k = indicatorKey(row.municipality, row.period, row.indicator);
    if (!byKey.has(k)) byKey.set(k, row);
  }
  const municipalities = [...new Set(rows.map((r) => r.municipality))].sort(compareMunicipalities);
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
  const indicators = [...new Set(rows.map((r) => r.indicator))].sort(compareIndicatorIds);
  const lookup = (m: string, p: string, id: string): IndicatorRow | undefined => byKey.get(indicatorKey(m, p, id));
  const custom = declaredIndicators(rows);

  const cells: IndicatorAggregateCell[] = [];
  for (const m of municipalities) {
    for (const p of periods) {
      for (const id of indicators) {
        const row = lookup(m, p, id);
        if (row) cells.push({ municipality: m, period: p, indicator: id, value: row.value, label: row.label });
      }
    }
  }

  const region: IndicatorRegionAggregate[] = [];
  for (const p of periods) {
    for (const id of indicators) {
      const reporting = municipalities.filter((m) => lookup(m, p, id));
      if (reporting.length === 0) continue;
      const label = reporting.map((m) => lookup(m, p, id)!.label).find((l) => l !== null) ?? null;
      const partial = reporting.length < municipalities.length;
      const rule = indicatorRule(id, custom[id])?.aggregate;
      const cell: IndicatorRegionAggregate = { period: p, indicator: id, value: null, label };
      if (rule === undefined) {
        cell.flag = 'no_rule';
      } else if (rule.kind === 'sum') {
        cell.value = reporting.reduce((s, m) => s + lookup(m, p, id)!.value, 0);
        if (partial) cell.flag = 'partial';
      } else {
        const weights = rule.weights;
        const weight = (m: string) => weightOf(lookup, m, p, weights);
        if (reporting.some((m) => weight(m) === null)) cell.flag = 'missing_weight';
        else {
          let weighted = 0;
          let total = 0;
          for (const m of reporting) {
            const w = weight(m)!;
            weighted += lookup(m, p, id)!.value * w;
            total += w;
          }
          if (total === 0) cell.flag = 'zero_weight';
          else {
            cell.value = weighted / total;
            if (partial) cell.flag = 'partial';
          }
        }
      }
      region.push(cell);
    }
  }
  return { municipalities, periods, indicators, cells, region, ...(Object.keys(custom).length > 0 ? { custom } : {}) };
}

/** The kinds the rows declare for custom indicators: the first declaring row of each (the parser keeps them consistent). */
export function declaredIndicators(rows: readonly IndicatorRow[]): Record<string, CustomIndicator> {
  const custom: Record<string, CustomIndicator> = {};
  for (const row of rows) {
    if (row.kind === undefined || Object.hasOwn(custom, row.indicator)) continue;
    custom[row.indicator] = row.weights ? { kind: row.kind, weights: row.weights } : { kind: row.kind };
  }
  return custom;
}

/** The key of a municipality × period × indicator in lookup maps. */
export function indicatorKey(municipality: string, period: string, indicator: string): string {
  return `${municipality}\u0000${period}\u0000${indicator}`;
}

/**
 * The weight of a weighted mean for one municipality and period: the sum of its named counts
 * (`ots_started` + `ots_ended_early`), or null when one of them is missing.
 */
export function weightOf(
  lookup: (municipality: string, period: string, indicator: string) => { value: number } | undefined,
  municipality: string,
  period: string,
  weights: readonly string[],
): number | null {
  let total = 0;
  for (const w of weights) {
    const row = lookup(municipality, period, w);
    if (!row) return null;
    total += row.value;
  }
  return total;
}
