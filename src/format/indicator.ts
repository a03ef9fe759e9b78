import { isolate } from '../format/bidi.js';
import type { IndicatorCell } from '../data/types.js';
import { REGION } from '../data/types.js';
import { cellRule, indicatorDefinition, protectedAsCount, type IndicatorKind } from '../data/indicators.js';
import type { Lang } from '../i18n/lang.js';
import { flagKey, indicatorText } from '../i18n/indicator-messages.js';
import { formatNumber, formatPercent } from './number.js';
import { formatCount } from './suppressed.js';
import { formatPeriod } from './period.js';
import { joinNames } from './join-names.js';

/** An indicator's name: the catalog label in the language, else the data's label, else the id. */
export function indicatorLabel(id: string, lang: Lang, dataLabel: string | null = null): string {
  return indicatorDefinition(id)?.label[lang] ?? dataLabel ?? id;
}

/** Counts (and custom indicators without a declared kind, whose unit is unknown) are subject to "< threshold". */
export function isCountLike(cell: Pick<IndicatorCell, 'indicator' | 'kind' | 'weights'>): boolean {
  return protectedAsCount(cellRule(cell));
}

/**
 * A cell's value as text: counts whole (`1.234`), months and scores with one decimal, percents
 * as `78,4%`. A hidden single count reads "< 5"; a hidden sum or mean reads "afgeschermd"; a
 * lower bound (a sum without its hidden parts) "≥ 28"; an empty value "–".
 */
export function formatIndicatorValue(cell: IndicatorCell, lang: Lang = 'nl', threshold = 5): string {
  // "< 5" only for a count the bundle (or a sum of one hidden part and zeros) marks primary.
  if (cell.suppressed)
    return isCountLike(cell) && cell.suppressed === 'primary' ? formatCount(null, 'primary', threshold, lang) : indicatorText(lang, 'value.hidden');
  if (cell.value === null) return '–';
  // A lower bound is the sum of published parts, never 0 (then the count is hidden, not "≥ 0").
  if (cell.flag === 'lower_bound') return cell.value > 0 ? `≥ ${formatNumber(cell.value, lang, 0)}` : indicatorText(lang, 'value.hidden');
  switch (cellRule(cell)?.kind) {
    case 'count':
      return formatNumber(cell.value, lang, 0);
    case 'percent':
      return formatPercent(cell.value / 100, lang, 1);
    default:
      return formatNumber(cell.value, lang, 1);
  }
}

/**
 * The explanation of a cell's flag (`missing_weight`, `partial`, …), or ''. A mean without its
 * weight names the weights not supplied and for whom, when the cell says
 * (`regiogemiddelde ontbreekt: gewicht OTS gestart niet aangeleverd voor Delft`).
 */
export function indicatorNote(cell: IndicatorCell, lang: Lang = 'nl'): string {
  if (!cell.flag) return '';
  const missing = cell.missingWeight;
  if (cell.flag === 'missing_weight' && missing && missing.weights.length > 0) {
    return indicatorText(lang, cell.municipality === REGION ? 'note.missingWeight.region' : 'note.missingWeight', {
      weights: joinNames(
        missing.weights.map((id) => indicatorLabel(id, lang)),
        lang,
      ),
      municipalities: joinNames(missing.municipalities.map(isolate), lang),
    });
  }
  const key = flagKey(cell.flag);
  return key ? indicatorText(lang, key) : cell.flag;
}

/** A sentence for the view on a mean left empty: its indicator, periods and reason. */
export function missingMeanNote(missing: { indicator: string; periods: readonly string[]; cell: IndicatorCell }, lang: Lang = 'nl'): string {
  return indicatorText(lang, 'note.missingMean', {
    indicator: indicatorLabel(missing.indicator, lang, missing.cell.label),
    periods: joinNames(
      missing.periods.map((p) => formatPeriod(p, lang)),
      lang,
    ),
    reason: indicatorNote(missing.cell, lang),
  });
}

/** The value axis title of an indicator's unit: "Aantal", "Maanden", "Procent", "Score", "Waarde". */
export function indicatorAxisTitle(id: string, lang: Lang, kind?: IndicatorKind): string {
  const unit = indicatorDefinition(id)?.unit ?? kind;
  return indicatorText(
    lang,
    unit === 'count' ? 'axis.count' : unit === 'months' ? 'axis.months' : unit === 'percent' ? 'axis.percent' : unit === 'score' ? 'axis.score' : 'axis.value',
  );
}
