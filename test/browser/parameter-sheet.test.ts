import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/mbc-business-case/mbc-business-case.js';
import type { MbcBusinessCase } from '../../components/mbc-business-case/mbc-business-case.component.js';
import type { BusinessCaseModel } from '../../src/model/index.js';
import type { Bundle } from '../../src/data/types.js';
import { deepShownText } from './helpers.js';

// A manifest with a parameter sheet (issue 13 §3): the view computes with the sheet's values and
// names the sheet in the source of each assumption it fills. The test's own sheet is served by a
// stubbed fetch; the model and the bundle are the shipped sample.

const SHEET_URL = '/__sheet__/eigen-waarden.csv';
const SHEET =
  '\uFEFFparameter;omschrijving;eenheid;bron;Delft;Den Haag\r\n' +
  'uurtarief-lt;Integrale uurkosten;€ per uur;Eigen opgave;"90";\r\n' +
  'kosten-raadsonderzoek;Kosten raadsonderzoek;€ per onderzoek;;9.500,5;10000\r\n';
const MANIFEST = JSON.stringify({
  format: 'mbc-manifest',
  version: 1,
  bundle: '/data/h10-bundle.json',
  model: '/data/business-case.haaglanden.json',
  parameters: SHEET_URL,
});

const realFetch = window.fetch.bind(window);
before(() => {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/__sheet__/manifest.json')) return Promise.resolve(new Response(MANIFEST));
    if (url.endsWith(SHEET_URL)) return Promise.resolve(new Response(SHEET));
    return realFetch(input, init);
  };
});
after(() => {
  window.fetch = realFetch;
});

const json = async <T>(url: string): Promise<T> => (await realFetch(url)).json() as Promise<T>;

/** The assumptions row of a parameter label: [label, value, range, source]. */
function assumption(el: MbcBusinessCase, label: string): string[] {
  const rows = [...el.shadowRoot!.querySelectorAll('[part="assumptions"] tbody tr')];
  const row = rows.find((r) => r.querySelector('th bdi')?.textContent === label)!;
  return [...row.children].map((cell) =>
    deepShownText(cell)
      .replace(/\s+/g, ' ')
      .replace(/\u00a0/g, ' ')
      .trim(),
  );
}

async function ready(el: MbcBusinessCase): Promise<void> {
  await waitUntil(() => el.result !== null, 'result', { timeout: 15000 });
  await el.updateComplete;
}

describe('a manifest with a parameter sheet', () => {
  it('computes with the sheet’s values, exactly as the model with those values set by hand', async () => {
    const [model, bundle] = await Promise.all([json<BusinessCaseModel>('/data/business-case.haaglanden.json'), json<Bundle>('/data/h10-bundle.json')]);
    const byHand: BusinessCaseModel = {
      ...model,
      municipalities: model.municipalities!.map((m) =>
        m.id === 'delft'
          ? { ...m, values: { ...m.values, 'uurtarief-lt': 90, 'kosten-raadsonderzoek': 9500.5 } }
          : m.id === 'den-haag'
            ? { ...m, values: { ...m.values, 'kosten-raadsonderzoek': 10000 } }
            : m,
      ),
    };
    const fromSheet = await fixture<MbcBusinessCase>(
      html`<mbc-business-case src="/__sheet__/manifest.json" municipality="Delft" runs="200"></mbc-business-case>`,
    );
    const set = await fixture<MbcBusinessCase>(
      html`<mbc-business-case .model=${byHand} .bundle=${bundle} municipality="Delft" runs="200"></mbc-business-case>`,
    );
    const untouched = await fixture<MbcBusinessCase>(
      html`<mbc-business-case .model=${model} .bundle=${bundle} municipality="Delft" runs="200"></mbc-business-case>`,
    );
    await Promise.all([ready(fromSheet), ready(set), ready(untouched)]);
    expect(fromSheet.result!.totals).to.deep.equal(set.result!.totals);
    expect(fromSheet.result!.totals.npv).to.not.equal(untouched.result!.totals.npv);
    expect(fromSheet.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('names the sheet, and the municipalities it set, in the source of each assumption it fills', async () => {
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case src="/__sheet__/manifest.json" municipality="Delft" runs="200"></mbc-business-case>`);
    await ready(el);
    expect(assumption(el, 'Integrale uurkosten LT-medewerker')).to.deep.equal([
      'Integrale uurkosten LT-medewerkerillustratief',
      '€ 90 per uur',
      '€ 70 per uur – € 95 per uur',
      'Illustratief: niet in seed 003 of een publieke bron; elke gemeente vult een eigen waarde in. Prijspeil 2025. Waarden per gemeente uit eigen-waarden.csv (Delft).',
    ]);
    expect(assumption(el, 'Kosten van één raadsonderzoek')[3]).to.match(/ Waarden per gemeente uit eigen-waarden\.csv \(Delft en Den Haag\)\.$/);
    // A parameter the sheet has no row for keeps its source.
    expect(assumption(el, 'Inwoners')[3]).to.not.contain('eigen-waarden.csv');
  });

  it('the shipped sample: the demo’s manifest names parameters-h10.csv in the sources', async () => {
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case src="/data/manifest.json" municipality="Delft" runs="200"></mbc-business-case>`);
    await ready(el);
    expect(assumption(el, 'Inwoners')[3]).to.match(/ Waarden per gemeente uit parameters-h10\.csv \(alle 10 gemeenten\)\.$/);
  });

  it('a sheet with errors: the alert names file, line and column, and the model keeps its own values', async () => {
    const [model, bundle] = await Promise.all([json<BusinessCaseModel>('/data/business-case.haaglanden.json'), json<Bundle>('/data/h10-bundle.json')]);
    const el = await fixture<MbcBusinessCase>(
      html`<mbc-business-case src="/data/examples/parameterblad-met-fouten.json" municipality="Delft" runs="200"></mbc-business-case>`,
    );
    const own = await fixture<MbcBusinessCase>(html`<mbc-business-case .model=${model} .bundle=${bundle} municipality="Delft" runs="200"></mbc-business-case>`);
    await Promise.all([ready(el), ready(own)]);
    const items = [...el.shadowRoot!.querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal([
      'parameters-met-fouten.csv: Regel 1, kolom "Leidschendam": "Leidschendam" is geen gemeente van het model. Bedoelt u "Leidschendam-Voorburg"?',
      'parameters-met-fouten.csv: Regel 3, kolom "parameter": "uurtarif-gi" is geen parameter van het model. Bedoelt u "uurtarief-gi"?',
      'parameters-met-fouten.csv: Regel 4, kolom "Den Haag": "12abc" is geen getal (in dit bestand is de komma het decimaalteken).',
      'parameters-met-fouten.csv: Regel 6, kolom "parameter": "uurtarief-lt" staat al op regel 2.',
      'parameters-met-fouten.csv: Het parameterblad is niet toegepast: het bevat 4 fouten. Het business-casemodel rekent met zijn eigen waarden.',
    ]);
    expect(el.result!.totals).to.deep.equal(own.result!.totals);
  });
});
