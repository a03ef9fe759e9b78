import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/mbc-chart/mbc-chart.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import { indicationsPerQuarter } from '../../src/specs/product-usage/indications.js';
import type { CustomChart } from '../../src/specs/chart-model.js';
import type { UsageCell } from '../../src/data/types.js';
import { barMarks } from './helpers.js';
import { usageCell } from '../../src/data/usage-cell.js';
import { breakEvenChart } from '../../src/specs/business-case/break-even.js';
import type { TemplateChart } from '../../src/specs/chart-model.js';

function cell(period: string, product: '1' | '2a' | '2b', indications: number | null, suppressed: UsageCell['suppressed'] = false): UsageCell {
  return usageCell({ municipality: 'X', period, product, indications, suppressed });
}
// The test page loads many modules: keep every resource entry, not only the first 250.
performance.setResourceTimingBufferSize(100000);
const scripts = () => performance.getEntriesByType('resource').map((e) => e.name);

describe('mbc-chart', () => {
  it('draws one bar per published cell, a placeholder for the hidden one, and exposes the summary as accessible name', async () => {
    const chart = indicationsPerQuarter([cell('2024-Q1', '1', 7), cell('2024-Q1', '2a', 12), cell('2024-Q2', '2a', 9), cell('2024-Q2', '2b', null, 'primary')]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    expect(barMarks(el.shadowRoot!)).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('g.mark-symbol.role-mark path')).to.have.length(1);
    const img = el.shadowRoot!.querySelector('[role="img"]')!;
    expect(img.getAttribute('aria-label')).to.equal(chart.summary);
    expect(chart.summary).to.contain('28 indicaties');
    // The library's own charts need neither vega-lite nor vega-embed.
    expect(scripts().filter((url) => /vega-lite|vega-embed/.test(url))).to.deep.equal([]);
    // Vega's own description of the drawing: the chart title.
    expect(el.shadowRoot!.querySelector('.canvas > [role="graphics-document"]')!.getAttribute('aria-label')).to.equal('Indicaties per kwartaal per product');
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

  it('lays the legend out again when its labels change (a language switch): as a fresh view would', async () => {
    const curve = {
      parameter: { id: 'p', label: 'Tarief', unit: '€' },
      current: 100,
      currentNpv: 500,
      everywhere: false,
      caseNpv: 500,
      breakEven: 80,
      points: [0, 50, 100, 150, 200].map((value) => ({ value, npv: 25 * (value - 80) })),
    };
    const chart = breakEvenChart(curve, { lang: 'en' });
    const text = chart.signals.text as { legend: Record<string, string> };
    // First with short legend labels, then the chart's own.
    const short: TemplateChart = { ...chart, signals: { ...chart.signals, text: { ...text, legend: { current: 'a', breakEven: 'b' } } } };
    const labelsAt = (el: MbcChart) => {
      const svg = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      return [...el.shadowRoot!.querySelectorAll('.role-legend-label text')].map(
        (t) => `${t.textContent} ${Math.round(t.getBoundingClientRect().left - svg.left)}`,
      );
    };
    const switched = await fixture<MbcChart>(html`<mbc-chart style="inline-size: 400px" .chart=${short}></mbc-chart>`);
    await oneEvent(switched, 'mbc-chart-rendered');
    const rendered = oneEvent(switched, 'mbc-chart-rendered');
    switched.chart = chart;
    await rendered;
    const fresh = await fixture<MbcChart>(html`<mbc-chart style="inline-size: 400px" .chart=${chart}></mbc-chart>`);
    await oneEvent(fresh, 'mbc-chart-rendered');
    expect(labelsAt(fresh).map((l) => l.split(' ').slice(0, -1).join(' '))).to.deep.equal(['current value', 'break-even']);
    expect(labelsAt(switched)).to.deep.equal(labelsAt(fresh));
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

  it('keeps the newest chart when an older draw finishes late', async () => {
    const first = indicationsPerQuarter([cell('2024-Q1', '2a', 1), cell('2024-Q2', '2a', 2), cell('2024-Q3', '2a', 3)]);
    const second = indicationsPerQuarter([cell('2024-Q1', '2a', 5)]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${first}></mbc-chart>`);
    el.chart = second; // replaces the first before it was drawn
    await oneEvent(el, 'mbc-chart-rendered');
    await new Promise((r) => setTimeout(r, 300));
    expect(barMarks(el.shadowRoot!)).to.have.length(1);
  });

  it('follows its width', async () => {
    const el = await fixture<MbcChart>(
      html`<mbc-chart style="display:block;inline-size:600px" .chart=${indicationsPerQuarter([cell('2024-Q1', '2a', 5)])}></mbc-chart>`,
    );
    await oneEvent(el, 'mbc-chart-rendered');
    const svg = () => el.shadowRoot!.querySelector('.canvas svg')!;
    expect(Number(svg().getAttribute('width'))).to.be.closeTo(600, 2);
    el.style.inlineSize = '400px';
    await waitUntil(() => Math.abs(Number(svg().getAttribute('width')) - 400) <= 2, 'redrawn at 400 px');
  });
});

describe('mbc-chart updates', () => {
  it('swaps new data into the running view, also when the periods change', async () => {
    const before = indicationsPerQuarter([cell('2024-Q1', '2a', 12), cell('2024-Q2', '2a', 10)]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${before}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    const view = el.view;
    const after = indicationsPerQuarter([cell('2024-Q1', '2a', 30), cell('2024-Q2', '2a', 10)]);
    const rendered = oneEvent(el, 'mbc-chart-rendered');
    el.chart = after;
    await rendered;
    expect(el.view).to.equal(view); // same Vega view: only data and signals were set
    const heights = barMarks(el.shadowRoot!).map((p) => p.getBBox().height);
    expect(heights[0]! / heights[1]!).to.be.closeTo(3, 0.05);
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(after.summary);
    // Another period is data too: the template is the same, so the view is.
    const other = indicationsPerQuarter([cell('2024-Q1', '2a', 30), cell('2024-Q2', '2a', 10), cell('2024-Q3', '2a', 5)]);
    const again = oneEvent(el, 'mbc-chart-rendered');
    el.chart = other;
    await again;
    expect(el.view).to.equal(view);
    expect(barMarks(el.shadowRoot!)).to.have.length(3);
  });
});

describe('mbc-chart tooltips', () => {
  it('shows the row’s tooltip next to the pointer, not in a corner', async () => {
    const chart = indicationsPerQuarter([cell('2024-Q1', '2a', 12), cell('2024-Q2', '2a', 9)]);
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tooltip.hidden).to.equal(true);
    const bar = barMarks(el.shadowRoot!)[0]!;
    const box = bar.getBoundingClientRect();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    bar.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x, clientY: y }));
    await waitUntil(() => !tooltip.hidden, 'tooltip shown');
    expect([...tooltip.children].map((row) => row.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Kwartaal: 2024 K1',
      'Product: Product 2a',
      'Indicaties: 12',
    ]);
    const frame = el.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
    const shown = tooltip.getBoundingClientRect();
    expect(shown.left - frame.left).to.be.closeTo(x - frame.left + 12, 1.5);
    expect(shown.top - frame.top).to.be.closeTo(y - frame.top + 12, 1.5);
    // (That this needs no style attribute, which a strict CSP blocks, test/e2e/csp.test.ts proves.)
  });
});

describe('mbc-chart exports', () => {
  const chart = indicationsPerQuarter([cell('2024-Q1', '2a', 12), cell('2024-Q1', '2b', null, 'primary')], {
    context: { subject: 'Midden-Delfland', period: '2024 K1', dataDate: 't/m 2025 K4' },
  });
  const lines = ['Indicaties per kwartaal per product', 'Midden-Delfland', 'Periode: 2024 K1', 'Gegevens: t/m 2025 K4'];

  it('names every file after the chart and the municipality', async () => {
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    for (const kind of ['png', 'svg', 'csv'] as const)
      expect((await el.exportFile(kind)).fileName).to.equal(`indicaties-per-kwartaal-per-product-midden-delfland.${kind}`);
  });

  it('an SVG carries the title, municipality, period and data date above the chart; the chart on screen does not', async () => {
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    const { blob } = await el.exportFile('svg');
    expect(blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    const title = [...doc.querySelectorAll('.role-title-text text tspan, .role-title-text text')].map((t) => t.textContent).join(' ');
    for (const line of lines) expect(title).to.contain(line);
    // The hidden cell is the placeholder with its legend entry, in the file too.
    expect([...doc.querySelectorAll('.role-legend-label text')].map((t) => t.textContent)).to.include('afgeschermd');
    expect(el.shadowRoot!.querySelector('.canvas svg .role-title-text')!.textContent).to.equal('');
  });

  it('a PNG is an image with the context lines, taller than the chart on screen', async () => {
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    const { blob } = await el.exportFile('png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const screen = el.shadowRoot!.querySelector('.canvas svg')!;
    // 2× scale; the four context lines add about 4 × 18 px.
    expect(bitmap.height / 2 - Number(screen.getAttribute('height'))).to.be.greaterThan(60);
  });

  it('a CSV starts with the same context lines, then the table', async () => {
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${chart}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    const text = await (await el.exportFile('csv')).blob.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).to.deep.equal([
      ...lines,
      '',
      'Kwartaal;Product;Indicaties',
      '2024 K1;Product 2a;12',
      '2024 K1;Product 2b;< 5',
      '',
    ]);
  });
});

describe('mbc-chart with a Vega-Lite spec of your own', () => {
  const own: CustomChart = {
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 300,
      data: {
        values: [
          { wijk: 'Noord', n: 28 },
          { wijk: 'Oost', n: 41 },
        ],
      },
      mark: 'bar',
      encoding: { x: { field: 'wijk', type: 'nominal' }, y: { field: 'n', type: 'quantitative' } },
    },
    summary: 'Gesprekken per wijk.',
    table: { caption: 'Gesprekken per wijk', columns: [{ key: 'wijk', label: 'Wijk' }], rows: [{ wijk: 'Noord' }, { wijk: 'Oost' }] },
    fileName: 'gesprekken',
  };

  it('loads vega-lite and vega-embed for it, and draws it', async () => {
    const el = await fixture<MbcChart>(html`<mbc-chart .chart=${own}></mbc-chart>`);
    await oneEvent(el, 'mbc-chart-rendered');
    expect(barMarks(el.shadowRoot!)).to.have.length(2);
    expect(scripts().some((url) => /vega-lite/.test(url))).to.equal(true);
    expect(scripts().some((url) => /vega-embed/.test(url))).to.equal(true);
    expect((await el.exportFile('svg')).blob.type).to.equal('image/svg+xml');
  });
});
