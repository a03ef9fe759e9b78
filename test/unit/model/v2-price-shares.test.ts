import { describe, expect, it } from 'vitest';
import { applyScenario, breakEven, computeBusinessCase, monteCarlo, sensitivity, validateModel, type BusinessCaseModel } from '../../../src/model/index.js';
import { tinyV2 } from './fixtures-v2.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const codes = (model: unknown, kind: 'errors' | 'warnings' = 'errors') => validateModel(model)[kind].map((e) => [e.path, e.code]);

/**
 * Worked example P (price year). CPI 2014 = 100, 2025 = 125: a 2014 price counts × 1.25.
 * - c: cost 10 × tarief; tarief € 80 in 2014 prices → € 100 in 2025 prices → 1,000;
 * - b: benefit € 600 (written in 2025 prices, no index).
 * NPV = 600 − 10 × 1.25 × tarief = 600 − 1,000 = −400; break-even tarief = 600 / 12.5 = 48 (2014 prices).
 */
function modelP(): BusinessCaseModel {
  return tinyV2({
    priceYear: 2025,
    indices: { cpi: { '2014': 100, '2025': 125 } },
    parameters: [
      { id: 'tarief', label: 'Uurtarief', value: 80, low: 60, high: 100, unit: '€ per uur', priceYear: 2014 },
      { id: 'baat', label: 'Besparing', value: 600, unit: '€', priceYear: 2025 },
    ],
    items: [
      { id: 'c', label: 'Inzet', type: 'cost', kind: 'structural', stakeholder: 's', quantity: [10], unitCost: ['tarief'] },
      { id: 'b', label: 'Besparing', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: [1], unitCost: ['baat'] },
    ],
    scenarios: [{ id: 'laag', label: 'Laag', values: { tarief: 64 } }],
    municipalities: [],
  });
}

describe('version 2: a slider step', () => {
  it('accepts a positive step and reports one ≤ 0', () => {
    const model = modelP();
    model.parameters[0]!.step = 5;
    expect(codes(model)).toEqual([]);
    model.parameters[0]!.step = 0;
    expect(codes(model)).toEqual([['$.parameters[0].step', 'step-invalid']]);
  });
});

describe('version 2: price year and index', () => {
  it('indexes a price into the model’s price year wherever it is used', () => {
    const model = modelP();
    expect(validateModel(model)).toEqual({ errors: [], warnings: [] });
    const result = computeBusinessCase(model);
    expect(result.priceYear).toBe(2025);
    expect(result.byItem.map((i) => [i.id, i.amounts])).toEqual([
      ['c', [1000]],
      ['b', [600]],
    ]);
    expect(result.totals.npv).toBe(-400);
    // The formula shows the value as written, with its price year and the index ratio.
    expect(nbsp(result.byItem[0]!.formula)).toBe('10 × € 80 per uur (prijspeil 2014; × 1,25 cpi)');
    expect(result.byItem[0]!.factors[1]!.value).toBe(80);
    // A scenario value is indexed too: 10 × 64 × 1.25 = 800.
    expect(computeBusinessCase(applyScenario(model, 'laag')).totals.npv).toBe(-200);
    // So is a what-if value: 10 × 40 × 1.25 = 500.
    expect(computeBusinessCase(model, { values: { tarief: 40 } }).totals.npv).toBe(100);
  });

  it('reports breakEven and sensitivity in the parameter’s own price year', () => {
    const model = modelP();
    expect(breakEven(model, 'tarief')).toBeCloseTo(48, 10);
    const [row] = sensitivity(model);
    // low and high as written; the NPVs in 2025 prices: 600 − 12.5 × 60 and 600 − 12.5 × 100.
    expect(row).toMatchObject({ parameter: 'tarief', value: 80, low: 60, high: 100, npvLow: -150, npvHigh: -650 });
    // Monte Carlo draws the written value: every draw lies in 600 − 12.5 × [60, 100].
    const mc = monteCarlo(model, { runs: 200, keepSamples: true });
    expect(Math.min(...mc.samples!)).toBeGreaterThanOrEqual(-650);
    expect(Math.max(...mc.samples!)).toBeLessThanOrEqual(-150);
  });

  it('leaves a parameter without priceYear, or in the model’s price year, as it is', () => {
    const model = modelP();
    model.parameters[0]!.priceYear = 2025;
    expect(computeBusinessCase(model).totals.npv).toBe(600 - 800);
    delete model.parameters[0]!.priceYear;
    expect(computeBusinessCase(model).totals.npv).toBe(600 - 800);
  });

  it('uses the named series when there are several', () => {
    const model = modelP();
    model.indices = { cpi: { '2014': 100, '2025': 125 }, cao: { '2014': 80, '2025': 120 } };
    model.parameters[0]!.index = 'cao';
    model.parameters[1]!.index = 'cpi';
    // 10 × 80 × 120 / 80 = 1,200.
    expect(computeBusinessCase(model).byItem[0]!.amounts).toEqual([1200]);
  });

  it('reports a price year without indices, a missing year, an unknown or ambiguous index', () => {
    const none = modelP();
    delete none.indices;
    expect(codes(none)).toEqual([
      ['$.parameters[0].priceYear', 'price-year-without-indices'],
      ['$.parameters[1].priceYear', 'price-year-without-indices'],
    ]);
    const missing = modelP();
    missing.parameters[0]!.priceYear = 2013;
    expect(codes(missing)).toEqual([['$.parameters[0].priceYear', 'index-year-missing']]);
    expect(validateModel(missing).errors[0]!.message).toBe('Jaar 2013 ontbreekt in indexreeks "cpi".');
    const modelYear = modelP();
    modelYear.priceYear = 2026;
    expect(codes(modelYear)).toEqual([['$.indices.cpi', 'index-year-missing']]);
    const unknown = modelP();
    unknown.parameters[0]!.index = 'cbs';
    expect(codes(unknown)).toEqual([['$.parameters[0].index', 'unknown-index']]);
    const ambiguous = modelP();
    ambiguous.indices = { cpi: { '2014': 100, '2025': 125 }, cao: { '2014': 80, '2025': 120 } };
    expect(codes(ambiguous)).toEqual([
      ['$.parameters[0]', 'ambiguous-index'],
      ['$.parameters[1]', 'ambiguous-index'],
    ]);
    const out = modelP();
    out.priceYear = 1800;
    out.parameters[1]!.priceYear = 2025.5;
    expect(codes(out)).toEqual([
      ['$.priceYear', 'price-year-out-of-range'],
      ['$.parameters[1].priceYear', 'price-year-out-of-range'],
    ]);
    const zero = modelP();
    zero.indices = { cpi: { '2014': 0, '2025': 125 } };
    expect(codes(zero)).toEqual([["$.indices.cpi['2014']", 'index-value']]);
  });
});

/**
 * Worked example S (shares and nature), horizon 1, no discounting. Stakeholders gemeente (g) and
 * lokaal team (lt):
 * - tarief: cash cost 1,000, split g 0.25 / lt 0.75;
 * - uren: capacity cost 400 at lt;
 * - vrij: capacity benefit 300 at lt;
 * - zorg: cash benefit 2,000 at g.
 * Cash: costs 1,000, benefits 2,000, NPV 1,000. Capacity: costs 400, benefits 300, NPV −100.
 * g: costs 250, benefits 2,000, NPV 1,750, cash NPV 1,750. lt: costs 750 + 400, benefits 300,
 * NPV −850, cash NPV −750.
 */
function modelS(): BusinessCaseModel {
  const item = (id: string, type: 'cost' | 'benefit', stakeholder: string | Record<string, number>, amount: number, nature?: 'cash' | 'capacity') => ({
    id,
    label: id,
    type,
    kind: 'structural' as const,
    stakeholder,
    quantity: [amount],
    unitCost: [],
    ...(nature ? { nature } : {}),
  });
  return tinyV2({
    stakeholders: [
      { id: 'g', label: 'Gemeente' },
      { id: 'lt', label: 'Lokaal Team' },
    ],
    parameters: [],
    items: [
      item('tarief', 'cost', { g: 0.25, lt: 0.75 }, 1000),
      item('uren', 'cost', 'lt', 400, 'capacity'),
      item('vrij', 'benefit', 'lt', 300, 'capacity'),
      item('zorg', 'benefit', 'g', 2000, 'cash'),
    ],
  });
}

describe('version 2: shares of an item and cash against capacity', () => {
  const result = computeBusinessCase(modelS());

  it('splits an item over stakeholders by its shares, leaving the totals unchanged', () => {
    const [g, lt] = result.byStakeholder;
    expect([g!.pvCosts, g!.pvBenefits, g!.npv]).toEqual([250, 2000, 1750]);
    expect([lt!.pvCosts, lt!.pvBenefits, lt!.npv]).toEqual([1150, 300, -850]);
    expect(result.totals).toMatchObject({ costs: 1400, benefits: 2300, npv: 900 });
    const tarief = result.byItem[0]!;
    expect(tarief.amounts).toEqual([1000]);
    expect(tarief.shares).toEqual([
      { stakeholder: 'g', share: 0.25 },
      { stakeholder: 'lt', share: 0.75 },
    ]);
    expect(tarief.stakeholder).toBe('lt'); // the largest share
  });

  it('totals cash and capacity apart; their sums are the overall totals', () => {
    expect(result.totals.cash).toEqual({ pvCosts: 1000, pvBenefits: 2000, npv: 1000 });
    expect(result.totals.capacity).toEqual({ pvCosts: 400, pvBenefits: 300, npv: -100 });
    expect(result.totals.cash!.npv + result.totals.capacity!.npv).toBe(result.totals.npv);
    expect(result.byStakeholder.map((s) => [s.id, s.cashNpv])).toEqual([
      ['g', 1750],
      ['lt', -750],
    ]);
    expect(result.byItem.map((i) => i.nature)).toEqual(['cash', 'capacity', 'capacity', 'cash']);
  });

  it('gives a version-1 model all cash, single shares and no lag', () => {
    const v1 = {
      ...modelS(),
      version: 1 as const,
      items: modelS()
        .items.slice(1)
        .map((i) => ({ ...i, nature: undefined })),
    };
    const r = computeBusinessCase(JSON.parse(JSON.stringify(v1)));
    expect(r.totals.capacity).toEqual({ pvCosts: 0, pvBenefits: 0, npv: 0 });
    expect(r.totals.cash!.npv).toBe(r.totals.npv);
    expect(r.byItem.map((i) => [i.nature, i.lag, i.shares!.length])).toEqual([
      ['cash', 0, 1],
      ['cash', 0, 1],
      ['cash', 0, 1],
    ]);
  });

  it('reports unknown stakeholders, invalid shares, shares that do not add up to 1, and an unknown nature', () => {
    const m = modelS();
    m.items[0]!.stakeholder = { g: 0.25, gi: 0.75 };
    expect(codes(m)).toEqual([['$.items[0].stakeholder.gi', 'unknown-stakeholder']]);
    m.items[0]!.stakeholder = { g: 0.3, lt: 0.6 };
    expect(codes(m)).toEqual([['$.items[0].stakeholder', 'shares-sum']]);
    expect(validateModel(m).errors[0]!.message).toBe('De aandelen tellen op tot 0.8999999999999999, niet tot 1.');
    m.items[0]!.stakeholder = { g: 1.5, lt: -0.5 };
    expect(codes(m)).toEqual([['$.items[0].stakeholder.lt', 'share-invalid']]);
    // Within 1e-9 of 1 is fine (0.1 + 0.2 + 0.7 is 0.9999999999999999).
    m.stakeholders.push({ id: 'x', label: 'X' });
    m.items[0]!.stakeholder = { g: 0.1, lt: 0.2, x: 0.7 };
    expect(codes(m)).toEqual([]);
    (m.items[1] as unknown as Record<string, unknown>).nature = 'tijd';
    expect(codes(m)).toEqual([['$.items[1].nature', 'invalid-enum']]);
  });

  it('treats the version-2 fields of a version-1 file as unknown fields, and computes as before', () => {
    const v1 = { ...modelS(), version: 1 as const, items: modelS().items.slice(1) };
    expect(codes(v1)).toEqual([]);
    expect(codes(v1, 'warnings')).toEqual([
      ['$.items[0].nature', 'unknown-field'],
      ['$.items[1].nature', 'unknown-field'],
      ['$.items[2].nature', 'unknown-field'],
    ]);
    expect(computeBusinessCase(v1).totals.capacity!.npv).toBe(0);
    // A split stakeholder is not version 1.
    expect(codes({ ...modelS(), version: 1 })[0]).toEqual(['$.items[0].stakeholder', 'type']);
  });
});
