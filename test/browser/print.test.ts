import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/mbc-dashboard/mbc-dashboard.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import { adoptPrintSheet } from '../../components/shared/print-sheet.js';
import { deepQueryAll } from './helpers.js';

const MANIFEST = '/data/manifest.json';

/** The document's adopted sheets that print A4 landscape (the dashboard's print sheet). */
const printSheets = () => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('landscape')));

function printButton(el: MbcDashboard): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button.print')!;
}

function active(el: MbcDashboard): Element | null {
  return el.shadowRoot!.activeElement;
}

async function loaded(el: MbcDashboard): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="tab"]').length >= 5, 'tabs', { timeout: 20000 });
}

describe('printing the dashboard', () => {
  let print: typeof window.print;
  let printed = 0;

  before(() => {
    print = window.print;
    window.print = () => void printed++;
  });

  after(() => {
    window.print = print;
  });

  describe('the document-level print sheet', () => {
    it('is adopted once, after the page’s own sheets, however many dashboards connect', async () => {
      const own = new CSSStyleSheet();
      own.replaceSync('.page-own { color: red; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !printSheets().includes(s)), own];
      const first = await fixture<MbcDashboard>(html`<mbc-dashboard></mbc-dashboard>`);
      const second = await fixture<MbcDashboard>(html`<mbc-dashboard></mbc-dashboard>`);
      first.remove();
      document.body.append(first);
      adoptPrintSheet();
      expect(printSheets()).to.have.length(1);
      const sheets = document.adoptedStyleSheets;
      expect(sheets.indexOf(own)).to.be.greaterThan(-1);
      expect(sheets.indexOf(printSheets()[0]!)).to.be.greaterThan(sheets.indexOf(own));
      second.remove();
      first.remove();
    });

    it('holds print rules only: every rule is inside @media print', () => {
      const [sheet] = printSheets();
      expect(sheet!.cssRules.length).to.be.greaterThan(0);
      for (const rule of sheet!.cssRules) {
        expect(rule).to.be.instanceOf(CSSMediaRule);
        expect((rule as CSSMediaRule).media.mediaText).to.equal('print');
      }
    });

    it('gets the title and the page numbers in the page margins when a print is prepared, still once', async () => {
      const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST} heading='Titel "met" aanhalingstekens'></mbc-dashboard>`);
      await loaded(el);
      await el.preparePrint('view');
      expect(printSheets()).to.have.length(1);
      const text = [...printSheets()[0]!.cssRules].map((r) => r.cssText).join('\n');
      expect(text).to.contain('@top-left');
      expect(text).to.contain('"Titel \\"met\\" aanhalingstekens"');
      expect(text).to.match(/"Pagina " counter\(page\) " van " counter\(pages\)/);
      expect(document.documentElement.hasAttribute('data-mbc-print')).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(document.documentElement.hasAttribute('data-mbc-print')).to.equal(false);
      expect(el.hasAttribute('data-mbc-print')).to.equal(false);
    });
  });

  describe('the print choice', () => {
    it('opens from the keyboard, moves focus into it, and closes with Escape back on the button', async () => {
      const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
      await loaded(el);
      const button = printButton(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('#print-choices'), 'choices open');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal('print-choices');
      const choices = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#print-choices button')];
      expect(choices.map((b) => b.textContent!.trim())).to.deep.equal(['Deze weergave afdrukken', 'Hele dashboard afdrukken']);
      await waitUntil(() => active(el) === choices[0], 'focus on the first choice');
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(choices[1]);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#print-choices')).to.equal(null);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(active(el)).to.equal(button);
      // Space opens it too; leaving it with Tab closes it.
      await sendKeys({ press: 'Space' });
      await waitUntil(() => el.shadowRoot!.querySelector('#print-choices'), 'choices open again');
      await waitUntil(() => active(el)?.getAttribute('data-print') === 'view', 'focus on the first choice');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#print-choices')).to.equal(null);
    });

    it('passes axe with the choice open', async () => {
      const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
      await loaded(el);
      printButton(el).click();
      await waitUntil(() => el.shadowRoot!.querySelector('#print-choices'), 'choices open');
      await expect(el).to.be.accessible();
    });

    it('"Hele dashboard afdrukken" from the keyboard lays out every page with the cover, prints, and returns to the tabs', async () => {
      const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
      await loaded(el);
      const tabs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.id.replace(/^tab-/, ''));
      const before = printed;
      printButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.getAttribute('data-print') === 'view', 'focus on the first choice');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => printed === before + 1, 'window.print()', { timeout: 60000 });
      expect([...el.shadowRoot!.querySelectorAll('section[part="panel"] > h3')].map((h) => h.id.replace(/^h-/, ''))).to.deep.equal(tabs);
      const cover = el.shadowRoot!.querySelector('[part="cover"]')!;
      expect(cover.querySelector('h2')!.textContent).to.equal('Beter Samenspel Haaglanden (synthetische gegevens)');
      expect(cover.textContent).to.contain('Regio (totaal van 10 gemeenten)');
      expect(cover.textContent).to.contain('Hele dashboard');
      expect(cover.textContent).to.contain('illustratief');
      // Every chart drew before the print.
      const charts = deepQueryAll<HTMLElement & { view?: unknown; chart?: unknown }>(el.shadowRoot!, 'mbc-chart');
      expect(charts.length).to.be.greaterThan(10);
      expect(charts.filter((c) => c.chart && !c.view)).to.deep.equal([]);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="tablist"]')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part="cover"]')).to.equal(null);
    });

    it('lists under one printed view only the terms that view uses; the whole dashboard lists them all', async () => {
      const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST} page="usage"></mbc-dashboard>`);
      await loaded(el);
      const terms = () => [...el.shadowRoot!.querySelectorAll('[part="glossary"] dfn')].map((d) => d.textContent!.trim());
      await waitUntil(() => terms().length > 0, 'glossary', { timeout: 20000 });
      await el.preparePrint('all');
      const all = terms();
      expect(all).to.have.length(12);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(terms()).to.deep.equal(all);
      await el.preparePrint('view');
      const view = terms();
      // Product usage speaks of hidden cells, never of the business case's runs or discount rate.
      expect(view).to.include('Afgeschermd');
      expect(view).to.not.include('Trekkingen (Monte Carlo)');
      expect(view).to.not.include('Discontovoet');
      expect(view.length).to.be.lessThan(all.length);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(terms()).to.deep.equal(all);
    });

    it('speaks English, and in the sections layout is one button that prints everything', async () => {
      const en = await fixture<MbcDashboard>(html`<mbc-dashboard lang="en" src=${MANIFEST}></mbc-dashboard>`);
      await loaded(en);
      printButton(en).click();
      await waitUntil(() => en.shadowRoot!.querySelector('#print-choices'), 'choices open');
      expect([...en.shadowRoot!.querySelectorAll('#print-choices button')].map((b) => b.textContent!.trim())).to.deep.equal([
        'Print this view',
        'Print the whole dashboard',
      ]);
      expect(en.shadowRoot!.querySelector('#print-choices')!.getAttribute('aria-label')).to.equal('What do you want to print?');

      const sections = await fixture<MbcDashboard>(html`<mbc-dashboard layout="sections" src=${MANIFEST}></mbc-dashboard>`);
      await waitUntil(() => sections.shadowRoot!.querySelectorAll('section[part="panel"]').length >= 5, 'sections', { timeout: 20000 });
      expect(printButton(sections).hasAttribute('aria-expanded')).to.equal(false);
      const before = printed;
      printButton(sections).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => printed === before + 1, 'window.print()', { timeout: 60000 });
      expect(sections.shadowRoot!.querySelector('#print-choices')).to.equal(null);
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
