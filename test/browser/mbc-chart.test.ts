import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/mbc-chart/mbc-chart.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import { indicationsPerQuarter } from '../../src/specs/product-usage.js';
import type { UsageCell } from '../../src/data/types.js';
import { barMarks } from './helpers.js';

const routes = { ots_prevented: null, ots_ended_early: null, ots_required: null, ots_collaboration: null };
function cell(period: string, product: '1' | '2a' | '2b', indications: number | null, suppressed: UsageCell['suppressed'] = false): UsageCell {
  return { municipality: 'X', period, product, indications, families: null, hoursUsed: null, hoursAvailable: null, meanHoursUsed: null, medianHoursUsed: null, overCap: null, ltExtraHours: null, routes, suppressed };
}

describe('mbc-chart', () => {
  it('draws one bar per cell and exposes the summary as accessible name', async () => {
    const chart = indicationsPerQuarter([cell('2024-Q1', '1', 7), cell('2024-Q1', '2a', 12), cell('2024-Q2', '2a', 9), cell('2024-Q2', '2b', null, 'primary')]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    expect(barMarks(el.shadowRoot!)).to.have.length(4);
    const img = el.shadowRoot!.querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).to.equal(chart.summary);
    expect(chart.summary).to.contain('28 indicaties');
  });

  it('shows the data table on request, with suppressed cells as "< 5"', async () => {
    const chart = indicationsPerQuarter([cell('2024-Q1', '2a', 12), cell('2024-Q1', '2b', null, 'primary')]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Toon tabel');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    const cells = [...el.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    expect(cells).to.deep.equal(['2024 K1', 'Product 2a', '12', '2024 K1', 'Product 2b', '< 5']);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('finalizes the view on disconnect and draws again when reconnected', async () => {
    const chart = indicationsPerQuarter([cell('2024-Q1', '2a', 12), cell('2024-Q2', '2a', 10)]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    const parent = el.parentElement!;
    el.remove();
    expect(el.view).to.equal(undefined);
    const rendered = oneEvent(el, 'mbc-chart-rendered');
    parent.append(el);
    await rendered;
    expect(barMarks(el.shadowRoot!)).to.have.length(2);
  });

  it('keeps the newest chart when an older embed finishes late', async () => {
    const first = indicationsPerQuarter([cell('2024-Q1', '2a', 1), cell('2024-Q2', '2a', 2), cell('2024-Q3', '2a', 3)]);
    const second = indicationsPerQuarter([cell('2024-Q1', '2a', 5)]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${first}></mbc-chart>`);
    el.chart = second; // replaces the first before its embed resolved
    await oneEvent(el, 'mbc-chart-rendered');
    await new Promise((r) => setTimeout(r, 300));
    expect(barMarks(el.shadowRoot!)).to.have.length(1);
  });
});

describe('mbc-chart updates', () => {
  it('swaps new data into the running view when only the values change', async () => {
    const before = indicationsPerQuarter([cell('2024-Q1', '2a', 12), cell('2024-Q2', '2a', 10)]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${before}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    const view = el.view;
    const after = indicationsPerQuarter([cell('2024-Q1', '2a', 30), cell('2024-Q2', '2a', 10)]);
    const rendered = oneEvent(el, 'mbc-chart-rendered');
    el.chart = after;
    await rendered;
    expect(el.view).to.equal(view); // same Vega view, not a new embed
    const heights = barMarks(el.shadowRoot!).map((p) => p.getBBox().height);
    expect(heights[0]! / heights[1]!).to.be.closeTo(3, 0.05);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(after.summary);
    // A different structure (another period) embeds anew.
    const other = indicationsPerQuarter([cell('2024-Q1', '2a', 30), cell('2024-Q2', '2a', 10), cell('2024-Q3', '2a', 5)]);
    const again = oneEvent(el, 'mbc-chart-rendered');
    el.chart = other;
    await again;
    expect(barMarks(el.shadowRoot!)).to.have.length(3);
  });
});
