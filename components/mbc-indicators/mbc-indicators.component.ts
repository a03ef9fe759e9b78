import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Bundle, IndicatorCell } from '../../src/data/types.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { ChartModel } from '../../src/specs/chart-model.js';
import { indicatorLabel, missingMeanNote } from '../../src/format/indicator.js';
import { indicatorOverview } from '../../src/specs/indicators/overview.js';
import { indicatorTrend, otsDurationTrend } from '../../src/specs/indicators/trend.js';
import { otsStartedPreventedEndedEarly } from '../../src/specs/indicators/ots-flow.js';
import { preventedVtosPerMunicipality } from '../../src/specs/indicators/per-municipality.js';
import { preventedVtosPerPeriod } from '../../src/specs/indicators/per-period.js';
import type { ChartOptions } from '../../src/specs/options.js';
import { bundleContext } from '../../src/select/export-context.js';
import {
  availableIndicators,
  indicatorByMunicipality,
  indicatorKpis,
  indicatorsByYear,
  missingMeans,
  selectIndicators,
  type IndicatorKpis,
} from '../../src/select/indicators.js';
import type { Filters } from '../../src/select/filters.js';
import { indicatorText } from '../../src/i18n/indicator-messages.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { Memo } from '../shared/memo.js';
import { emit, type MbcSelectDetail } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';
import { viewLayoutStyles } from '../shared/layout.styles.js';
import { selectStyles } from '../shared/select.styles.js';
import { indicatorsStyles } from './mbc-indicators.styles.js';
import '../mbc-chart/mbc-chart.js';
import { isolate } from '../../src/format/bidi.js';
import { indicatorDefinition } from '../../src/data/indicators.js';
import { renderIndicatorTiles } from './render-tiles.js';

interface IndicatorViewModel {
  cells: IndicatorCell[];
  kpis: IndicatorKpis;
  /** Why means of the selection are empty, one sentence each. */
  notes: string[];
  charts: ChartModel[];
  indicators: { id: string; label: string }[];
  options: ChartOptions;
}

/**
 * The indicators of the research programme (seed 000, "maatschappelijk rendement"): the
 * standard indicators per year grouped as input, throughput and output/outcome; prevented VTOs
 * (verzoeken tot onderzoek) per period and per municipality; the mean duration of the OTS
 * (ondertoezichtstelling); OTS started, prevented and ended early; and the trend of any
 * indicator chosen in a native `<select>`. With key-figure tiles. Clicking a municipality
 * selects it for every view on the same source. Hidden (suppressed) values read "< 5" or
 * "afgeschermd", never a number.
 *
 * @tagname mbc-indicators
 * @summary Indicators: standard indicators by level, prevented VTOs, OTS duration and flows, any indicator's trend.
 *
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When the data cannot be loaded or is invalid. `detail: {errors}`.
 * @fires {CustomEvent<MbcIndicatorChangeDetail>} mbc-indicator-change - When the user chooses another indicator for the trend. `detail: {indicator}`.
 * @fires {CustomEvent<MbcFilterChangeDetail>} mbc-filter-change - (from the data source) when a municipality is selected in a chart.
 *
 * @csspart tiles - The row of key-figure tiles.
 * @csspart notes - The list that says why a mean is empty (a weight not supplied), under the tiles.
 * @csspart chart - Each chart element, which also exposes its own parts as `chart-figure`, `chart-summary`, `chart-canvas`, `chart-tooltip`, `chart-table`, `chart-toggle` and `chart-export`.
 * @csspart trend - The box with the indicator choice and the trend chart.
 * @csspart control - The label and `<select>` that choose the trend's indicator.
 * @csspart status - The loading or empty message.
 * @csspart alert - The box that lists data problems.
 *
 * @cssprop --mbc-space-block - Space between charts (default 1.5rem).
 * @cssprop --mbc-space-inline - Space between tiles (default 0.75rem).
 * @cssprop --mbc-select-color - Text colour of the indicator choice (falls back to `--utrecht-select-color`).
 * @cssprop --mbc-select-background - Background of the indicator choice (falls back to `--utrecht-select-background-color`).
 * @cssprop --mbc-select-border-color - Border of the indicator choice (falls back to `--utrecht-select-border-color`).
 * @cssprop --mbc-color-series-1 - First chart colour (bars, the trend line); also `--mbc-color-series-2`, `-3` for the OTS series.
 */
export class MbcIndicators extends MbcView {
  static override styles = [baseStyles, viewLayoutStyles, selectStyles, indicatorsStyles];

  /**
   * Municipality to show when the view has its own data (`src` or `bundle`); empty for the
   * region total. With `source`, the shared filters decide.
   */
  @property() municipality = '';

  /**
   * Indicator id shown in the trend chart (a standard id such as `placements`, or a custom id
   * in the data). Empty or unknown: the first indicator in the data.
   */
  @property({ reflect: true }) indicator = '';

  /** `full` (default) shows tiles and charts; `tiles` only the key-figure tiles (dashboard overview). */
  @property({ reflect: true }) variant: 'full' | 'tiles' = 'full';

  private readonly view = new Memo<IndicatorViewModel | null>();
  private readonly trend = new Memo<ChartModel>();

  private handleSelect(event: CustomEvent<MbcSelectDetail>): void {
    if (event.detail.field !== 'municipality') return;
    if (this.municipality) this.municipality = event.detail.value;
    else this.data.store?.setFilters({ municipalities: [event.detail.value] });
  }

  private handleIndicatorChange(event: Event): void {
    const indicator = (event.target as HTMLSelectElement).value;
    if (indicator === this.indicator) return;
    this.indicator = indicator;
    emit(this, 'mbc-indicator-change', { indicator });
  }

  /** Select, add up and build every chart except the trend; memoised on the data, filters and language. */
  private buildView(bundle: Bundle, filters: Filters, lang: Lang, tilesOnly: boolean): IndicatorViewModel | null {
    const cells = selectIndicators(bundle, filters);
    if (cells.length === 0) return null;
    // The tiles alone (the dashboard's overview) build no chart.
    if (tilesOnly) return { cells, kpis: indicatorKpis(cells), notes: [], charts: [], indicators: [], options: { lang } };
    const threshold = bundle.suppressionThreshold;
    const chosen = bundle.municipalities.filter((m) => filters.municipalities.includes(m));
    const options: ChartOptions = { lang, threshold, context: bundleContext(bundle, filters, lang) };
    return {
      cells,
      kpis: indicatorKpis(cells),
      notes: missingMeans(cells).map((missing) => missingMeanNote(missing, lang)),
      charts: [
        indicatorOverview(indicatorsByYear(cells, threshold), options),
        preventedVtosPerPeriod(cells, options),
        preventedVtosPerMunicipality(indicatorByMunicipality(bundle, filters, 'vto_prevented'), { ...options, selected: chosen }),
        otsDurationTrend(cells, options),
        otsStartedPreventedEndedEarly(cells, options),
      ],
      indicators: availableIndicators(bundle).map(({ id, label }) => ({ id, label: indicatorLabel(id, lang, label) })),
      options,
    };
  }

  protected renderView(store: DataStore, lang: Lang): TemplateResult {
    const bundle = store.bundle;
    if (!bundle) return this.renderEmpty(lang);
    if (bundle.indicators.length === 0 && bundle.indicatorsRegion.length === 0) {
      return html`<p part="status" class="muted">${indicatorText(lang, 'view.noIndicators')}</p>`;
    }
    const tilesOnly = this.variant === 'tiles';
    const view = this.view.get([bundle, store.filters, this.municipality, lang, tilesOnly], () =>
      this.buildView(bundle, this.municipality ? { ...store.filters, municipalities: [this.municipality] } : store.filters, lang, tilesOnly),
    );
    if (!view) return this.renderEmpty(lang);
    const tiles = renderIndicatorTiles(view.kpis, lang, bundle.suppressionThreshold);
    if (this.variant === 'tiles') return tiles;

    const chosen = view.indicators.some((i) => i.id === this.indicator) ? this.indicator : view.indicators[0]!.id;
    const trend = this.trend.get([view, chosen], () => indicatorTrend(view.cells, chosen, view.options));
    const [overview, ...rest] = view.charts;
    const notes = view.notes.length
      ? html`<ul part="notes" class="notes muted" aria-label=${indicatorText(lang, 'notes.label')}>
          ${view.notes.map((note) => html`<li>${note}</li>`)}
        </ul>`
      : nothing;
    return html`${tiles}${notes}
      <div class="grid" @mbc-select=${this.handleSelect}>
        <mbc-chart class="wide" part="chart" .chart=${overview} heading=${overview!.table.caption}></mbc-chart>
        ${rest.map((chart) => html`<mbc-chart part="chart" .chart=${chart} heading=${chart.table.caption}></mbc-chart>`)}
        <section class="wide trend" part="trend" aria-label=${trend.table.caption}>
          <div class="control" part="control">
            <label for="indicator">${indicatorText(lang, 'control.indicator')}</label>
            <select id="indicator" .value=${chosen} @change=${this.handleIndicatorChange}>
              ${view.indicators.map((i) => html`<option value=${i.id} ?selected=${i.id === chosen}>${indicatorDefinition(i.id) ? i.label : isolate(i.label)}</option>`)}
            </select>
          </div>
          <mbc-chart part="chart" .chart=${trend} heading=${trend.table.caption}></mbc-chart>
        </section>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-indicators': MbcIndicators;
  }
}
