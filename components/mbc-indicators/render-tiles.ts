import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import type { IndicatorKpis, IndicatorTotal } from '../../src/select/indicators.js';
import { formatNumber } from '../../src/format/number.js';
import { formatPeriod } from '../../src/format/period.js';
import { formatCount } from '../../src/format/suppressed.js';
import { ti } from '../../src/i18n/indicator-messages.js';
import { indicatorNote } from '../../src/format/indicator.js';
import '../mbc-kpi/mbc-kpi.js';

/**
 * The indicator key-figure tiles: VTOs and OTSs prevented, OTSs ended early (totals over the
 * period, lower bounds where cells are hidden), the latest OTS duration. Rendered by
 * `<mbc-indicators>` and by the dashboard's overview (`<mbc-overview tiles>`).
 */
export function renderIndicatorTiles(k: IndicatorKpis, lang: Lang, threshold: number): TemplateResult {
  const range = k.from ? ti(lang, 'kpi.range', { from: formatPeriod(k.from, lang), to: formatPeriod(k.to, lang) }) : '';
  // A total without its hidden values is a lower bound ("≥ 11"); a small total reads "< 5".
  const total = (v: IndicatorTotal | null) => {
    if (v === null) return '–';
    if (v.total > 0 && v.total < threshold) return formatCount(null, true, threshold, lang);
    return v.partial && v.total > 0 ? `≥ ${formatNumber(v.total, lang, 0)}` : v.partial ? ti(lang, 'value.hidden') : formatNumber(v.total, lang, 0);
  };
  const note = (v: IndicatorTotal | null) => (v?.partial && v.total > 0 ? `${range}, ${ti(lang, 'kpi.partial')}` : range);
  const duration = k.otsDuration;
  return html`<section part="tiles" aria-label=${ti(lang, 'kpi.tiles')}>
    <div class="tiles">
      <mbc-kpi label=${ti(lang, 'kpi.vtoPrevented')} value=${total(k.vtoPrevented)} note=${note(k.vtoPrevented)}></mbc-kpi>
      <mbc-kpi label=${ti(lang, 'kpi.otsPrevented')} value=${total(k.otsPrevented)} note=${note(k.otsPrevented)}></mbc-kpi>
      <mbc-kpi label=${ti(lang, 'kpi.otsEndedEarly')} value=${total(k.otsEndedEarly)} note=${note(k.otsEndedEarly)}></mbc-kpi>
      <mbc-kpi
        label=${ti(lang, 'kpi.otsDuration')}
        value=${duration ? ti(lang, 'kpi.months', { value: formatNumber(duration.value, lang, 1) }) : '–'}
        note=${duration
          ? ti(lang, 'kpi.latest', { period: formatPeriod(duration.period, lang) })
          : k.otsDurationMissing
            ? indicatorNote(k.otsDurationMissing, lang)
            : nothing}
      ></mbc-kpi>
    </div>
  </section>`;
}
