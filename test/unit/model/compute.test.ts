import { describe, expect, it } from 'vitest';
import { computeBusinessCase, ModelOptionError, ModelValidationError, type BusinessCaseModel } from '../../../src/model/index.js';
import { modelA, modelB, tiny } from './fixtures.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('computeBusinessCase: worked example A (incidental in several years, structural with from, short ramp)', () => {
  const result = computeBusinessCase(modelA());

  it('computes the amount of every item in every year', () => {
    const amounts = Object.fromEntries(result.byItem.map((i) => [i.id, i.amounts]));
    // c1 = 90 × 0.4 × 25 × 82.50 = 74,250 in the listed years 0 and 2 only.
    expect(amounts.c1).toEqual([74250, 0, 74250, 0]);
    // c2 = 10 × 1,000 from year offset 2.
    expect(amounts.c2).toEqual([0, 0, 10000, 10000]);
    // b1 = 90 × 1,000 × ramp(t); ramp [0.25, 0.5]: its last value 0.5 holds in years 2 and 3.
    expect(amounts.b1).toEqual([22500, 45000, 45000, 45000]);
  });

  it('computes the years: costs, benefits, net, cumulative net and discount factor', () => {
    expect(result.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(result.years.map((y) => y.offset)).toEqual([0, 1, 2, 3]);
    expect(result.years.map((y) => y.costs)).toEqual([74250, 0, 84250, 10000]);
    expect(result.years.map((y) => y.benefits)).toEqual([22500, 45000, 45000, 45000]);
    expect(result.years.map((y) => y.net)).toEqual([-51750, 45000, -39250, 35000]);
    expect(result.years.map((y) => y.cumulativeNet)).toEqual([-51750, -6750, -46000, -11000]);
    expect(result.years.map((y) => y.incidentalCosts)).toEqual([74250, 0, 74250, 0]);
    expect(result.years.map((y) => y.structuralCosts)).toEqual([0, 0, 10000, 10000]);
    const factors = result.years.map((y) => y.discountFactor);
    expect(factors[0]).toBe(1); // year 0 is not discounted
    expect(factors[1]).toBeCloseTo(1 / 1.1, 12);
    expect(factors[2]).toBeCloseTo(1 / 1.21, 12);
    expect(factors[3]).toBeCloseTo(1 / 1.331, 12);
  });

  it('computes the totals (hand-computed present values)', () => {
    const t = result.totals;
    expect(t.costs).toBe(168500);
    expect(t.benefits).toBe(157500);
    expect(t.net).toBe(-11000);
    // pvCosts = 74,250 + 84,250 / 1.1² + 10,000 / 1.1³
    expect(t.pvCosts).toBeCloseTo(151391.2471825695, 6);
    // pvBenefits = 22,500 + 45,000 / 1.1 + 45,000 / 1.1² + 45,000 / 1.1³
    expect(t.pvBenefits).toBeCloseTo(134408.33959429, 6);
    expect(t.npv).toBeCloseTo(-16982.90758827949, 6);
    expect(t.bcr).toBeCloseTo(0.8878210735142499, 12);
  });

  it('reports no payback year when the cumulative net never reaches 0', () => {
    expect(result.totals.paybackYear).toBeNull();
  });

  it('splits the balance per stakeholder: who pays, who benefits', () => {
    expect(result.byStakeholder.map((s) => s.id)).toEqual(['gemeente', 'rijk']);
    const [gemeente, rijk] = result.byStakeholder;
    expect(gemeente!.label).toBe('Gemeente');
    expect(gemeente!.pvCosts).toBeCloseTo(151391.2471825695, 6);
    expect(gemeente!.pvBenefits).toBe(0);
    expect(gemeente!.npv).toBeCloseTo(-151391.2471825695, 6);
    expect(rijk!.pvCosts).toBe(0);
    expect(rijk!.pvBenefits).toBeCloseTo(134408.33959429, 6);
    expect(rijk!.costs).toBe(0);
    expect(rijk!.benefits).toBe(157500);
  });

  it('gives each item its present value, total, formula with every factor valued, and source', () => {
    const c1 = result.byItem.find((i) => i.id === 'c1')!;
    expect(c1.total).toBe(148500);
    expect(c1.pv).toBeCloseTo(135613.63636363635, 6);
    expect(nbsp(c1.formula)).toBe('90 gezinnen × 0,4 × 25 uur × € 82,50');
    expect(c1.factors.map((f) => [f.parameter, f.value])).toEqual([
      ['gezinnen', 90],
      ['aandeel', 0.4],
      ['uren', 25],
      ['tarief', 82.5],
    ]);
    expect(c1.factors.map((f) => f.label)).toEqual(['Gezinnen per jaar', 'Aandeel met analyse', 'Extra uren per casus', 'Uurtarief']);
    expect(c1.illustrative).toBe(true);
    expect(c1.source).toBe('seed 003');
    expect(c1.scope).toBe('municipality');
    const c2 = result.byItem.find((i) => i.id === 'c2')!;
    expect(c2.pv).toBeCloseTo(15777.610818933133, 6);
    expect(c2.formula).toBe('10 × 1.000');
    expect(c2.illustrative).toBe(false);
    expect(c2.source).toBeUndefined();
    const b1 = result.byItem.find((i) => i.id === 'b1')!;
    expect(b1.formula).toBe('90 gezinnen × 1.000 × ingroei (0,25; 0,5)');
  });

  it('writes formulas in English on request', () => {
    const en = computeBusinessCase(modelA(), { lang: 'en' });
    expect(en.byItem[0]!.formula).toBe('90 gezinnen × 0.4 × 25 uur × €82.50');
    expect(en.byItem[2]!.formula).toBe('90 gezinnen × 1,000 × ramp-up (0.25, 0.5)');
  });

  it('lists the PM-posts with their stakeholder, never summed', () => {
    expect(result.pm).toEqual([{ label: 'Gezinnen voelen zich gehoord', stakeholder: 'gemeente', stakeholderLabel: 'Gemeente' }]);
  });

  it('describes the case and its settings', () => {
    expect(result.basis).toEqual({ kind: 'model' });
    expect(result.startYear).toBe(2025);
    expect(result.horizonYears).toBe(4);
    expect(result.discountRate).toBe(0.1);
    expect(result.byMunicipality).toEqual([]);
  });
});

describe('computeBusinessCase: payback, zero costs, defaults', () => {
  it('finds the first calendar year with cumulative net ≥ 0', () => {
    const model = modelA();
    model.items[2]!.unitCost = [2000]; // benefits 45,000 / 90,000 / 90,000 / 90,000
    const result = computeBusinessCase(model);
    expect(result.years.map((y) => y.cumulativeNet)).toEqual([-29250, 60750, 66500, 146500]);
    expect(result.totals.paybackYear).toBe(2026);
  });

  it('counts an exact break-even as payback despite float rounding', () => {
    // 0.3 + 0.3 + 0.3 − 0.9 is −1.1e-16 in floating point; mathematically it is 0.
    const model = tiny(
      [],
      [
        { id: 'c', label: 'c', type: 'cost', kind: 'incidental', stakeholder: 's', quantity: [0.9], unitCost: [] },
        { id: 'b', label: 'b', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: [0.3], unitCost: [] },
      ],
      { horizonYears: 3 },
    );
    const result = computeBusinessCase(model);
    expect(result.years[2]!.cumulativeNet).toBeLessThan(0);
    expect(result.years[2]!.cumulativeNet).toBeCloseTo(0, 12);
    expect(result.totals.paybackYear).toBe(2027);
  });

  it('gives bcr null for a zero-cost model, and payback in the first year', () => {
    const model = tiny(
      [{ id: 'n', label: 'n', value: 4, unit: 'stuks' }],
      [
        { id: 'b', label: 'b', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: ['n'], unitCost: [250] },
        { id: 'c', label: 'c (nul)', type: 'cost', kind: 'structural', stakeholder: 's', quantity: [0], unitCost: [100] },
      ],
      { horizonYears: 2, discountRate: 0.05 },
    );
    const result = computeBusinessCase(model);
    expect(result.totals.pvCosts).toBe(0);
    expect(result.totals.bcr).toBeNull();
    expect(result.totals.pvBenefits).toBeCloseTo(1000 + 1000 / 1.05, 9);
    expect(result.totals.npv).toBeCloseTo(1000 + 1000 / 1.05, 9);
    expect(result.totals.paybackYear).toBe(2025);
  });

  it('applies the defaults: horizon 5 years, discount rate 0.0225, incidental in year 0, structural from 0, scope municipality', () => {
    const model: BusinessCaseModel = {
      format: 'mbc-business-case',
      version: 1,
      title: 'Standaarden',
      startYear: 2024,
      stakeholders: [{ id: 's', label: 'S' }],
      parameters: [],
      items: [
        { id: 'i', label: 'i', type: 'cost', kind: 'incidental', stakeholder: 's', quantity: [100], unitCost: [] },
        { id: 'st', label: 'st', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: [50], unitCost: [] },
      ],
    };
    const result = computeBusinessCase(model);
    expect(result.horizonYears).toBe(5);
    expect(result.discountRate).toBe(0.0225);
    expect(result.byItem[0]!.amounts).toEqual([100, 0, 0, 0, 0]);
    expect(result.byItem[1]!.amounts).toEqual([50, 50, 50, 50, 50]);
    expect(result.byItem[1]!.scope).toBe('municipality');
    const pv = 50 * (1 + 1 / 1.0225 + 1 / 1.0225 ** 2 + 1 / 1.0225 ** 3 + 1 / 1.0225 ** 4);
    expect(result.totals.pvBenefits).toBeCloseTo(pv, 9);
    expect(result.years[4]!.discountFactor).toBeCloseTo(1 / 1.0225 ** 4, 12);
  });

  it('treats a duplicated year as one year and holds the ramp value of an item that starts later', () => {
    const model = tiny(
      [],
      [
        { id: 'i', label: 'i', type: 'cost', kind: 'incidental', stakeholder: 's', quantity: [10], unitCost: [], years: [1, 1, 3], ramp: [1, 2, 3] },
        { id: 's1', label: 's1', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: [1], unitCost: [], from: 3, ramp: [0, 5] },
      ],
      { horizonYears: 5 },
    );
    const result = computeBusinessCase(model);
    // ramp is indexed by year offset: ramp(1) = 2, ramp(3) = 3 (last value holds).
    expect(result.byItem[0]!.amounts).toEqual([0, 20, 0, 30, 0]);
    expect(result.byItem[1]!.amounts).toEqual([0, 0, 0, 5, 5]);
  });

  it('applies what-if values over the base values', () => {
    const result = computeBusinessCase(modelA(), { values: { tarief: 100, gezinnen: 100 } });
    expect(result.byItem[0]!.amounts[0]).toBe(100 * 0.4 * 25 * 100);
    expect(result.byItem[2]!.amounts[1]).toBe(100 * 1000 * 0.5);
  });

  it('throws ModelValidationError with the errors when the model is invalid, and not for warnings', () => {
    const model = modelA();
    model.items[0]!.quantity = ['gezinen'];
    let error: unknown;
    try {
      computeBusinessCase(model);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelValidationError);
    const e = error as ModelValidationError;
    expect(e.errors).toEqual([
      {
        path: '$.items[0].quantity[0]',
        code: 'unknown-parameter',
        message: 'Onbekende parameter "gezinen". Bedoelde u "gezinnen"?',
        suggestion: 'gezinnen',
      },
    ]);
    expect(e.message).toBe('Het business-case-model bevat 1 fout(en): $.items[0].quantity[0]: Onbekende parameter "gezinen". Bedoelde u "gezinnen"?');

    const warned = modelA() as BusinessCaseModel & { remark?: string };
    warned.remark = 'a field the format does not know: a warning only';
    expect(() => computeBusinessCase(warned)).not.toThrow();
  });

  it('rejects wrong options with ModelOptionError', () => {
    expect(() => computeBusinessCase(modelA(), { values: { tarif: 80 } })).toThrow(ModelOptionError);
    expect(() => computeBusinessCase(modelA(), { values: { tarief: Number.NaN } })).toThrow(ModelOptionError);
    expect(() => computeBusinessCase(modelA(), { municipality: 'delft' })).toThrow(ModelOptionError);
    try {
      computeBusinessCase(modelA(), { values: { tarif: 80 } });
    } catch (e) {
      expect((e as ModelOptionError).errors[0]).toMatchObject({ code: 'unknown-parameter', suggestion: 'tarief' });
    }
  });
});

describe('computeBusinessCase: municipalities and the region (worked example B)', () => {
  it('computes one municipality with its own values and leaves the region items out', () => {
    const result = computeBusinessCase(modelB(), { municipality: 'b' });
    expect(result.basis).toEqual({ kind: 'municipality', municipality: 'b', label: 'Gemeente B' });
    expect(result.byItem.map((i) => i.id)).toEqual(['m1', 'b1']);
    // m1 = 30 × 60, b1 = 30 × 80, both years.
    expect(result.years.map((y) => y.costs)).toEqual([1800, 1800]);
    expect(result.years.map((y) => y.benefits)).toEqual([2400, 2400]);
    expect(result.totals.npv).toBe(1200);
    expect(result.byStakeholder.find((s) => s.id === 'r')!.pvCosts).toBe(0);
  });

  it('sums the municipality items over every municipality and adds the region items once at the base values', () => {
    const result = computeBusinessCase(modelB(), { region: true });
    expect(result.basis).toEqual({ kind: 'region', municipalities: ['a', 'b'] });
    const amounts = Object.fromEntries(result.byItem.map((i) => [i.id, i.amounts]));
    expect(amounts.m1).toEqual([10 * 50 + 30 * 60, 10 * 50 + 30 * 60]); // 2,300
    expect(amounts.r1).toEqual([1000, 0]);
    expect(amounts.b1).toEqual([(10 + 30) * 80, (10 + 30) * 80]); // 3,200
    expect(result.years.map((y) => y.costs)).toEqual([3300, 2300]);
    expect(result.totals.pvCosts).toBe(5600);
    expect(result.totals.pvBenefits).toBe(6400);
    expect(result.totals.npv).toBe(800);
    expect(result.totals.paybackYear).toBe(2031);
    expect(result.byStakeholder.map((s) => [s.id, s.pvCosts, s.pvBenefits])).toEqual([
      ['g', 4600, 6400],
      ['r', 1000, 0],
    ]);
    // Per municipality: the municipality items only.
    expect(result.byMunicipality).toEqual([
      { id: 'a', label: 'Gemeente A', pvCosts: 1000, pvBenefits: 1600, npv: 600 },
      { id: 'b', label: 'Gemeente B', pvCosts: 3600, pvBenefits: 4800, npv: 1200 },
    ]);
  });

  it('computes the region by default when the model lists municipalities', () => {
    expect(computeBusinessCase(modelB())).toEqual(computeBusinessCase(modelB(), { region: true }));
  });

  it('writes region formulas: the sum of the one varying factor, or a sum of products', () => {
    const result = computeBusinessCase(modelB());
    const formula = (id: string) => nbsp(result.byItem.find((i) => i.id === id)!.formula);
    expect(formula('b1')).toBe('40 gezinnen (som van 2 gemeenten) × 80');
    expect(formula('m1')).toBe('som over 2 gemeenten van (Gezinnen × Tarief)');
    expect(formula('r1')).toBe('1 × € 1.000');
    expect(result.byItem.find((i) => i.id === 'b1')!.factors[0]!.value).toBe(40);
  });

  it('computes the model as one case at its base values with region: false', () => {
    const result = computeBusinessCase(modelB(), { region: false });
    expect(result.basis).toEqual({ kind: 'model' });
    expect(result.years.map((y) => y.costs)).toEqual([100 * 50 + 1000, 100 * 50]);
    expect(result.years.map((y) => y.benefits)).toEqual([8000, 8000]);
  });

  it('lets what-if values override every municipality’s own values, also in the region view', () => {
    const result = computeBusinessCase(modelB(), { values: { rate: 70 } });
    expect(result.byItem.find((i) => i.id === 'm1')!.amounts).toEqual([(10 + 30) * 70, (10 + 30) * 70]);
    const b = computeBusinessCase(modelB(), { municipality: 'b', values: { rate: 70 } });
    expect(b.byItem[0]!.amounts).toEqual([2100, 2100]);
  });

  it('refuses municipality together with region: true, and unknown municipalities', () => {
    expect(() => computeBusinessCase(modelB(), { municipality: 'a', region: true })).toThrow(ModelOptionError);
    try {
      computeBusinessCase(modelB(), { municipality: 'c' });
    } catch (e) {
      expect((e as ModelOptionError).errors[0]).toMatchObject({ path: 'options.municipality', code: 'unknown-municipality' });
    }
  });

  it('computes a model without municipalities as one case, also with region: true', () => {
    expect(computeBusinessCase(modelA(), { region: true })).toEqual(computeBusinessCase(modelA()));
  });
});
