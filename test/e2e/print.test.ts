import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { launchChromium, STRICT_CSP } from './browser.js';
import { readPdf, squeeze, type PdfPage } from './pdf.js';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { computeSelection, selectCase } from '../../src/select/business-case.js';
import { costItems } from '../../src/select/costs.js';
import { printCover } from '../../src/select/print-cover.js';
import { EMPTY_FILTERS } from '../../src/select/filters.js';
import { glossary } from '../../src/i18n/glossary.js';
import type { Bundle } from '../../src/data/types.js';
import type { BusinessCaseModel } from '../../src/model/types.js';

/**
 * The dashboard printed as a steering group gets it: the built drop-in on an intranet page with a
 * strict CSP (a side column, a scrolling main column, a sheet of its own), printed to PDF by
 * Chromium, and the PDF read back: A4 landscape pages, every page with a chart or a table (or
 * the list of terms), the title and the page number on each, the cover block, and every table whole.
 */

// What the sample data say, computed here from the files, not copied from the screen.
const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as { title: string; model: string; bundle: string };
const model = JSON.parse(readFileSync(join('data', manifest.model), 'utf8')) as BusinessCaseModel;
const bundle = JSON.parse(readFileSync(join('data', manifest.bundle), 'utf8')) as Bundle;
const result = computeSelection(selectCase(model, EMPTY_FILTERS), {}, 'nl');
/** The cost-items table has a column per year of the case: its last year, and one block per item. */
const lastCaseYear = String(result.years.at(-1)!.year);
const costRows = costItems(result).length;
const cover = printCover({ model, bundle, filters: EMPTY_FILTERS, lang: 'nl', now: new Date(0) });

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
/** The terms the dashboard lists under its pages ("Begrippen"), unfolded in print. */
const TERMS = glossary('nl').entries.map((e) => squeeze(e.term));

interface Printed {
  pages: PdfPage[];
  /** The column labels of every table in the print, and the text of its last row's first cell. */
  tables: Array<{ labels: string[]; lastRow: string }>;
}

/** The tables of the dashboard as laid out for print (through shadow roots). */
function tablesOf(page: Page): Promise<Printed['tables']> {
  return page.evaluate(() => {
    const tables: Array<{ labels: string[]; lastRow: string }> = [];
    // A cell's text as printed: a term's "?" button and its explanation are not printed.
    const shown = (cell: Element | null | undefined) => {
      if (!cell) return '';
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('.term-tip, .term-button').forEach((e) => e.remove());
      return copy.textContent!.trim();
    };
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'table' && el.getClientRects().length) {
          const rows = el.querySelectorAll('tbody tr');
          tables.push({
            labels: [...el.querySelectorAll('thead th')].map(shown),
            lastRow: shown(rows[rows.length - 1]?.querySelector('th, td')),
          });
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('mbc-dashboard')!.shadowRoot!);
    return tables;
  });
}

/** Every chart of the dashboard: whether it drew, and its drawing's width against its box's. */
function chartsOf(page: Page): Promise<Array<{ drawn: boolean; svgWidth: number; boxWidth: number }>> {
  return page.evaluate(() => {
    const charts: Array<{ drawn: boolean; svgWidth: number; boxWidth: number }> = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'mbc-chart') {
          const svg = el.shadowRoot!.querySelector('.canvas svg');
          const box = el.shadowRoot!.querySelector('.canvas')!;
          charts.push({ drawn: !!svg?.querySelector('.role-mark'), svgWidth: svg ? Number(svg.getAttribute('width')) : 0, boxWidth: box.clientWidth });
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('mbc-dashboard')!.shadowRoot!);
    return charts;
  });
}

/** The checks every printed dashboard passes, whole or one view. */
function expectPrintable({ pages, tables }: Printed): void {
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((page, i) => {
    const where = `page ${i + 1}`;
    // A4 landscape, from the document-level @page rule.
    expect(Math.abs(page.width - A4_LANDSCAPE.width), where).toBeLessThanOrEqual(1);
    expect(Math.abs(page.height - A4_LANDSCAPE.height), where).toBeLessThanOrEqual(1);
    // The title and the page number in the page margins.
    expect(page.text, where).toContain(manifest.title);
    expect(page.text, where).toContain(`Pagina ${i + 1} van ${pages.length}`);
    // A chart (Vega draws its marks and axes as paths), key figures (framed tiles), or a table
    // (its column labels: table heads repeat on each page, the cost items carry their own).
    const table = tables.some((t) => t.labels.filter((label) => page.text.includes(label)).length >= Math.min(3, t.labels.length));
    // Or the list of terms, which is printed whole (never split over two pages).
    const terms = TERMS.filter((term) => squeeze(page.text).includes(term)).length === TERMS.length;
    expect(page.paths >= 15 || page.images > 0 || table || terms, `${where} has no chart or table: ${page.text.slice(0, 300)}`).toBe(true);
    // Nothing runs off the page.
    for (const item of page.items) expect(item.x + item.width, `${where}: "${item.text}"`).toBeLessThanOrEqual(page.width + 0.5);
  });
  const text = squeeze(pages.map((p) => p.text).join(' '));
  // Every table whole: its last row is printed.
  for (const table of tables) expect(text, `last row of [${table.labels.join(', ')}]`).toContain(squeeze(table.lastRow));
}

describe('printing the dashboard (drop-in, strict CSP, PDF)', () => {
  let browser: Browser;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    if (!existsSync('dist/cdn/mbc-dashboard.js')) throw new Error('dist/cdn is missing: run `npm run build` first');
    server = createDemoServer({ headers: { 'content-security-policy': STRICT_CSP } });
    port = await listen(server, 18240);
    browser = await launchChromium();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** The test page with the dashboard's data loaded; print dialogs are counted, not opened. */
  async function open(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request: HTTPRequest) => requests.push(new URL(request.url()).pathname));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => void (window as unknown as { __printed: number }).__printed++;
    });
    await page.goto(`http://localhost:${port}/test/e2e/pages/print.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const source = document.querySelector('mbc-dashboard')?.shadowRoot?.querySelector('mbc-data-source') as
          (Element & { store?: { status: string } }) | null;
        return source?.store?.status === 'ready' && document.querySelector('mbc-dashboard')!.shadowRoot!.querySelectorAll('[role="tab"]').length > 0;
      },
      { timeout: 30000 },
    );
    return { page, requests, errors };
  }

  async function pdf(page: Page): Promise<PdfPage[]> {
    return readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  }

  it('the whole dashboard: chosen with the print button, every page laid out and drawn at the page width, then one A4-landscape PDF', async () => {
    const { page, requests, errors } = await open();
    const tabs = await page.evaluate(() =>
      [...document.querySelector('mbc-dashboard')!.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.id.replace(/^tab-/, '')),
    );
    expect(tabs.length).toBeGreaterThanOrEqual(5);
    // The print code is a chunk of its own that loads on the first press, not before.
    expect(requests.filter((r) => /\/chunks\/print-/.test(r))).toEqual([]);
    const sheets = () =>
      page.evaluate(() => {
        const page = (window as unknown as { __pageSheet: CSSStyleSheet }).__pageSheet;
        return document.adoptedStyleSheets.map((s) => (s === page ? 'page' : [...s.cssRules].map((r) => r.cssText).join(' ')));
      });
    const before = await sheets();
    expect(before).toHaveLength(2);
    expect(before[0]).toBe('page');
    expect(before[1]).toMatch(/^@media print \{\s*@page \{ size: a4 landscape;/i);

    // (Clicked through the DOM: a click at coordinates can miss while the overview's charts still move the page.)
    const press = (selector: string) =>
      page.evaluate((s) => document.querySelector('mbc-dashboard')!.shadowRoot!.querySelector<HTMLButtonElement>(s)!.click(), selector);
    await press('button.print');
    // (Polled through the shadow root, as the other waits here: puppeteer's deep selector stalled on a busy machine.)
    await page.waitForFunction(() => document.querySelector('mbc-dashboard')!.shadowRoot!.querySelector('#print-choices button[data-print="all"]'), {
      timeout: 60000,
    });
    expect(requests.filter((r) => /\/chunks\/print-/.test(r))).toHaveLength(1);
    await press('#print-choices button[data-print="all"]');
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1, { timeout: 60000 });

    // Every page of the dashboard is in the print flow, each once.
    const panels = await page.evaluate(() =>
      [...document.querySelector('mbc-dashboard')!.shadowRoot!.querySelectorAll('section[part="panel"] > h3')].map((h) => h.id.replace(/^h-/, '')),
    );
    expect(panels).toEqual(tabs);
    // Every chart drew before the print, at the width of the page (none wider than its box).
    const charts = await chartsOf(page);
    expect(charts.length).toBeGreaterThanOrEqual(12);
    for (const chart of charts) {
      expect(chart.drawn).toBe(true);
      expect(chart.svgWidth).toBeLessThanOrEqual(chart.boxWidth + 1);
    }
    // Still the page's own sheet first, and the print sheet once, now with the title.
    const during = await sheets();
    expect(during).toHaveLength(2);
    expect(during[0]).toBe('page');
    expect(during[1]).toContain('@top-left');

    // (Read the tables first: Chromium fires afterprint once the PDF is made, and the screen returns.)
    const tables = await tablesOf(page);
    const printed: Printed = { tables, pages: await pdf(page) };
    expectPrintable(printed);
    const { pages } = printed;
    const all = pages.map((p) => p.text).join(' ');

    // The cover block opens the first page.
    const first = pages[0]!.text;
    for (const fact of [cover.area, cover.scenario!, cover.dataDate!, cover.casePeriod!, 'illustratief']) expect(first).toContain(fact);
    expect(squeeze(first)).toContain(squeeze('Bedragen met de aanduiding illustratief steunen op voorbeeldwaarden zonder bron.'));
    // The cost items whole: every item shows the last year of the case.
    expect(pages.flatMap((p) => p.items).filter((i) => i.text.trim() === lastCaseYear).length).toBeGreaterThanOrEqual(costRows);
    // The dashboard prints alone: the rest of the intranet page is left out.
    for (const other of ['Intranetnavigatie', 'Voettekst van het intranet', 'Inleiding van de redactie']) expect(all).not.toContain(other);
    // Each part's charts are there (a heading of each page of the dashboard).
    for (const heading of ['Overzicht', 'Business case', 'Implementatiekosten', 'Productgebruik', 'Indicatoren']) expect(all).toContain(heading);

    // After printing (Chromium fired afterprint when it made the PDF), the screen comes back:
    // tabs, no marks, the sheets as they were.
    await page.waitForFunction(() => document.querySelector('mbc-dashboard')!.shadowRoot!.querySelector('[role="tablist"]'));
    expect(await page.evaluate(() => document.querySelectorAll('[data-mbc-print], [data-mbc-print-path]').length)).toBe(0);
    expect(await sheets()).toHaveLength(2);
    const violations = await page.evaluate(() =>
      (window as unknown as { __violations: string[]; __errors: string[] }).__violations.concat((window as unknown as { __errors: string[] }).__errors),
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180000);

  it('one view: the open page alone, below the cover, its tables whole', async () => {
    const { page, errors } = await open();
    await page.evaluate(() => document.querySelector('mbc-dashboard')!.shadowRoot!.querySelector<HTMLButtonElement>('#tab-costs')!.click());
    await page.evaluate(() => (document.querySelector('mbc-dashboard') as HTMLElement & { preparePrint(scope: string): Promise<void> }).preparePrint('view'));
    const panels = await page.evaluate(() => [...document.querySelector('mbc-dashboard')!.shadowRoot!.querySelectorAll('[part="panel"]')].map((p) => p.id));
    expect(panels).toEqual(['panel-costs']);
    const tables = await tablesOf(page);
    const printed: Printed = { tables, pages: await pdf(page) };
    expectPrintable(printed);
    const all = printed.pages.map((p) => p.text).join(' ');
    expect(printed.pages[0]!.text).toMatch(/Onderdeel\s+Implementatiekosten/);
    expect(printed.pages.flatMap((p) => p.items).filter((i) => i.text.trim() === lastCaseYear).length).toBeGreaterThanOrEqual(costRows);
    // Nothing of the other pages. (The terms list under the view names every term, "Trekkingen
    // (Monte Carlo)" too: read around it.)
    const outsideTerms = glossary('nl').entries.reduce((text, e) => text.replace(squeeze(e.term), '').replace(squeeze(e.explanation), ''), squeeze(all));
    for (const other of ['Monte Carlo', 'Kosten- en batenposten', 'Routes van de casussen']) expect(outsideTerms).not.toContain(squeeze(other));
    expect(printed.pages.length).toBeLessThan(20);
    await page.waitForFunction(() => !document.querySelector('mbc-dashboard')!.hasAttribute('data-mbc-print'));
    expect(await page.evaluate(() => (document.querySelector('mbc-dashboard') as HTMLElement & { page: string }).page)).toBe('costs');
    expect(errors).toEqual([]);
    await page.close();
  }, 180000);
});
