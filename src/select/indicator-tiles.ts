import type { Lang } from '../i18n/lang.js';
import { indicatorText } from '../i18n/indicator-messages.js';
import { countSum, formatCountSum } from '../format/count-sum.js';
import { formatNumber } from '../format/number.js';
import { formatPeriod } from '../format/period.js';
import { indicatorNote } from '../format/indicator.js';
import type { KpiTile } from './kpi-tile.js';
import type { IndicatorKpis, IndicatorTotal } from './indicators.js';

/**
 * The key-figure tiles of the indicator view for `indicatorKpis`. A total follows the
 * small-count rule (`countSum`): "< 5", "≥ 11" without its hidden values, and "afgeschermd"
 * when what is published is below the threshold while values are hidden, never "0". The OTS
 * duration is the latest published mean; without one it reads "afgeschermd" when a mean is
 * hidden, else "–", and its note says why the last period has no mean (a weight not supplied).
 */
export function indicatorTiles(k: IndicatorKpis, threshold: number, lang: Lang): KpiTile[] {
  const from = k.from ? formatPeriod(k.from, lang) : '';
  const to = k.to ? formatPeriod(k.to, lang) : '';
  const range = !from ? '' : from === to ? from : indicatorText(lang, 'kpi.range', { from, to });
  const sum = (v: IndicatorTotal) => countSum({ value: v.total, partial: v.partial }, threshold);
  const total = (v: IndicatorTotal | null) => (v === null ? '–' : formatCountSum(sum(v), threshold, lang));
  // "exclusief afgeschermde waarden" only under a lower bound ("≥ 11").
  const note = (v: IndicatorTotal | null) => (v && v.partial && !sum(v).hidden ? `${range}, ${indicatorText(lang, 'kpi.partial')}` : range);
  const duration = k.otsDuration;
  return [
    { label: indicatorText(lang, 'kpi.vtoPrevented'), value: total(k.vtoPrevented), note: note(k.vtoPrevented) },
    { label: indicatorText(lang, 'kpi.otsPrevented'), value: total(k.otsPrevented), note: note(k.otsPrevented) },
    { label: indicatorText(lang, 'kpi.otsEndedEarly'), value: total(k.otsEndedEarly), note: note(k.otsEndedEarly) },
    {
      label: indicatorText(lang, 'kpi.otsDuration'),
      value: duration
        ? indicatorText(lang, 'kpi.months', { value: formatNumber(duration.value, lang, 1) })
        : k.otsDurationHidden
          ? indicatorText(lang, 'value.hidden')
          : '–',
      note: duration
        ? indicatorText(lang, 'kpi.latest', { period: formatPeriod(duration.period, lang) })
        : k.otsDurationMissing
          ? indicatorNote(k.otsDurationMissing, lang)
          : '',
    },
  ];
}
