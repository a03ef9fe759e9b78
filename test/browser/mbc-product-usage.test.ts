import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/mbc-product-usage/mbc-product-usage.js';
import '../../components/mbc-data-source/mbc-data-source.js';
import type { MbcProductUsage } from '../../components/mbc-product-usage/mbc-product-usage.component.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { Bundle } from '../../src/data/types.js';
import { deepQueryAll, deepText, waitForDeep } from './helpers.js';

const FIXTURE = '/test/fixtures/small-bundle.json';

async function loadFixture(): Promise<Bundle> {
  return (await fetch(FIXTURE)).json();
}

/** Bars of the first chart (indications per quarter per product). */
function firstChartBars(el: Element): number {
  const chart = el.shadowRoot!.querySelector('mbc-chart')!;
  return chart.shadowRoot!.querySelectorAll('g.mark-rect path').length;
}

describe('mbc-product-usage', () => {
  it('renders one bar per period × product from a bundle URL', async () => {
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage src=${FIXTURE}></mbc-product-usage>`);
    await waitUntil(() => el.shadowRoot!.querySelector('mbc-chart')?.shadowRoot?.querySelector('g.mark-rect path'), 'chart drawn', { timeout: 15000 });
    expect(firstChartBars(el)).to.equal(12);
  });

  it('shows key-figure tiles for the region', async () => {
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage .bundle=${await loadFixture()}></mbc-product-usage>`);
    const tiles = [...el.shadowRoot!.querySelectorAll('mbc-kpi')].map((k) => [k.label, k.value]);
    // Region cells of the fixture: product 1: 6+7+8+9 (Delft) + 0+1+2+3 (Wassenaar) = 36;
    // 2a: 12..15 + 3..6 = 72; 2b: 7..10 + 2..5 = 48. Total 156.
    expect(tiles[0]).to.deep.equal(['Indicaties', '156']);
  });

  it('shows an alert and fires mbc-error for a missing file', async () => {
    const el = document.createElement('mbc-product-usage');
    const error = oneEvent(el, 'mbc-error');
    el.src = '/test/fixtures/does-not-exist.json';
    document.body.append(el);
    const event = await error;
    expect(event.detail.errors[0].code).to.equal('http');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(deepText(el.shadowRoot!)).to.contain('HTTP 404');
    expect(deepText(el.shadowRoot!)).to.contain('does-not-exist.json');
    el.remove();
  });

  it('switches language', async () => {
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage lang="en" .bundle=${await loadFixture()}></mbc-product-usage>`);
    const chart = el.shadowRoot!.querySelector<MbcChart>('mbc-chart')!;
    expect(chart.heading).to.equal('Indications per quarter per product');
    el.lang = 'nl';
    await waitUntil(() => el.shadowRoot!.querySelector<MbcChart>('mbc-chart')!.heading === 'Indicaties per kwartaal per product', 'heading in Dutch');
    expect(deepText(el.shadowRoot!)).to.contain('Toon tabel');
    expect(deepText(el.shadowRoot!)).not.to.contain('Show table');
  });

  it('never shows a suppressed count as a number, in the DOM, the table or the CSV export', async () => {
    const bundle = await loadFixture();
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage municipality="Wassenaar" .bundle=${bundle}></mbc-product-usage>`);
    const charts = [...el.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')];
    for (const chart of charts) {
      await chart.updateComplete;
      chart.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!.click();
      await chart.updateComplete;
    }
    const text = deepText(el.shadowRoot!);
    expect(text).to.contain('< 5');
    // Wassenaar's suppressed cells hold 1, 2, 3 and 4 in the source; none of those may show.
    const cells = deepQueryAll(el.shadowRoot!, 'td').map((td) => td.textContent!.trim());
    expect(cells.filter((c) => /^[1-4]$/.test(c))).to.deep.equal([]);
    const csv = await (await charts[0]!.exportFile('csv')).blob.text();
    expect(csv).to.contain('< 5');
    expect(csv.split(/\r\n/).some((line) => /;[1-4]$/.test(line))).to.equal(false);
  });

  it('cross-filters: a click on a municipality updates a second view on the same source', async () => {
    const container = await fixture(html`<div>
      <mbc-data-source id="usage-src"></mbc-data-source>
      <mbc-product-usage id="a" source="usage-src"></mbc-product-usage>
      <mbc-product-usage id="b" source="usage-src"></mbc-product-usage>
    </div>`);
    const source = container.querySelector('mbc-data-source')!;
    source.bundle = await loadFixture();
    const a = container.querySelector<MbcProductUsage>('#a')!;
    const b = container.querySelector<MbcProductUsage>('#b')!;
    await waitUntil(() => a.shadowRoot!.querySelectorAll('mbc-chart').length >= 4, 'charts in view a');
    const utilisation = [...a.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')].find((c) => c.heading.startsWith('Benutting'))!;
    utilisation.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!.click();
    await utilisation.updateComplete;
    const delft = [...utilisation.shadowRoot!.querySelectorAll<HTMLButtonElement>('td button')].find((btn) => btn.textContent === 'Delft')!;
    const change = oneEvent(source, 'mbc-filter-change');
    delft.click();
    expect((await change).detail.filters.municipalities).to.deep.equal(['Delft']);
    await b.updateComplete;
    const tiles = [...b.shadowRoot!.querySelectorAll('mbc-kpi')].map((k) => [k.label, k.value]);
    // Delft alone: 1: 6..9 = 30; 2a: 12..15 = 54; 2b: 7..10 = 34. Total 118.
    expect(tiles[0]).to.deep.equal(['Indicaties', '118']);
  });

  it('passes axe', async () => {
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage .bundle=${await loadFixture()}></mbc-product-usage>`);
    await waitForDeep(el.shadowRoot!, 'g.mark-rect path', 12);
    await expect(el).to.be.accessible();
  });
});

describe('mbc-product-usage on the H10 sample', () => {
  it('renders marks from the sample bundle, and a click on a municipality bar filters a second view', async () => {
    const container = await fixture(html`<div>
      <mbc-data-source id="h10-src" src="/data/h10-bundle.json"></mbc-data-source>
      <mbc-product-usage id="one" source="h10-src"></mbc-product-usage>
      <mbc-product-usage id="two" source="h10-src" variant="tiles"></mbc-product-usage>
    </div>`);
    const one = container.querySelector<MbcProductUsage>('#one')!;
    const two = container.querySelector<MbcProductUsage>('#two')!;
    await waitUntil(() => one.shadowRoot!.querySelectorAll('mbc-chart').length >= 4, 'charts', { timeout: 15000 });
    const utilisation = [...one.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')].find((c) => c.heading.startsWith('Benutting'))!;
    await waitUntil(() => utilisation.shadowRoot!.querySelectorAll('g.mark-rect path').length > 0, 'bars', { timeout: 15000 });
    // 36 bars: 12 quarters × 3 products in the first chart.
    const first = one.shadowRoot!.querySelector<MbcChart>('mbc-chart')!;
    await waitUntil(() => first.shadowRoot!.querySelectorAll('g.mark-rect path').length === 36, '36 bars');
    const regionTotal = two.shadowRoot!.querySelector('mbc-kpi')!.value;
    // Click the first utilisation bar (Delft, alphabetically first with published hours).
    const bar = utilisation.shadowRoot!.querySelector<SVGPathElement>('g.mark-rect path')!;
    const box = bar.getBoundingClientRect();
    const source = container.querySelector('mbc-data-source')!;
    const change = oneEvent(source, 'mbc-filter-change');
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      bar.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    }
    const selected = (await change).detail.filters.municipalities;
    expect(selected).to.have.length(1);
    await waitUntil(() => two.shadowRoot!.querySelector('mbc-kpi')!.value !== regionTotal, 'second view follows');
    expect(deepText(two.shadowRoot!)).not.to.contain(regionTotal);
  });
});
