/**
 * One print of the dashboard: the document-level print sheet with the title and page numbers in
 * the page margins, the cover block, the whole dashboard (or the open view) laid out at the
 * width of an A4 landscape page, and waiting until every chart has drawn at that width.
 */
import type { ReactiveElement, TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import type { DataStore } from '../shared/store.js';
import { printCover } from '../../src/select/print-cover.js';
import { printText } from '../../src/i18n/print-messages.js';
import { cssPageContent, cssString } from '../../src/format/css-string.js';
import { adoptPrintSheet, BASE_PRINT_CSS } from '../shared/print-sheet.js';
import { deepElements, settle } from '../shared/settle.js';
import { printFlowStyles, renderCover } from './print-cover.js';
import { printChoiceStyles } from './print-choice.js';
import { badgeStyles } from '../shared/badge.styles.js';

/** The open view only, or every page of the dashboard. */
export type PrintScope = 'view' | 'all';

/** Add the styles of the print choice, the cover and the print flow to the dashboard's shadow root (once). */
export function adoptPrintStyles(root: HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = [printChoiceStyles.styleSheet, badgeStyles.styleSheet, printFlowStyles.styleSheet].filter(
    (sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet),
  );
  if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

/** Marks the dashboard being printed, its ancestors, and the document, for the print sheet. */
const PRINT = 'data-mbc-print';
const PATH = 'data-mbc-print-path';

/**
 * The document's print sheet while a dashboard prints: the base (A4 landscape), the title at the
 * top left and the page number at the bottom right of every page; and, while the dashboard's
 * print runs, the rest of the host page left out and the dashboard's ancestors opened up to the
 * page width (no side columns, no scroll box that would cut it to one page).
 */
export function documentPrintCss(title: string, lang: Lang): string {
  const margin = 'font:8pt var(--mbc-font-family,system-ui,sans-serif);color:#4d4d4d';
  return `${BASE_PRINT_CSS}
@media print{
@page{@top-left{content:${cssString(title)};${margin}}@bottom-right{content:${cssPageContent(printText(lang, 'page.number'))};${margin}}}
:root[${PRINT}] body{margin:0}
:root[${PRINT}] body :not([${PATH}],[${PRINT}]){display:none!important}
[${PATH}]{display:block!important;position:static!important;float:none!important;margin-inline:0!important;padding-inline:0!important;inline-size:auto!important;min-inline-size:0!important;max-inline-size:none!important;block-size:auto!important;max-block-size:none!important;overflow:visible!important;transform:none!important}
}`;
}

/** The dashboard as the print job sees it. */
export interface PrintHost extends ReactiveElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The elements a dashboard is nested in, through shadow roots, as far as the document. */
function ancestors(el: Element): Element[] {
  const found: Element[] = [];
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element) found.push(node);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return found;
}

/** Every chart below `root` fitted to its box now (after the layout changed); resolves when redrawn. */
function fitCharts(root: ParentNode): Promise<unknown> {
  const charts = deepElements(root).filter((el) => el.localName === 'mbc-chart') as Array<Element & { resize?: () => Promise<void> }>;
  return Promise.allSettled(charts.map((chart) => chart.resize?.()));
}

/** The text below `root` as a reader sees it, through shadow roots (chart texts included). */
function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element && child.localName !== 'style') {
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(root);
  return parts.join(' ');
}

/**
 * One print of a dashboard: made when the user chooses, `prepare()`d, printed, and `restore()`d
 * after the print (`afterprint`).
 */
export class PrintJob {
  /** The cover block, for the dashboard to render above its pages. */
  readonly cover: TemplateResult;
  private marked: Element[] = [];
  /**
   * The text of the printed page once drawn, when one view is printed: its glossary lists only
   * the terms that page uses. Undefined for the whole dashboard (every term).
   */
  viewText?: string;

  constructor(
    private readonly host: PrintHost,
    readonly scope: PrintScope,
    private readonly options: { store?: DataStore; title: string; part: string; lang: Lang; now?: Date },
  ) {
    const { store, title, part, lang } = options;
    const cover = printCover({
      model: store?.model ?? null,
      bundle: store?.bundle ?? null,
      filters: store?.filters ?? { municipalities: [], from: '', to: '', scenario: '' },
      lang,
      now: options.now ?? new Date(),
    });
    this.cover = renderCover(cover, { title, part, lang });
  }

  /**
   * Ready the page for printing: the print sheet, the marks, the print flow at page width, and
   * every chart drawn at that width. Resolves when the dashboard can be printed.
   */
  async prepare(timeout = 30000): Promise<void> {
    const { host, options } = this;
    const doc = host.ownerDocument;
    adoptPrintSheet(doc)?.replaceSync(documentPrintCss(options.title, options.lang));
    const root = host.renderRoot;
    adoptPrintStyles(root);
    host.setAttribute(PRINT, this.scope);
    doc.documentElement.setAttribute(PRINT, '');
    this.marked = ancestors(host).filter((el) => el.getRootNode() === doc && el !== doc.documentElement);
    for (const el of this.marked) el.setAttribute(PATH, '');
    await host.updateComplete;
    const store = options.store;
    const loading = () =>
      store?.status === 'loading' ? new Promise<void>((resolve) => store.addEventListener('change', () => resolve(), { once: true })) : undefined;
    await settle(root, { loading, timeout });
    await fitCharts(root);
    if (this.scope === 'view') {
      const panel = root.querySelector('[role="tabpanel"]');
      this.viewText = panel ? deepText(panel) : undefined;
    }
  }

  /** Undo the marks; the dashboard goes back to its screen layout and its charts follow. */
  restore(): void {
    const doc = this.host.ownerDocument;
    this.host.removeAttribute(PRINT);
    for (const el of this.marked) el.removeAttribute(PATH);
    this.marked = [];
    if (!doc.querySelector(`[${PRINT}]:not(:root)`)) doc.documentElement.removeAttribute(PRINT);
  }
}
