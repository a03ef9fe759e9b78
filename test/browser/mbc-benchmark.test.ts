import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/mbc-benchmark/mbc-benchmark.js';
import '../../components/mbc-data-source/mbc-data-source.js';
import type { MbcBenchmark } from '../../components/mbc-benchmark/mbc-benchmark.component.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';
import { INHABITANTS, RIJSWIJK_TABLE_NL, TWO_QUARTERS, modelWith } from '../unit/select/benchmark-fixtures.js';
import { deepShownText, deepText, waitForDeep } from './helpers.js';

// The benchmark of the hand-made bundle of test/unit/select/benchmark-fixtures.ts: indications
// of product 2a over two quarters in six municipalities, per 1,000 inhabitants of the model.
// Delft and Rijswijk share place 1 (0.25), Den Haag 3 (0.15), Westland 4 (0.10); Midden-Delfland
// ("< 5") and Wassenaar ("afgeschermd") are hidden and not ranked.

const MODEL = modelWith(INHABITANTS);

const chartOf = (el: Element) => el.shadowRoot!.querySelector<MbcChart>('mbc-chart')!;
const tiles = (el: Element) => [...el.shadowRoot!.querySelectorAll('mbc-kpi')].map((k) => [k.label, k.value, k.note]);

async function drawn(chart: MbcChart) {
  await waitUntil(() => chart.view, 'benchmark drawn', { timeout: 15000 });
  return chart.view!;
}

async function openTable(chart: MbcChart): Promise<string[][]> {
  await chart.updateComplete;
  const toggle = chart.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await chart.updateComplete;
  return [...chart.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent!.trim()));
}

/** The texts Vega drew in the chart's SVG, without the bidi isolates around names. */
function svgTexts(chart: MbcChart): string[] {
  return [...chart.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent!.replace(/[\u2068\u2069]/g, ''));
}

const rijswijk = () => fixture<MbcBenchmark>(html`<mbc-benchmark municipality="Rijswijk" .bundle=${TWO_QUARTERS} .model=${MODEL}></mbc-benchmark>`);

describe('mbc-benchmark', () => {
  it('draws a bar per ranked municipality, the quartile band, the median and quartile rules, and a placeholder per hidden one', async () => {
    const el = await rijswijk();
    const chart = chartOf(el);
    await drawn(chart);
    // Four bars and the band; three rules (first quartile, median, third quartile).
    await waitForDeep(chart.shadowRoot!, 'g.mark-rect.role-mark path', 5);
    expect(chart.shadowRoot!.querySelectorAll('g.mark-rect.role-mark path').length).to.equal(5);
    expect(chart.shadowRoot!.querySelectorAll('g.mark-rule.role-mark line').length).to.equal(3);
    // The two hidden municipalities: the hatched placeholder, no bar.
    expect(chart.shadowRoot!.querySelectorAll('g.mark-symbol.role-mark path').length).to.equal(2);
    expect(svgTexts(chart)).to.include.members([
      '1. Delft',
      '1. Rijswijk (gekozen)',
      '3. Den Haag',
      '4. Westland',
      'Midden-Delfland',
      'Wassenaar',
      '0,25',
      '0,15',
      '0,1',
      'mediaan',
    ]);
    // Per 1,000 inhabitants a hidden count has no rate: both hidden rows end in "afgeschermd".
    expect(svgTexts(chart).filter((t) => t === 'afgeschermd')).to.have.length(3); // two rows and the legend
  });

  // The tile's label names the municipality isolated (FSI … PDI), so that a right-to-left name
  // cannot reorder "Plaats van": hence the \u2068 … \u2069 below.
  it('highlights the chosen municipality: its row is marked chosen and bold, its place is a tile', async () => {
    const el = await rijswijk();
    const chart = chartOf(el);
    const view = await drawn(chart);
    const rows = view.data('rows') as { municipality: string; selected: boolean }[];
    expect(rows.filter((r) => r.selected).map((r) => r.municipality)).to.deep.equal(['Rijswijk']);
    const bold = [...chart.shadowRoot!.querySelectorAll('svg text')]
      .filter((t) => t.getAttribute('font-weight') === 'bold')
      .map((t) => t.textContent!.replace(/[\u2068\u2069]/g, ''));
    expect(bold).to.include('1. Rijswijk (gekozen)');
    expect(bold).not.to.include('1. Delft');
    expect(tiles(el)).to.deep.equal([
      ['Plaats van \u2068Rijswijk\u2069', '1 van 4', '0,25; gedeelde plaats'],
      ['Mediaan van de regio', '0,2', 'over 4 gerangschikte gemeenten'],
      ['Eerste en derde kwartiel', '0,14 – 0,25', 'over 4 gerangschikte gemeenten'],
    ]);
  });

  it('has a data table with places, values, rates, inhabitants, notes, median and quartiles, and a summary', async () => {
    const el = await rijswijk();
    const chart = chartOf(el);
    expect(await openTable(chart)).to.deep.equal(RIJSWIJK_TABLE_NL);
    expect(deepShownText(chart.shadowRoot!)).to.contain('Rijswijk deelt plaats 1 van 4. 2 gemeenten zijn afgeschermd en niet gerangschikt.');
    expect(deepText(el.shadowRoot!)).to.contain('het aantal inwoners per gemeente uit het model (parameter “inwoners”)');
  });

  it('shows a hidden cell as hidden and never as a number: chart data, table, tooltips and CSV', async () => {
    // Wassenaar's hidden cell carries its number here (7, so 13 over both quarters, 0,52 per
    // 1,000), as a bundle before publishing would; it may show nowhere. (A hidden count from 1 to
    // 4 in a bundle is refused as a whole by the data check, so Midden-Delfland's stays empty.)
    const poisoned = { ...TWO_QUARTERS, usage: TWO_QUARTERS.usage.map((c) => (c.suppressed === 'secondary' ? { ...c, indications: 7 } : c)) };
    const el = await fixture<MbcBenchmark>(html`<mbc-benchmark municipality="Wassenaar" .bundle=${poisoned} .model=${MODEL}></mbc-benchmark>`);
    const chart = chartOf(el);
    const view = await drawn(chart);
    for (const datum of view.data('rows') as Record<string, unknown>[]) {
      if (datum.municipality === 'Midden-Delfland' || datum.municipality === 'Wassenaar') {
        expect([datum.value ?? null, datum.hidden, datum.endText], String(datum.municipality)).to.deep.equal([null, true, 'afgeschermd']);
        expect(String(datum.tip)).not.to.match(/\b(7|13|0,52)\b/);
      }
    }
    const csv = await (await chart.exportFile('csv')).blob.text();
    expect(csv).to.equal(
      'Gemeenten vergeleken: Indicaties product 2a per 1.000 inwoners\r\nWassenaar\r\nPeriode: 2024 K1 – 2024 K2\r\nGegevens: t/m 2024 K2\r\n\r\n' +
        'Plaats;Gemeente;Indicaties product 2a;Per 1.000 inwoners;Aantal inwoners;Toelichting\r\n' +
        '1;Delft;20;0,25;80.000;gedeelde plaats\r\n1;Rijswijk;10;0,25;40.000;gedeelde plaats\r\n3;Den Haag;60;0,15;400.000;\r\n4;Westland;20;0,1;200.000;\r\n' +
        ';Midden-Delfland;< 5;afgeschermd;20.000;"afgeschermd; niet gerangschikt"\r\n' +
        ';Wassenaar;afgeschermd;afgeschermd;25.000;"gekozen gemeente; afgeschermd; niet gerangschikt"\r\n' +
        'Eerste kwartiel;;;0,14;;over 4 gerangschikte gemeenten\r\nMediaan;;;0,2;;over 4 gerangschikte gemeenten\r\nDerde kwartiel;;;0,25;;over 4 gerangschikte gemeenten\r\n',
    );
    expect(deepText(el.shadowRoot!)).not.to.match(/\b(7|13|0,52)\b/);
    expect(tiles(el)[0]).to.deep.equal(['Plaats van \u2068Wassenaar\u2069', 'niet gerangschikt', 'afgeschermd; niet gerangschikt']);
    expect(deepShownText(el.shadowRoot!)).to.contain('Wassenaar is niet gerangschikt: afgeschermd; niet gerangschikt.');
  });

  it('chooses the measure and product with labelled native selects, and fires mbc-measure-change', async () => {
    const el = await rijswijk();
    const [measure, product] = [...el.shadowRoot!.querySelectorAll('select')];
    expect([measure!.labels![0]!.textContent, product!.labels![0]!.textContent]).to.deep.equal(['Vergelijk', 'Product']);
    expect([...measure!.options].map((o) => o.value)).to.deep.equal(['indications', 'hours-per-indication', 'over-cap-share']);
    expect([...product!.options].map((o) => o.textContent)).to.deep.equal(['Product 1', 'Product 2a', 'Product 2b']);
    measure!.value = 'hours-per-indication';
    const change = oneEvent(el, 'mbc-measure-change');
    measure!.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await change).detail).to.deep.equal({ measure: 'hours-per-indication', product: '2a' });
    await el.updateComplete;
    expect(el.getAttribute('measure')).to.equal('hours-per-indication');
    // Hours exist for 2a and 2b only; no rate per 1,000 for hours.
    expect([...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')[1]!.options].map((o) => o.value)).to.deep.equal(['2a', '2b']);
    expect(chartOf(el).heading).to.equal('Gemeenten vergeleken: Uren per indicatie, product 2a');
  });

  it('follows the shared filters: period, chosen municipality, and the product, which it writes there', async () => {
    const container = await fixture(html`<div>
      <mbc-data-source id="bench-src"></mbc-data-source>
      <mbc-benchmark source="bench-src"></mbc-benchmark>
    </div>`);
    const source = container.querySelector<MbcDataSource>('mbc-data-source')!;
    source.bundle = TWO_QUARTERS;
    source.model = MODEL;
    source.store.setFilters({ municipalities: ['Den Haag'], from: '2024-Q2', to: '2024-Q2' });
    const el = container.querySelector<MbcBenchmark>('mbc-benchmark')!;
    await waitUntil(() => el.shadowRoot!.querySelector('mbc-chart'), 'chart', { timeout: 15000 });
    await el.updateComplete;
    // 2024-Q2 alone: Wassenaar 6 / 25,000 first; Den Haag 30 / 400,000 = 0.075 → 0.08, place 4.
    expect(tiles(el)[0]).to.deep.equal(['Plaats van \u2068Den Haag\u2069', '4 van 6', '0,08']);
    const product = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')[1]!;
    product.value = '2b';
    const filterChange = oneEvent(source, 'mbc-filter-change');
    product.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await filterChange).detail.filters.product).to.equal('2b');
    await el.updateComplete;
    expect(chartOf(el).heading).to.equal('Gemeenten vergeleken: Indicaties product 2b per 1.000 inwoners');
    // Clicking a municipality in the table chooses it for every view on the source.
    const chart = chartOf(el);
    await openTable(chart);
    const delft = [...chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('td button, th button')].find((b) => b.textContent === 'Delft')!;
    const choose = oneEvent(source, 'mbc-filter-change');
    delft.click();
    expect((await choose).detail.filters.municipalities).to.deep.equal(['Delft']);
  });

  it('speaks English', async () => {
    const el = await fixture<MbcBenchmark>(html`<mbc-benchmark lang="en" municipality="Rijswijk" .bundle=${TWO_QUARTERS} .model=${MODEL}></mbc-benchmark>`);
    expect(chartOf(el).heading).to.equal('Municipalities compared: Indications of product 2a per 1,000 inhabitants');
    expect(tiles(el)[0]).to.deep.equal(['Place of \u2068Rijswijk\u2069', '1 of 4', '0.25; shared place']);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Compare');
  });

  it('says so for data without anything to compare', async () => {
    const el = await fixture<MbcBenchmark>(html`<mbc-benchmark .bundle=${{ ...TWO_QUARTERS, usage: [] }}></mbc-benchmark>`);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Er zijn geen gegevens om gemeenten te vergelijken.');
  });

  it('passes axe, with the table open', async () => {
    const el = await rijswijk();
    await drawn(chartOf(el));
    await openTable(chartOf(el));
    await expect(el).to.be.accessible();
  });
});
