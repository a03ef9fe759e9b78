import { html, type TemplateResult } from 'lit';
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
import type { Filters } from '../../src/select/filters.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { Memo } from '../shared/memo.js';
import type { MbcSelectDetail } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';
import { viewLayoutStyles } from '../shared/layout.styles.js';
import { productUsageStyles } from './mbc-product-usage.styles.js';
import '../mbc-chart/mbc-chart.js';
import { renderUsageTiles } from './render-tiles.js';

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
    const tiles = renderUsageTiles(view.kpis, lang, bundle.suppressionThreshold);
    if (this.variant === 'tiles') return tiles;
    const [first, ...rest] = view.charts;
    return html`${tiles}
      <div class="grid" @mbc-select=${this.handleSelect}>
        <mbc-chart class="wide" part="chart" .chart=${first} heading=${first!.table.caption}></mbc-chart>
        ${rest.map((chart) => html`<mbc-chart part="chart" .chart=${chart} heading=${chart.table.caption}></mbc-chart>`)}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-product-usage': MbcProductUsage;
  }
}
