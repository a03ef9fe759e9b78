import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/mbc-data-source/mbc-data-source.js';
import '../../components/mbc-filter-bar/mbc-filter-bar.js';
import '../../components/mbc-kpi/mbc-kpi.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';
import type { MbcFilterBar } from '../../components/mbc-filter-bar/mbc-filter-bar.component.js';
import type { MbcKpi } from '../../components/mbc-kpi/mbc-kpi.component.js';
import { deepText, shownText } from './helpers.js';

async function setup(lang = 'nl') {
  const container = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <mbc-data-source id="fb-src" src="/data/manifest.json" sync-hash></mbc-data-source>
    <mbc-filter-bar source="fb-src"></mbc-filter-bar>
  </div>`);
  const source = container.querySelector<MbcDataSource>('mbc-data-source')!;
  const bar = container.querySelector<MbcFilterBar>('mbc-filter-bar')!;
  await waitUntil(() => bar.shadowRoot!.querySelector('select#scenario'), 'filter bar with data', { timeout: 15000 });
  return { container, source, bar };
}

describe('mbc-filter-bar', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists the municipalities, periods and scenarios of the source', async () => {
    const { bar } = await setup();
    const root = bar.shadowRoot!;
    const boxes = [...root.querySelectorAll('fieldset label')].map((l) => l.textContent!.trim());
    expect(boxes[0]).to.equal('Regio (totaal)');
    expect(boxes).to.include('Midden-Delfland');
    expect(boxes).to.have.length(11);
    expect([...root.querySelectorAll<HTMLOptionElement>('#from option')].map((o) => o.textContent)).to.include('2024 K3');
    // The Haaglanden model's alternatives (model version 2).
    expect([...root.querySelectorAll<HTMLOptionElement>('#scenario option')].map((o) => o.value)).to.deep.equal([
      '',
      'doorgaan',
      'verbreden',
      'stoppen',
      'doorgaan-pessimistisch',
      'doorgaan-optimistisch',
    ]);
  });

  it('sets the shared filters from the keyboard, fires mbc-filter-change and writes the URL hash', async () => {
    const { bar, source } = await setup();
    const summary = bar.shadowRoot!.querySelector<HTMLElement>('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' }); // open the list
    const delft = [...bar.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')].find((i) => i.parentElement!.textContent!.includes('Delft'))!;
    delft.focus();
    const change = oneEvent(source, 'mbc-filter-change');
    await sendKeys({ press: 'Space' });
    expect((await change).detail.filters.municipalities).to.deep.equal(['Delft']);
    expect(location.hash).to.equal('#fb-src:gemeente=Delft');
    const scenario = bar.shadowRoot!.querySelector<HTMLSelectElement>('#scenario')!;
    scenario.value = 'doorgaan-optimistisch';
    scenario.dispatchEvent(new Event('change'));
    expect(source.store.filters.scenario).to.equal('doorgaan-optimistisch');
    expect(location.hash).to.equal('#fb-src:gemeente=Delft&scenario=doorgaan-optimistisch');
  });

  it('reads the filters back from the URL hash, so a link reopens the same view', async () => {
    history.replaceState(null, '', '#fb-src:gemeente=Rijswijk,Westland&van=2024-Q1');
    const { source, bar } = await setup();
    expect(source.store.filters.municipalities).to.deep.equal(['Rijswijk', 'Westland']);
    expect(bar.shadowRoot!.querySelector('summary')!.textContent).to.equal('2 gemeenten');
    expect(bar.shadowRoot!.querySelector<HTMLSelectElement>('#from')!.value).to.equal('2024-Q1');
  });

  it('speaks English and passes axe', async () => {
    const { bar } = await setup('en');
    expect(deepText(bar.shadowRoot!)).to.contain('Municipalities');
    expect(deepText(bar.shadowRoot!)).to.contain('Clear all');
    await expect(bar).to.be.accessible();
  });
});

describe('mbc-kpi', () => {
  it('shows label, value, note and the illustratief badge, in either language', async () => {
    const el = await fixture<MbcKpi>(html`<mbc-kpi label="Netto contante waarde" value="€ 1.234.567" note="over 5 jaar" illustrative></mbc-kpi>`);
    expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim()).to.equal('€ 1.234.567');
    expect(shownText(el.shadowRoot!.querySelector('[part="badge"]')!)).to.equal('illustratief');
    expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Netto contante waarde');
    el.lang = 'en';
    await waitUntil(() => shownText(el.shadowRoot!.querySelector('[part="badge"]')!) === 'illustrative', 'English badge');
    el.illustrative = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
