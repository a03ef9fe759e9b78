import { isolate } from '../../src/format/bidi.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Bundle, Product } from '../../src/data/types.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { ChartModel } from '../../src/specs/chart-model.js';
import { benchmarkChart } from '../../src/specs/benchmark/ranking.js';
import { bundleContext } from '../../src/select/export-context.js';
import type { Filters } from '../../src/select/filters.js';
import { availableIndicators } from '../../src/select/indicators.js';
import {
  availableMeasureKeys,
  measureKey,
  parseMeasure,
  productsOf,
  selectBenchmark,
  USAGE_MEASURES,
  type Benchmark,
  type BenchmarkMeasure,
} from '../../src/select/benchmark.js';
import { denominatorName, formatStatistic, rowComparedText } from '../../src/format/benchmark.js';
import { indicatorLabel } from '../../src/format/indicator.js';
import { formatPeriod } from '../../src/format/period.js';
import { benchmarkText, noteKey } from '../../src/i18n/benchmark-messages.js';
import { MbcView } from '../shared/view.js';
import type { DataStore } from '../shared/store.js';
import { Memo } from '../shared/memo.js';
import { emit, type MbcSelectDetail } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';
import { viewLayoutStyles } from '../shared/layout.styles.js';
import { selectStyles } from '../shared/select.styles.js';
import { benchmarkStyles } from './mbc-benchmark.styles.js';
import '../mbc-chart/mbc-chart.js';
import '../mbc-kpi/mbc-kpi.js';

interface MeasureOption {
  key: string;
  label: string;
}

/** The measures a bundle offers, with their names in one language. */
interface MeasureOptions {
  usage: MeasureOption[];
  indicators: MeasureOption[];
  /** Data labels of custom indicators, by id. */
  dataLabels: Map<string, string | null>;
}

/**
 * "Waar staat je gemeente": one measure compared across the municipalities of the data, for
 * the period range of the shared filters. A count (indications, a count indicator) is compared
 * per 1,000 inhabitants or youths when a denominator is known (the `denominator` attribute);
 * the municipalities are ranked (equal values share a place: 1, 2, 2, 4), with the region's
 * median and quartiles; the chosen municipalities (shared filters) are highlighted. A hidden
 * (suppressed) value reads "< 5" or "afgeschermd", is never ranked and stands apart at the
 * bottom, so neither its place nor the places of the others say anything about it.
 *
 * @tagname mbc-benchmark
 * @summary Benchmark: one measure across municipalities, ranked, with median and quartiles.
 *
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When the data cannot be loaded or is invalid. `detail: {errors}`.
 * @fires {CustomEvent<MbcMeasureChangeDetail>} mbc-measure-change - When the user chooses another measure or product. `detail: {measure, product}`.
 * @fires {CustomEvent<MbcFilterChangeDetail>} mbc-filter-change - (from the data source) when a municipality is selected in the chart, or a product is chosen.
 *
 * @csspart controls - The row with the measure and product choices.
 * @csspart control - Each label with its `<select>`.
 * @csspart tiles - The row of key-figure tiles (place of the chosen municipality, median, quartiles).
 * @csspart chart - The chart element, which also exposes its own parts as `chart-figure`, `chart-summary`, `chart-canvas`, `chart-tooltip`, `chart-table`, `chart-toggle` and `chart-export`.
 * @csspart notes - The notes on ranking and on the denominator.
 * @csspart status - The loading or empty message.
 * @csspart alert - The box that lists data problems.
 *
 * @cssprop --mbc-space-block - Space between sections (default 1.5rem).
 * @cssprop --mbc-space-inline - Space between tiles and controls (default 0.75rem).
 * @cssprop --mbc-select-color - Text colour of the choices (falls back to `--utrecht-select-color`).
 * @cssprop --mbc-select-background - Background of the choices (falls back to `--utrecht-select-background-color`).
 * @cssprop --mbc-select-border-color - Border of the choices (falls back to `--utrecht-select-border-color`).
 * @cssprop --mbc-color-series-1 - Colour of the bars; `--mbc-color-series-2` of the chosen municipality's bar.
 */
export class MbcBenchmark extends MbcView {
  static override styles = [baseStyles, viewLayoutStyles, selectStyles, benchmarkStyles];

  /**
   * Municipality to highlight when the view has its own data (`src` or `bundle`). With
   * `source`, the municipalities chosen in the shared filters are highlighted.
   */
  @property() municipality = '';

  /**
   * The measure compared: `indications`, `hours-per-indication`, `over-cap-share` (product
   * usage) or `indicator:<id>` (`indicator:vto_prevented`, or a custom indicator's id). Empty or
   * not in the data: the first the data offers.
   */
  @property({ reflect: true }) measure = '';

  /**
   * Product of the usage measures (`1`, `2a`, `2b`). Empty (default): the shared filters'
   * product, else 2a. Hours and the share over the cap exist for 2a and 2b only.
   */
  @property({ reflect: true }) product: '' | Product = '';

  /**
   * Id of the denominator of counts: a model parameter with a value per municipality
   * (`inwoners`, the default) or an indicator in the data (for example `jeugdigen`). Counts are
   * then compared per 1,000; empty to compare counts as they are.
   */
  @property() denominator = 'inwoners';

  private readonly options = new Memo<MeasureOptions>();
  private readonly result = new Memo<Benchmark>();
  private readonly chart = new Memo<ChartModel>();

  /** The product in force: the attribute, else the shared filters', else the measure's default. */
  private productOf(store: DataStore): string {
    return this.product || store.filters.product || '';
  }

  private handleSelect(event: CustomEvent<MbcSelectDetail>): void {
    if (event.detail.field !== 'municipality') return;
    if (this.municipality) this.municipality = event.detail.value;
    else this.data.store?.setFilters({ municipalities: [event.detail.value] });
  }

  private handleMeasureChange(event: Event, current: BenchmarkMeasure): void {
    const measure = (event.target as HTMLSelectElement).value;
    if (measure === measureKey(current)) return;
    this.measure = measure;
    const chosen = parseMeasure(measure, current.kind === 'usage' ? current.product : '');
    emit(this, 'mbc-measure-change', { measure, product: chosen?.kind === 'usage' ? chosen.product : '' });
  }

  private handleProductChange(event: Event, current: BenchmarkMeasure): void {
    const product = (event.target as HTMLSelectElement).value as Product;
    if (current.kind !== 'usage' || product === current.product) return;
    // A product set on the element stays the element's; otherwise it is a shared filter.
    if (this.product) this.product = product;
    else this.data.store?.setFilters({ product });
    emit(this, 'mbc-measure-change', { measure: current.measure, product });
  }

  private measureOptions(bundle: Bundle, lang: Lang): MeasureOptions {
    return this.options.get([bundle, lang], () => {
      const keys = availableMeasureKeys(bundle);
      const indicators = availableIndicators(bundle);
      return {
        usage: USAGE_MEASURES.filter((m) => keys.includes(m)).map((m) => ({ key: m, label: benchmarkText(lang, `option.${m}`) })),
        indicators: indicators.map(({ id, label }) => ({ key: `indicator:${id}`, label: indicatorLabel(id, lang, label) })),
        dataLabels: new Map(indicators.map((i) => [i.id, i.label])),
      };
    });
  }

  protected renderView(store: DataStore, lang: Lang): TemplateResult {
    const bundle = store.bundle;
    if (!bundle) return this.renderEmpty(lang);
    const options = this.measureOptions(bundle, lang);
    const keys = [...options.usage, ...options.indicators].map((o) => o.key);
    if (keys.length === 0 || bundle.municipalities.length === 0) return html`<p part="status" class="muted">${benchmarkText(lang, 'view.noData')}</p>`;
    const measure = parseMeasure(keys.includes(this.measure) ? this.measure : keys[0]!, this.productOf(store))!;
    const filters: Filters = this.municipality ? { ...store.filters, municipalities: [this.municipality] } : store.filters;
    const benchmark = this.result.get(
      [
        bundle,
        store.model,
        filters.from,
        filters.to,
        filters.municipalities.join('\n'),
        measureKey(measure),
        measure.kind === 'usage' ? measure.product : '',
        this.denominator,
      ],
      () => selectBenchmark(bundle, measure, filters, { model: store.model, denominator: this.denominator }),
    );
    const dataLabel = measure.kind === 'indicator' ? (options.dataLabels.get(measure.indicator) ?? null) : null;
    const chart = this.chart.get([benchmark, lang, dataLabel], () =>
      benchmarkChart(benchmark, { lang, threshold: bundle.suppressionThreshold, context: bundleContext(bundle, filters, lang), dataLabel }),
    );
    return html`${this.renderControls(measure, options, lang)} ${this.renderTiles(benchmark, bundle.suppressionThreshold, lang)}
      <div @mbc-select=${this.handleSelect}>
        <mbc-chart part="chart" .chart=${chart} heading=${chart.table.caption}></mbc-chart>
      </div>
      <div class="notes" part="notes">
        <p>${benchmarkText(lang, 'method')}</p>
        ${this.denominatorNote(benchmark, lang)}
      </div>`;
  }

  private renderControls(measure: BenchmarkMeasure, options: MeasureOptions, lang: Lang): TemplateResult {
    const key = measureKey(measure);
    const option = (o: MeasureOption) => html`<option value=${o.key} ?selected=${o.key === key}>${o.label}</option>`;
    return html`<div class="controls" part="controls">
      <div class="control" part="control">
        <label for="measure">${benchmarkText(lang, 'control.measure')}</label>
        <select id="measure" .value=${key} @change=${(e: Event) => this.handleMeasureChange(e, measure)}>
          ${options.usage.length ? html`<optgroup label=${benchmarkText(lang, 'group.usage')}>${options.usage.map(option)}</optgroup>` : nothing}
          ${options.indicators.length ? html`<optgroup label=${benchmarkText(lang, 'group.indicators')}>${options.indicators.map(option)}</optgroup>` : nothing}
        </select>
      </div>
      ${
        measure.kind === 'usage'
          ? html`<div class="control" part="control">
            <label for="product">${benchmarkText(lang, 'control.product')}</label>
            <select id="product" .value=${measure.product} @change=${(e: Event) => this.handleProductChange(e, measure)}>
              ${productsOf(measure.measure).map((p) => html`<option value=${p} ?selected=${p === measure.product}>${benchmarkText(lang, 'option.product', { product: p })}</option>`)}
            </select>
          </div>`
          : nothing
      }
    </div>`;
  }

  /** The chosen municipalities' places, the median and the quartiles; hidden values as their text. */
  private renderTiles(benchmark: Benchmark, threshold: number, lang: Lang): TemplateResult {
    const chosen = benchmark.rows.filter((r) => r.selected);
    const spread = benchmark.spread;
    const stat = (v: number) => formatStatistic(v, benchmark, lang);
    const basis = spread ? benchmarkText(lang, 'kpi.basis', { n: spread.n }) : '';
    const shared = (rank: number) => benchmark.rows.filter((r) => r.rank === rank).length > 1;
    return html`<section part="tiles" aria-label=${benchmarkText(lang, 'kpi.tiles')}>
      <div class="tiles">
        ${chosen.map((row) => {
          const value = rowComparedText(row, benchmark, threshold, lang);
          const reason = row.unranked === 'no_value' ? row.flag : row.unranked;
          const why =
            reason && noteKey(reason)
              ? benchmarkText(lang, noteKey(reason)!, { denominator: benchmark.denominator ? denominatorName(benchmark.denominator, lang) : '' })
              : '';
          return row.rank !== null
            ? html`<mbc-kpi
                label=${benchmarkText(lang, 'kpi.place', { name: isolate(row.municipality) })}
                value=${benchmarkText(lang, 'kpi.placeOf', { rank: row.rank, n: benchmark.ranked })}
                note=${shared(row.rank) ? `${value}; ${benchmarkText(lang, 'note.tie')}` : value}
              ></mbc-kpi>`
            : html`<mbc-kpi label=${benchmarkText(lang, 'kpi.place', { name: isolate(row.municipality) })} value=${benchmarkText(lang, 'kpi.notRanked')} note=${why || value}></mbc-kpi>`;
        })}
        <mbc-kpi label=${benchmarkText(lang, 'kpi.median')} value=${spread ? stat(spread.median) : '–'} note=${basis || nothing}></mbc-kpi>
        <mbc-kpi label=${benchmarkText(lang, 'kpi.quartiles')} value=${spread ? `${stat(spread.q1)} – ${stat(spread.q3)}` : '–'} note=${basis || nothing}></mbc-kpi>
      </div>
      ${chosen.length === 0 ? html`<p class="muted">${benchmarkText(lang, 'kpi.noneChosen')}</p>` : nothing}
    </section>`;
  }

  /** Where the denominator comes from, or why counts are compared as counts. */
  private denominatorNote(benchmark: Benchmark, lang: Lang): TemplateResult | typeof nothing {
    const d = benchmark.denominator;
    if (d) {
      const values = { denominator: denominatorName(d, lang), id: d.id, period: formatPeriod(benchmark.to, lang) };
      return html`<p>${benchmarkText(lang, d.source === 'model' ? 'source.model' : 'source.indicator', values)}</p>`;
    }
    const m = benchmark.measure;
    const isDenominator = m.kind === 'indicator' && m.indicator === this.denominator;
    if (benchmark.unit !== 'count' || !this.denominator || isDenominator) return nothing;
    return html`<p>${benchmarkText(lang, 'source.none', { id: this.denominator })}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-benchmark': MbcBenchmark;
  }
}
