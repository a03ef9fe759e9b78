import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/mbc-business-case/mbc-business-case.js';
import '../../components/mbc-data-source/mbc-data-source.js';
import type { MbcBusinessCase } from '../../components/mbc-business-case/mbc-business-case.component.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';
import { applyScenario, computeBusinessCase } from '../../src/model/index.js';
import type { BusinessCaseModel, BusinessCaseResult } from '../../src/model/index.js';
import { formatEuro } from '../../src/format/number.js';
import { deepQueryAll, deepText, waitForDeep } from './helpers.js';

const FIXTURE = '/test/fixtures/business-case-small.json';
const MALFORMED = '/data/examples/business-case-met-fouten.json';

async function loadModel(): Promise<BusinessCaseModel> {
  return (await fetch(FIXTURE)).json();
}

const charts = (el: MbcBusinessCase) => [...el.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')];
const tile = (el: MbcBusinessCase, label: string) => [...el.shadowRoot!.querySelectorAll('mbc-kpi')].find((k) => k.label === label)!;
const slider = (el: MbcBusinessCase, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-parameter="${id}"]`)!;

/** Move a slider the way a user does: value, then `input` (and `change` on release). */
function moveSlider(input: HTMLInputElement, value: number, release = true): void {
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (release) input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('mbc-business-case', () => {
  it('renders bars, the cumulative line and its points from a model file', async () => {
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case src=${FIXTURE} runs="500"></mbc-business-case>`);
    await waitUntil(() => charts(el)[0]?.shadowRoot?.querySelector('g.mark-rect path'), 'year chart drawn', { timeout: 15000 });
    const year = charts(el)[0]!;
    await waitUntil(() => year.shadowRoot!.querySelectorAll('g.mark-rect path').length === 6, 'six bars');
    // Costs and benefits in 2025, 2026 and 2027; one cumulative line with three points.
    expect(year.shadowRoot!.querySelectorAll('g.mark-rect path').length).to.equal(6);
    expect(year.shadowRoot!.querySelectorAll('g.mark-line.role-mark path').length).to.equal(1);
    expect(year.shadowRoot!.querySelectorAll('g.mark-symbol.role-mark path').length).to.equal(3);
    // Sensitivity and Monte Carlo arrive from the worker; then the break-even chart takes the top parameter.
    await waitUntil(() => charts(el).length === 5 && charts(el)[4]!.heading.includes('Aandeel'), 'analyses', { timeout: 15000 });
    expect(charts(el).map((c) => c.heading)).to.deep.equal([
      'Kosten en baten per jaar, met het cumulatieve saldo',
      'Wie betaalt en wie profiteert (contante waarde)',
      'Gevoeligheid: netto contante waarde bij de laagste en hoogste waarde van elke aanname',
      'Monte Carlo: verdeling van de netto contante waarde',
      'Omslagpunt: netto contante waarde bij andere waarden van "Aandeel voorkomen raadsonderzoeken"',
    ]);
  });

  it('opens on the region total at the model’s own values, with tiles, PM-posts, assumptions and items', async () => {
    const model = await loadModel();
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case .model=${model} runs="500"></mbc-business-case>`);
    const expected = computeBusinessCase(model);
    expect(el.result!.totals).to.deep.equal(expected.totals);
    expect(el.result!.basis).to.deep.equal({ kind: 'region', municipalities: ['delft', 'den-haag', 'rijswijk'] });
    // 17522.73 → € 17.523 (Intl writes a no-break space after the euro sign).
    expect(tile(el, 'Netto contante waarde').value).to.equal(formatEuro(17522.727272727236));
    expect(tile(el, 'Netto contante waarde').value.replace(/\u00a0/g, ' ')).to.equal('€ 17.523');
    expect(tile(el, 'Baten-kostenverhouding').value).to.equal('1,05');
    expect(tile(el, 'Terugverdiend in').value).to.equal('2027');
    expect(tile(el, 'Netto contante waarde').illustrative).to.equal(true);
    const text = deepText(el.shadowRoot!);
    expect(text).to.contain('Regio (totaal van 3 gemeenten)');
    expect(text).to.contain('Gezinnen voelen zich gehoord');
    expect(text).to.contain('Seed 003: 20 tot 30 uur per casus');
    expect(text).to.contain('45 gezinnen (som van 3 gemeenten) × 20 uur × € 100'.replace(/ € /g, ' €\u00a0'));
    const badges = el.shadowRoot!.querySelectorAll('.badge');
    expect(badges.length).to.be.greaterThan(0);
    expect(badges[0]!.textContent).to.equal('illustratief');
    // One slider per parameter with a range, each with a visible label.
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="range"]')];
    expect(inputs.map((i) => i.dataset.parameter)).to.deep.equal(['extra-uren', 'uurtarief', 'kosten-raadsonderzoek', 'aandeel-voorkomen']);
    for (const input of inputs) expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent!.trim()).not.to.equal('');
    // The slider moves by 1% of its range (€ 0,40), not by a tenth of a euro.
    expect([inputs[1]!.min, inputs[1]!.max, inputs[1]!.step, inputs[1]!.value]).to.deep.equal(['80', '120', '0.4', '100']);
    expect(inputs[3]!.step).to.equal('0.005');
  });

  it('shows an alert with the JSON paths and fires mbc-error for a malformed model file', async () => {
    const el = document.createElement('mbc-business-case');
    const error = oneEvent(el, 'mbc-error');
    const computed: Event[] = [];
    el.addEventListener('mbc-computed', (e) => computed.push(e));
    el.src = MALFORMED;
    document.body.append(el);
    const event = await error;
    expect(event.detail.errors.map((e: { code: string }) => e.code)).to.deep.equal(['duplicate-id', 'unknown-parameter']);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('Er zijn 2 problemen met de gegevens.');
    // File, line and column (of the duplicate "id" and of the "uurtarif" factor), then the JSON path.
    expect(alert).to.contain('business-case-met-fouten.json: Regel 74, kolom 13, $.parameters[6].id: Id "extra-uren" komt dubbel voor');
    expect(alert).to.contain(
      'business-case-met-fouten.json: Regel 125, kolom 9, $.items[2].unitCost[0]: Onbekende parameter "uurtarif". Bedoelde u "uurtarief"?',
    );
    expect(el.result).to.equal(null);
    expect(computed.length).to.equal(0);
    el.remove();
  });

  it('shows an alert with the JSON paths and fires mbc-error for a malformed model object', async () => {
    const model = await (await fetch(MALFORMED)).json();
    const el = document.createElement('mbc-business-case');
    const error = oneEvent(el, 'mbc-error');
    el.model = model;
    document.body.append(el);
    const event = await error;
    expect(event.detail.errors.map((e: { code: string; path: string }) => [e.code, e.path])).to.deep.equal([
      ['duplicate-id', '$.parameters[6].id'],
      ['unknown-parameter', '$.items[2].unitCost[0]'],
    ]);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('$.items[2].unitCost[0]: Onbekende parameter "uurtarif". Bedoelde u "uurtarief"?');
    expect(el.shadowRoot!.querySelectorAll('mbc-chart').length).to.equal(0);
    expect(el.result).to.equal(null);
    // Fixing the model shows the view, once.
    el.model = await loadModel();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.result).not.to.equal(null);
    el.remove();
  });

  it('switches language', async () => {
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case lang="en" .model=${await loadModel()} runs="500"></mbc-business-case>`);
    expect(charts(el)[0]!.heading).to.equal('Costs and benefits per year, with the cumulative balance');
    expect(tile(el, 'Net present value').value).to.equal('€17,523');
    expect(deepText(el.shadowRoot!)).to.contain('What if? Adjust the assumptions');
    el.lang = 'nl';
    await waitUntil(() => charts(el)[0]!.heading === 'Kosten en baten per jaar, met het cumulatieve saldo', 'heading in Dutch');
    await charts(el)[0]!.updateComplete;
    expect(deepText(el.shadowRoot!)).to.contain('Toon tabel');
    expect(deepText(el.shadowRoot!)).not.to.contain('Show table');
    expect(tile(el, 'Netto contante waarde')?.label).to.equal('Netto contante waarde');
  });

  it('the table toggle shows the same numbers as the chart draws', async () => {
    const model = await loadModel();
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case .model=${model} municipality="Delft" runs="500"></mbc-business-case>`);
    const year = charts(el)[0]!;
    await waitUntil(() => year.view, 'year chart drawn', { timeout: 15000 });
    year.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!.click();
    await year.updateComplete;
    const rows = [...year.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    // What Vega holds for the marks it drew: the rows of its data sets, with their tooltips.
    const drawn = [...year.view!.data('bars'), ...year.view!.data('line')] as Array<{ year: string; series: string; tip: Record<string, string> }>;
    const text = (year: string, series: string) => drawn.find((d) => d.year === year && d.series === series)?.tip.Bedrag;
    expect(rows.length).to.equal(3);
    for (const [yearLabel, costs, benefits, cumulative] of rows) {
      expect(text(yearLabel!, 'costs')).to.equal(costs);
      expect(text(yearLabel!, 'benefits')).to.equal(benefits);
      expect(text(yearLabel!, 'cumulative')).to.equal(cumulative);
    }
    expect(rows.map((r) => r.map((c) => c.replace(/\u00a0/g, ' ')))).to.deep.equal([
      ['2025', '€ 20.000', '€ 12.500', '−€ 7.500'],
      ['2026', '€ 36.000', '€ 45.000', '€ 1.500'],
      ['2027', '€ 36.000', '€ 45.000', '€ 10.500'],
    ]);
  });

  it('moving a what-if slider updates result and fires mbc-computed with the new NPV', async () => {
    const model = await loadModel();
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case .model=${model} runs="500"></mbc-business-case>`);
    const before = el.result!.totals.npv;
    const input = slider(el, 'uurtarief');
    const computed = oneEvent(el, 'mbc-computed');
    moveSlider(input, 120, false);
    const event = await computed;
    const expected = computeBusinessCase(model, { values: { uurtarief: 120 } });
    const result: BusinessCaseResult = event.detail.result;
    // A higher hourly rate raises the costs: the NPV goes down, by (120 − 100) × 3711.570248.
    expect(result.totals.npv).to.be.lessThan(before);
    expect(result.totals.npv).to.equal(expected.totals.npv);
    expect(before - result.totals.npv).to.be.closeTo(20 * 3711.570248, 1e-5);
    expect(el.result).to.equal(result);
    await el.updateComplete;
    expect(tile(el, 'Netto contante waarde').value).to.equal(formatEuro(expected.totals.npv));
    expect(el.shadowRoot!.querySelector('output[for="whatif-uurtarief"]')!.textContent!.replace(/\u00a0/g, ' ')).to.equal('€ 120');
    // The assumptions table says the value was adjusted.
    expect(deepText(el.shadowRoot!.querySelector('[part="assumptions"]')!).replace(/\u00a0/g, ' ')).to.contain('aangepast (model: € 100)');
    // The view says how much the NPV changed against the model's own values.
    expect(
      el
        .shadowRoot!.querySelector('[part="change"]')!
        .textContent!.replace(/\u00a0/g, ' ')
        .trim(),
    ).to.equal(`NCW ${formatEuro(expected.totals.npv).replace(/\u00a0/g, ' ')}: −€ 74.231 ten opzichte van de eigen waarden van het model.`);
    // Releasing the slider updates the sensitivity around the new NPV (computed in the worker).
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const tornadoSummary = () => charts(el).find((c) => c.heading.startsWith('Gevoeligheid'))?.chart?.summary ?? '';
    await waitUntil(() => tornadoSummary().includes(`(nu ${formatEuro(expected.totals.npv)})`), 'tornado around the new NPV', { timeout: 15000 });
    // Reset brings the model's values back, and fires again.
    const again = oneEvent(el, 'mbc-computed');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="reset"]')!.click();
    expect((await again).detail.result.totals.npv).to.equal(before);
  });

  it('the scenario switch sets the shared filter and recomputes', async () => {
    const model = await loadModel();
    const container = await fixture(html`<div>
      <mbc-data-source id="bc-src"></mbc-data-source>
      <mbc-business-case source="bc-src" runs="500"></mbc-business-case>
    </div>`);
    const source = container.querySelector<MbcDataSource>('mbc-data-source')!;
    const el = container.querySelector<MbcBusinessCase>('mbc-business-case')!;
    const first = oneEvent(el, 'mbc-computed');
    source.model = model;
    expect((await first).detail.result.totals.npv).to.equal(computeBusinessCase(model).totals.npv);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#scenario')!;
    // "Verwacht" equals the model's own values: offered once (issue 11).
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Verwacht (Eigen waarden van het model)', 'Pessimistisch', 'Optimistisch']);
    const filterChange = oneEvent(source, 'mbc-filter-change');
    const computed = oneEvent(el, 'mbc-computed');
    select.value = 'pessimistic';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await filterChange).detail.filters.scenario).to.equal('pessimistic');
    const result = (await computed).detail.result as BusinessCaseResult;
    expect(result.totals.npv).to.equal(computeBusinessCase(applyScenario(model, 'pessimistic')).totals.npv);
    expect(result.totals.npv).to.be.lessThan(computeBusinessCase(model).totals.npv);
    expect(el.shadowRoot!.querySelector('[part="case"]')!.textContent).to.equal('Regio (totaal van 3 gemeenten) · Scenario: Pessimistisch');
    // A scenario set elsewhere (the filter bar) shows in the switch too.
    source.store.setFilters({ scenario: 'optimistic' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select#scenario')!.value).to.equal('optimistic');
  });

  it('follows the municipality filter: one, several (summed) and the bundle’s names', async () => {
    const model = await loadModel();
    const container = await fixture(html`<div>
      <mbc-data-source id="bc-src-m"></mbc-data-source>
      <mbc-business-case source="bc-src-m" runs="500"></mbc-business-case>
    </div>`);
    const source = container.querySelector<MbcDataSource>('mbc-data-source')!;
    const el = container.querySelector<MbcBusinessCase>('mbc-business-case')!;
    source.model = model;
    await el.updateComplete;
    const one = oneEvent(el, 'mbc-computed');
    source.store.setFilters({ municipalities: ['Den Haag'] });
    expect((await one).detail.result.basis).to.deep.equal({ kind: 'municipality', municipality: 'den-haag', label: 'Den Haag' });
    const several = oneEvent(el, 'mbc-computed');
    source.store.setFilters({ municipalities: ['Delft', 'Rijswijk'] });
    const sum = (await several).detail.result as BusinessCaseResult;
    // Delft 8119.83 + Rijswijk −8956.61 (see the select tests); payback 2027.
    expect(sum.totals.npv).to.be.closeTo(-836.77686, 1e-5);
    expect(sum.totals.paybackYear).to.equal(2027);
    await el.updateComplete;
    const text = deepText(el.shadowRoot!);
    expect(text).to.contain('Som van Delft en Rijswijk');
    // The region item no municipality carries is named next to the total.
    expect(text).to.contain('Niet in dit totaal: Projectleiding. Deze regionale posten draagt geen gemeente');
  });

  it('does not fire mbc-computed before data arrives, and fires once when it does', async () => {
    const el = document.createElement('mbc-business-case');
    el.runs = 200;
    const events: CustomEvent[] = [];
    el.addEventListener('mbc-computed', (e) => events.push(e));
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(events.length).to.equal(0);
    expect(el.result).to.equal(null);
    el.model = await loadModel();
    await waitUntil(() => events.length > 0, 'computed after data');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(events.length).to.equal(1);
    // Switching the language re-renders but does not recompute the figures: no event.
    el.lang = 'en';
    await el.updateComplete;
    expect(events.length).to.equal(1);
    el.remove();
  });

  it('shows only the tiles in the tiles variant', async () => {
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case variant="tiles" .model=${await loadModel()}></mbc-business-case>`);
    expect(el.shadowRoot!.querySelectorAll('mbc-kpi').length).to.equal(5);
    expect(el.shadowRoot!.querySelectorAll('mbc-chart').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('input').length).to.equal(0);
  });

  it('chooses the break-even parameter', async () => {
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case .model=${await loadModel()} runs="500"></mbc-business-case>`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#break-even-parameter')!;
    select.value = 'uurtarief';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const chart = charts(el).find((c) => c.heading.startsWith('Omslagpunt'))!;
    // 388679.752066 / 3711.570248 = € 104,72 (see the select tests).
    expect(chart.chart!.summary.replace(/\u00a0/g, ' ')).to.equal('Bij Uurtarief = € 104,72 is de netto contante waarde nul; nu is het € 100 (NCW € 17.523).');
  });

  it('fits 320 px without scrolling sideways', async () => {
    /** The heading of the chart an element is drawn in, or "view". */
    const chartOf = (e: Element): string => {
      for (let root = e.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
        if (root.host.localName === 'mbc-chart') return (root.host as MbcChart).heading;
      }
      return 'view';
    };
    const box = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><mbc-business-case .model=${await loadModel()} runs="500"></mbc-business-case></div>`,
    );
    const el = box.querySelector<MbcBusinessCase>('mbc-business-case')!;
    el.shadowRoot!.querySelector('details.whatif')!.setAttribute('open', '');
    await waitUntil(() => charts(el).length === 5 && charts(el).every((c) => c.view), 'all charts drawn', { timeout: 15000 });
    const right = box.getBoundingClientRect().right;
    const overflowing = () =>
      deepQueryAll(el.shadowRoot!, '*')
        .filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > right + 0.5)
        .map((e) => `${e.localName}${e.id ? `#${e.id}` : ''} (${chartOf(e)})`);
    // A chart redraws when its container's width settles (a ResizeObserver); on a loaded machine
    // that can come after the first draw. What counts is the layout the reader ends up with.
    await waitUntil(() => overflowing().length === 0, 'nothing wider than 320 px', { timeout: 10000 }).catch(() => undefined);
    expect(overflowing()).to.deep.equal([]);
    expect(box.scrollWidth).to.equal(320);
  });

  it('passes axe', async () => {
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case .model=${await loadModel()} runs="500"></mbc-business-case>`);
    await waitForDeep(el.shadowRoot!, 'g.mark-rect path', 6);
    await waitUntil(() => charts(el).length === 5, 'analyses', { timeout: 15000 });
    await waitUntil(() => charts(el).every((c) => c.view), 'all charts drawn', { timeout: 15000 });
    await expect(el).to.be.accessible();
    expect(deepQueryAll(el.shadowRoot!, '[role="alert"]').length).to.equal(0);
  });
});
