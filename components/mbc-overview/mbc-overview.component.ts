import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { ChartModel, VegaSpec } from '../../src/specs/chart-model.js';
import { headlineIndicator, overviewCase } from '../../src/select/overview.js';
import { selectHours, selectUsage, usageKpis } from '../../src/select/usage.js';
import { indicatorKpis, selectIndicators } from '../../src/select/indicators.js';
import { termStyles } from '../shared/term.styles.js';
import { bundleContext, caseSelectionContext } from '../../src/select/export-context.js';
import { yearChart } from '../../src/specs/business-case/year.js';
import { stakeholderChart } from '../../src/specs/business-case/stakeholders.js';
import { hoursDistributionChart } from '../../src/specs/product-usage/hours.js';
import { indicatorTrend } from '../../src/specs/indicators/trend.js';
// The overview always draws these four: imported with its code (not on demand, as views load
// their specs), so that a page that loads the overview fetches them at once, in parallel.
import yearSpec from '../../src/specs/compiled/business-case/year.json' with { type: 'json' };
import stakeholderSpec from '../../src/specs/compiled/business-case/stakeholders.json' with { type: 'json' };
import hoursSpec from '../../src/specs/compiled/product-usage/hours.json' with { type: 'json' };
import trendSpec from '../../src/specs/compiled/indicators/trend.json' with { type: 'json' };
import { MbcChart } from '../mbc-chart/mbc-chart.component.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { Memo } from '../shared/memo.js';
import { baseStyles } from '../shared/base.styles.js';
import { viewLayoutStyles } from '../shared/layout.styles.js';
import '../mbc-chart/mbc-chart.js';
import { css } from 'lit';
import type { BusinessCaseResult } from '../../src/model/types.js';
import { renderCaseTiles } from '../mbc-business-case/render-tiles.js';
import { renderUsageTiles } from '../mbc-product-usage/render-tiles.js';
import { renderIndicatorTiles } from '../mbc-indicators/render-tiles.js';

/** The templates each part of the overview draws. */
const SPECS: Record<Exclude<OverviewCharts, 'all'>, ReadonlyArray<VegaSpec>> = {
  'business-case': [yearSpec as VegaSpec, stakeholderSpec as VegaSpec],
  usage: [hoursSpec as VegaSpec],
  indicators: [trendSpec as VegaSpec],
};
/** Which of the overview's charts an element shows. */
export type OverviewCharts = 'all' | 'business-case' | 'usage' | 'indicators';

/**
 * The charts that answer a steering group's first questions, for the dashboard's overview (or
 * any page): costs and benefits per year with the cumulative balance, and who pays and who
 * benefits (from the business-case model); the hours used against the 25-hour cap (from the
 * bundle); and the trend of the headline indicator. It follows the shared filters. A chart
 * whose data is missing is left out; problems with the data are reported by the other views.
 *
 * @tagname mbc-overview
 * @summary The four charts of the dashboard's overview.
 *
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When the data cannot be loaded. `detail: {errors}`.
 *
 * @csspart chart - Each chart element (its own parts as `chart-*`, see `<mbc-chart>`).
 * @csspart status - The loading or empty message.
 * @csspart alert - The box that lists data problems.
 */
export class MbcOverview extends MbcView {
  static override styles = [
    baseStyles,
    viewLayoutStyles,
    termStyles,
    css`
      .partial {
        margin-block: 0 0.75em;
      }
      .tiles-note {
        margin-block: 0.5em 0;
        font-size: 0.9em;
      }
    `,
  ];

  /** Which charts: `all` (default), `business-case` (two), `usage` or `indicators` (one each). */
  @property({ reflect: true }) charts: OverviewCharts = 'all';

  /**
   * Show the key figures above the charts: the business case's (NPV, BCR, payback year, present
   * values), product usage's and the indicators' tiles, as their views show them, for the
   * sections in `charts`. The dashboard's overview shows them without loading those views.
   */
  @property({ type: Boolean }) tiles = false;

  /** The indicator of the trend; by default OTS prevented, else VTOs prevented, else the data's first. */
  @property({ attribute: 'headline-indicator' }) headlineIndicator = '';

  private readonly caseCharts = new Memo<{ result: BusinessCaseResult | null; charts: ChartModel[] }>();

  /**
   * Load and parse the specs of the overview's charts (`which`) now, with the theme of `el`, so
   * that they are ready when the data is: the dashboard calls this as its overview opens.
   */
  static prepare(which: OverviewCharts, el: Element): void {
    const specs = which === 'all' ? Object.values(SPECS).flat() : SPECS[which];
    MbcChart.prepare(
      specs.map((spec) => () => Promise.resolve(spec)),
      el,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    MbcOverview.prepare(this.charts, this);
  }
  private readonly bundleCharts = new Memo<ChartModel[]>();

  private buildCase(store: DataStore, lang: Lang): { result: BusinessCaseResult | null; charts: ChartModel[] } {
    const computed = overviewCase(store.model, store.filters, lang, store.bundle);
    if (!computed) return { result: null, charts: [] };
    const options = { lang, context: caseSelectionContext(computed.selection, lang) };
    return { result: computed.result, charts: [yearChart(computed.result, options), stakeholderChart(computed.result, options)] };
  }

  private buildBundleCharts(store: DataStore, lang: Lang, want: OverviewCharts): ChartModel[] {
    const bundle = store.bundle;
    if (!bundle) return [];
    const options = { lang, threshold: bundle.suppressionThreshold, context: bundleContext(bundle, store.filters, lang) };
    const charts: ChartModel[] = [];
    if ((want === 'all' || want === 'usage') && bundle.hoursDistributionRegion)
      charts.push(hoursDistributionChart(selectHours(bundle, store.filters), options));
    const indicator = want === 'all' || want === 'indicators' ? headlineIndicator(bundle, this.headlineIndicator) : null;
    if (indicator) charts.push(indicatorTrend(selectIndicators(bundle, store.filters), indicator, options));
    return charts;
  }

  private readonly tileModels = new Memo<{ usage: ReturnType<typeof usageKpis> | null; indicators: ReturnType<typeof indicatorKpis> | null }>();

  private renderTiles(store: DataStore, lang: Lang, want: OverviewCharts, result: BusinessCaseResult | null): TemplateResult[] {
    const tiles: TemplateResult[] = [];
    if (result) tiles.push(renderCaseTiles(result, lang, {}, this.terms.get(lang)));
    const bundle = store.bundle;
    if (!bundle) return tiles;
    const models = this.tileModels.get([bundle, store.filters, want], () => {
      const usage = want === 'all' || want === 'usage' ? selectUsage(bundle, store.filters) : [];
      const indicators = want === 'all' || want === 'indicators' ? selectIndicators(bundle, store.filters) : [];
      return { usage: usage.length ? usageKpis(usage) : null, indicators: indicators.length ? indicatorKpis(indicators) : null };
    });
    if (models.usage) tiles.push(renderUsageTiles(models.usage, lang, bundle.suppressionThreshold));
    if (models.indicators) tiles.push(renderIndicatorTiles(models.indicators, lang, bundle.suppressionThreshold));
    return tiles;
  }

  protected renderView(store: DataStore, lang: Lang): TemplateResult | typeof nothing {
    const want = this.charts;
    const businessCase =
      want === 'all' || want === 'business-case'
        ? this.caseCharts.get([store.model, store.bundle, store.filters, lang], () => this.buildCase(store, lang))
        : null;
    const charts = [
      ...(businessCase?.charts ?? []),
      ...this.bundleCharts.get([store.bundle, store.filters, lang, want, this.headlineIndicator], () => this.buildBundleCharts(store, lang, want)),
    ];
    const tiles = this.tiles ? this.renderTiles(store, lang, want, businessCase?.result ?? null) : [];
    if (charts.length === 0 && tiles.length === 0) return this.renderEmpty(lang);
    return html`${tiles}
      <div class="grid">${charts.map((chart) => html`<mbc-chart part="chart" .chart=${chart} heading=${chart.table.caption}></mbc-chart>`)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-overview': MbcOverview;
  }
}
