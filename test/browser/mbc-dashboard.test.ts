import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/mbc-dashboard/mbc-dashboard.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import { deepQueryAll, deepText } from './helpers.js';

const MANIFEST = '/data/manifest.json';

function tabs(el: MbcDashboard): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

describe('mbc-dashboard', () => {
  it('loads the benchmark ("Vergelijken") only when its tab opens, and draws it there with the shared filters', async () => {
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
    await waitUntil(() => deepQueryAll(el.shadowRoot!, 'mbc-kpi').length >= 10, 'overview tiles', { timeout: 20000 });
    // Not on the overview, and its code not loaded for it. (This test runs first in the file:
    // a later one opens the tab. A boolean, because chai's message for a failing element class
    // never finishes.)
    expect(deepQueryAll(el.shadowRoot!, 'mbc-benchmark')).to.have.length(0);
    expect(customElements.get('mbc-benchmark') === undefined, 'benchmark code loaded for the overview').to.equal(true);
    const source = el.shadowRoot!.querySelector('mbc-data-source')!;
    source.store.setFilters({ municipalities: ['Delft'], from: '2024-Q1', to: '2024-Q4' });
    tabs(el)
      .find((t) => t.textContent!.trim() === 'Vergelijken')!
      .click();
    await el.updateComplete;
    expect(el.page).to.equal('benchmark');
    await waitUntil(() => customElements.get('mbc-benchmark'), 'benchmark code', { timeout: 20000 });
    const panel = el.shadowRoot!.querySelector('[role="tabpanel"]')!;
    const view = panel.querySelector('mbc-benchmark')!;
    await waitUntil(() => deepQueryAll(view.shadowRoot!, 'g.mark-rect path').length > 0, 'benchmark bars', { timeout: 20000 });
    const chart = view.shadowRoot!.querySelector<HTMLElement & { chart: { summary: string } }>('mbc-chart')!;
    expect(chart.chart.summary).to.contain('2024 K1 – 2024 K4');
    expect(chart.chart.summary).to.contain('Delft');
  });

  it('loads a manifest and shows the overview tiles of every view', async () => {
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
    await waitUntil(() => deepQueryAll(el.shadowRoot!, 'mbc-kpi').length >= 10, 'overview tiles', { timeout: 20000 });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Beter Samenspel Haaglanden (synthetische gegevens)');
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Overzicht',
      'Business case',
      'Implementatiekosten',
      'Productgebruik',
      'Indicatoren',
      'Vergelijken',
    ]);
    const labels = deepQueryAll<HTMLElement & { label: string }>(el.shadowRoot!, 'mbc-kpi').map((k) => k.label);
    expect(labels).to.include('Netto contante waarde');
    expect(labels).to.include('Indicaties');
  });

  it('switches tabs with the arrow keys and draws the chosen view', async () => {
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
    await waitUntil(() => tabs(el).length === 6, 'tabs');
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.page).to.equal('usage');
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-usage');
    const panel = el.shadowRoot!.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-usage');
    await waitUntil(() => deepQueryAll(panel, 'g.mark-rect path').length > 0, 'usage bars', { timeout: 20000 });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.page).to.equal('benchmark');
  });

  it('shows every section below each other for print, and fires mbc-error for a broken manifest', async () => {
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard layout="sections" src=${MANIFEST}></mbc-dashboard>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('section').length === 6, 'sections', { timeout: 20000 });
    expect([...el.shadowRoot!.querySelectorAll('section h3')].map((h) => h.textContent)).to.deep.equal([
      'Overzicht',
      'Business case',
      'Implementatiekosten',
      'Productgebruik',
      'Indicatoren',
      'Vergelijken',
    ]);
    const broken = document.createElement('mbc-dashboard');
    const error = oneEvent(broken, 'mbc-error');
    broken.src = '/test/fixtures/does-not-exist.json';
    document.body.append(broken);
    expect((await error).detail.errors[0].code).to.equal('http');
    await waitUntil(() => deepText(broken.shadowRoot!).includes('HTTP 404'), 'alert');
    broken.remove();
  });

  it('passes axe on the overview', async () => {
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
    await waitUntil(() => deepQueryAll(el.shadowRoot!, 'mbc-kpi').length >= 10, 'overview tiles', { timeout: 20000 });
    await expect(el).to.be.accessible();
  });
});
