import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/data/types.js';
import { applyScenario, computeBusinessCase, validateModel, type BusinessCaseModel, type Item } from '../../../src/model/index.js';
import { BENEFIT_ROWS, GI_HOURS, INCIDENTAL_ROWS, REGIONAL_LEAD, STRUCTURAL_ROWS } from './haaglanden-seed.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const model = read('../../../data/business-case.haaglanden.json') as BusinessCaseModel;
const bundle = read('../../../data/h10-bundle.json') as Bundle;
const schema = read('../../../data/schema/business-case.schema.json') as object;

const item = (id: string): Item => {
  const found = model.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const parameter = (id: string) => model.parameters.find((p) => p.id === id)!;
const npv = (m: BusinessCaseModel, options: Parameters<typeof computeBusinessCase>[1] = {}) => computeBusinessCase(m, options).totals.npv;
const STARTUP = model.items.filter((i) => i.kind === 'incidental').map((i) => i.id);

describe('the Haaglanden model, version 2 (data/business-case.haaglanden.json)', () => {
  it('validates against the JSON Schema and in the engine, without errors or warnings', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(validateModel(model)).toEqual({ errors: [], warnings: [] });
    expect(model.version).toBe(2);
  });

  it('the schema rejects what the engine rejects: a wrong type, a missing field, an unknown field', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const broken = structuredClone(model) as unknown as Record<string, unknown> & { items: Array<Record<string, unknown>> };
    broken.items[0]!.nature = 'tijd';
    expect(validate(broken)).toBe(false);
    broken.items[0]!.nature = 'capacity';
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
      ['structural', ...REGIONAL_LEAD] as const,
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
    expect(
      model.items
        .filter((i) => i.type === 'cost')
        .map((i) => i.id)
        .sort(),
    ).toEqual([...listed].sort());
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
    expect(
      model.items
        .filter((i) => i.type === 'benefit')
        .map((i) => i.id)
        .sort(),
    ).toEqual([...listed].sort());
  });

  it('uses the quantities the seed gives', () => {
    expect(parameter('dagdelen-starttraining').value).toBe(4);
    expect(parameter('lot-bijeenkomsten').value).toBe(4); // 1x per 3 maanden
    expect(parameter('leerwerkplaats-deelnemers')).toMatchObject({ value: 5, low: 4, high: 6 });
    expect(parameter('leerwerkplaats-bijeenkomsten').value).toBe(13); // every 2 weeks for 6 months
    expect(parameter('leerwerkplaats-uren').value).toBe(2);
    expect(parameter('extra-uren-analyse')).toMatchObject({ value: 25, low: 20, high: 30 });
    expect(parameter('reflectie-per-jaar').value).toBe(4);
    expect(parameter('uren-lt-tijdens-ots').value).toBe(12);
    expect(parameter('uren-gi-2a').source).toContain('16 uur besteed');
    // The number of learning workshops is not in the seed: illustrative, with no false claim.
    expect(parameter('leerwerkplaatsen').illustrative).toBe(true);
    expect(parameter('leerwerkplaatsen').source).not.toMatch(/twee in Den Haag/);
  });

  it('links every benefit of prevented VTOs, raadsonderzoeken and OTS to the families reached, through named shares', () => {
    const reached2a = ['indicaties-2a', 'gezinnen-per-indicatie-2a', 'aandeel-bereikt', 'verbreding'];
    const reached2b = ['indicaties-2b', 'gezinnen-per-indicatie-2b', 'aandeel-bereikt', 'verbreding'];
    const chain = [...reached2a, 'aandeel-vto-voorkomen', 'aandeel-vto-raadsonderzoek', 'aandeel-raadsonderzoek-ots'];
    expect(item('b-minder-vto').quantity.slice(0, 5)).toEqual(chain.slice(0, 5));
    expect(item('b-minder-raadsonderzoeken').quantity).toEqual(chain.slice(0, 6));
    for (const id of ['b-minder-rechtszaken', 'b-minder-rechtsbijstand', 'b-minder-ots-jaar1', 'b-minder-ots-jaar2', 'b-minder-ots-jaar3']) {
      expect(item(id).quantity.slice(0, 7), id).toEqual(chain);
    }
    for (const id of ['b-2b-minder-rechtszaken', 'b-2b-minder-rechtsbijstand', 'b-2b-minder-ots-jaar1', 'b-2b-minder-ots-jaar2', 'b-2b-minder-ots-jaar3']) {
      expect(item(id).quantity.slice(0, 5), id).toEqual([...reached2b, 'aandeel-2b-ots-voorkomen']);
    }
    // The LT's extra hours for the analysis follow the same families.
    expect(item('s-verklarende-analyse').quantity.slice(0, 4)).toEqual(reached2a);
    expect(item('s-verklarende-analyse-2b').quantity.slice(0, 4)).toEqual(reached2b);
  });

  it('never raises the NPV when fewer families are reached (share reached from 1 down to 0)', () => {
    const shares = [1, 0.8, 0.6, 0.4, 0.2, 0];
    for (const scenario of [null, 'doorgaan', 'verbreden', 'doorgaan-optimistisch']) {
      const m = scenario ? applyScenario(model, scenario) : model;
      for (const options of [{}, { municipality: 'delft' }, { municipality: 'midden-delfland' }, { data: bundle }]) {
        const npvs = shares.map((s) => npv(m, { ...options, values: { 'aandeel-bereikt': s } }));
        for (let i = 1; i < npvs.length; i++)
          expect(npvs[i]!, `${scenario} ${JSON.stringify(Object.keys(options))} at ${shares[i]}`).toBeLessThanOrEqual(npvs[i - 1]!);
      }
    }
    // Nor when fewer families get product 2a (fewer indications).
    const doorgaan = applyScenario(model, 'doorgaan');
    const byIndications = [600, 500, 400, 300, 200, 100, 0].map((n) => npv(doorgaan, { region: false, values: { 'indicaties-2a': n } }));
    for (let i = 1; i < byIndications.length; i++) expect(byIndications[i]!).toBeLessThanOrEqual(byIndications[i - 1]!);
  });

  it('keeps families and children apart: per-child prices meet per-family counts through children per family', () => {
    for (const it of model.items.filter((i) => i.unitCost.some((f) => typeof f === 'string' && /per kind/.test(parameter(f).unit)))) {
      expect(it.quantity, it.id).toContain('kinderen-per-gezin');
    }
    expect(parameter('kinderen-per-gezin').unit).toBe('kinderen per gezin');
    // The LT's 12 hours during an OTS were observed for one family: applied per family.
    expect(item('s-lt-tijdens-ots').quantity).toEqual(['ots-gezinnen-lopend', 'aandeel-ots-met-lt', 'uren-lt-tijdens-ots']);
    expect(parameter('ots-gezinnen-lopend').unit).toBe('gezinnen');
  });

  it('counts hours of people on the payroll as capacity and money that changes hands as cash', () => {
    const nature = (id: string) => item(id).nature ?? 'cash';
    for (const it of model.items) {
      const hours = it.unitCost.some((f) => f === 'uurtarief-lt' || f === 'uurtarief-staf');
      if (hours) expect(nature(it.id), it.id).toBe('capacity');
    }
    for (const id of [
      's-gi-2a',
      's-gi-2b',
      'i-starttraining-trainer',
      's-training-nieuwe-trainer',
      's-programmaleiding',
      'b-minder-ots-jaar1',
      'b-minder-raadsonderzoeken',
      'b-minder-herhaling-jeugdhulp',
    ]) {
      expect(nature(id), id).toBe('cash');
    }
    expect(nature('i-starttraining-gi')).toBe('capacity'); // GI hours no contract pays for
    const { totals, byStakeholder } = computeBusinessCase(applyScenario(model, 'doorgaan'));
    expect(totals.cash!.npv + totals.capacity!.npv).toBeCloseTo(totals.npv, 4);
    const lt = byStakeholder.find((s) => s.id === 'lokaal-team')!;
    expect(lt.cashNpv).toBe(0); // the local team's balance is all capacity
    expect(lt.npv).toBeLessThan(0);
    expect(byStakeholder.find((s) => s.id === 'gemeente')!.cashNpv).toBeGreaterThan(0);
  });

  it('shares the learning workshop between LT and GI, and allocates the regional programme lead by inhabitants', () => {
    expect(item('i-leerwerkplaats').stakeholder).toEqual({ 'lokaal-team': 0.5, gi: 0.5 });
    expect(item('s-programmaleiding')).toMatchObject({ scope: 'region', allocate: 'inwoners' });
    const doorgaan = applyScenario(model, 'doorgaan');
    const region = computeBusinessCase(doorgaan);
    const lead = region.byItem.find((i) => i.id === 's-programmaleiding')!.pv;
    const denHaag = computeBusinessCase(doorgaan, { municipality: 'den-haag' });
    const share = denHaag.byItem.find((i) => i.id === 's-programmaleiding')!;
    expect(share.allocation!.share).toBeCloseTo(566000 / 1182000, 12);
    expect(share.pv).toBeCloseTo(lead * (566000 / 1182000), 6);
    // The municipalities add up to the region total minus the unallocated region items.
    const sum = model.municipalities!.reduce((s, m) => s + npv(doorgaan, { municipality: m.id }), 0);
    const unallocated = region.byItem.filter((i) => i.scope === 'region' && !model.items.find((x) => x.id === i.id)!.allocate);
    expect(sum).toBeCloseTo(region.totals.npv + unallocated.reduce((s, i) => s + (i.type === 'cost' ? i.pv : -i.pv), 0), 4);
  });

  it('times the effects: the court, RvdK and OTS savings come later, and the running OTS stock falls', () => {
    for (const id of ['b-minder-raadsonderzoeken', 'b-minder-rechtszaken', 'b-minder-rechtsbijstand', 'b-minder-ots-jaar1', 'b-2b-minder-ots-jaar1'])
      expect(item(id).lag, id).toBe(1);
    expect(item('b-minder-ots-jaar2').lag).toBe(2);
    expect(item('b-minder-ots-jaar3').lag).toBe(3);
    for (const id of ['s-lt-tijdens-ots', 'b-minder-zware-hulp-ots', 'b-ots-eerder-afgesloten']) {
      const ramp = item(id).ramp!;
      expect(ramp[0], id).toBe(1);
      for (let i = 1; i < ramp.length; i++) expect(ramp[i]!, id).toBeLessThan(ramp[i - 1]!);
      expect(item(id).source, id).toContain('voorraad');
    }
    // A prevented OTS saves over its expected duration: years 1, 2 and 3 in successive years.
    const result = computeBusinessCase(applyScenario(model, 'doorgaan'));
    const amounts = (id: string) => result.byItem.find((i) => i.id === id)!.amounts;
    expect(amounts('b-minder-ots-jaar1').slice(0, 2)).toEqual([0, amounts('b-minder-ots-jaar1')[1]]);
    expect(amounts('b-minder-ots-jaar3').slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('states prices in 2025 with one cited index series; every euro parameter has its price year and source', () => {
    expect(model.priceYear).toBe(2025);
    expect(Object.keys(model.indices!)).toEqual(['cpi']);
    expect(model.description).toMatch(/CBS StatLine.*Consumentenprijzen/);
    expect(model.description).toMatch(/niet online gecontroleerd/);
    const cpi = model.indices!.cpi!;
    expect(cpi['2025']! / cpi['2014']!).toBeGreaterThan(1.3);
    expect(cpi['2025']! / cpi['2014']!).toBeLessThan(1.4);
    for (const p of model.parameters.filter((x) => /^\s*€/.test(x.unit))) {
      expect(p.priceYear, p.id).toBeDefined();
      expect(p.source, p.id).toBeTruthy();
    }
    expect(parameter('normbedrag-ots-jaar1')).toMatchObject({ value: 8758, priceYear: 2014 });
    // 8,758 × 134.5 / 99.4 in 2025 prices.
    const result = computeBusinessCase(model, { region: false });
    expect(result.byItem.find((i) => i.id === 'b-minder-ots-jaar1')!.formula).toMatch(/prijspeil 2014; × 1,3531 cpi/);
  });

  it('sources every value, marks unsupported ones illustrative, and dates the public figures', () => {
    for (const p of model.parameters) {
      expect(p.source, p.id).toBeTruthy();
      if (p.illustrative) continue;
      expect(p.source, p.id).toMatch(/seed 003|(19|20)\d\d|[Cc]onventie/);
    }
    for (const id of ['kosten-raadsonderzoek', 'kosten-rechtszaak', 'kosten-vt-onderzoek', 'uurtarief-lt', 'uurtarief-gi', 'aandeel-bereikt', 'inwoners']) {
      expect(parameter(id).illustrative, id).toBe(true);
    }
    expect(parameter('normbedrag-ots-jaar1').source).toMatch(/BWBR0035676.*art\. 3/);
    expect(parameter('normbedrag-ots-jaar1').illustrative).toBeUndefined();
    for (const it of model.items) expect(it.source, it.id).toBeTruthy();
  });

  it('offers the alternatives continue, broaden and stop, leaving the sunk start-up costs out', () => {
    const ids = model.scenarios!.map((s) => s.id);
    expect(ids).toEqual(['doorgaan', 'verbreden', 'stoppen', 'doorgaan-pessimistisch', 'doorgaan-optimistisch']);
    const scenario = (id: string) => model.scenarios!.find((s) => s.id === id)!;
    expect([...scenario('doorgaan').exclude!].sort()).toEqual([...STARTUP].sort());
    expect(scenario('stoppen').exclude!.length).toBe(model.items.length);
    const doorgaan = npv(applyScenario(model, 'doorgaan'));
    expect(npv(applyScenario(model, 'stoppen'))).toBe(0);
    expect(npv(applyScenario(model, 'verbreden'))).toBeGreaterThan(doorgaan);
    // The model's own values: the introduction from scratch, with the start-up costs.
    expect(npv(model)).toBeLessThan(doorgaan);
    expect(npv(applyScenario(model, 'doorgaan-pessimistisch'))).toBeLessThan(0);
    expect(npv(applyScenario(model, 'doorgaan-optimistisch'))).toBeGreaterThan(doorgaan);
    // The pessimistic and optimistic scenarios vary the most sensitive parameters, within their ranges.
    for (const id of ['doorgaan-pessimistisch', 'doorgaan-optimistisch']) {
      const values = scenario(id).values ?? {};
      for (const key of ['kinderen-per-gezin', 'aandeel-vto-voorkomen', 'aandeel-2b-ots-voorkomen', 'aandeel-bereikt']) expect(values, id).toHaveProperty(key);
      for (const [key, value] of Object.entries(values)) {
        const p = parameter(key);
        expect(value, `${id} ${key}`).toBeGreaterThanOrEqual(p.low!);
        expect(value, `${id} ${key}`).toBeLessThanOrEqual(p.high!);
      }
    }
  });

  it('binds the volumes to the H10 sample bundle: realised where published, the plan where suppressed', () => {
    const bound = model.parameters.filter((p) => p.data).map((p) => p.id);
    expect(bound).toEqual(['indicaties-2a', 'indicaties-2b', 'uren-gi-2a', 'uren-gi-2b', 'vto-voorkomen-gemeten']);
    const delft = computeBusinessCase(applyScenario(model, 'doorgaan'), { municipality: 'delft', data: bundle });
    // Delft published all four quarters of 2025 for 2a: 12 + 23 + 11 + 9 = 55.
    expect(delft.bindings!.find((b) => b.parameter === 'indicaties-2a')).toMatchObject({ planned: 44, value: 55, origin: 'data', period: '2025' });
    const md = computeBusinessCase(model, { municipality: 'midden-delfland', data: bundle });
    expect(md.dataNotes!.find((n) => n.parameter === 'indicaties-2a')).toEqual({
      parameter: 'indicaties-2a',
      municipality: 'midden-delfland',
      reason: 'suppressed',
    });
    // The region rows: 2a indications in 2025, 618.
    const region = computeBusinessCase(model, { region: false, data: bundle });
    expect(region.bindings!.find((b) => b.parameter === 'indicaties-2a')!.value).toBe(618);
  });

  it('lists the quality gains for families as PM-posts', () => {
    const families = model.pm!.filter((p) => p.stakeholder === 'gezinnen').map((p) => p.label);
    expect(families.join(' ')).toMatch(/gehoord/);
    expect(families.join(' ')).toMatch(/verhaal niet steeds opnieuw/);
  });

  it('lists the ten H10 municipalities, whose values add up to the base (the model read as one case is the region)', () => {
    const municipalities = model.municipalities!;
    expect(municipalities.map((m) => m.label)).toEqual([
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
    ]);
    for (const id of Object.keys(municipalities[0]!.values)) {
      const sum = municipalities.reduce((s, m) => s + m.values[id]!, 0);
      expect(sum, id).toBeCloseTo(parameter(id).value, 6);
      expect(parameter(id).low, id).toBeUndefined();
    }
    // No planned count from 1 to 4 per municipality (they would read as small counts).
    for (const m of municipalities) {
      for (const id of ['indicaties-2a', 'indicaties-2b', 'ots-gezinnen-lopend']) expect(m.values[id]! === 0 || m.values[id]! >= 5, `${m.id} ${id}`).toBe(true);
    }
  });
});
