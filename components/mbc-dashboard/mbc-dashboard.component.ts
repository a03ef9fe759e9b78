import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Bundle } from '../../src/data/types.js';
import { uiText, type UiMessageKey } from '../../src/i18n/ui-messages.js';
import { LangController, resolveLang } from '../shared/lang.js';
import type { Lang } from '../../src/i18n/lang.js';
import { baseStyles } from '../shared/base.styles.js';
import type { DataStore } from '../shared/store.js';
import { dashboardStyles } from './mbc-dashboard.styles.js';
import '../mbc-data-source/mbc-data-source.js';
import '../mbc-filter-bar/mbc-filter-bar.js';
import { VIEW_CHART_PARTS } from '../shared/parts.js';
import type { MbcDataSource } from '../mbc-data-source/mbc-data-source.component.js';
import { downloadBlob } from '../shared/download.js';
import { emit } from '../shared/events.js';
import { PageHashController } from './page-hash.js';
import { renderLanguageSwitch } from './language-switch.js';
import { renderGlossaryList } from './glossary-list.js';
import { GlossaryController } from '../shared/glossary.js';
import type { Glossary } from '../../src/i18n/glossary-types.js';
import { adoptPrintSheet } from '../shared/print-sheet.js';
import type { PrintController, PrintScope } from './print.js';

export type DashboardPage = 'overview' | 'business-case' | 'costs' | 'usage' | 'indicators' | 'benchmark';
const PAGES: { id: DashboardPage; label: UiMessageKey; tag: string }[] = [
  { id: 'overview', label: 'dashboard.overview', tag: '' },
  { id: 'business-case', label: 'dashboard.businessCase', tag: 'mbc-business-case' },
  { id: 'costs', label: 'dashboard.costs', tag: 'mbc-implementation-costs' },
  { id: 'usage', label: 'dashboard.usage', tag: 'mbc-product-usage' },
  { id: 'indicators', label: 'dashboard.indicators', tag: 'mbc-indicators' },
  { id: 'benchmark', label: 'dashboard.benchmark', tag: 'mbc-benchmark' },
];

const SOURCE_ID = 'mbc-dashboard-source';

/**
 * The code of each page's views, loaded when the page is shown. Nothing of it is imported
 * statically: the dashboard renders its data source at once, so the data loads in parallel with
 * the views' code (and with the Vega runtime), and a page's views upgrade when their code is in.
 */
const PAGE_CODE: Record<DashboardPage, Array<(dashboard: Element) => Promise<unknown>>> = {
  overview: [
    // The overview's charts are parsed while the data loads.
    (dashboard) => import('../mbc-overview/mbc-overview.js').then(({ MbcOverview }) => MbcOverview.prepare('all', dashboard)),
  ],
  'business-case': [() => import('../mbc-business-case/mbc-business-case.js')],
  costs: [() => import('../mbc-implementation-costs/mbc-implementation-costs.js')],
  usage: [() => import('../mbc-product-usage/mbc-product-usage.js')],
  indicators: [() => import('../mbc-indicators/mbc-indicators.js')],
  benchmark: [() => import('../mbc-benchmark/mbc-benchmark.js')],
};

/** The pages whose code each dashboard has asked for (once is enough). */
const requested = new WeakMap<Element, Set<DashboardPage>>();

function loadPage(page: DashboardPage, dashboard: Element): void {
  let pages = requested.get(dashboard);
  if (!pages) requested.set(dashboard, (pages = new Set()));
  if (pages.has(page)) return;
  pages.add(page);
  for (const load of PAGE_CODE[page]) load(dashboard).catch((error: unknown) => console.error(`mbc-dashboard: could not load the ${page} page`, error));
}

/**
 * The whole dashboard in one element: a data source, the filter bar, and the five views
 * (business case, implementation costs, product usage, indicators, and the benchmark across
 * municipalities, "Vergelijken") as tabs or sections, with
 * an overview of the key figures and four charts (costs and benefits per year with the
 * cumulative balance, who pays and who benefits, hours used against the 25-hour cap, and the
 * headline indicator's trend), a print button that prints the open view or the whole
 * dashboard on A4 landscape, with a cover block and the title and page numbers in the page
 * margins (see `print()`), and a language switch (Nederlands, English: it sets `lang` on the
 * dashboard). Terms a council member may not know explain themselves where they stand ("?"
 * buttons), and a list of them all follows the pages (unfolded in print). Pages without data
 * (for example no model in the manifest) are left out.
 *
 * @tagname mbc-dashboard
 * @summary The complete dashboard: filters, overview and the five views.
 *
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When data cannot be loaded or is invalid. `detail: {errors}`.
 * @fires {CustomEvent<MbcLoadDetail>} mbc-load - When data has loaded. `detail: {bundle, model, warnings}`.
 * @fires {CustomEvent<MbcFilterChangeDetail>} mbc-filter-change - When the shared filters change. `detail: {filters}`.
 * @fires {CustomEvent<MbcExportDetail>} mbc-export - After the dashboard was offered as one HTML file. `detail: {kind: 'html', fileName}`.
 *
 * @csspart header - The title, the download button, the print button and the language switch.
 * @csspart cover - The cover block of a print (title, area, scenario, periods, data date, "illustratief"), shown while a print is prepared and printed above the pages.
 * @csspart tabs - The tab list.
 * @csspart panel - Each tab panel or section.
 * @csspart glossary - The list of terms under the pages (a `<details>`).
 * @csspart chart - Each chart element in the views, with its parts as `chart-figure`,
 *   `chart-summary`, `chart-canvas`, `chart-tooltip`, `chart-table`, `chart-toggle` and `chart-export`.
 * @cssprop --mbc-dashboard-title-font-size - Size of the dashboard title.
 */
export class MbcDashboard extends LitElement {
  static override styles = [baseStyles, dashboardStyles];

  /** URL of a manifest (`format: "mbc-manifest"`). */
  @property() src = '';

  /** Give up on a data file that has not arrived after this many seconds (default 30). */
  @property({ type: Number }) timeout?: number;

  /** A prepared bundle set directly. */
  @property({ attribute: false }) bundle?: Bundle;

  /** A business-case model set directly. */
  @property({ attribute: false }) model?: unknown;

  /** `tabs` (default) or `sections` (everything below each other, as printed). */
  @property({ reflect: true }) layout: 'tabs' | 'sections' = 'tabs';

  /** The open tab. */
  @property({ reflect: true }) page: DashboardPage = 'overview';

  /** Title above the dashboard; by default the manifest's `title`. */
  @property() heading = '';

  /**
   * Mirror filters and the open page in the URL hash
   * (`#mbc-dashboard-source:gemeente=Delft&page=business-case`): a link with the hash opens that
   * page with those filters. Changing tabs replaces the history entry rather than adding one.
   */
  @property({ type: Boolean, attribute: 'sync-hash' }) syncHash = false;

  protected readonly langController = new LangController(this);
  protected readonly glossary = new GlossaryController(this);
  protected readonly pageHash = new PageHashController(this, SOURCE_ID, (page) => PAGES.some((p) => p.id === page));

  /** The print button's state and the print job; its code loads on the first print. */
  private printing?: Promise<PrintController>;
  private printer?: PrintController;
  @state() private downloading = false;
  @state() private downloadError = '';
  private store?: DataStore;
  private readonly onStoreChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    // A4 landscape and page numbers for the browser's own print command too (a document-level
    // sheet: @page in a shadow root is ignored).
    adoptPrintSheet(this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.removeEventListener('change', this.onStoreChange);
    this.store = undefined;
  }

  protected override firstUpdated(): void {
    this.attachStore();
  }

  protected override willUpdate(): void {
    // Load the code of the pages about to be shown (all of them in sections or print).
    if (this.layout === 'sections' || this.printer?.scope === 'all') this.pages.forEach((p) => loadPage(p.id, this));
    else loadPage(this.pages.some((p) => p.id === this.page) ? this.page : 'overview', this);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.attachStore();
  }

  private attachStore(): void {
    const source = this.renderRoot.querySelector<MbcDataSource>('mbc-data-source');
    if (!source || source.store === this.store) return;
    this.store?.removeEventListener('change', this.onStoreChange);
    this.store = source.store;
    this.store.addEventListener('change', this.onStoreChange);
    this.requestUpdate();
  }

  /** The pages that have something to show. */
  private get pages() {
    const store = this.store;
    const hasModel = Boolean(store?.model);
    const hasBundle = Boolean(store?.bundle);
    return PAGES.filter((p) =>
      p.id === 'business-case' || p.id === 'costs'
        ? hasModel || !store || store.status !== 'ready'
        : p.id === 'overview'
          ? true
          : hasBundle || !store || store.status !== 'ready',
    );
  }

  private handleTabKey(event: KeyboardEvent): void {
    const pages = this.pages;
    const index = pages.findIndex((p) => p.id === this.page);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % pages.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + pages.length) % pages.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = pages.length - 1;
    if (next < 0) return;
    event.preventDefault();
    this.page = pages[next]!.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`#tab-${this.page}`)?.focus());
  }

  /**
   * Print on A4 landscape: the open view (`'view'`) or every page of the dashboard (`'all'`, the
   * default), below a cover block, with the title and page numbers in the page margins. Opens
   * the browser's print dialog (where "Opslaan als PDF" is) once every chart has drawn at the
   * page's width; the screen layout returns after printing (`afterprint`).
   */
  async print(scope: PrintScope = 'all'): Promise<void> {
    await (await this.loadPrinter()).print(scope);
  }

  /**
   * Lay the dashboard out for print without printing, and resolve when every chart has drawn at
   * the page's width (`window.print()` or a PDF can follow). `afterprint` restores the screen.
   */
  async preparePrint(scope: PrintScope = 'all'): Promise<void> {
    await (await this.loadPrinter()).prepare(scope);
  }

  private loadPrinter(): Promise<PrintController> {
    return (this.printing ??= import('./print.js').then(({ PrintController }) => {
      this.printer = new PrintController(this, () => {
        const lang = resolveLang(this);
        const open = this.pages.find((p) => p.id === this.page);
        return { store: this.store, title: this.headingText(lang), part: open ? uiText(lang, open.label) : '', lang, sections: this.layout === 'sections' };
      });
      return this.printer;
    })).catch((error: unknown) => {
      this.printing = undefined; // a network hiccup may be retried
      throw error;
    });
  }

  private headingText(lang: Lang): string {
    return this.heading || this.store?.title || uiText(lang, 'dashboard.title');
  }

  /**
   * Offer the dashboard as it stands (data, open page, filters) as one HTML file that works
   * without a network: the same file as `mbc-dashboard snapshot`. A failure shows in an alert.
   */
  async downloadHtml(): Promise<void> {
    if (this.downloading || !this.store) return;
    const lang = resolveLang(this);
    this.downloading = true;
    this.downloadError = '';
    try {
      const { makeSnapshot } = await import('./download-snapshot.js');
      const title = this.headingText(lang);
      const { blob, name } = await makeSnapshot(this.store, { title, lang, page: this.page });
      downloadBlob(this.renderRoot, blob, name);
      emit(this, 'mbc-export', { kind: 'html', fileName: name });
    } catch (error) {
      this.downloadError = uiText(lang, 'dashboard.downloadFailed', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.downloading = false;
    }
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    const title = this.headingText(lang);
    const pages = this.pages;
    const printer = this.printer;
    const sections = this.layout === 'sections' || printer?.scope === 'all';
    const active = pages.some((p) => p.id === this.page) ? this.page : 'overview';
    return html`
      <header part="header">
        <h2>${title}</h2>
        <div class="actions">
          <button type="button" class="download" ?disabled=${!this.store?.bundle && !this.store?.model} aria-busy=${this.downloading ? 'true' : 'false'} @click=${() => void this.downloadHtml()}>
            ${uiText(lang, this.downloading ? 'dashboard.downloading' : 'dashboard.download')}
          </button>
          <div class="print-choice">
            <button
              type="button"
              class="print"
              aria-expanded=${this.layout === 'sections' ? nothing : String(!!printer?.open)}
              aria-controls=${printer?.open ? 'print-choices' : nothing}
              aria-busy=${String(!!printer?.busy)}
              @click=${() =>
                this.loadPrinter().then(
                  (p) => p.press(),
                  (error: unknown) => console.error('mbc-dashboard: could not load the print code', error),
                )}
            >
              ${uiText(lang, 'dashboard.print')}
            </button>
            ${printer?.renderChoices() ?? nothing}
          </div>
          ${printer?.renderStatus() ?? nothing}
          ${renderLanguageSwitch(lang, (chosen) => (this.lang = chosen))}
        </div>
        ${this.downloadError ? html`<p class="alert" role="alert">${this.downloadError}</p>` : nothing}
      </header>
      ${printer?.cover ?? nothing}
      <mbc-data-source id=${SOURCE_ID} src=${this.src} .timeout=${this.timeout} .bundle=${this.bundle} .model=${this.model} ?sync-hash=${this.syncHash}></mbc-data-source>
      <mbc-filter-bar source=${SOURCE_ID}></mbc-filter-bar>
      ${
        sections
          ? pages.map(
              (p) => html`<section part="panel" aria-labelledby="h-${p.id}">
              <h3 id="h-${p.id}">${uiText(lang, p.label)}</h3>
              ${this.renderPage(p.id)}
            </section>`,
            )
          : html`<div role="tablist" part="tabs" aria-label=${uiText(lang, 'dashboard.sections')} @keydown=${this.handleTabKey}>
              ${pages.map(
                (p) => html`<button
                  type="button"
                  role="tab"
                  id="tab-${p.id}"
                  aria-selected=${p.id === active ? 'true' : 'false'}
                  aria-controls="panel-${p.id}"
                  tabindex=${p.id === active ? 0 : -1}
                  @click=${() => (this.page = p.id)}
                >
                  ${uiText(lang, p.label)}
                </button>`,
              )}
            </div>
            <div role="tabpanel" part="panel" id="panel-${active}" aria-labelledby="tab-${active}" tabindex="0">${this.renderPage(active)}</div>`
      }
      ${this.renderGlossary(lang, sections)}
    `;
  }

  private renderGlossary(lang: Lang, open: boolean) {
    // Asked for after the first render, so it never holds up a figure.
    const glossary = this.hasUpdated ? this.glossary.get(lang) : undefined;
    if (!glossary) return nothing;
    // Printing one view: only the terms that view uses (none: no list).
    const viewText = this.printer?.scope === 'view' ? this.printer.viewText : undefined;
    if (viewText === undefined) return renderGlossaryList(glossary, open);
    // Searched once per printed view and language, not on every render while the print lasts.
    let used = this.printGlossary;
    if (used?.glossary !== glossary || used.text !== viewText) {
      const ids = new Set(glossary.find(viewText).map((match) => match.entry.id));
      used = this.printGlossary = { glossary, text: viewText, entries: glossary.entries.filter((entry) => ids.has(entry.id)) };
    }
    return used.entries.length ? renderGlossaryList({ ...glossary, entries: used.entries }, open) : nothing;
  }

  /** The glossary terms of the view being printed, found once (see `renderGlossary`). */
  private printGlossary?: { glossary: Glossary; text: string; entries: Glossary['entries'] };

  private renderPage(page: DashboardPage) {
    const lang = resolveLang(this);
    switch (page) {
      case 'overview':
        return html`<div class="overview">
          ${
            this.store?.model
              ? html`<section aria-labelledby="o-bc">
                <h3 id="o-bc">${uiText(lang, 'dashboard.businessCase')}</h3>
                <mbc-overview source=${SOURCE_ID} charts="business-case" tiles exportparts=${VIEW_CHART_PARTS}></mbc-overview>
              </section>`
              : nothing
          }
          ${
            this.store?.bundle
              ? html`<section aria-labelledby="o-usage">
                  <h3 id="o-usage">${uiText(lang, 'dashboard.usage')}</h3>
                  <mbc-overview source=${SOURCE_ID} charts="usage" tiles exportparts=${VIEW_CHART_PARTS}></mbc-overview>
                </section>
                <section aria-labelledby="o-ind">
                  <h3 id="o-ind">${uiText(lang, 'dashboard.indicators')}</h3>
                  <mbc-overview source=${SOURCE_ID} charts="indicators" tiles exportparts=${VIEW_CHART_PARTS}></mbc-overview>
                </section>`
              : nothing
          }
        </div>`;
      case 'business-case':
        return html`<mbc-business-case source=${SOURCE_ID} exportparts=${VIEW_CHART_PARTS}></mbc-business-case>`;
      case 'costs':
        return html`<mbc-implementation-costs source=${SOURCE_ID} exportparts=${VIEW_CHART_PARTS}></mbc-implementation-costs>`;
      case 'usage':
        return html`<mbc-product-usage source=${SOURCE_ID} exportparts=${VIEW_CHART_PARTS}></mbc-product-usage>`;
      case 'indicators':
        return html`<mbc-indicators source=${SOURCE_ID} exportparts=${VIEW_CHART_PARTS}></mbc-indicators>`;
      case 'benchmark':
        return html`<mbc-benchmark source=${SOURCE_ID} exportparts=${VIEW_CHART_PARTS}></mbc-benchmark>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-dashboard': MbcDashboard;
  }
}
