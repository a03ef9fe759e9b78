import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import type { UsageKpis } from '../../src/select/usage.js';
import { formatNumber, formatPercent } from '../../src/format/number.js';
import { formatCount } from '../../src/format/suppressed.js';
import { t } from '../../src/i18n/ui-messages.js';
import '../mbc-kpi/mbc-kpi.js';

/**
 * The product-usage key-figure tiles: indications, families, mean hours of 2a and 2b against the
 * 25 available, the share over the cap. Rendered by `<mbc-product-usage>` and by the dashboard's
 * overview (`<mbc-overview tiles>`), which thus does not load the view.
 */
export function renderUsageTiles(k: UsageKpis, lang: Lang, threshold: number): TemplateResult {
  const hours = (v: number | null) => (v === null ? '–' : formatNumber(v, lang));
  // Totals are counts too: from 1 to threshold − 1 they read "< 5", and so do shares of them.
  const small = (v: number | null) => v !== null && v > 0 && v < threshold;
  const count = (v: number | null) => formatCount(v, small(v), threshold, lang);
  const overCapHidden = small(k.overCap) || small(k.cappedIndications);
  return html`<section part="tiles" aria-label=${t(lang, 'usage.tiles')}>
    ${k.partial ? html`<p class="partial muted">${t(lang, 'kpi.partial')}</p>` : nothing}
    <div class="tiles">
      <mbc-kpi label=${t(lang, 'kpi.indications')} value=${count(k.indications)}></mbc-kpi>
      <mbc-kpi label=${t(lang, 'kpi.families')} value=${k.families === null ? '–' : count(k.families)}></mbc-kpi>
      <mbc-kpi label=${t(lang, 'kpi.meanHours2a')} value=${hours(k.meanHours2a)} note=${t(lang, 'kpi.of25')}></mbc-kpi>
      <mbc-kpi label=${t(lang, 'kpi.meanHours2b')} value=${hours(k.meanHours2b)} note=${t(lang, 'kpi.of25')}></mbc-kpi>
      <mbc-kpi
        label=${t(lang, 'kpi.overCap')}
        value=${overCapHidden ? count(k.overCap) : k.cappedIndications ? formatPercent(k.overCap / k.cappedIndications, lang, 1) : '–'}
        note=${t(lang, 'kpi.overCap.note', { n: count(k.overCap), total: count(k.cappedIndications) })}
      ></mbc-kpi>
    </div>
  </section>`;
}
