import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/mbc-business-case/mbc-business-case.js';
import type { MbcBusinessCase } from '../../components/mbc-business-case/mbc-business-case.component.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import { analysisStats } from '../../components/mbc-business-case/analyses-client.js';
import type { Bundle } from '../../src/data/types.js';
import type { BusinessCaseModel } from '../../src/model/index.js';
import { deepQueryAll, deepText } from './helpers.js';

// The version-2 fixture: two municipalities (Delft 30 and Wassenaar 10 planned indications 2a),
// capacity and cash items, a start-up training shared by LT and municipality, a regional
// programme lead allocated by inhabitants (Delft 100,000 of 120,000), a regional website nobody
// carries, alternatives "Doorgaan" (no start-up) and "Stoppen" (nothing), and a binding to the
// 2a indications of 2024 in the small bundle (Delft 54; Wassenaar has suppressed quarters).
const MODEL = '/test/fixtures/business-case-v2.json';
const BUNDLE = '/test/fixtures/small-bundle.json';
const SMALL = '/test/fixtures/business-case-small.json';

const load = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
const text = (root: Node) =>
  deepText(root)
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
const charts = (el: MbcBusinessCase) => [...el.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')];
const part = (el: MbcBusinessCase, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const analysed = (el: MbcBusinessCase) =>
  waitUntil(() => charts(el).length === 5 && !el.shadowRoot!.querySelector('[part="chance"]')?.textContent?.includes('…'), 'analyses', { timeout: 20000 });

async function view(template: ReturnType<typeof html>): Promise<MbcBusinessCase> {
  const el = await fixture<MbcBusinessCase>(template);
  await el.updateComplete;
  return el;
}

describe('mbc-business-case with a version-2 model', () => {
  it('says what the case means for the municipal budget and in capacity, overall and per stakeholder', async () => {
    const el = await view(html`<mbc-business-case .model=${await load<BusinessCaseModel>(MODEL)} runs="200"></mbc-business-case>`);
    const cash = text(part(el, 'cash')!);
    // Gemeente and Lokaal Team are the municipality's own: cash −117,800, capacity −164,480.
    expect(cash).to.contain('Voor de gemeentekas: −€ 117.800; aan vrijgekomen capaciteit: −€ 164.480.');
    expect(cash).to.contain('per saldo meer uren van eigen medewerkers');
    expect(cash).to.contain('Over alle partijen: −€ 117.800 in geld en −€ 164.480 aan capaciteit; samen de netto contante waarde van −€ 282.280.');
    const rows = [...part(el, 'cash')!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\u00a0/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['Gemeente', '−€ 117.800', '−€ 1.600', '−€ 119.400'],
      ['Lokaal Team', '€ 0', '−€ 162.880', '−€ 162.880'],
      ['Rijk', '€ 0', '€ 0', '€ 0'],
    ]);
  });

  it('puts the alternatives side by side, naming the items each leaves out', async () => {
    const el = await view(html`<mbc-business-case .model=${await load<BusinessCaseModel>(MODEL)} scenario="doorgaan" runs="200"></mbc-business-case>`);
    const rows = [...part(el, 'alternatives')!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) =>
        c
          .textContent!.replace(/\u00a0/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
    expect(rows).to.deep.equal([
      // BCR 280,320 / 562,600 and 280,320 / 559,400.
      ['Verwacht (Eigen waarden van het model)', '−€ 282.280', '0,5', 'niet binnen 3 jaar', '−€ 117.800', '−€ 164.480', 'geen'],
      ['Doorgaangetoond', '−€ 279.080', '0,5', 'niet binnen 3 jaar', '−€ 117.800', '−€ 161.280', 'Starttraining'],
      ['Stoppen', '€ 0', '–', '–', '€ 0', '€ 0', 'alle posten: geen kosten en baten meer ten opzichte van het nulalternatief'],
    ]);
    expect(part(el, 'alternatives')!.querySelector('tr[aria-current="true"] th')!.textContent).to.contain('Doorgaan');
    // The left-out item is listed in the items table, marked, with amount 0.
    const start = [...el.shadowRoot!.querySelectorAll('[part="items"] tbody tr')].find((tr) => tr.textContent!.includes('Starttraining'))!;
    expect(start.querySelector('[part="excluded"]')!.textContent).to.equal('weggelaten in dit alternatief');
  });

  it('shows the realised figures against the plan, with a notice naming the suppressed binding', async () => {
    const [model, bundle] = await Promise.all([load<BusinessCaseModel>(MODEL), load<Bundle>(BUNDLE)]);
    const el = await view(html`<mbc-business-case .model=${model} .bundle=${bundle} runs="200"></mbc-business-case>`);
    const realised = part(el, 'realised')!;
    expect(text(realised)).to.contain('Gerealiseerd: gepland tegen de gegevens');
    // Delft 54 from the data, Wassenaar's plan of 10: used 64 against the planned 40.
    const row = [...realised.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(row).to.deep.equal([['Indicaties 2a per jaar', '2024', '40 indicaties', '64 indicaties', '1 van 2']]);
    expect(text(realised)).to.contain(`met de geplande volumes −€ 282.280 (verschil −€ ${(338728 - 282280).toLocaleString('nl-NL')})`);
    const fallback = realised.querySelector('[part="fallbacks"]')!;
    expect(text(fallback)).to.contain('Niet uit de gegevens (1); daar rekent het model met de geplande waarde:');
    expect(text(fallback)).to.contain('Indicaties 2a per jaar, Wassenaar: afgeschermd (kleine aantallen); gebruikt 10');
    // The hidden count of Wassenaar's suppressed quarters appears nowhere.
    expect(deepQueryAll(el.shadowRoot!, '[role="alert"]')).to.deep.equal([]);
    // The formula traces the bound value to the data.
    expect(text(part(el, 'items')!)).to.contain('64 indicaties (som van 2 gemeenten) (gegevens 2024, deels model)');
  });

  it('warns about a value outside its range by the assumption’s label, while the charts still draw', async () => {
    const model = await load<BusinessCaseModel>(MODEL);
    model.parameters.find((p) => p.id === 'aandeel-bereikt')!.value = 1.2; // range 0.5 … 1
    const el = await view(html`<mbc-business-case .model=${model} runs="200"></mbc-business-case>`);
    const warnings = part(el, 'warnings')!;
    expect(text(warnings)).to.contain('Opmerkingen bij het model (1)');
    expect(text(warnings)).to.contain('Aanname "Aandeel bereikt": Waarde 1.2 ligt buiten het bereik [0.5, 1] van parameter "aandeel-bereikt".');
    expect(deepQueryAll(el.shadowRoot!, '[role="alert"]')).to.deep.equal([]);
    await waitUntil(() => charts(el)[0]?.shadowRoot?.querySelectorAll('g.mark-rect path').length === 6, 'year chart drawn', { timeout: 15000 });
    expect(el.result!.totals.npv).to.be.lessThan(0);
  });

  it('marks a municipality’s share of an allocated region item, and names the item none carries', async () => {
    const el = await view(html`<mbc-business-case .model=${await load<BusinessCaseModel>(MODEL)} municipality="Delft" runs="200"></mbc-business-case>`);
    expect(text(part(el, 'region')!)).to.contain('Aandeel in regionale posten: Regionale programmaleiding (83,3%, verdeeld naar Inwoners).');
    expect(text(part(el, 'region')!)).to.contain(
      'Niet in dit totaal: Regionale website. Deze regionale posten draagt geen gemeente; in de regio samen −€ 5.000 contant.',
    );
    const lead = [...el.shadowRoot!.querySelectorAll('[part="items"] tbody tr')].find((tr) => tr.textContent!.includes('Regionale programmaleiding'))!;
    expect(lead.querySelector('[part="allocated"]')!.textContent).to.equal('aandeel 83,3% van een regionale post, verdeeld naar Inwoners');
    expect(lead.querySelector('.formula')!.textContent!.replace(/\u00a0/g, ' ')).to.equal('1 × € 60.000 × aandeel 83,33% (Inwoners)');
  });

  it('names the assumptions that differ per municipality for the region’s analyses; a municipality’s slider starts at its value from the data', async () => {
    const [model, bundle] = await Promise.all([load<BusinessCaseModel>(MODEL), load<Bundle>(BUNDLE)]);
    Object.assign(
      model.parameters.find((p) => p.id === 'indicaties-2a')!,
      { low: 0, high: 100 },
    );
    const region = await view(html`<mbc-business-case .model=${model} .bundle=${bundle} runs="200"></mbc-business-case>`);
    // Delft reads 54 from the data, Wassenaar keeps its own 10: the analyses put one value in both.
    expect(text(part(region, 'analyses-note')!)).to.contain('Eén aanname verschilt nu per gemeente (eigen waarden of gegevens): Indicaties 2a per jaar.');
    const select = region.shadowRoot!.querySelector<HTMLSelectElement>('#break-even-parameter')!;
    select.value = 'indicaties-2a';
    select.dispatchEvent(new Event('change'));
    await region.updateComplete;
    const breakEven = charts(region).find((c) => c.chart?.table.caption.includes('Indicaties 2a'))!;
    // The case's NPV with Delft's 54 and Wassenaar's 10, as in the realised figures: −€ 338,728.
    expect(breakEven.chart!.summary.replace(/\u00a0/g, ' ')).to.contain(
      'Nu verschilt "Indicaties 2a per jaar" per gemeente (eigen waarden of gegevens); daarmee is de netto contante waarde −€ 338.728.',
    );
    const delft = await view(html`<mbc-business-case .model=${model} .bundle=${bundle} municipality="Delft" runs="200"></mbc-business-case>`);
    expect(part(delft, 'analyses-note')).to.equal(null);
    const slider = delft.shadowRoot!.querySelector<HTMLInputElement>('input[data-parameter="indicaties-2a"]')!;
    expect(slider.value).to.equal('54');
    expect(slider.getAttribute('aria-valuetext')!.replace(/\u00a0/g, ' ')).to.equal('54 indicaties');
    const english = await view(html`<mbc-business-case lang="en" .model=${model} .bundle=${bundle} runs="200"></mbc-business-case>`);
    expect(text(part(english, 'analyses-note')!)).to.contain('One assumption now differs per municipality (own values or data): Indicaties 2a per jaar.');
  });

  it('speaks English', async () => {
    const [model, bundle] = await Promise.all([load<BusinessCaseModel>(MODEL), load<Bundle>(BUNDLE)]);
    const el = await view(html`<mbc-business-case lang="en" .model=${model} .bundle=${bundle} runs="200"></mbc-business-case>`);
    const all = text(el.shadowRoot!);
    expect(all).to.contain('For the municipal budget: -€');
    expect(all).to.contain('Alternatives side by side');
    expect(all).to.contain('Realised: planned against the data');
    expect(all).to.contain('Indicaties 2a per jaar, Wassenaar: suppressed (small numbers); used 10');
    expect(all).to.contain('Items left out');
  });

  it('passes axe with every section shown', async () => {
    const [model, bundle] = await Promise.all([load<BusinessCaseModel>(MODEL), load<Bundle>(BUNDLE)]);
    model.parameters.find((p) => p.id === 'aandeel-bereikt')!.value = 1.2;
    const el = await view(html`<mbc-business-case .model=${model} .bundle=${bundle} municipality="Delft" runs="200"></mbc-business-case>`);
    await analysed(el);
    await waitUntil(() => charts(el).every((c) => c.view), 'charts drawn', { timeout: 15000 });
    await expect(el).to.be.accessible();
  });
});

describe('mbc-business-case analyses in a Web Worker', () => {
  it('runs sensitivity and Monte Carlo in the worker, and a newer input cancels the older run', async () => {
    const before = { ...analysisStats };
    const el = await view(html`<mbc-business-case .model=${await load<BusinessCaseModel>(SMALL)} runs="2000" seed="1"></mbc-business-case>`);
    // Two newer inputs while the first run is in the worker (its answer needs a message, a task
    // later): each aborts the run before it.
    el.seed = 2;
    await el.updateComplete;
    el.seed = 3;
    await el.updateComplete;
    // Until the answer comes, the view says what it is computing where the two charts will be.
    const pending = () => el.shadowRoot!.querySelector('.analyses-pending[role="status"]');
    await waitUntil(() => pending(), 'the analyses status');
    expect(text(pending()!).trim()).to.equal('De gevoeligheid en de Monte Carlo-analyse (2.000 trekkingen) worden berekend …');
    await waitUntil(() => analysisStats.worker > before.worker, 'a run finished in the worker', { timeout: 20000 });
    await analysed(el);
    expect(pending()).to.equal(null);
    expect(analysisStats.cancelled - before.cancelled).to.equal(2);
    expect(analysisStats.mainThread).to.equal(before.mainThread);
    const mc = charts(el).find((c) => c.heading.startsWith('Monte Carlo'))!;
    await waitUntil(() => mc.chart!.summary.includes('2.000 trekkingen'), 'Monte Carlo summary');
  });

  it('does not rerun the analyses when the language changes', async () => {
    const el = await view(html`<mbc-business-case .model=${await load<BusinessCaseModel>(SMALL)} runs="500"></mbc-business-case>`);
    await waitUntil(() => charts(el).length === 5, 'analyses', { timeout: 20000 });
    const runs = analysisStats.worker + analysisStats.mainThread;
    el.lang = 'en';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(charts(el).find((c) => c.heading.startsWith('Monte Carlo'))!.heading).to.equal('Monte Carlo: distribution of the net present value');
    expect(analysisStats.worker + analysisStats.mainThread).to.equal(runs);
  });

  it('caps the runs at the engine’s limit of 1,000,000', async () => {
    const el = await view(html`<mbc-business-case .model=${await load<BusinessCaseModel>(SMALL)} runs="5000000"></mbc-business-case>`);
    await waitUntil(() => charts(el).some((c) => c.heading.startsWith('Monte Carlo')), 'Monte Carlo', { timeout: 30000 });
    const mc = charts(el).find((c) => c.heading.startsWith('Monte Carlo'))!;
    expect(mc.chart!.summary).to.contain('Bij 1.000.000 trekkingen');
  });
});

describe('mbc-business-case tiles', () => {
  it('never cuts off the payback tile (pessimistic scenario, one municipality)', async () => {
    for (const width of ['320px', '900px']) {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}">
        <mbc-business-case .model=${await load<BusinessCaseModel>(SMALL)} municipality="Rijswijk" scenario="pessimistic" variant="tiles"></mbc-business-case>
      </div>`);
      const el = box.querySelector<MbcBusinessCase>('mbc-business-case')!;
      await el.updateComplete;
      const tiles = [...el.shadowRoot!.querySelectorAll('mbc-kpi')];
      await Promise.all(tiles.map((t) => (t as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      const payback = tiles.find((t) => t.getAttribute('label') === 'Terugverdiend in')!;
      const value = payback.shadowRoot!.querySelector<HTMLElement>('.value')!;
      expect(value.textContent!.trim()).to.equal('na 2027');
      expect(payback.getAttribute('note')).to.equal('niet binnen 3 jaar (t/m 2027)');
      expect(value.scrollWidth, width).to.be.at.most(value.clientWidth + 1);
      const rects = tiles.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i]!;
          const b = rects[j]!;
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${width}: tiles ${i} and ${j} overlap`).to.equal(false);
        }
      }
    }
  });

  it('writes negative amounts the Dutch way', async () => {
    const el = await view(html`<mbc-business-case .model=${await load<BusinessCaseModel>(MODEL)} variant="tiles"></mbc-business-case>`);
    const npv = [...el.shadowRoot!.querySelectorAll('mbc-kpi')].find((k) => k.getAttribute('label') === 'Netto contante waarde')!;
    expect(npv.getAttribute('value')!.replace(/\u00a0/g, ' ')).to.equal('−€ 282.280');
  });
});

describe('the filter bar with a scenario equal to the model’s own values', () => {
  it('offers it once, as the model’s own values', async () => {
    await import('../../components/mbc-data-source/mbc-data-source.js');
    await import('../../components/mbc-filter-bar/mbc-filter-bar.js');
    const model = await load<BusinessCaseModel>(SMALL);
    const box = await fixture<HTMLDivElement>(html`<div>
      <mbc-data-source id="same-src" .model=${model}></mbc-data-source>
      <mbc-filter-bar source="same-src"></mbc-filter-bar>
    </div>`);
    const bar = box.querySelector('mbc-filter-bar')!;
    await waitUntil(() => bar.shadowRoot!.querySelector('select#scenario'), 'scenario switch');
    const options = [...bar.shadowRoot!.querySelectorAll<HTMLOptionElement>('#scenario option')];
    expect(options.map((o) => [o.value, o.textContent!.trim()])).to.deep.equal([
      ['', 'Verwacht (Eigen waarden van het model)'],
      ['pessimistic', 'Pessimistisch'],
      ['optimistic', 'Optimistisch'],
    ]);
  });
});
