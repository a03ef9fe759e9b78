import type { DataIssue, MissingWeight } from '../types.js';
import { indicatorRule } from '../indicators.js';
import { kindWord } from '../../i18n/data-messages.js';
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
 * Why a region mean has no value: the municipalities that report it but lack one of its named
 * weights, and which of the weights they lack. The bundle carries it on the region cell and the
 * `missing_weight` warning names the municipalities, so that both say the same.
 */
export function missingWeight(
  aggregates: IndicatorAggregates,
  byKey: ReadonlyMap<string, unknown>,
  period: string,
  indicator: string,
  weights: readonly string[],
): MissingWeight {
  const reporting = aggregates.municipalities.filter((m) => byKey.has(indicatorKey(m, period, indicator)));
  const lacks = (m: string, w: string) => !byKey.has(indicatorKey(m, period, w));
  return {
    weights: weights.filter((w) => reporting.some((m) => lacks(m, w))),
    municipalities: reporting.filter((m) => weights.some((w) => lacks(m, w))),
  };
}

/**
 * The warnings about indicator data as a whole that a bundle carries, in this order: a year given
 * both whole and per quarter (`period_mix`); a region mean without a weight for a municipality
 * that reports the value (`missing_weight`, naming them) or with a total weight of 0
 * (`zero_weight`); a custom indicator without a rule to add it up (`no_rule`), or declared a
 * mean, percentage or score without weights (`no_weight`). `prepare` writes
 * them into the bundle and `validate` reports them, so a region value that stays empty is
 * explained before the data is published.
 */
export function indicatorWarnings(aggregates: IndicatorAggregates, lang: Lang): DataIssue[] {
  const warnings: DataIssue[] = [];
  const byKey = new Map(aggregates.cells.map((c) => [indicatorKey(c.municipality, c.period, c.indicator), c]));
  for (const year of [...mixedYears(aggregates.periods)].sort()) warnings.push(prepareWarning(lang, 'period_mix', { value: year }));
  const noRule = new Set<string>();
  const custom = aggregates.custom ?? {};
  for (const r of aggregates.region) {
    const rule = indicatorRule(r.indicator, custom[r.indicator]);
    if (rule?.aggregate === undefined) {
      noRule.add(r.indicator);
      continue;
    }
    if (rule.aggregate.kind !== 'weighted') continue;
    const weights = rule.aggregate.weights;
    if (r.flag === 'missing_weight') {
      const missing = missingWeight(aggregates, byKey, r.period, r.indicator, weights);
      warnings.push(
        prepareWarning(lang, 'missing_weight', { indicator: r.indicator, period: r.period, weights: weights.join(' + '), municipalities: missing.municipalities.join(', ') }),
      );
    } else if (r.flag === 'zero_weight') {
      warnings.push(prepareWarning(lang, 'zero_weight', { indicator: r.indicator, period: r.period, weights: weights.join(' + ') }));
    }
  }
  for (const id of aggregates.indicators.filter((i) => noRule.has(i))) {
    const declared = custom[id];
    // A declared mean without weights has no region value either, but is no count.
    if (declared) warnings.push(prepareWarning(lang, 'no_weight', { indicator: id, kind: kindWord(declared.kind, lang) }));
    else warnings.push(prepareWarning(lang, 'no_rule', { indicator: id }));
  }
  return warnings;
}
