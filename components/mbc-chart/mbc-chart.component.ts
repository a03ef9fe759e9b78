import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Result } from 'vega-embed';
import type { ChartModel } from '../../src/specs/chart-model.js';
import { t } from '../../src/i18n/ui-messages.js';
import { toCsv } from '../../src/format/csv.js';
import { LangController, resolveLang } from '../shared/lang.js';
import { baseStyles } from '../shared/base.styles.js';
import { emit } from '../shared/events.js';
import { loadVega } from './vega-loader.js';
import { chartStyles } from './mbc-chart.styles.js';

let nextId = 0;

type InlineData = { values: unknown[]; name?: string };

/**
 * Every inline data set of a spec (top level and inside layers or concatenations), in a fixed
 * order, named `mbc_data_<n>` where it has no name of its own. Lets new values be swapped into a
 * running view instead of embedding the spec again.
 */
function prepareSpec(spec: ChartModel['spec']): { spec: ChartModel['spec']; key: string; data: { name: string; values: unknown[] }[] } {
  const data: { name: string; values: unknown[] }[] = [];
  const walk = (node: unknown, forKey: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, forKey));
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === 'data' && v && typeof v === 'object' && Array.isArray((v as InlineData).values)) {
        const inline = v as InlineData;
        const name = inline.name ?? `mbc_data_${data.length}`;
        if (!forKey) data.push({ name, values: inline.values });
        out[k] = { ...inline, name, values: forKey ? null : inline.values };
      } else out[k] = walk(v, forKey);
    }
    return out;
  };
  const named = walk(spec, false) as ChartModel['spec'];
  return { spec: named, key: JSON.stringify(walk(spec, true)), data };
}

/**
 * The base chart element around vega-embed. It draws a `ChartModel` built by a pure spec
 * builder in `src/specs`: the Vega-Lite spec, its summary (the chart's accessible name) and the
 * data table of exactly what is drawn. Vega loads lazily on first use and runs with its
 * CSP-safe expression interpreter (`ast: true`).
 *
 * @tagname mbc-chart
 * @summary A Vega-Lite chart with a text summary and a data table.
 *
 * @fires {CustomEvent<MbcChartRenderedDetail>} mbc-chart-rendered - After a spec is drawn. `detail: {view}`.
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When a chart cannot be drawn. `detail: {errors}`.
 * @fires {CustomEvent<MbcSelectDetail>} mbc-select - When a selectable mark or table cell is activated. `detail: {field, value}`.
 * @fires {CustomEvent<MbcExportDetail>} mbc-export - After an export was offered for download. `detail: {kind, fileName}`.
 *
 * @csspart figure - The figure around title, chart and table.
 * @csspart summary - The text summary.
 * @csspart chart - The box Vega draws in.
 * @csspart table - The data table.
 * @csspart toggle - The "Toon tabel" button.
 * @csspart export - The export buttons (PNG, SVG, CSV).
 * @csspart tooltip - The tooltip of a hovered mark (drawn inside the shadow root).
 *
 * @cssprop --mbc-chart-min-height - Minimum height of the drawing area.
 * @cssprop --mbc-chart-title-font-size - Font size of the chart title.
 * @cssprop --mbc-tooltip-color - Tooltip text (falls back to `--mbc-color-text`).
 * @cssprop --mbc-tooltip-background - Tooltip background (falls back to `--mbc-color-background`).
 */
export class MbcChart extends LitElement {
  static override styles = [baseStyles, chartStyles];

  @query('.canvas') private canvas!: HTMLDivElement;

  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private errorMessage = '';
  @state() private tableOpen = false;

  /** What to draw; set as a JS property. */
  @property({ attribute: false }) chart?: ChartModel;

  /** Visible title above the chart. */
  @property() heading = '';

  protected readonly langController = new LangController(this);

  private result?: Result;
  /** The structure key (`prepareSpec`) of the spec the current view was embedded from. */
  private drawnKey = '';
  /** Bumped for every embed and on disconnect; a late result of an older embed is discarded. */
  private generation = 0;
  private resizeObserver?: ResizeObserver;
  private readonly tableId = `mbc-chart-table-${nextId++}`;

  /** The current Vega view, once drawn. */
  get view(): Result['view'] | undefined {
    return this.result?.view;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.resizeObserver?.observe(this.canvas);
    // Reconnected after a disconnect: draw again (the old view was finalized).
    if (this.hasUpdated && this.chart && !this.result) void this.draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.generation++;
    this.resizeObserver?.disconnect();
    this.finalizeView();
  }

  protected override firstUpdated(): void {
    this.resizeObserver = new ResizeObserver(() => this.handleResize());
    this.resizeObserver.observe(this.canvas);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('chart')) void this.draw();
  }

  private finalizeView(): void {
    this.result?.finalize();
    this.result = undefined;
    this.drawnKey = '';
  }

  private async draw(): Promise<void> {
    const generation = ++this.generation;
    const chart = this.chart;
    if (!chart) {
      this.finalizeView();
      this.status = 'idle';
      return;
    }
    this.status = this.result ? 'ready' : 'loading';
    const prepared = prepareSpec(chart.spec);
    try {
      // Only the data changed (a what-if slider, a filter): swap the values into the running
      // view instead of compiling and embedding the spec again.
      if (this.result && this.drawnKey === prepared.key && prepared.data.length && this.swapData(prepared.data)) {
        const view = this.result.view;
        await view.runAsync();
        if (generation !== this.generation || !this.isConnected) return;
        this.status = 'ready';
        emit(this, 'mbc-chart-rendered', { view });
        return;
      }
      const embed = await loadVega();
      if (generation !== this.generation || !this.isConnected) return;
      const result = await embed(this.canvas, prepared.spec, {
        ast: true,
        actions: false,
        renderer: 'svg',
        // Our own tooltip, rendered as text inside the shadow root: vega-tooltip would inject a
        // <style> element into the page, which a strict CSP blocks.
        tooltip: (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => this.handleTooltip(event, value),
        defaultStyle: false,
        logLevel: 0,
      });
      if (generation !== this.generation || !this.isConnected) {
        result.finalize();
        return;
      }
      // Only now drop the previous view: no blank flash, no stale chart after a newer one.
      if (this.result && this.result !== result) this.result.finalize();
      this.result = result;
      this.drawnKey = prepared.key;
      if (chart.select) {
        const { field } = chart.select;
        result.view.addEventListener('click', (_event, item) => {
          const value = (item as { datum?: Record<string, unknown> } | null | undefined)?.datum?.[field];
          if (typeof value === 'string' && value) emit(this, 'mbc-select', { field, value });
        });
      }
      this.status = 'ready';
      emit(this, 'mbc-chart-rendered', { view: result.view });
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = 'error';
      this.errorMessage = error instanceof Error ? error.message : String(error);
      emit(this, 'mbc-error', { errors: [{ code: 'chart_failed', message: this.errorMessage }] });
    }
  }

  @state() private tooltip: { x: number; y: number; rows: [string, string][] } | null = null;

  private handleTooltip(event: MouseEvent, value: unknown): void {
    if (value === null || value === undefined || value === '') {
      this.tooltip = null;
      return;
    }
    const rows: [string, string][] =
      typeof value === 'object' ? Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]) : [['', String(value)]];
    const box = this.canvas.getBoundingClientRect();
    this.tooltip = { x: event.clientX - box.left + 12, y: event.clientY - box.top + 12, rows };
  }

  /** Put new values into the running view's data sets; false when one is unknown to it. */
  private swapData(data: { name: string; values: unknown[] }[]): boolean {
    const view = this.result!.view;
    try {
      for (const { name } of data) view.data(name); // throws for a data set Vega-Lite merged away
    } catch {
      return false;
    }
    for (const { name, values } of data) view.data(name, values);
    return true;
  }

  private handleResize(): void {
    const view = this.result?.view;
    if (!view || !this.canvas) return;
    const width = this.canvas.clientWidth;
    if (width > 0 && Math.abs(view.width() - width) > 1) void view.width(width).runAsync();
  }

  private handleToggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  /**
   * The export of the drawn chart or its data: PNG (2× scale), SVG, or the table as CSV (the
   * same display values, so suppressed cells stay "< 5"). Resolves to the file name and blob.
   */
  async exportFile(kind: 'png' | 'svg' | 'csv'): Promise<{ fileName: string; blob: Blob }> {
    const chart = this.chart;
    if (!chart) throw new Error('no chart');
    const fileName = `${chart.fileName}.${kind}`;
    if (kind === 'csv') return { fileName, blob: new Blob([toCsv(chart.table.columns, chart.table.rows)], { type: 'text/csv;charset=utf-8' }) };
    const view = this.result?.view;
    if (!view) throw new Error('not drawn yet');
    if (kind === 'svg') return { fileName, blob: new Blob([await view.toSVG()], { type: 'image/svg+xml' }) };
    // Decode the data URL by hand: fetch() of a data: URL is blocked by a strict connect-src.
    const url = await view.toImageURL('png', 2);
    const binary = atob(url.slice(url.indexOf(',') + 1));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { fileName, blob: new Blob([bytes], { type: 'image/png' }) };
  }

  private async handleExport(kind: 'png' | 'svg' | 'csv'): Promise<void> {
    try {
      const { fileName, blob } = await this.exportFile(kind);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.rel = 'noopener';
      a.style.display = 'none';
      this.renderRoot.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      emit(this, 'mbc-export', { kind, fileName });
    } catch (error) {
      emit(this, 'mbc-error', { errors: [{ code: 'export_failed', message: error instanceof Error ? error.message : String(error) }] });
    }
  }

  private handleSelectCell(value: string): void {
    if (this.chart?.select) emit(this, 'mbc-select', { field: this.chart.select.field, value });
  }

  protected override render() {
    const lang = resolveLang(this);
    const chart = this.chart;
    return html`
      <figure part="figure">
        ${this.heading ? html`<figcaption>${this.heading}</figcaption>` : nothing}
        ${chart ? html`<p class="summary" part="summary">${chart.summary}</p>` : nothing}
        ${this.status === 'loading' ? html`<p class="status muted" role="status">${t(lang, 'chart.loading')}</p>` : nothing}
        ${this.status === 'error'
          ? html`<p class="alert" role="alert">${t(lang, 'chart.error', { message: this.errorMessage })}</p>`
          : nothing}
        <div class="frame" part="chart" role="img" aria-label=${chart?.summary ?? ''} @mouseleave=${() => (this.tooltip = null)}>
          <div class="canvas"></div>
          ${this.tooltip
            ? html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${styleMap({ insetInlineStart: `${this.tooltip.x}px`, insetBlockStart: `${this.tooltip.y}px` })}>
                ${this.tooltip.rows.map(([k, v]) => html`<div>${k ? html`<span class="key">${k}:</span> ` : nothing}${v}</div>`)}
              </div>`
            : nothing}
        </div>
        ${chart
          ? html`<div class="tools">
                <button
                  type="button"
                  part="toggle"
                  aria-expanded=${this.tableOpen ? 'true' : 'false'}
                  aria-controls=${this.tableId}
                  @click=${this.handleToggleTable}
                >
                  ${t(lang, this.tableOpen ? 'chart.hide-table' : 'chart.show-table')}
                </button>
                ${(['png', 'svg', 'csv'] as const).map(
                  (kind) => html`<button
                    type="button"
                    part="export"
                    ?disabled=${kind !== 'csv' && this.status !== 'ready'}
                    aria-label=${t(lang, 'chart.export', { kind: kind.toUpperCase(), title: chart.table.caption })}
                    @click=${() => this.handleExport(kind)}
                  >
                    ${kind.toUpperCase()}
                  </button>`,
                )}
              </div>
              <div
                class="table-wrap"
                id=${this.tableId}
                ?hidden=${!this.tableOpen}
                tabindex=${this.tableOpen ? '0' : '-1'}
                role="region"
                aria-label=${chart.table.caption}
              >
                ${this.tableOpen ? this.renderTable(chart) : nothing}
              </div>`
          : nothing}
      </figure>
    `;
  }

  private renderTable(chart: ChartModel) {
    const { caption, columns, rows } = chart.table;
    return html`<table part="table">
      <caption>${caption}</caption>
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
                ? html`<td><button type="button" class="link" @click=${() => this.handleSelectCell(row[c.key]!)}>${row[c.key]}</button></td>`
                : html`<td class=${c.numeric ? 'num' : ''}>${row[c.key] ?? ''}</td>`,
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
