import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { ChartModel } from '../../src/specs/chart-model.js';
import { indicationsPerQuarter } from '../../src/specs/product-usage/indications.js';
import { hoursDistributionChart } from '../../src/specs/product-usage/hours.js';
import { utilisationByMunicipality } from '../../src/specs/product-usage/utilisation.js';
import { routesChart } from '../../src/specs/product-usage/routes.js';
import { repeatIndications } from '../../src/specs/product-usage/repeats.js';
import { bundleContext } from '../../src/select/export-context.js';
import { selectHours, selectUsage, usageByMunicipality, usageKpis, type UsageKpis } from '../../src/select/usage.js';
import { formatNumber, formatPercent } from '../../src/format/number.js';
import { formatCount } from '../../src/format/suppressed.js';
import { t } from '../../src/i18n/ui-messages.js';
import type { Filters } from '../../src/select/filters.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { Memo } from '../shared/memo.js';
import type { MbcSelectDetail } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';
import { viewLayoutStyles } from '../shared/layout.styles.js';
import { productUsageStyles } from './mbc-product-usage.styles.js';
import '../mbc-chart/mbc-chart.js';
import '../mbc-kpi/mbc-kpi.js';

/**
 * Product usage: how often products 1 (anonymous advice), 2a (samen optrekken) and 2b
 * (casusregie bij de GI) were indicated, how many of the 25 available hours were used, the
 * routes the cases took, and repeat indications; with key-figure tiles. Clicking a
 * municipality selects it for every view on the same source.
 *
 * @tagname mbc-product-usage
 * @summary Product usage: indications, hours against the 25-hour cap, routes.
 *
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When the data cannot be loaded or is invalid. `detail: {errors}`.
 * @fires {CustomEvent<MbcFilterChangeDetail>} mbc-filter-change - (from the data source) when a municipality is selected in a chart.
 *
 * @csspart tiles - The row of key-figure tiles.
 * @csspart chart - Each chart element, which also exposes its own parts as `chart-figure`, `chart-summary`, `chart-canvas`, `chart-tooltip`, `chart-table`, `chart-toggle` and `chart-export`.
 * @csspart status - The loading or empty message.
 * @csspart alert - The box that lists data problems.
 */
export class MbcProductUsage extends MbcView {
  static override styles = [baseStyles, viewLayoutStyles, productUsageStyles];

  /**
   * Municipality to show when the view has its own data (`src` or `bundle`); empty for the
   * region total. With `source`, the shared filters decide.
   */
  @property() municipality = '';

  /** `full` (default) shows tiles and charts; `tiles` only the key-figure tiles (dashboard overview). */
  @property({ reflect: true }) variant: 'full' | 'tiles' = 'full';

  private readonly view = new Memo<{ kpis: UsageKpis; charts: ChartModel[] } | null>();

  private handleSelect(event: CustomEvent<MbcSelectDetail>): void {
    if (event.detail.field !== 'municipality') return;
    if (this.municipality) this.municipality = event.detail.value;
    else this.data.store?.setFilters({ municipalities: [event.detail.value] });
  }

  protected renderView(store: DataStore, lang: Lang): TemplateResult {
    const bundle = store.bundle;
    if (!bundle) return this.renderEmpty(lang);
    const filters: Filters = this.municipality ? { ...store.filters, municipalities: [this.municipality] } : store.filters;
    const tilesOnly = this.variant === 'tiles';
    const view = this.view.get([bundle, filters, lang, tilesOnly], () => {
      const cells = selectUsage(bundle, filters);
      if (cells.length === 0) return null;
      const options = { lang, threshold: bundle.suppressionThreshold, context: bundleContext(bundle, filters, lang) };
      // The tiles alone (the dashboard's overview) build no chart.
      if (tilesOnly) return { kpis: usageKpis(cells), charts: [] };
      return {
        kpis: usageKpis(cells),
        charts: [
          indicationsPerQuarter(cells, options),
          ...(bundle.hoursDistributionRegion ? [hoursDistributionChart(selectHours(bundle, filters), options)] : []),
          utilisationByMunicipality(usageByMunicipality(bundle, filters), options),
          routesChart(cells, options),
          repeatIndications(cells, options),
        ],
      };
    });
    if (!view) return this.renderEmpty(lang);
    const tiles = this.renderTiles(view.kpis, lang, bundle.suppressionThreshold);
    if (this.variant === 'tiles') return tiles;
    const [first, ...rest] = view.charts;
    return html`${tiles}
      <div class="grid" @mbc-select=${this.handleSelect}>
        <mbc-chart class="wide" part="chart" .chart=${first} heading=${first!.table.caption}></mbc-chart>
        ${rest.map((chart) => html`<mbc-chart part="chart" .chart=${chart} heading=${chart.table.caption}></mbc-chart>`)}
      </div>`;
  }

  private renderTiles(k: UsageKpis, lang: Lang, threshold: number) {
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
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-product-usage': MbcProductUsage;
  }
}
