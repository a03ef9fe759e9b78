import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../components/mbc-dashboard/mbc-dashboard.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';
import { deepQueryAll, deepText } from './helpers.js';

const MANIFEST = '/data/manifest.json';
const terms = (el: Element) => deepQueryAll<HTMLElement>(el.shadowRoot!, '.term');
const termIds = (el: Element) => new Set(terms(el).map((t) => t.dataset.term));
const tipShown = (term: HTMLElement) => getComputedStyle(term.querySelector('.term-tip')!).display !== 'none';

async function dashboard(page = 'overview'): Promise<MbcDashboard> {
  const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST} page=${page}></mbc-dashboard>`);
  await waitUntil(() => terms(el).length > 0 && el.shadowRoot!.querySelector('.glossary'), 'terms and the glossary', { timeout: 30000 });
  return el;
}

/** The middle of an element's first line box (a term may wrap onto two lines). */
function center(e: Element): [number, number] {
  const r = e.getClientRects()[0]!;
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

describe('plain language: terms explain themselves', () => {
  before(() => setViewport({ width: 1024, height: 900 }));
  after(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('a term shows its explanation on hover, on focus and on a tap, and hides it on Escape', async () => {
    const el = await dashboard();
    const npv = terms(el).find((t) => t.dataset.term === 'npv')!;
    const button = npv.querySelector<HTMLButtonElement>('.term-button')!;
    const tip = npv.querySelector<HTMLElement>('.term-tip')!;
    expect(button.getAttribute('aria-label')).to.equal('Uitleg: Netto contante waarde');
    expect(button.getAttribute('aria-describedby')).to.equal(tip.id);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.textContent).to.contain('Alle baten min alle kosten');
    expect(tipShown(npv)).to.equal(false);

    // Hover: on the word, then onto the explanation itself; Escape hides it without moving.
    npv.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: center(npv.querySelector('.term-word')!) });
    expect(tipShown(npv), 'hover').to.equal(true);
    await sendMouse({ type: 'move', position: center(tip) });
    expect(tipShown(npv)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(tipShown(npv)).to.equal(false);
    await sendMouse({ type: 'move', position: [5, 5] });

    // Focus (keyboard), then Escape.
    button.focus();
    expect(tipShown(npv)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(tipShown(npv)).to.equal(false);
    button.blur();

    // A tap (click) opens it until the next tap.
    button.click();
    button.blur();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(tipShown(npv)).to.equal(true);
    button.click();
    button.blur();
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(tipShown(npv)).to.equal(false);
  });

  it('marks the terms on every page, and uses no title tooltips', async () => {
    const seen = new Set<string | undefined>();
    for (const page of ['overview', 'business-case', 'costs', 'usage', 'indicators']) {
      const el = await dashboard(page);
      if (page === 'business-case')
        await waitUntil(() => termIds(el).has('runs') && termIds(el).has('breakEven'), 'Monte Carlo and break-even', { timeout: 30000 });
      if (page === 'usage') {
        el.shadowRoot!.querySelector<MbcDataSource>('mbc-data-source')!.store.setFilters({ municipalities: ['Midden-Delfland'] });
        await waitUntil(() => termIds(el).has('hidden'), 'afgeschermd', { timeout: 20000 });
      }
      termIds(el).forEach((id) => seen.add(id));
      expect(
        deepQueryAll(el.shadowRoot!, '[title]').map((e) => e.localName),
        `${page}: title attributes`,
      ).to.deep.equal([]);
    }
    // JBT does not occur in the sample's texts; the glossary list explains it.
    expect([...seen].sort()).to.deep.equal(
      ['bcr', 'breakEven', 'discountRate', 'hidden', 'illustrative', 'npv', 'ots', 'percentiles', 'rampUp', 'runs', 'rvdk'].sort(),
    );
  });

  it('says on the page itself what "illustratief" means', async () => {
    const el = await dashboard('business-case');
    await waitUntil(() => deepQueryAll(el.shadowRoot!, '[part="illustrative"]').length > 0, 'the note', { timeout: 30000 });
    const note = deepQueryAll<HTMLElement>(el.shadowRoot!, '[part="illustrative"]')[0]!;
    expect(note.textContent).to.contain('illustratief: voorbeeldwaarden zonder bron');
    expect(getComputedStyle(note).display).to.not.equal('none');
  });

  it('lists every term with its explanation, folded on screen and unfolded in print, where the buttons go', async () => {
    const el = await dashboard();
    const list = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.glossary')!;
    expect(list.querySelector('h3')!.textContent).to.equal('Begrippen');
    expect([...list.querySelectorAll('dt')].map((d) => d.textContent!.trim())).to.deep.equal([
      'Netto contante waarde (NCW)',
      'Baten-kostenverhouding',
      'Discontovoet',
      'P5 en P95',
      'Trekkingen (Monte Carlo)',
      'Omslagpunt',
      'Ingroei',
      'Illustratief',
      'OTS en VOTS',
      'JBT (Jeugdbeschermingstafel)',
      'RvdK (Raad voor de Kinderbescherming)',
      'Afgeschermd',
    ]);
    const firstDd = list.querySelector('dd')!;
    expect(list.open).to.equal(false);
    expect(firstDd.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(firstDd.checkVisibility()).to.equal(true);
    const button = terms(el)[0]!.querySelector('.term-button')!;
    expect(getComputedStyle(button).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(button).display).to.not.equal('none');
  });

  it('switches the explanations with the language', async () => {
    const el = await dashboard();
    el.lang = 'en';
    await waitUntil(() => el.shadowRoot!.querySelector('details.glossary h3')?.textContent === 'Terms', 'English list');
    await waitUntil(() => terms(el).some((t) => t.querySelector('.term-tip')!.textContent!.includes('All benefits minus all costs')), 'English terms');
    expect(deepText(el.shadowRoot!)).to.not.contain('Alle baten min alle kosten');
  });

  it('passes axe with the terms and the list', async () => {
    const el = await dashboard();
    await expect(el).to.be.accessible();
  });
});
