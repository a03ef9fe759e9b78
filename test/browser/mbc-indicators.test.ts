import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/mbc-indicators/mbc-indicators.js';
import '../../components/mbc-data-source/mbc-data-source.js';
import type { MbcIndicators } from '../../components/mbc-indicators/mbc-indicators.component.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { Bundle } from '../../src/data/types.js';
import { deepQueryAll, deepText, waitForDeep } from './helpers.js';

/** Delft and Wassenaar, 2024-Q1..Q4, prepared from hand-made rows (see test/unit/select/indicators.test.ts). */
const FIXTURE = '/test/fixtures/indicators-bundle.json';
/** A Dutch Excel export with an impossible quarter, an unknown indicator and text as a value. */
const MALFORMED = '/test/fixtures/data/indicatoren-met-fouten.csv';

async function loadFixture(): Promise<Bundle> {
  return (await fetch(FIXTURE)).json();
}

function charts(el: Element): MbcChart[] {
  return [...el.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')];
}

function chartByHeading(el: Element, heading: string): MbcChart {
  const chart = charts(el).find((c) => c.heading === heading);
  if (!chart)
    throw new Error(
      `no chart "${heading}" in ${charts(el)
        .map((c) => c.heading)
        .join(' | ')}`,
    );
  return chart;
}

/** Wait until Vega has drawn a chart, and return its view. */
async function drawn(chart: MbcChart) {
  await waitUntil(() => chart.view, `"${chart.heading}" drawn`, { timeout: 15000 });
  return chart.view!;
}

async function openTable(chart: MbcChart): Promise<string[][]> {
  await chart.updateComplete;
  const toggle = chart.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await chart.updateComplete;
  return [...chart.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
}

const tiles = (el: Element) => [...el.shadowRoot!.querySelectorAll('mbc-kpi')].map((k) => [k.label, k.value, k.note]);

describe('mbc-indicators', () => {
  it('renders marks from a bundle URL: one bar per quarter and a cell per indicator and year', async () => {
    const el = await fixture<MbcIndicators>(html`<mbc-indicators src=${FIXTURE}></mbc-indicators>`);
    await waitUntil(() => charts(el).length === 6, 'six charts', { timeout: 15000 });
    const perQuarter = chartByHeading(el, 'Voorkomen VTO’s per kwartaal');
    await drawn(perQuarter);
    await waitForDeep(perQuarter.shadowRoot!, 'g.mark-rect path', 4);
    expect(perQuarter.shadowRoot!.querySelectorAll('g.mark-rect path').length).to.equal(4);
    const overview = chartByHeading(el, 'Standaardindicatoren per jaar, naar niveau');
    await drawn(overview);
    // Nine standard indicators × one year; "Tevredenheid" 2024 has no value (missing weight): 8 shaded + 1 outlined.
    await waitForDeep(overview.shadowRoot!, 'g.mark-rect path', 9);
    expect(overview.shadowRoot!.querySelectorAll('g.mark-rect path').length).to.equal(9);
    // The OTS chart draws three series as lines with points.
    const flow = chartByHeading(el, 'OTS gestart, voorkomen en eerder beëindigd per kwartaal');
    await drawn(flow);
    await waitForDeep(flow.shadowRoot!, 'g.mark-line path', 3);
    // Twelve points (three series × four quarters), not counting the legend's symbols.
    expect(flow.shadowRoot!.querySelectorAll('g.mark-symbol.role-mark path').length).to.equal(12);
  });

  it('renders marks from the H10 sample bundle: twelve quarters, ten municipalities', async () => {
    const el = await fixture<MbcIndicators>(html`<mbc-indicators src="/data/h10-bundle.json"></mbc-indicators>`);
    await waitUntil(() => charts(el).length === 6, 'six charts', { timeout: 15000 });
    const perQuarter = chartByHeading(el, 'Voorkomen VTO’s per kwartaal');
    await drawn(perQuarter);
    expect(perQuarter.chart!.table.rows).to.have.length(12);
    await waitForDeep(perQuarter.shadowRoot!, 'g.mark-rect path', 12);
    const perMunicipality = chartByHeading(el, 'Voorkomen VTO’s per gemeente');
    await drawn(perMunicipality);
    expect(perMunicipality.chart!.table.rows.map((r) => r.municipality)).to.have.length(10);
  });

  it('shows region key figures', async () => {
    const el = await fixture<MbcIndicators>(html`<mbc-indicators .bundle=${await loadFixture()}></mbc-indicators>`);
    expect(tiles(el)).to.deep.equal([
      ['VTO’s voorkomen', '45', '2024 K1 t/m 2024 K4'],
      ['OTS voorkomen', '40', '2024 K1 t/m 2024 K4'],
      ['OTS eerder beëindigd', '31', '2024 K1 t/m 2024 K4'],
      ['Gem. duur OTS', '9,5 mnd', 'in 2024 K4'],
    ]);
  });

  it('says in words why a region mean is empty: which weight was not supplied, for whom', async () => {
    // The municipality stands isolated (FSI … PDI) in the sentence.
    const el = await fixture<MbcIndicators>(html`<mbc-indicators .bundle=${await loadFixture()}></mbc-indicators>`);
    const notes = el.shadowRoot!.querySelector('[part="notes"]')!;
    expect(notes.getAttribute('aria-label')).to.equal('Waarom een gemiddelde ontbreekt');
    expect([...notes.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Tevredenheid gezinnen (%), 2024 K3: regiogemiddelde ontbreekt: gewicht Respondenten gezinsvragenlijst niet aangeleverd voor \u2068Wassenaar\u2069.',
    ]);
    // The overview's year says it too, in its table.
    const rows = await openTable(chartByHeading(el, 'Standaardindicatoren per jaar, naar niveau'));
    expect(rows.find((row) => row.includes('Tevredenheid gezinnen (%)'))).to.include.members([
      '–',
      // (a table cell is HTML: the name stands in a <bdi> there, without the isolate characters)
      'regiogemiddelde ontbreekt: gewicht Respondenten gezinsvragenlijst niet aangeleverd voor Wassenaar',
    ]);
    // Without a gap in the range, no notes.
    el.municipality = 'Delft';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notes"]')).to.equal(null);
  });

  it('explains an empty OTS duration tile', async () => {
    const bundle = await loadFixture();
    const cut = {
      ...bundle,
      indicatorsRegion: bundle.indicatorsRegion.map((c) =>
        c.indicator === 'ots_duration_months'
          ? { ...c, value: null, flag: 'missing_weight', missingWeight: { weights: ['ots_started'], municipalities: ['Wassenaar'] } }
          : c,
      ),
    };
    const el = await fixture<MbcIndicators>(html`<mbc-indicators lang="en" .bundle=${cut}></mbc-indicators>`);
    expect(tiles(el)[3]).to.deep.equal(['Mean OTS duration', '–', 'no region mean: weight OTS started not supplied for \u2068Wassenaar\u2069']);
    expect(el.shadowRoot!.querySelector('[part="notes"] li')!.textContent!.trim()).to.equal(
      'Mean OTS duration (months), 2024 Q1, 2024 Q2, 2024 Q3 and 2024 Q4: no region mean: weight OTS started not supplied for \u2068Wassenaar\u2069.',
    );
  });

  it('shows only the tiles with variant="tiles"', async () => {
    const el = await fixture<MbcIndicators>(html`<mbc-indicators variant="tiles" .bundle=${await loadFixture()}></mbc-indicators>`);
    expect(tiles(el)).to.have.length(4);
    expect(charts(el)).to.have.length(0);
  });

  it('shows an alert naming file, line and column, fires mbc-error, and still shows the valid rows', async () => {
    const el = document.createElement('mbc-indicators');
    const error = oneEvent(el, 'mbc-error');
    el.src = MALFORMED;
    document.body.append(el);
    try {
      const event = await error;
      expect(event.detail.errors.map((e: { code: string; line: number }) => [e.code, e.line])).to.deep.equal([
        ['invalid_period', 3],
        ['unknown_indicator', 4],
        ['invalid_number', 5],
      ]);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(alert).to.contain('Er zijn 3 problemen met de gegevens.');
      expect(alert).to.contain('indicatoren-met-fouten.csv: Regel 3, kolom "periode": "2024-K5" is geen periode');
      expect(alert).to.contain('Regel 5, kolom "waarde": "veel" is geen getal');
      // Partial data: the valid rows are drawn.
      await waitUntil(() => charts(el).length > 0, 'charts from the valid rows', { timeout: 15000 });
    } finally {
      el.remove();
    }
  });

  it('shows an alert for a file that is not there, and never throws', async () => {
    const el = document.createElement('mbc-indicators');
    const error = oneEvent(el, 'mbc-error');
    el.src = '/test/fixtures/does-not-exist.json';
    document.body.append(el);
    try {
      expect((await error).detail.errors[0].code).to.equal('http');
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(deepText(el.shadowRoot!)).to.contain('does-not-exist.json');
    } finally {
      el.remove();
    }
  });

  it('says so for data without indicators', async () => {
    const bundle = { ...(await loadFixture()), indicators: [], indicatorsRegion: [] };
    const el = await fixture<MbcIndicators>(html`<mbc-indicators .bundle=${bundle}></mbc-indicators>`);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Deze gegevens bevatten geen indicatoren.');
  });

  it('switches language', async () => {
    const el = await fixture<MbcIndicators>(html`<mbc-indicators lang="en" .bundle=${await loadFixture()}></mbc-indicators>`);
    expect(charts(el).map((c) => c.heading)).to.deep.equal([
      'Standard indicators per year, by level',
      'VTOs prevented per quarter',
      'VTOs prevented per municipality',
      'Mean OTS duration',
      'OTS started, prevented and ended early per quarter',
      'Trend: Requests for investigation (VTO) filed',
    ]);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Indicator for the trend');
    expect(tiles(el)[3]).to.deep.equal(['Mean OTS duration', '9.5 months', 'in 2024 Q4']);
    el.lang = 'nl';
    await waitUntil(() => charts(el)[1]!.heading === 'Voorkomen VTO’s per kwartaal', 'headings in Dutch');
    await charts(el)[1]!.updateComplete;
    expect(deepText(el.shadowRoot!)).to.contain('Toon tabel');
    expect(deepText(el.shadowRoot!)).not.to.contain('Show table');
  });

  it('chooses the trend indicator with a labelled native select, and fires mbc-indicator-change', async () => {
    const el = await fixture<MbcIndicators>(html`<mbc-indicators indicator="placements" .bundle=${await loadFixture()}></mbc-indicators>`);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.labels![0]!.textContent).to.equal('Indicator voor het verloop');
    expect(select.value).to.equal('placements');
    expect([...select.options].map((o) => o.value)).to.deep.equal([
      'vto_filed',
      'vto_prevented',
      'ots_started',
      'ots_prevented',
      'ots_ended_early',
      'ots_duration_months',
      'placements',
      'survey_responses',
      'satisfaction',
      'wachttijd_weken',
    ]);
    // A custom indicator's name comes from the data: isolated (FSI … PDI), since an <option> cannot hold a <bdi>.
    expect(select.options[9]!.textContent).to.equal('\u2068Wachttijd lokaal team (weken)\u2069');
    select.value = 'satisfaction';
    const change = oneEvent(el, 'mbc-indicator-change');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await change).detail).to.deep.equal({ indicator: 'satisfaction' });
    await el.updateComplete;
    expect(el.getAttribute('indicator')).to.equal('satisfaction');
    expect(charts(el)[5]!.heading).to.equal('Verloop: Tevredenheid gezinnen (%)');
  });

  it('the table shows the same numbers as the drawn chart', async () => {
    const el = await fixture<MbcIndicators>(
      html`<mbc-indicators municipality="Wassenaar" indicator="satisfaction" .bundle=${await loadFixture()}></mbc-indicators>`,
    );
    for (const heading of [
      'Voorkomen VTO’s per kwartaal',
      'Voorkomen VTO’s per gemeente',
      'Verloop: Tevredenheid gezinnen (%)',
      'Gemiddelde duur van de OTS',
    ]) {
      const chart = chartByHeading(el, heading);
      const view = await drawn(chart);
      const drawnData = view.data(chart.chart && 'data' in chart.chart ? Object.keys(chart.chart.data)[0]! : '') as { valueText: string; label: string }[];
      const rows = await openTable(chart);
      expect(
        rows.map((r) => [r[0], r[1]]),
        heading,
      ).to.deep.equal(drawnData.map((d) => [d.label.replace(/[\u2068\u2069]/g, ''), d.valueText]));
    }
    // And with the actual figures.
    expect(await openTable(chartByHeading(el, 'Voorkomen VTO’s per kwartaal'))).to.deep.equal([
      ['2024 K1', '< 5', ''],
      ['2024 K2', '0', ''],
      ['2024 K3', '5', ''],
      ['2024 K4', '6', ''],
    ]);
  });

  it('never shows a suppressed value as a number, in the DOM, the tables, the drawn data or the CSV exports', async () => {
    const el = await fixture<MbcIndicators>(
      html`<mbc-indicators municipality="Wassenaar" indicator="wachttijd_weken" .bundle=${await loadFixture()}></mbc-indicators>`,
    );
    const all = charts(el);
    expect(all).to.have.length(6);
    const cells: string[] = [];
    for (const chart of all) cells.push(...(await openTable(chart)).flat());
    expect(cells).to.include('< 5');
    // Wassenaar's hidden values in the source rows are 1, 2, 3 and 4 (and 10.5 and 12 months);
    // none may show. Published values are 0 or at least 5.
    expect(cells.filter((c) => /^(?:[1-4]|10,5|12)$/.test(c))).to.deep.equal([]);
    for (const chart of all) {
      const view = await drawn(chart);
      const names = chart.chart && 'data' in chart.chart ? Object.keys(chart.chart.data) : [];
      for (const datum of names.flatMap((name) => view.data(name)) as Record<string, unknown>[]) {
        // A hidden value is the placeholder at zero: the row has no value, no height, no count.
        if (datum.hidden) expect(datum.value ?? null, `${chart.heading}: ${JSON.stringify(datum)}`).to.equal(null);
      }
      const csv = await (await chart.exportFile('csv')).blob.text();
      expect(
        csv.split('\r\n').some((line) => line.split(';').some((cell) => /^(?:[1-4]|10,5|12)$/.test(cell))),
        chart.heading,
      ).to.equal(false);
    }
    const trendCsv = await (await all[5]!.exportFile('csv')).blob.text();
    // (Blob.text() drops the byte-order mark.)
    // The context first (chart, municipality, period, data date), then the table.
    expect(trendCsv).to.equal(
      'Verloop: Wachttijd lokaal team (weken)\r\nWassenaar\r\nPeriode: 2024 K1 – 2024 K4\r\nGegevens: t/m 2024 K4\r\n\r\nPeriode;Wachttijd lokaal team (weken);Opmerking\r\n2024 K1;< 5;\r\n2024 K2;< 5;\r\n2024 K3;< 5;\r\n2024 K4;< 5;\r\n',
    );
    expect(all[5]!.chart!.fileName).to.equal('verloop-wachttijd-lokaal-team-weken-wassenaar');
    // Tiles: a total without hidden values is a lower bound.
    expect(tiles(el)[0]).to.deep.equal(['VTO’s voorkomen', '≥ 11', '2024 K1 t/m 2024 K4, exclusief afgeschermde waarden']);
    expect(deepText(el.shadowRoot!)).not.to.match(/\b10,5\b/);
  });

  it('cross-filters: choosing a municipality in one view updates a second view on the same source', async () => {
    const container = await fixture(html`<div>
      <mbc-data-source id="indicators-src"></mbc-data-source>
      <mbc-indicators id="a" source="indicators-src"></mbc-indicators>
      <mbc-indicators id="b" source="indicators-src" variant="tiles"></mbc-indicators>
    </div>`);
    const source = container.querySelector('mbc-data-source')!;
    source.bundle = await loadFixture();
    const a = container.querySelector<MbcIndicators>('#a')!;
    const b = container.querySelector<MbcIndicators>('#b')!;
    await waitUntil(() => charts(a).length === 6, 'charts in view a');
    expect(tiles(b)[0]![1]).to.equal('45');
    const perMunicipality = chartByHeading(a, 'Voorkomen VTO’s per gemeente');
    await openTable(perMunicipality);
    const delft = [...perMunicipality.shadowRoot!.querySelectorAll<HTMLButtonElement>('td button')].find((btn) => btn.textContent === 'Delft')!;
    const change = oneEvent(source, 'mbc-filter-change');
    delft.click();
    expect((await change).detail.filters.municipalities).to.deep.equal(['Delft']);
    await b.updateComplete;
    // Delft alone: 7 + 9 + 10 published, 2024 K1 hidden.
    expect(tiles(b)[0]).to.deep.equal(['VTO’s voorkomen', '≥ 26', '2024 K1 t/m 2024 K4, exclusief afgeschermde waarden']);
    await a.updateComplete;
    expect(chartByHeading(a, 'Voorkomen VTO’s per kwartaal').chart!.table.rows[0]).to.deep.equal({ period: '2024 K1', value: '< 5', note: '' });
  });

  it('passes axe', async () => {
    const el = await fixture<MbcIndicators>(html`<mbc-indicators .bundle=${await loadFixture()}></mbc-indicators>`);
    for (const chart of charts(el)) await drawn(chart);
    await openTable(charts(el)[2]!);
    await expect(el).to.be.accessible();
  });

  it('does not scroll sideways at 320 px', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><mbc-indicators .bundle=${await loadFixture()}></mbc-indicators></div>`);
    const el = host.querySelector('mbc-indicators')!;
    for (const chart of charts(el)) await drawn(chart);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of deepQueryAll<HTMLElement>(el.shadowRoot!, 'mbc-chart, select, mbc-kpi')) {
      expect(node.getBoundingClientRect().width, node.localName).to.be.at.most(320);
    }
  });
});
