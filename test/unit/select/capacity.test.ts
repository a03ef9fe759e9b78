import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRODUCTIVE_HOURS_PER_FTE,
  appliesIn,
  capacityNeeded,
  findProductiveHoursParameter,
  isHourUnit,
  itemHours,
  localTeamStakeholders,
  rampAt,
} from '../../../src/select/capacity.js';
import { applyScenario, computeBusinessCase, validateModel } from '../../../src/model/index.js';
import type { BusinessCaseModel, Item } from '../../../src/model/types.js';

const MODEL: BusinessCaseModel = JSON.parse(readFileSync(new URL('../../fixtures/implementation-costs-small.json', import.meta.url), 'utf8'));
const clone = (): BusinessCaseModel => structuredClone(MODEL);

// Hand-computed hours of the fixture (see test/fixtures/implementation-costs-small.json):
// training    = employees × 4 dagdelen × 4 uur per dagdeel, years [0, 1], ramp [1, 0.5]
// analysis    = families × 0.4 × 25 uur per casus, structural, ramp [0.5, 1]
// reflection  = employees × 4 × 2 uur, structural from year 1
// Delft (families 100, employees 20): training 320, 160; analysis 500, 1000, 1000, 1000; reflection 0, 160, 160, 160
// Rijswijk (families 40, employees 10): training 160, 80; analysis 200, 400, 400, 400; reflection 0, 80, 80, 80

describe('the fixture model', () => {
  it('is valid', () => {
    expect(validateModel(MODEL).errors).toEqual([]);
  });
});

describe('isHourUnit', () => {
  it('accepts hour units, alone or followed by a qualifier', () => {
    for (const unit of ['uur', 'uren', 'Uur', 'uur per casus', 'uren/gezin', 'uur per dagdeel', 'u', 'hours', 'hour', 'hrs', 'h', 'uur (per jaar)']) {
      expect(isHourUnit(unit), unit).toBe(true);
    }
  });
  it('rejects prices, counts and words that merely start with the letters', () => {
    for (const unit of ['€/uur', '€ per uur', 'uurtarief', 'gezinnen', 'dagdelen', '', 'medewerkers', 'huur', 'hoog']) {
      expect(isHourUnit(unit), unit).toBe(false);
    }
    expect(isHourUnit(undefined)).toBe(false);
  });
});

describe('localTeamStakeholders', () => {
  it('prefers the local team over the municipality', () => {
    expect(localTeamStakeholders(MODEL.stakeholders)).toEqual(['lokaal_team']);
  });
  it('recognises the usual Dutch and English names by id or label', () => {
    const names = ['LT', 'Wijkteam Zuid', 'CJG', 'Sociaal Kernteam Westland', 'Local team', 'Lokale teams', 'gemeente_lt'];
    for (const label of names) expect(localTeamStakeholders([{ id: 'x', label }]), label).toEqual(['x']);
    expect(localTeamStakeholders([{ id: 'salt', label: 'Veilig Thuis' }])).toEqual([]);
  });
  it('falls back to the municipality when no local team is named', () => {
    expect(
      localTeamStakeholders([
        { id: 'gemeente', label: 'Gemeente' },
        { id: 'rijk', label: 'Rijk (JenV)' },
        { id: 'm', label: 'Municipality' },
      ]),
    ).toEqual(['gemeente', 'm']);
  });
});

describe('findProductiveHoursParameter', () => {
  const p = (id: string, unit = '') => ({ id, label: id, value: 1, unit });
  it('finds it by id', () => {
    for (const id of ['productive_hours_per_fte', 'productieve_uren', 'productieve_uren_per_fte', 'uren_per_fte', 'hours_per_fte', 'productiveHours']) {
      expect(findProductiveHoursParameter([p('families'), p(id)])?.id, id).toBe(id);
    }
  });
  it('else by an hour unit per FTE', () => {
    expect(findProductiveHoursParameter([p('families', 'gezinnen'), p('norm', 'uur per fte')])?.id).toBe('norm');
    expect(findProductiveHoursParameter([p('norm', 'uur/FTE')])?.id).toBe('norm');
    expect(findProductiveHoursParameter([p('rate', '€/uur'), p('hours', 'uur')])).toBeUndefined();
  });
  it('prefers the local team’s figure, then one that is not the GI’s', () => {
    expect(findProductiveHoursParameter([p('productieve-uren-fte-gi'), p('productieve-uren-fte-lt')])?.id).toBe('productieve-uren-fte-lt');
    expect(findProductiveHoursParameter([p('productieve-uren-fte-gi'), p('productieve-uren-fte')])?.id).toBe('productieve-uren-fte');
    expect(findProductiveHoursParameter([p('productieve-uren-fte-gi')])?.id).toBe('productieve-uren-fte-gi');
  });
});

describe('appliesIn and rampAt', () => {
  it('incidental items apply in their years (default [0]), structural from `from` (default 0)', () => {
    expect([0, 1, 2, 3].map((t) => appliesIn({ kind: 'incidental' }, t))).toEqual([true, false, false, false]);
    expect([0, 1, 2, 3].map((t) => appliesIn({ kind: 'incidental', years: [0, 2] }, t))).toEqual([true, false, true, false]);
    expect([0, 1, 2, 3].map((t) => appliesIn({ kind: 'structural' }, t))).toEqual([true, true, true, true]);
    expect([0, 1, 2, 3].map((t) => appliesIn({ kind: 'structural', from: 2 }, t))).toEqual([false, false, true, true]);
  });
  it('a ramp holds its last value past its end; without one, 1', () => {
    expect([0, 1, 2, 3].map((t) => rampAt([0.25, 0.5], t))).toEqual([0.25, 0.5, 0.5, 0.5]);
    expect(rampAt(undefined, 3)).toBe(1);
    expect(rampAt([], 3)).toBe(1);
  });
});

describe('itemHours', () => {
  const values = new Map([
    ['n', 10],
    ['h', 3],
  ]);
  it('is the product of the quantity factors × ramp(t) when the item applies', () => {
    const item: Item = {
      id: 'a',
      label: 'A',
      type: 'cost',
      kind: 'structural',
      stakeholder: 'lt',
      quantity: ['n', 2, 'h'],
      unitCost: [99],
      from: 1,
      ramp: [0.5, 0.5, 1],
    };
    expect(itemHours(item, values, 4)).toEqual([0, 30, 60, 60]);
  });
  it('ignores the unit cost', () => {
    const item: Item = { id: 'a', label: 'A', type: 'cost', kind: 'incidental', stakeholder: 'lt', quantity: ['n', 'h'], unitCost: ['n', 1000], years: [1, 3] };
    expect(itemHours(item, values, 4)).toEqual([0, 30, 0, 30]);
  });
  it('throws on an unknown parameter', () => {
    const item: Item = { id: 'a', label: 'A', type: 'cost', kind: 'incidental', stakeholder: 'lt', quantity: ['nope'], unitCost: [1] };
    expect(() => itemHours(item, values, 2)).toThrow('unknown parameter "nope"');
  });
});

describe('capacityNeeded', () => {
  it('region (default): the sum over every municipality, local-team hour items only', () => {
    const c = capacityNeeded(MODEL);
    expect(c.stakeholders).toEqual(['lokaal_team']);
    expect(c.items.map((i) => [i.id, i.hours])).toEqual([
      ['training', [480, 240, 0, 0]],
      ['analysis', [700, 1400, 1400, 1400]],
      ['reflection', [0, 240, 240, 240]],
    ]);
    expect(c.years.map((y) => [y.year, y.hours])).toEqual([
      [2025, 1180],
      [2026, 1880],
      [2027, 1640],
      [2028, 1640],
    ]);
    expect(c.productiveHours).toBe(1200);
    expect(c.productiveHoursFrom).toBe('model');
    expect(c.productiveHoursParameter).toBe('productive_hours_per_fte');
    expect(c.years.map((y) => y.fte)).toEqual([1180 / 1200, 1880 / 1200, 1640 / 1200, 1640 / 1200]);
    expect(c.items.map((i) => i.total)).toEqual([720, 4900, 720]);
    // employees and reflection_hours are illustrative; the analysis factors are sourced.
    expect(c.items.map((i) => i.illustrative)).toEqual([true, false, true]);
  });

  it('one municipality: its own values, also for productive hours per FTE', () => {
    const c = capacityNeeded(MODEL, { municipality: 'rijswijk' });
    expect(c.years.map((y) => y.hours)).toEqual([360, 560, 480, 480]);
    expect(c.productiveHours).toBe(1000);
    expect(c.years.map((y) => y.fte)).toEqual([0.36, 0.56, 0.48, 0.48]);
  });

  it('several municipalities: the sum of each, at the base productive hours', () => {
    const c = capacityNeeded(MODEL, { municipalities: ['delft', 'rijswijk'] });
    expect(c.years.map((y) => y.hours)).toEqual([1180, 1880, 1640, 1640]);
    expect(c.productiveHours).toBe(1200);
    expect(capacityNeeded(MODEL, { municipalities: ['delft'] }).years.map((y) => y.hours)).toEqual([820, 1320, 1160, 1160]);
  });

  it('region items count once at the base values, and never for a municipality', () => {
    const model = clone();
    model.items.push({
      id: 'regional_lab',
      label: 'Leerwerkplaats',
      type: 'cost',
      kind: 'incidental',
      stakeholder: 'lokaal_team',
      quantity: [5, 26, 'reflection_hours'],
      unitCost: ['lt_rate'],
      scope: 'region',
    });
    expect(capacityNeeded(model).years.map((y) => y.hours)).toEqual([1180 + 260, 1880, 1640, 1640]);
    expect(capacityNeeded(model, { municipality: 'delft' }).items.map((i) => i.id)).toEqual(['training', 'analysis', 'reflection']);
    expect(capacityNeeded(model, { region: false }).years.map((y) => y.hours)).toEqual([820 + 260, 1320, 1160, 1160]);
  });

  it('what-if values override the base and the municipality values', () => {
    const c = capacityNeeded(MODEL, { municipality: 'delft', values: { extra_hours_per_case: 30, families: 50 } });
    // analysis = 50 × 0.4 × 30 = 600 × ramp [0.5, 1]
    expect(c.items.find((i) => i.id === 'analysis')!.hours).toEqual([300, 600, 600, 600]);
    expect(capacityNeeded(MODEL, { values: { productive_hours_per_fte: 1500 } }).productiveHours).toBe(1500);
  });

  it('a model without municipalities is one case at its base values', () => {
    const model = clone();
    delete model.municipalities;
    expect(capacityNeeded(model).years.map((y) => y.hours)).toEqual([820, 1320, 1160, 1160]);
  });

  it('the productive-hours option overrides the model; without either, 1,244 hours', () => {
    const c = capacityNeeded(MODEL, { productiveHours: 1600 });
    expect([c.productiveHours, c.productiveHoursFrom, c.years[1]!.fte]).toEqual([1600, 'option', 1880 / 1600]);
    const model = clone();
    model.parameters = model.parameters.filter((p) => p.id !== 'productive_hours_per_fte');
    model.municipalities![1]!.values = { families: 40, employees: 10 };
    const d = capacityNeeded(model);
    expect([d.productiveHours, d.productiveHoursFrom, d.productiveHoursParameter]).toEqual([DEFAULT_PRODUCTIVE_HOURS_PER_FTE, 'default', null]);
    expect(DEFAULT_PRODUCTIVE_HOURS_PER_FTE).toBe(1244);
    // 0, negative or NaN options are ignored.
    expect(capacityNeeded(MODEL, { productiveHours: 0 }).productiveHoursFrom).toBe('model');
    expect(capacityNeeded(MODEL, { productiveHours: Number.NaN }).productiveHours).toBe(1200);
  });

  it('explicit stakeholders replace the detection', () => {
    const c = capacityNeeded(MODEL, { stakeholders: ['gi'] });
    // gi_2a = families × 0.4 × 16 uur: Delft 640, Rijswijk 256
    expect(c.items.map((i) => i.id)).toEqual(['gi_2a']);
    expect(c.years.map((y) => y.hours)).toEqual([896, 896, 896, 896]);
  });

  it('a model without hour items gives zero hours', () => {
    const model = clone();
    model.parameters = model.parameters.map((p) => (p.unit.startsWith('uur') ? { ...p, unit: 'aantal' } : p));
    const c = capacityNeeded(model);
    expect(c.items).toEqual([]);
    expect(c.years.map((y) => y.hours)).toEqual([0, 0, 0, 0]);
  });

  it('throws a RangeError for an unknown municipality', () => {
    expect(() => capacityNeeded(MODEL, { municipality: 'delf' })).toThrow(RangeError);
  });
});

describe('capacityNeeded agrees with the engine', () => {
  const HAAGLANDEN: BusinessCaseModel = JSON.parse(readFileSync(new URL('../../../data/business-case.haaglanden.json', import.meta.url), 'utf8'));

  /** Hours × the product of the unit-cost factors must give the engine's amounts (rule 3). */
  function check(model: BusinessCaseModel, options: { municipality?: string; region?: boolean }) {
    const capacity = capacityNeeded(model, options);
    const result = computeBusinessCase(model, options);
    const values = new Map(model.parameters.map((p) => [p.id, p.value]));
    const own = options.municipality ? model.municipalities!.find((m) => m.id === options.municipality)!.values : {};
    for (const [id, v] of Object.entries(own)) values.set(id, v);
    expect(capacity.items.length).toBeGreaterThan(0);
    for (const item of capacity.items) {
      const modelItem = model.items.find((i) => i.id === item.id)!;
      const unitCost = modelItem.unitCost.reduce<number>((product, f) => product * (typeof f === 'number' ? f : values.get(f)!), 1);
      const amounts = result.byItem.find((i) => i.id === item.id)!.amounts;
      // An item split over stakeholders (model version 2) counts the local team's share of its hours.
      const share = typeof modelItem.stakeholder === 'string' ? 1 : (modelItem.stakeholder['lokaal-team'] ?? 0);
      item.hours.forEach((hours, t) => expect(hours * unitCost).toBeCloseTo(amounts[t]! * share, 6));
    }
    return capacity;
  }

  it('for the fixture, in every case', () => {
    check(MODEL, {});
    check(MODEL, { municipality: 'delft' });
    check(MODEL, { municipality: 'rijswijk' });
    check(MODEL, { region: false });
    check(applyScenario(MODEL, 'pessimistic'), {});
  });

  it('for the Haaglanden model: the Lokaal Team’s hour items, at its productive hours', () => {
    const region = check(HAAGLANDEN, {});
    expect(region.stakeholders).toEqual(['lokaal-team']);
    expect(region.productiveHoursParameter).toBe('productieve-uren-fte-lt');
    expect(region.items.map((i) => i.id)).toEqual([
      'i-starttraining-lt',
      'i-praktijkbegeleiding',
      'i-projectleider',
      'i-implementatie',
      'i-leer-ontwikkel-teams',
      'i-leerwerkplaats',
      's-training-nieuwe-medewerkers',
      's-onderhoudsbijeenkomst',
      's-verklarende-analyse',
      's-verklarende-analyse-2b',
      's-borging',
      's-reflectie',
      's-lt-tijdens-ots',
      's-lt-bij-2b',
    ]);
    // Year offset 2, region (model version 2): 400 LT staff, 508 indications 2a and 183 of 2b,
    // 772 families in OTS: new staff 400 × 0.15 × 4 × 4 = 960; refresher 400 × 1 × 4 = 1,600;
    // analysis 508 × 0.95 × 0.8 × 25 = 9,652 and 183 × 0.8 × 25 = 3,660; embedding 400 × 4 = 1,600;
    // reflection 400 × 4 × 1.5 = 2,400; during OTS 772 × 0.4 × 12 × 0.83 (falling stock) =
    // 3,075.648; with 2b families 183 × 0.8 × 12 = 1,756.8. Together 24,704.448 hours.
    expect(region.years[2]!.hours).toBeCloseTo(24704.448, 9);
    expect(region.years[2]!.fte).toBeCloseTo(24704.448 / 1300, 12);
    // Continuing leaves the start-up items out: none of their hours count.
    expect(capacityNeeded(applyScenario(HAAGLANDEN, 'doorgaan')).items.map((i) => i.id)).not.toContain('i-starttraining-lt');
    for (const m of HAAGLANDEN.municipalities!) check(HAAGLANDEN, { municipality: m.id });
    // Every alternative except stopping, which leaves every item out (and so has no hour items).
    for (const s of HAAGLANDEN.scenarios!) if (s.id !== 'stoppen') check(applyScenario(HAAGLANDEN, s.id), {});
    expect(capacityNeeded(applyScenario(HAAGLANDEN, 'stoppen')).items).toEqual([]);
  });
});
