import type { DataIssue, IndicatorCell } from '../types.js';
import { REGION } from '../types.js';
import { indicatorDefinition, indicatorRule, protectedAsCount } from '../indicators.js';
import { isSmallCount } from '../suppress.js';
import { suppressIndicators, type IndicatorValue, type WeightedMeanGroup } from '../suppress-indicators.js';
import { indicatorKey, weightOf } from '../aggregate/indicators.js';
import type { IndicatorAggregates } from '../aggregate/types.js';
import { indicatorWarnings, missingWeight, mixedYears } from './indicator-warnings.js';
import type { Lang } from '../../i18n/lang.js';
import { round2 } from './round.js';


/**
 * Disclosure control for indicator aggregates, and the published cells, with the warnings about
 * region values that could not be formed.
 *
 * - counts (catalog unit `count`, or a custom id declared `count`) and undeclared custom ids
 *   (unit unknown, so treated as counts) from 1 to threshold − 1 are hidden; a custom mean
 *   declared without weights is published as supplied;
 * - a weighted mean is hidden when its weight (the sum of its named counts) is 1 … threshold − 1,
 *   for a municipality and for the region alike; and when it is the only unknown product
 *   `value × weight` behind a published region mean, another mean is hidden with it
 *   (`protectWeightedMeans`);
 * - secondary suppression over the published totals: region = Σ municipalities per period and
 *   count indicator, and year = Σ of its four quarters wherever a year and all four of its
 *   quarters are present (for a municipality or for the region).
 */
export async function publishIndicators(
  aggregates: IndicatorAggregates,
  threshold: number,
  lang: Lang,
  warnings: DataIssue[],
): Promise<{ cells: IndicatorCell[]; region: IndicatorCell[] }> {
  const { municipalities, periods, indicators: ids } = aggregates;
  if (aggregates.cells.length === 0) return { cells: [], region: [] };
  const byKey = new Map(aggregates.cells.map((c) => [indicatorKey(c.municipality, c.period, c.indicator), c]));
  const lookup = (m: string, p: string, id: string) => byKey.get(indicatorKey(m, p, id));

  warnings.push(...indicatorWarnings(aggregates, lang));
  const mixed = mixedYears(periods);

  // Values in one list (municipality cells, then region cells) for suppression, with the
  // unrounded value (region means are published rounded).
  interface Entry extends IndicatorValue {
    cell: IndicatorCell;
  }
  const entries: Entry[] = [];
  const index = new Map<string, number>();
  const custom = aggregates.custom ?? {};
  const ruleOf = (id: string) => indicatorRule(id, custom[id]);
  /** A custom indicator's declaration, carried by each of its cells so that the views know it. */
  const declaration = (id: string): Pick<IndicatorCell, 'kind' | 'weights'> => {
    const declared = indicatorDefinition(id) ? undefined : custom[id];
    return declared ? { kind: declared.kind, ...(declared.weights ? { weights: [...declared.weights] } : {}) } : {};
  };
  const add = (cell: IndicatorCell, value: number | null, hidden: boolean, weight?: number | null): void => {
    index.set(indicatorKey(cell.municipality, cell.period, cell.indicator), entries.length);
    const rule = ruleOf(cell.indicator);
    const mean = rule?.aggregate?.kind === 'weighted';
    entries.push({
      cell,
      value,
      hidden,
      kind: mean ? 'mean' : 'count',
      ...(rule?.kind === 'percent' ? { max: 100 } : {}),
      ...(mean ? { weight: weight ?? null } : {}),
    });
  };


  for (const c of aggregates.cells) {
    const rule = ruleOf(c.indicator);
    let hidden: boolean;
    let weight: number | null = null;
    if (rule?.aggregate?.kind === 'weighted') {
      weight = weightOf(lookup, c.municipality, c.period, rule.aggregate.weights);
      hidden = isSmallCount(weight, threshold);
    } else {
      // Counts, and undeclared custom indicators (unit unknown: treated as counts); a declared
      // mean without weights is published as supplied.
      hidden = protectedAsCount(rule) ? isSmallCount(c.value, threshold) : false;
    }
    const cell: IndicatorCell = { municipality: c.municipality, period: c.period, indicator: c.indicator, value: c.value, label: c.label, suppressed: false, ...declaration(c.indicator) };
    add(cell, c.value, hidden, weight);
  }

  const equations: number[][] = [];
  const weightedGroups: WeightedMeanGroup[] = [];
  for (const r of aggregates.region) {
    const { period: p, indicator: id } = r;
    const reporting = municipalities.filter((m) => lookup(m, p, id));
    const rule = ruleOf(id);
    const cell: IndicatorCell = { municipality: REGION, period: p, indicator: id, value: null, label: r.label, suppressed: false };
    if (r.flag !== undefined) cell.flag = r.flag;
    Object.assign(cell, declaration(id));
    let hidden = false;
    let weight: number | null = null;
    if (rule?.aggregate === undefined) {
      // No rule: no region value (the warning says so).
    } else if (rule.aggregate.kind === 'sum') {
      cell.value = r.value;
      hidden = rule.kind === 'count' && isSmallCount(cell.value, threshold);
    } else {
      const weights = rule.aggregate.weights;
      if (r.flag === 'missing_weight') cell.missingWeight = missingWeight(aggregates, byKey, p, id, weights);
      else {
        weightedGroups.push({
          total: entries.length,
          parts: reporting.map((m) => ({
            mean: index.get(indicatorKey(m, p, id))!,
            weights: weights.map((w) => index.get(indicatorKey(m, p, w))!),
            product: lookup(m, p, id)!.value * weightOf(lookup, m, p, weights)!,
          })),
        });
        if (r.flag !== 'zero_weight') {
          cell.value = round2(r.value);
          weight = reporting.reduce((s, m) => s + weightOf(lookup, m, p, weights)!, 0);
          hidden = isSmallCount(weight, threshold);
        }
      }
    }
    add(cell, cell.value === null ? null : r.value, hidden, weight);
    if (rule?.aggregate?.kind === 'sum') {
      equations.push([...reporting.map((m) => index.get(indicatorKey(m, p, id))!), index.get(indicatorKey(REGION, p, id))!]);
    }
  }

  // Year = Σ quarters, wherever a year and all four of its quarters are given: for a
  // municipality, and for the region when the same municipalities report the year and each quarter
  // (otherwise the region year is not the sum of the region quarters).
  for (const year of mixed) {
    const quarterPeriods = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    for (const id of ids) {
      if (ruleOf(id)?.aggregate?.kind !== 'sum') continue;
      const reportingIn = (p: string) => municipalities.filter((m) => lookup(m, p, id)).join('\u0000');
      const sameSet = quarterPeriods.every((p) => reportingIn(p) === reportingIn(year));
      for (const m of sameSet ? [...municipalities, REGION] : municipalities) {
        const members = quarterPeriods.map((p) => index.get(indicatorKey(m, p, id)));
        const total = index.get(indicatorKey(m, year, id));
        if (total !== undefined && members.every((x) => x !== undefined)) equations.push([...(members as number[]), total]);
      }
    }
  }

  const hidden = await suppressIndicators(entries, equations, weightedGroups, threshold);
  const cells: IndicatorCell[] = [];
  const region: IndicatorCell[] = [];
  entries.forEach((e, i) => {
    const cell = e.cell;
    if (hidden[i]) {
      cell.suppressed = hidden[i]!;
      cell.value = null;
    }
    (cell.municipality === REGION ? region : cells).push(cell);
  });
  return { cells, region };
}
