import { tableStyles } from '../shared/table.styles.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isTemplateChart, type ChartModel, type TemplateChart, type VegaSpec } from '../../src/specs/chart-model.js';
import type { Theme } from '../../src/specs/theme.js';
import { uiText } from '../../src/i18n/ui-messages.js';
import { toCsv } from '../../src/format/csv.js';
import { LangController, resolveLang } from '../shared/lang.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit } from '../shared/events.js';
import { downloadBlob } from '../shared/download.js';
import { readTheme, themeKey, watchTheme } from '../shared/theme.js';
import { CHART_PARTS } from '../shared/parts.js';
import { loadEmbed, loadRuntime } from './runtime-loader.js';
import { applyChart, createTemplateView, exportTemplateImage, exportViewImage, prepareView } from './draw.js';
import type { VegaItem, VegaView } from '../shared/vega-runtime-types.js';
import { chartStyles } from './mbc-chart.styles.js';
import { bdi, withBdi } from '../shared/bidi.js';
import { withTerms } from '../shared/term.js';
import { termStyles } from '../shared/term.styles.js';
import { GlossaryController } from '../shared/glossary.js';

let nextId = 0;

/** The view on screen and what it was drawn from. */
interface Drawn {
  view: VegaView;
  finalize(): void;
  /** The template and the theme: a new chart with both the same only swaps data and signals. */
  template?: string;
  themeKey?: string;
  /** The legend's label texts: Vega lays a legend out once, so new labels need a new view. */
  legendKey?: string;
  theme?: Theme;
}

/** The legend labels a template chart passes in its text signal (language, or a marker's wording). */
function legendKeyOf(chart: TemplateChart): string {
  return JSON.stringify((chart.signals.text as { legend?: unknown } | undefined)?.legend ?? null);
}

/**
 * The chart element, and the only element that touches Vega. It draws a `ChartModel` built by
 * a pure spec builder in `src/specs`: a precompiled template with its data sets and signals,
 * drawn by a trimmed Vega runtime that loads lazily, or a Vega-Lite spec of your own, drawn
 * through vega-lite and vega-embed, which load only for such a chart. Either way with its
 * summary (the chart's accessible name), the data table of exactly what is drawn, tooltips and
 * PNG, SVG and CSV exports that carry their context. Expressions run in Vega's CSP-safe
 * interpreter. Inside a view, the chart's parts are the view's `chart-figure`, `chart-summary`,
 * `chart-canvas` (its `chart` part), `chart-tooltip`, `chart-table`, `chart-toggle` and
 * `chart-export` (it sets `exportparts` on itself unless the page did).
 *
 * @tagname mbc-chart
 * @summary A chart with a text summary, a data table and exports.
 *
 * @fires {CustomEvent<MbcChartRenderedDetail>} mbc-chart-rendered - After a chart is drawn. `detail: {view}`.
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When a chart cannot be drawn or exported. `detail: {errors}`.
 * @fires {CustomEvent<MbcSelectDetail>} mbc-select - When a selectable mark or table cell is activated. `detail: {field, value}`.
 * @fires {CustomEvent<MbcExportDetail>} mbc-export - After an export was offered for download. `detail: {kind, fileName}`.
 *
 * @csspart figure - The figure around title, chart and table.
 * @csspart summary - The text summary.
 * @csspart chart - The box Vega draws in.
 * @csspart tooltip - The tooltip over a mark.
 * @csspart table - The data table.
 * @csspart toggle - The "Toon tabel" button.
 * @csspart export - The export buttons (PNG, SVG, CSV).
 * @csspart tooltip - The tooltip of a hovered mark (drawn inside the shadow root).
 *
 * @cssprop --mbc-chart-min-height - Minimum height of the drawing area.
 * @cssprop --mbc-chart-print-max-block-size - Tallest the drawing may be in print (default 150mm), so a view can keep a chart on one page with its key figures.
 * @cssprop --mbc-chart-title-font-size - Font size of the chart title.
 * @cssprop --mbc-chart-font-size - Font size in the chart (default 14px).
 * @cssprop --mbc-tooltip-color - Tooltip text (falls back to `--mbc-color-text`).
 * @cssprop --mbc-tooltip-background - Tooltip background (falls back to `--mbc-color-background`).
 */
export class MbcChart extends LitElement {
  static override styles = [baseStyles, tableStyles, chartStyles, termStyles];

  /** Start loading the Vega runtime now (a view that will draw charts calls this early). */
  static preload(): void {
    void loadRuntime().catch(() => undefined);
  }

  /**
   * Load the given templates' Vega specs now and make a view of each, with the theme and
   * language of `el`, while the data is still on its way: the first chart of each then only sets
   * its data and signals and draws.
   */
  static prepare(specs: ReadonlyArray<() => Promise<VegaSpec>>, el: Element): void {
    const theme = readTheme(el);
    const lang = resolveLang(el);
    void Promise.all([loadRuntime(), ...specs.map((load) => load())])
      .then(async ([runtime, ...loaded]) => {
        for (const spec of loaded) {
          prepareView(runtime, spec as VegaSpec, theme, lang);
          // Let the data (or a chart already able to draw) have the main thread in between.
          await new Promise((resolve) => setTimeout(resolve));
        }
      })
      .catch(() => undefined);
  }

  @query('.canvas') private canvas!: HTMLDivElement;
  @query('.tooltip') private tooltipBox!: HTMLDivElement;

  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private errorMessage = '';
  @state() private tableOpen = false;
  @state() private tooltipRows: [string, string][] | null = null;

  /** What to draw; set as a JS property. */
  @property({ attribute: false }) chart?: ChartModel;

  /** Visible title above the chart. */
  @property() heading = '';

  protected readonly langController = new LangController(this);
  /** Explanations of the terms in the title and summary ("omslagpunt", "trekkingen"), loaded on demand. */
  private readonly terms = new GlossaryController(this);

  private drawn?: Drawn;
  /** The theme from CSS, read at the first draw and again when the colour scheme changes. */
  private theme?: Theme;
  /** Bumped for every draw and on disconnect; a late result of an older draw is discarded. */
  private generation = 0;
  private resizeObserver?: ResizeObserver;
  private unwatchTheme?: () => void;
  private readonly tableId = `mbc-chart-table-${nextId++}`;

  /** The current Vega view, once drawn. */
  get view(): VegaView | undefined {
    return this.drawn?.view;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inside a view, the chart's parts become the view's `chart-*` parts (unless the page says otherwise).
    if (!this.hasAttribute('exportparts')) this.setAttribute('exportparts', CHART_PARTS);
    if (this.hasUpdated) this.resizeObserver?.observe(this.canvas);
    // A change of colour scheme or forced colours redraws with the new palette.
    this.theme = undefined;
    this.unwatchTheme = watchTheme(() => {
      this.theme = undefined;
      if (this.drawn) void this.draw();
    });
    // Reconnected after a disconnect: draw again (the old view was finalized).
    if (this.hasUpdated && this.chart && !this.drawn) void this.draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.generation++;
    this.resizeObserver?.disconnect();
    this.unwatchTheme?.();
    this.finalizeView();
  }

  protected override firstUpdated(): void {
    // Redraw in the next frame, not inside the observer's callback: a redraw that changes the
    // page's layout (a scroll bar appearing) would otherwise be a ResizeObserver loop.
    this.resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => this.handleResize()));
    this.resizeObserver.observe(this.canvas);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('chart')) void this.draw();
  }

  private finalizeView(): void {
    this.drawn?.finalize();
    this.drawn = undefined;
    this.tooltipRows = null;
  }

  private get width(): number {
    return this.canvas.clientWidth || 300;
  }

  private async draw(): Promise<void> {
    const generation = ++this.generation;
    const chart = this.chart;
    if (!chart) {
      this.finalizeView();
      this.status = 'idle';
      return;
    }
    this.status = this.drawn ? 'ready' : 'loading';
    try {
      const drawn = isTemplateChart(chart) ? await this.drawTemplate(chart, generation) : await this.drawCustom(chart.spec, generation);
      if (!drawn) return;
      if (generation !== this.generation || !this.isConnected) {
        if (drawn !== this.drawn) drawn.finalize();
        return;
      }
      // Only now drop the previous view: no blank flash, no stale chart after a newer one.
      if (this.drawn && this.drawn !== drawn) this.drawn.finalize();
      this.drawn = drawn;
      this.status = 'ready';
      emit(this, 'mbc-chart-rendered', { view: drawn.view });
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = 'error';
      this.errorMessage = error instanceof Error ? error.message : String(error);
      emit(this, 'mbc-error', { errors: [{ code: 'chart_failed', message: this.errorMessage }] });
    }
  }

  /** A template chart: swap data and signals into the view on screen when it has the same template and theme. */
  private async drawTemplate(chart: TemplateChart, generation: number): Promise<Drawn | undefined> {
    // (Reading computed styles forces a style recalculation: once per chart, not per update.)
    const theme = (this.theme ??= readTheme(this));
    const key = themeKey(theme);
    const current = this.drawn;
    const legendKey = legendKeyOf(chart);
    if (current && current.template === chart.template && current.themeKey === key && current.legendKey === legendKey) {
      applyChart(current.view, chart, theme);
      await current.view.runAsync();
      return current;
    }
    // The runtime has been loading since the view connected; the spec loads alongside it.
    const [runtime] = await Promise.all([loadRuntime(), chart.vega()]);
    if (generation !== this.generation || !this.isConnected) return undefined;
    // A new view draws into a fresh box, so the old one stays until the new one is ready.
    const box = document.createElement('div');
    const view = await createTemplateView(runtime, chart, { theme, width: this.width, container: box, tooltip: this.handleTooltip });
    this.listenForSelect(view);
    this.canvas.replaceChildren(box);
    return { view, finalize: () => view.finalize(), template: chart.template, themeKey: key, legendKey, theme };
  }

  /** A user's own Vega-Lite spec, through vega-embed (loaded only for this). */
  private async drawCustom(spec: object, generation: number): Promise<Drawn | undefined> {
    const embed = await loadEmbed();
    if (generation !== this.generation || !this.isConnected) return undefined;
    const box = document.createElement('div');
    this.canvas.append(box);
    const result = await embed(box, spec, { ast: true, actions: false, renderer: 'svg', tooltip: this.handleTooltip, defaultStyle: false, logLevel: 1 });
    this.listenForSelect(result.view);
    this.canvas.replaceChildren(box);
    return { view: result.view, finalize: () => result.finalize() };
  }

  private listenForSelect(view: VegaView): void {
    view.addEventListener('click', (_event, item) => {
      const select = this.chart?.select;
      const value = select ? (item as VegaItem | null | undefined)?.datum?.[select.field] : undefined;
      if (select && typeof value === 'string' && value) emit(this, 'mbc-select', { field: select.field, value });
    });
  }

  /** Vega's tooltip callback: rows of text, positioned through the CSSOM (no style attribute, so a strict CSP allows it). */
  private readonly handleTooltip = (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown): void => {
    if (value === null || value === undefined || value === '') {
      this.tooltipRows = null;
      return;
    }
    this.tooltipRows = typeof value === 'object' ? Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]) : [['', String(value)]];
    const box = this.canvas.getBoundingClientRect();
    this.tooltipBox.style.setProperty('inset-inline-start', `${Math.round(event.clientX - box.left + 12)}px`);
    this.tooltipBox.style.setProperty('inset-block-start', `${Math.round(event.clientY - box.top + 12)}px`);
  };

  private handleResize(): void {
    void this.resize();
  }

  /**
   * Fit the chart to the width of its box now, without waiting for the resize observer's next
   * frame (the dashboard calls this before it prints); resolves when the chart is redrawn.
   */
  async resize(): Promise<void> {
    const view = this.drawn?.view;
    if (!view || !this.drawn?.template || !this.hasUpdated) return;
    const width = this.canvas.clientWidth;
    if (width > 0 && Math.abs(view.width() - width) > 1) await view.width(width).runAsync();
  }

  private handleToggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  /**
   * The export of the chart or its data: PNG (2× scale) or SVG with the chart's context (title,
   * municipality, period, scenario, "illustratief", data date) above it, or the table as CSV
   * (the same display values, so hidden cells stay hidden) after the same context lines.
   */
  async exportFile(kind: 'png' | 'svg' | 'csv'): Promise<{ fileName: string; blob: Blob }> {
    const chart = this.chart;
    if (!chart) throw new Error('no chart');
    const fileName = `${chart.fileName}.${kind}`;
    const lines = chart.exportLines ?? [chart.table.caption];
    if (kind === 'csv') return { fileName, blob: new Blob([toCsv(chart.table.columns, chart.table.rows, lines)], { type: 'text/csv;charset=utf-8' }) };
    const drawn = this.drawn;
    if (!drawn) throw new Error('not drawn yet');
    if (!isTemplateChart(chart) || !drawn.theme) return { fileName, blob: await exportViewImage(drawn.view, kind) };
    return { fileName, blob: await exportTemplateImage(await loadRuntime(), chart, drawn.theme, this.width, kind) };
  }

  private async handleExport(kind: 'png' | 'svg' | 'csv'): Promise<void> {
    try {
      const { fileName, blob } = await this.exportFile(kind);
      downloadBlob(this.renderRoot, blob, fileName);
      emit(this, 'mbc-export', { kind, fileName });
    } catch (error) {
      emit(this, 'mbc-error', { errors: [{ code: 'export_failed', message: error instanceof Error ? error.message : String(error) }] });
    }
  }

  private handleSelectCell(value: string): void {
    if (this.chart?.select) emit(this, 'mbc-select', { field: this.chart.select.field, value });
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    const chart = this.chart;
    const glossary = this.terms.get(lang);
    return html`
      <figure part="figure">
        ${this.heading ? html`<figcaption>${withTerms(this.heading, glossary)}</figcaption>` : nothing}
        ${chart ? html`<p class="summary" part="summary">${withTerms(chart.summary, glossary)}</p>` : nothing}
        ${this.status === 'loading' ? html`<p class="status muted" role="status">${uiText(lang, 'chart.loading')}</p>` : nothing}
        ${this.status === 'error' ? html`<p class="alert" role="alert">${uiText(lang, 'chart.error', { message: this.errorMessage })}</p>` : nothing}
        <div class="frame" part="chart" role="img" aria-label=${chart?.summary ?? ''} @mouseleave=${() => (this.tooltipRows = null)}>
          <div class="canvas"></div>
          <div class="tooltip" part="tooltip" aria-hidden="true" ?hidden=${!this.tooltipRows}>
            ${(this.tooltipRows ?? []).map(([k, v]) => html`<div>${k ? html`<span class="key">${withBdi(k)}:</span> ` : nothing}${withBdi(v)}</div>`)}
          </div>
        </div>
        ${chart ? this.renderTools(chart) : nothing}
      </figure>
    `;
  }

  private renderTools(chart: ChartModel) {
    const lang = resolveLang(this);
    return html`<div class="tools">
        <button type="button" part="toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls=${this.tableId} @click=${this.handleToggleTable}>
          ${uiText(lang, this.tableOpen ? 'chart.hide-table' : 'chart.show-table')}
        </button>
        ${(['png', 'svg', 'csv'] as const).map(
          (kind) => html`<button
            type="button"
            part="export"
            ?disabled=${kind !== 'csv' && this.status !== 'ready'}
            aria-label=${uiText(lang, 'chart.export', { kind: kind.toUpperCase(), title: chart.table.caption })}
            @click=${() => this.handleExport(kind)}
          >
            ${kind.toUpperCase()}
          </button>`,
        )}
      </div>
      <div class="table-wrap" id=${this.tableId} ?hidden=${!this.tableOpen} tabindex=${this.tableOpen ? '0' : '-1'} role="region" aria-label=${chart.table.caption}>
        ${this.tableOpen ? this.renderTable(chart) : nothing}
      </div>`;
  }

  private renderTable(chart: ChartModel) {
    const { caption, columns, rows } = chart.table;
    return html`<table part="table">
      <caption>${withBdi(caption)}</caption>
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            ${columns.map((c) =>
              chart.select?.column === c.key && row[c.key]
                ? html`<td><button type="button" class="link" @click=${() => this.handleSelectCell(row[c.key]!)}>${bdi(row[c.key]!)}</button></td>`
                : c.numeric
                  ? html`<td class="num">${row[c.key] ?? ''}</td>`
                  : html`<td>${row[c.key] ? bdi(row[c.key]!) : ''}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-chart': MbcChart;
  }
}
