import type { DataIssue } from '../types.js';
import { indicatorDefinition } from '../indicators.js';
import { indicatorKey } from '../aggregate/indicators.js';
import type { IndicatorAggregates } from '../aggregate/types.js';
import type { Lang } from '../../i18n/lang.js';
import { prepareWarning } from './warnings.js';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;

/** The years given both as a whole and per quarter. */
export function mixedYears(periods: readonly string[]): Set<string> {
  const years = new Set(periods.filter((p) => YEAR.test(p)));
  const mixed = new Set<string>();
  for (const p of periods) {
    const q = QUARTER.exec(p);
    if (q && years.has(q[1]!)) mixed.add(q[1]!);
  }
  return mixed;
}

/**
 * The warnings about indicator data as a whole that a bundle carries, in this order: a year given
 * both whole and per quarter (`period_mix`); a region mean without a weight for a municipality
 * that reports the value (`missing_weight`, naming them) or with a total weight of 0
 * (`zero_weight`); a custom indicator without a rule to add it up (`no_rule`). `prepare` writes
 * them into the bundle and `validate` reports them, so a region value that stays empty is
 * explained before the data is published.
 */
export function indicatorWarnings(aggregates: IndicatorAggregates, lang: Lang): DataIssue[] {
  const warnings: DataIssue[] = [];
  const byKey = new Map(aggregates.cells.map((c) => [indicatorKey(c.municipality, c.period, c.indicator), c]));
  for (const year of [...mixedYears(aggregates.periods)].sort()) warnings.push(prepareWarning(lang, 'period_mix', { value: year }));
  const noRule = new Set<string>();
  for (const r of aggregates.region) {
    const definition = indicatorDefinition(r.indicator);
    if (definition === undefined) {
      noRule.add(r.indicator);
      continue;
    }
    if (definition.aggregate.kind !== 'weighted') continue;
    const weights = definition.aggregate.weights;
    if (r.flag === 'missing_weight') {
      const reporting = aggregates.municipalities.filter((m) => byKey.has(indicatorKey(m, r.period, r.indicator)));
      const missing = reporting.filter((m) => weights.some((w) => !byKey.has(indicatorKey(m, r.period, w))));
      warnings.push(
        prepareWarning(lang, 'missing_weight', { indicator: r.indicator, period: r.period, weights: weights.join(' + '), municipalities: missing.join(', ') }),
      );
    } else if (r.flag === 'zero_weight') {
      warnings.push(prepareWarning(lang, 'zero_weight', { indicator: r.indicator, period: r.period, weights: weights.join(' + ') }));
    }
  }
  for (const id of aggregates.indicators.filter((i) => noRule.has(i))) warnings.push(prepareWarning(lang, 'no_rule', { indicator: id }));
  return warnings;
}
