import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/mbc-implementation-costs/mbc-implementation-costs.js';
import '../../components/mbc-data-source/mbc-data-source.js';
import type { MbcImplementationCosts } from '../../components/mbc-implementation-costs/mbc-implementation-costs.component.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { MbcKpi } from '../../components/mbc-kpi/mbc-kpi.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';
import { deepQueryAll, deepText, waitForDeep } from './helpers.js';

const FIXTURE = '/test/fixtures/implementation-costs-small.json';
const MALFORMED = '/test/fixtures/implementation-costs-malformed.json';
const SAMPLE = '/data/business-case.haaglanden.json';

async function loadModel(): Promise<Record<string, unknown>> {
  return (await fetch(FIXTURE)).json();
}

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

function charts(el: Element): MbcChart[] {
  return [...el.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')];
}

function chart(el: Element, heading: string): MbcChart {
  const found = charts(el).find((c) => c.heading.startsWith(heading));
  if (!found) throw new Error(`no chart "${heading}"`);
  return found;
}

function tiles(el: Element): Array<[string, string]> {
  return [...el.shadowRoot!.querySelectorAll<MbcKpi>('mbc-kpi')].map((k) => [k.label, nbsp(k.value)]);
}

async function drawn(c: MbcChart): Promise<void> {
  await waitUntil(() => c.shadowRoot!.querySelector('g.mark-text text'), `chart "${c.heading}" drawn`, { timeout: 15000 });
}

/** The texts Vega drew as text marks, in order. */
function markTexts(c: MbcChart): string[] {
  return [...c.shadowRoot!.querySelectorAll('g.mark-text.role-mark text')].map((t) => nbsp(t.textContent ?? ''));
}

async function openTable(c: MbcChart): Promise<string[][]> {
  c.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!.click();
  await c.updateComplete;
  return [...c.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => nbsp(td.textContent!.trim())));
}

describe('mbc-implementation-costs', () => {
  it('renders bars for costs per year, per item, per stakeholder and the local team’s hours from a model', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs .model=${await loadModel()}></mbc-implementation-costs>`);
    expect(charts(el).map((c) => c.heading)).to.deep.equal([
      'Incidentele en structurele kosten per jaar',
      'Kosten per kostenpost (contante waarde)',
      'Kosten per belanghebbende (contante waarde)',
      'Benodigde capaciteit van het lokale team (uren en fte per jaar)',
    ]);
    for (const c of charts(el)) await drawn(c);
    const bars = (c: MbcChart) => c.shadowRoot!.querySelectorAll('g.mark-rect path').length;
    // Per year: incidental in 2025 and 2026, structural in all four years.
    expect(bars(chart(el, 'Incidentele'))).to.equal(6);
    // Per item: training, analysis, reflection, project lead, GI hours 2a.
    expect(bars(chart(el, 'Kosten per kostenpost'))).to.equal(5);
    // Hours: incidental in 2025 and 2026, structural in all four years.
    expect(bars(chart(el, 'Benodigde capaciteit'))).to.equal(6);
  });

  it('shows the key figures, with the local team’s hours and FTE at the model’s productive hours', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs .model=${await loadModel()}></mbc-implementation-costs>`);
    // Region: incidental 88,400 + 19,200; structural in 2028: 220,800; hours in 2028: 1,640
    // (see test/unit/select/capacity.test.ts) at 1,200 productive hours per FTE.
    expect(tiles(el)).to.deep.equal([
      ['Contante waarde van de kosten', '€ 800,6K'],
      ['Incidentele kosten', '€ 107,6K'],
      ['Structurele kosten per jaar', '€ 220,8K'],
      ['Uren lokaal team per jaar', '1.640'],
      ['Fte lokaal team', '1,4'],
    ]);
    const kpis = [...el.shadowRoot!.querySelectorAll<MbcKpi>('mbc-kpi')];
    expect(nbsp(kpis[0]!.note)).to.equal('€ 800.551 · 2025 tot en met 2028, discontovoet 10%');
    expect(nbsp(kpis[1]!.note)).to.equal('€ 107.600 · totaal, niet verdisconteerd');
    expect(nbsp(kpis[2]!.note)).to.equal('€ 220.800 · bij volledige ingroei (2028)');
    expect(kpis.map((k) => k.illustrative)).to.deep.equal([true, true, true, true, true]);
    expect(nbsp(kpis[3]!.note)).to.equal('in 2028; het meest in 2026: 1.880 uur');
    expect(kpis[4]!.note).to.equal('in 2028, bij 1.200 productieve uren per fte (uit het model)');
    expect(deepText(el.shadowRoot!)).to.contain('Berekend voor: de regio (totaal van 2 gemeenten)');
  });

  it('the productive-hours attribute overrides the model', async () => {
    const el = await fixture<MbcImplementationCosts>(
      html`<mbc-implementation-costs productive-hours="800" .model=${await loadModel()}></mbc-implementation-costs>`,
    );
    const kpis = [...el.shadowRoot!.querySelectorAll<MbcKpi>('mbc-kpi')];
    // 1,640 ÷ 800 = 2.05
    expect(kpis[4]!.value).to.equal('2,1');
    expect(kpis[4]!.note).to.equal('in 2028, bij 800 productieve uren per fte (ingesteld op de pagina)');
  });

  it('shows no illustratief badge when every value has a source', async () => {
    const model = await loadModel();
    model.parameters = (model.parameters as Array<Record<string, unknown>>).map(({ illustrative: _drop, ...p }) => p);
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs .model=${model}></mbc-implementation-costs>`);
    expect([...el.shadowRoot!.querySelectorAll<MbcKpi>('mbc-kpi')].map((k) => k.illustrative)).to.deep.equal([false, false, false, false, false]);
    expect(el.shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
  });

  it('the table toggle shows the same numbers the charts draw', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs .model=${await loadModel()}></mbc-implementation-costs>`);
    const perYear = chart(el, 'Incidentele');
    await drawn(perYear);
    const rows = await openTable(perYear);
    expect(rows).to.deep.equal([
      ['2025', '€ 88.400', '€ 145.600', '€ 234.000'],
      ['2026', '€ 19.200', '€ 220.800', '€ 240.000'],
      ['2027', '€ 0', '€ 220.800', '€ 220.800'],
      ['2028', '€ 0', '€ 220.800', '€ 220.800'],
    ]);
    // The text marks are the year (start of the row) and the total (end of the row).
    expect(markTexts(perYear)).to.deep.equal([...rows.map((r) => r[0]), ...rows.map((r) => r[3])]);

    const capacity = chart(el, 'Benodigde capaciteit');
    await drawn(capacity);
    const hours = await openTable(capacity);
    expect(hours.map((r) => [r[0], r[3], r[4]])).to.deep.equal([
      ['2025', '1.180', '0,98'],
      ['2026', '1.880', '1,6'],
      ['2027', '1.640', '1,4'],
      ['2028', '1.640', '1,4'],
    ]);
    expect(markTexts(capacity).slice(4)).to.deep.equal(hours.map((r) => `${r[3]} uur · ${r[4]} fte`));

    const perItem = chart(el, 'Kosten per kostenpost');
    await drawn(perItem);
    const items = await openTable(perItem);
    const texts = markTexts(perItem);
    expect(texts.slice(items.length)).to.deep.equal(items.map((r) => r[3]));
    // Each item's name is isolated (U+2068 … U+2069), so a name with bidi controls cannot reverse "(kind)".
    expect(texts.slice(0, items.length)).to.deep.equal(items.map((r) => `\u2068${r[0]}\u2069 (${r[1]})`));
  });

  it('lists every cost item with its formula and source, and an illustratief badge where a value has no source', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs .model=${await loadModel()}></mbc-implementation-costs>`);
    const table = el.shadowRoot!.querySelector('table[part="items-table"]')!;
    const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(head).to.deep.equal(['Kostenpost', 'Soort', 'Belanghebbende', 'Formule', '2025', '2026', '2027', '2028', 'Contante waarde', 'Bron']);
    const training = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.includes('Starttraining'))!;
    // The badge's word, which explains itself (a term with a "?" button) once the glossary is in.
    const badge = training.querySelector('[part="badge"]')!;
    expect((badge.querySelector('.term-word') ?? badge).textContent!.trim()).to.equal('illustratief');
    expect(badge.hasAttribute('title')).to.equal(false);
    const cells = [...training.querySelectorAll('td')].map((td) => nbsp(td.textContent!.trim()));
    expect(cells.slice(0, 3)).to.deep.equal([
      'incidenteel',
      'Lokaal Team',
      '30 medewerkers (som van 2 gemeenten) × 4 dagdelen × 4 uur per dagdeel × € 80 per uur × ingroei (1; 0,5)',
    ]);
    expect(cells.slice(3, 7)).to.deep.equal(['€ 38.400', '€ 19.200', '€ 0', '€ 0']);
    expect(cells.at(-1)).to.equal('seed 003');
    // The GI's hours are sourced and priced at an illustrative rate; benefits are not listed.
    expect(deepText(table)).not.to.contain("Minder VTO's");
  });

  it('offers the items table as CSV', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs .model=${await loadModel()}></mbc-implementation-costs>`);
    const exported = oneEvent(el, 'mbc-export');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="items"] button[part="export"]')!.click();
    expect((await exported).detail).to.deep.equal({ kind: 'csv', fileName: 'kostenposten-met-formule-en-bron-regio-totaal.csv' });
  });

  it('shows an alert that names the problems and fires mbc-error for a malformed model file', async () => {
    const el = document.createElement('mbc-implementation-costs');
    const error = oneEvent(el, 'mbc-error');
    el.src = MALFORMED;
    document.body.append(el);
    const event = await error;
    expect(event.detail.errors.map((e: { code: string }) => e.code)).to.deep.equal([
      'unknown-parameter',
      'year-outside-horizon',
      'factor-not-number',
      'unknown-stakeholder',
    ]);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('Er zijn 4 problemen met de gegevens.');
    // Model files are validated where they are loaded, so each problem names file, line and column.
    expect(alert).to.contain(
      'implementation-costs-malformed.json: Regel 131, kolom 9, $.items[0].unitCost[0]: Onbekende parameter "lt_rat". Bedoelde u "lt_rate"?',
    );
    expect(el.shadowRoot!.querySelector('mbc-chart')).to.equal(null);
    // A language switch translates the alert's heading (the file's messages keep the language
    // they were loaded in) and does not report the same model again.
    let again = 0;
    el.addEventListener('mbc-error', () => again++);
    el.lang = 'en';
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.includes('There are 4 problems'), 'alert in English');
    expect(again).to.equal(0);
    el.remove();
  });

  it('never throws into the page for a model that is not a model', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs .model=${{ format: 'iets anders' }}></mbc-implementation-costs>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('format');
  });

  it('switches language', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs lang="en" .model=${await loadModel()}></mbc-implementation-costs>`);
    expect(charts(el)[0]!.heading).to.equal('Incidental and structural costs per year');
    expect(tiles(el)[0]).to.deep.equal(['Present value of the costs', '€800.6k']);
    el.lang = 'nl';
    await waitUntil(() => charts(el)[0]!.heading === 'Incidentele en structurele kosten per jaar', 'heading in Dutch');
    expect(tiles(el)[0]).to.deep.equal(['Contante waarde van de kosten', '€ 800,6K']);
    expect(deepText(el.shadowRoot!)).to.contain('Toon tabel');
    expect(deepText(el.shadowRoot!)).not.to.contain('Show table');
  });

  it('follows the scenario and the municipality of a shared <mbc-data-source>', async () => {
    const container = await fixture(html`<div>
      <mbc-data-source id="costs-src"></mbc-data-source>
      <mbc-implementation-costs source="costs-src"></mbc-implementation-costs>
    </div>`);
    const source = container.querySelector<MbcDataSource>('mbc-data-source')!;
    const el = container.querySelector<MbcImplementationCosts>('mbc-implementation-costs')!;
    source.model = await loadModel();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('mbc-kpi').length === 5, 'tiles');
    expect(tiles(el)[3]).to.deep.equal(['Uren lokaal team per jaar', '1.640']);

    // Pessimistic: 0.5 × 30 hours per case: analysis (100 + 40) × 15 = 2,100, plus reflection 240.
    source.store.setFilters({ scenario: 'pessimistic' });
    await el.updateComplete;
    expect(tiles(el)[3]).to.deep.equal(['Uren lokaal team per jaar', '2.340']);
    expect(deepText(el.shadowRoot!)).to.contain('scenario Pessimistisch');

    // One municipality, by label as the data bundle names it: Rijswijk's hours at its own 1,000 hours per FTE.
    source.store.setFilters({ scenario: '', municipalities: ['Rijswijk'] });
    await el.updateComplete;
    expect(tiles(el).slice(3)).to.deep.equal([
      ['Uren lokaal team per jaar', '480'],
      ['Fte lokaal team', '0,48'],
    ]);
    // Rijswijk has no region items: no project lead.
    expect(deepText(el.shadowRoot!.querySelector('table[part="items-table"]')!)).not.to.contain('Projectleider');

    // Several: the sum, without the region-wide items, with a note.
    source.store.setFilters({ municipalities: ['Delft', 'rijswijk'] });
    await el.updateComplete;
    expect(tiles(el)[3]).to.deep.equal(['Uren lokaal team per jaar', '1.640']);
    expect(deepText(el.shadowRoot!)).to.contain('de som van Delft, Rijswijk');
    expect(deepText(el.shadowRoot!)).to.contain('Regionale kostenposten');

    // An unknown municipality: the region total, with a note.
    source.store.setFilters({ municipalities: ['Atlantis'] });
    await el.updateComplete;
    expect(deepText(el.shadowRoot!)).to.contain('Het model heeft geen eigen waarden voor Atlantis. Daarom wordt het regiototaal getoond.');
  });

  it('the municipality and scenario attributes override the shared filters', async () => {
    const el = await fixture<MbcImplementationCosts>(
      html`<mbc-implementation-costs municipality="rijswijk" scenario="optimistic" .model=${await loadModel()}></mbc-implementation-costs>`,
    );
    // Optimistic: 40 × 0.3 × 20 = 240 hours of analysis, plus 80 reflection.
    expect(tiles(el)[3]).to.deep.equal(['Uren lokaal team per jaar', '320']);
  });

  it('variant="tiles" shows only the tiles', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs variant="tiles" .model=${await loadModel()}></mbc-implementation-costs>`);
    expect(el.shadowRoot!.querySelectorAll('mbc-kpi').length).to.equal(5);
    expect(el.shadowRoot!.querySelector('mbc-chart')).to.equal(null);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('renders the Haaglanden sample model', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs src=${SAMPLE}></mbc-implementation-costs>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('mbc-kpi').length === 5, 'tiles', { timeout: 15000 });
    // The last year (model version 2): 24,482.304 hours (the running OTS stock at 0.77 of its start;
    // see test/unit/select/capacity.test.ts), at 1,300 productive hours per FTE (illustrative).
    expect(tiles(el).slice(3)).to.deep.equal([
      ['Uren lokaal team per jaar', '24.482'],
      ['Fte lokaal team', '18,8'],
    ]);
    expect([...el.shadowRoot!.querySelectorAll<MbcKpi>('mbc-kpi')].every((k) => k.illustrative)).to.equal(true);
    await waitForDeep(el.shadowRoot!, 'g.mark-rect path', 10);
  });

  it('passes axe', async () => {
    const el = await fixture<MbcImplementationCosts>(html`<mbc-implementation-costs .model=${await loadModel()}></mbc-implementation-costs>`);
    for (const c of charts(el)) await drawn(c);
    await expect(el).to.be.accessible();
  });

  it('fits in 320 px without horizontal scrolling', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
    const el = document.createElement('mbc-implementation-costs');
    el.model = await loadModel();
    box.append(el);
    await el.updateComplete;
    for (const c of charts(el)) await drawn(c);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.scrollWidth).to.be.at.most(320);
    for (const svg of deepQueryAll<SVGSVGElement>(el.shadowRoot!, 'svg.marks')) expect(svg.getBoundingClientRect().width).to.be.at.most(321);
  });
});
