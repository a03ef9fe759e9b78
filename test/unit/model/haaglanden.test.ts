import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  applyScenario,
  breakEven,
  computeBusinessCase,
  monteCarlo,
  sensitivity,
  validateModel,
  type BusinessCaseModel,
} from '../../../src/model/index.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const model = read('../../../data/business-case.haaglanden.json') as BusinessCaseModel;
const schema = read('../../../data/schema/business-case.schema.json') as object;

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const item = (id: string) => {
  const found = model.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const parameter = (id: string) => model.parameters.find((p) => p.id === id)!;

/**
 * Seed 003 ("Beter samenspel in de praktijk", chapter "Kosten en Baten Beter Samenspel"): every
 * row of the incidental and structural cost tables, the GI's product hours, and every row of the
 * benefits table, with a quote that the item's `source` must carry and the items that model it.
 */
const INCIDENTAL_ROWS: Array<[string, string, string[]]> = [
  ['Training en opleiding', 'Starttraining 4 dagdelen per medewerker', ['i-starttraining-lt', 'i-starttraining-trainer', 'i-starttraining-gi']],
  ['Praktijkbegeleiding', 'Medewerkers bij eerste trajecten extra ondersteunen', ['i-praktijkbegeleiding']],
  ['Trekker/projectleider', 'Per organisatie inzet nader te bepalen', ['i-projectleider', 'i-projectleider-gi']],
  ['Implementatie werkwijze', 'Eigen implementatieplan maken per gemeente/organisatie', ['i-implementatie']],
  ['Leer-ontwikkel-teams', '1x per 3 maanden 1 dagdeel gedurende onderzoek', ['i-leer-ontwikkel-teams']],
  ['Leerwerkplaats', 'Meestal een groep van 4 tot 6 medewerkers 1x per 2 weken 2uur in een periode van 6 maanden', ['i-leerwerkplaats']],
];
const STRUCTURAL_ROWS: Array<[string, string, string[]]> = [
  ['Training en opleiding', 'Training voor nieuwe medewerkers', ['s-training-nieuwe-medewerkers']],
  ['Training en opleiding', '(jaarlijkse) onderhoudsbijeenkomst voor bestaande medewerkers', ['s-onderhoudsbijeenkomst']],
  ['Anders werken', 'Gemiddeld 20 tot 30 uur extra per casus', ['s-verklarende-analyse']],
  ['Borging in de organisatie', 'De werkwijze onderdeel van vaste structuren maken', ['s-borging']],
  ['Reflectiebijeenkomsten', '1x per 3 maanden medewerkers gelegenheid geven voor reflectiebijeenkomsten', ['s-reflectie']],
  ['Lokale team blijft betrokken gedurende OTS', 'Casus wordt niet afgesloten', ['s-lt-tijdens-ots']],
];
const GI_HOURS: Array<[string, string, string[]]> = [
  ['Product 2a', 'Zoetermeer (16 van 25 uur)', ['s-gi-2a']],
  ['Product 2b', 'Westland (25 uur beschikbaar)', ['s-gi-2b']],
];
/** Benefits table: row, quote, and for each item the stakeholder that saves. */
const BENEFIT_ROWS: Array<[string, Array<[string, string, string]>]> = [
  [
    'Door eerdere inzet van GI bij het Lokale Team',
    [
      ['b-minder-vto', "Minder VTO's", 'lokaal-team'],
      ['b-minder-raadsonderzoeken', 'Minder onderzoeken bij de RvdK', 'rijk'],
      ['b-minder-rechtszaken', 'minder rechtbankkosten', 'rijk'],
      ['b-minder-rechtsbijstand', 'advocaat kosten', 'rijk'],
      ['b-minder-ots-eerste-jaar', 'Minder VOTS-en, minder OTS-en', 'gemeente'],
      ['b-minder-ots-vervolgjaren', 'Minder VOTS-en, minder OTS-en', 'gemeente'],
    ],
  ],
  [
    'Door blijvende samenwerking … tijdens OTS',
    [
      ['b-minder-zware-hulp-ots', 'Tijdens OTS minder inzet van zware hulp vanuit de Jeugdwet', 'gemeente'],
      ['b-ots-eerder-afgesloten', 'Doorlopende zorglijn voor betrokken gezinnen', 'gemeente'],
    ],
  ],
  ['Door uitgebreider onderzoek aan de voorkant', [['b-minder-herhaling-jeugdhulp', 'Minder herhaling van (dezelfde) jeugdhulp', 'gemeente']]],
  [
    'Door patroonherkenning en verklarende analyse',
    [['b-minder-crises', 'Minder crisissituaties, waar een fulltime medewerker soms de hele week mee bezig is', 'lokaal-team']],
  ],
  [
    'Door niet meer afsluiten als onderliggende problematiek niet is opgelost',
    [
      ['b-minder-zorgmeldingen', 'Minder zorgmeldingen', 'veilig-thuis'],
      ['b-minder-vt-onderzoeken', 'minder onderzoeken door Veilig Thuis', 'veilig-thuis'],
      ['b-minder-cit', 'minder betrokkenheid van het Crisis Interventie Team (CIT)', 'veilig-thuis'],
    ],
  ],
];

const H10 = [
  'Delft',
  'Den Haag',
  'Leidschendam-Voorburg',
  'Midden-Delfland',
  'Pijnacker-Nootdorp',
  'Rijswijk',
  'Voorschoten',
  'Wassenaar',
  'Westland',
  'Zoetermeer',
];

describe('the Haaglanden model (data/business-case.haaglanden.json)', () => {
  it('validates against the JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates in the engine without errors or warnings', () => {
    expect(validateModel(model)).toEqual({ errors: [], warnings: [] });
  });

  it('the schema rejects what the engine rejects: a wrong type, a missing field, an unknown field', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const broken = structuredClone(model) as unknown as Record<string, unknown> & { items: Array<Record<string, unknown>> };
    broken.items[0]!.type = 'kosten';
    expect(validate(broken)).toBe(false);
    delete broken.items[0]!.type;
    broken.items[0]!.type = 'cost';
    delete broken.startYear;
    expect(validate(broken)).toBe(false);
    broken.startYear = 2026;
    broken.discountrate = 0.03;
    expect(validate(broken)).toBe(false);
  });

  it('has an item for every row of seed 003’s incidental and structural cost tables, citing the seed', () => {
    const rows = [
      ...INCIDENTAL_ROWS.map((r) => ['incidental', ...r] as const),
      ...STRUCTURAL_ROWS.map((r) => ['structural', ...r] as const),
      ...GI_HOURS.map((r) => ['structural', ...r] as const),
    ];
    const listed = new Set<string>();
    for (const [kind, row, quote, ids] of rows) {
      for (const id of ids) {
        const it = item(id);
        expect(it.type, `${row}: ${id}`).toBe('cost');
        expect(it.kind, `${row}: ${id}`).toBe(kind);
        expect(it.source, `${row}: ${id}`).toContain('seed 003');
        expect(it.source, `${row}: ${id}`).toContain(quote);
        listed.add(id);
      }
    }
    // And no cost item that the seed does not name.
    expect(model.items.filter((i) => i.type === 'cost').map((i) => i.id).sort()).toEqual([...listed].sort());
  });

  it('uses the quantities the seed gives', () => {
    expect(parameter('dagdelen-starttraining').value).toBe(4);
    expect(item('i-starttraining-lt').quantity).toEqual(['lt-medewerkers', 'dagdelen-starttraining', 'uren-per-dagdeel']);
    expect(parameter('lot-bijeenkomsten').value).toBe(4); // 1x per 3 maanden
    expect(item('i-leer-ontwikkel-teams').quantity).toContain('uren-per-dagdeel'); // 1 dagdeel
    expect(parameter('leerwerkplaats-deelnemers')).toMatchObject({ value: 5, low: 4, high: 6 });
    expect(parameter('leerwerkplaats-bijeenkomsten').value).toBe(13); // every 2 weeks for 6 months
    expect(parameter('leerwerkplaats-uren').value).toBe(2);
    expect(parameter('extra-uren-analyse')).toMatchObject({ value: 25, low: 20, high: 30 });
    expect(parameter('aandeel-analyse').value).toBe(0.4);
    expect(item('s-verklarende-analyse').quantity).toEqual(['gezinnen-doelgroep', 'aandeel-analyse', 'extra-uren-analyse']);
    expect(parameter('reflectie-per-jaar').value).toBe(4);
    expect(parameter('uren-2a')).toMatchObject({ value: 16, low: 5, high: 25 });
    expect(parameter('uren-2b')).toMatchObject({ value: 25, high: 25 });
    expect(parameter('uren-lt-tijdens-ots').value).toBe(12);
  });

  it('has a benefit item for every row of seed 003’s benefits table, each at the stakeholder that saves', () => {
    const listed = new Set<string>();
    for (const [row, entries] of BENEFIT_ROWS) {
      for (const [id, quote, stakeholder] of entries) {
        const it = item(id);
        expect(it.type, `${row}: ${id}`).toBe('benefit');
        expect(it.stakeholder, `${row}: ${id}`).toBe(stakeholder);
        expect(it.source, `${row}: ${id}`).toContain('seed 003');
        expect(it.source, `${row}: ${id}`).toContain(quote);
        listed.add(id);
      }
    }
    expect(model.items.filter((i) => i.type === 'benefit').map((i) => i.id).sort()).toEqual([...listed].sort());
  });

  it('keeps the State’s savings at the State, not at the municipality', () => {
    const stateLabel = /raad|rechtb|rechtspraak|rechtsbijstand|advocaat/i;
    for (const it of model.items.filter((i) => i.type === 'benefit' && stateLabel.test(i.label))) {
      expect(it.stakeholder, it.id).toBe('rijk');
    }
    expect(model.stakeholders.find((s) => s.id === 'rijk')!.label).toMatch(/Raad voor de Kinderbescherming.*rechtspraak.*rechtsbijstand/);
    const result = computeBusinessCase(model);
    const rijk = result.byStakeholder.find((s) => s.id === 'rijk')!;
    expect(rijk.pvBenefits).toBeGreaterThan(0);
    expect(rijk.pvCosts).toBe(0);
  });

  it('ramps the effects up: benefits start later and slower than the costs', () => {
    for (const it of model.items.filter((i) => i.type === 'benefit')) {
      expect(it.ramp, it.id).toBeDefined();
      expect(it.ramp![0]!, it.id).toBeLessThanOrEqual(0.2);
      expect(it.source, it.id).toContain('brede implementatie');
    }
  });

  it('lists the quality gains for families as PM-posts', () => {
    const families = model.pm!.filter((p) => p.stakeholder === 'gezinnen').map((p) => p.label);
    expect(families.length).toBeGreaterThanOrEqual(3);
    expect(families.join(' ')).toMatch(/gehoord/);
    expect(families.join(' ')).toMatch(/verhaal niet steeds opnieuw/);
    expect(computeBusinessCase(model).pm).toHaveLength(model.pm!.length);
  });

  it('sources every value, marks unsupported ones illustrative, and dates the public figures', () => {
    const money = /^\s*(€|eur|euro)\b/i;
    for (const p of model.parameters) {
      expect(p.source, p.id).toBeTruthy();
      if (p.illustrative) continue;
      // A value that is not illustrative cites seed 003, a public source with its year, or a convention.
      expect(p.source, p.id).toMatch(/seed 003|(19|20)\d\d|[Cc]onventie/);
      // A unit price that is not illustrative is a public reference figure with its year.
      if (money.test(p.unit)) expect(p.source, p.id).toMatch(/(19|20)\d\d/);
    }
    // The figures the seed does not give stay illustrative (DOMAIN.md §10, "not found").
    for (const id of ['kosten-raadsonderzoek', 'kosten-rechtszaak', 'kosten-vt-onderzoek', 'uurtarief-lt', 'uurtarief-gi']) {
      expect(parameter(id).illustrative, id).toBe(true);
    }
    // Public reference figures with source and year, indexed where they are old.
    expect(parameter('normbedrag-ots-jaar1')).toMatchObject({ value: 8758 });
    expect(parameter('normbedrag-ots-jaar1').source).toMatch(/BWBR0035676.*2014/);
    expect(parameter('normbedrag-ots-jaar1').illustrative).toBeUndefined();
    expect(item('b-minder-ots-eerste-jaar').unitCost).toEqual(['normbedrag-ots-jaar1', 'prijsindex-2014']);
    expect(parameter('productieve-uren-fte-gi')).toMatchObject({ value: 1244 });
    expect(parameter('productieve-uren-fte-lt').illustrative).toBe(true);
    for (const it of model.items) expect(it.source, it.id).toBeTruthy();
  });

  it('has the pessimistic, expected and optimistic scenarios, in that order of NPV', () => {
    expect(model.scenarios!.map((s) => s.id)).toEqual(['pessimistisch', 'verwacht', 'optimistisch']);
    const npv = (id: string) => computeBusinessCase(applyScenario(model, id)).totals.npv;
    const base = computeBusinessCase(model).totals.npv;
    expect(npv('verwacht')).toBe(base);
    expect(npv('pessimistisch')).toBeLessThan(0);
    expect(npv('optimistisch')).toBeGreaterThan(base);
  });

  it('gives a plausible expected result: a modest positive balance over ten years, with the “wrong pocket” visible', () => {
    const { totals, byStakeholder } = computeBusinessCase(model);
    expect(totals.bcr!).toBeGreaterThan(0.9);
    expect(totals.bcr!).toBeLessThan(1.5);
    expect(totals.paybackYear).not.toBeNull();
    const npv = Object.fromEntries(byStakeholder.map((s) => [s.id, s.npv]));
    expect(npv['lokaal-team']!).toBeLessThan(0); // the local team invests the hours
    expect(npv.rijk!).toBeGreaterThan(0); // the State saves on RvdK, courts and legal aid
  });

  it('lists the ten H10 municipalities with volumes that follow their size', () => {
    const municipalities = model.municipalities!;
    expect(municipalities.map((m) => m.label)).toEqual(H10);
    const volumeIds = Object.keys(municipalities[0]!.values);
    expect(volumeIds).toEqual([
      'gezinnen-doelgroep',
      'lt-medewerkers',
      'indicaties-2a',
      'indicaties-2b',
      'ots-lopend',
      'projectleider-uren-per-week',
      'leerwerkplaatsen',
    ]);
    for (const id of volumeIds) {
      const values = municipalities.map((m) => m.values[id]!);
      const denHaag = municipalities.find((m) => m.label === 'Den Haag')!.values[id]!;
      expect(denHaag, id).toBe(Math.max(...values));
      // The base value is the region total, so the model read as one case is the region.
      expect(values.reduce((a, b) => a + b, 0), id).toBe(parameter(id).value);
      // Municipality-specific parameters carry no range (see the README).
      expect(parameter(id).low, id).toBeUndefined();
    }
    const small = (id: string) => {
      const sorted = [...municipalities].sort((a, b) => a.values[id]! - b.values[id]!).map((m) => m.label);
      return sorted.slice(0, 3);
    };
    expect(small('gezinnen-doelgroep')).toEqual(expect.arrayContaining(['Midden-Delfland', 'Wassenaar']));
    // Consistent with the sample data: roughly 400-600 indications 2a a year region-wide.
    expect(parameter('indicaties-2a').value).toBeGreaterThanOrEqual(400);
    expect(parameter('indicaties-2a').value).toBeLessThanOrEqual(600);
  });

  it('gives the same result for the region sum and for the model read as one case', () => {
    const region = computeBusinessCase(model);
    const single = computeBusinessCase(model, { region: false });
    expect(region.basis.kind).toBe('region');
    expect(region.totals.npv).toBeCloseTo(single.totals.npv, 4);
    expect(region.byMunicipality).toHaveLength(10);
    const sum = region.byMunicipality.reduce((a, m) => a + m.npv, 0);
    const regionItems = region.byItem.filter((i) => i.scope === 'region');
    expect(regionItems.map((i) => i.id)).toEqual(['i-starttraining-gi', 'i-projectleider-gi', 'i-leer-ontwikkel-teams']);
    expect(sum - regionItems.reduce((a, i) => a + i.pv, 0)).toBeCloseTo(region.totals.npv, 4);
  });

  it('writes readable formulas per municipality and for the region', () => {
    const denHaag = computeBusinessCase(model, { municipality: 'den-haag' });
    expect(nbsp(denHaag.byItem.find((i) => i.id === 's-verklarende-analyse')!.formula)).toBe(
      '716 gezinnen × 0,4 × 25 uur × € 82,50 per uur × ingroei (0,5; 0,8; 1)',
    );
    expect(denHaag.byItem.some((i) => i.scope === 'region')).toBe(false);
    const region = computeBusinessCase(model);
    expect(nbsp(region.byItem.find((i) => i.id === 's-verklarende-analyse')!.formula)).toBe(
      '1.500 gezinnen (som van 10 gemeenten) × 0,4 × 25 uur × € 82,50 per uur × ingroei (0,5; 0,8; 1)',
    );
  });

  it('supports sensitivity, break-even and a deterministic Monte Carlo', () => {
    const rows = sensitivity(model);
    expect(rows.length).toBeGreaterThan(20);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.swing).toBeGreaterThanOrEqual(rows[i]!.swing * (1 - 1e-9));
    const rate = breakEven(model, 'uurtarief-lt')!;
    expect(rate).toBeGreaterThan(82.5);
    expect(Math.abs(computeBusinessCase(model, { values: { 'uurtarief-lt': rate } }).totals.npv)).toBeLessThan(1e-3);
    const first = monteCarlo(model);
    expect(monteCarlo(model)).toEqual(first);
    expect(first.p5).toBeLessThan(first.p50);
    expect(first.p50).toBeLessThan(first.p95);
    expect(first.probPositive).toBeGreaterThan(0.2);
    expect(first.probPositive).toBeLessThan(0.9);
    const delft = monteCarlo(model, { municipality: 'delft', runs: 2000 });
    expect(delft.runs).toBe(2000);
  });
});
