import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/data/types.js';
import {
  applyScenario,
  computeBusinessCase,
  monteCarlo,
  sensitivity,
  validateModel,
  type BusinessCaseModel,
  type DataBinding,
} from '../../../src/model/index.js';
import { bundleAB, tinyV2 } from './fixtures-v2.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

/**
 * Worked example D (bindings) on the bundle `bundleAB` (two quarters of 2025). One benefit item
 * per bound parameter, € 1 per unit, so each item's amount is the parameter's value.
 * - ind2a (indications 2a, 2025): A 12 + 8 = 20; B has a suppressed quarter → B's own 10
 *   (suppressed); region 30 + 20 = 50.
 * - ind2aJaar (the same, annualised): two quarters listed for 2025, so × 4/2: A 40; region 100.
 * - gezinnen (families 2a, 2025): A lacks Q2 → base 30 (missing); B → base 30 (suppressed).
 * - vto (indicator vto_prevented, period 2025-Q2): A 5; B suppressed → base 8; region 6.
 * - vtoJaar (the same period, annualised: × P / k with P 4 (quarters) and k 2 (two quarters of
 *   2025 listed)): A 10; region 12.
 * - oud (indications 2a, 2024): no cells → base 7 (missing) everywhere.
 */
function modelD(): BusinessCaseModel {
  const bound = (id: string, value: number, unit: string, data: DataBinding) => ({ id, label: id, value, unit, data });
  const usage2a = { file: 'usage' as const, measure: 'indications' as const, product: '2a' as const, year: 2025 };
  const vto = { file: 'indicators' as const, indicator: 'vto_prevented', period: '2025-Q2' };
  const parameters = [
    bound('ind2a', 40, 'indicaties', usage2a),
    bound('ind2aJaar', 90, 'indicaties', { ...usage2a, annualise: true }),
    bound('gezinnen', 30, 'gezinnen', { file: 'usage', measure: 'families', product: '2a', year: 2025 }),
    bound('vto', 8, "VTO's", vto),
    bound('vtoJaar', 8, "VTO's", { ...vto, annualise: true }),
    bound('oud', 7, 'indicaties', { ...usage2a, year: 2024 }),
  ];
  return {
    format: 'mbc-business-case',
    version: 2,
    title: 'Voorbeeld D',
    startYear: 2026,
    horizonYears: 1,
    discountRate: 0,
    stakeholders: [{ id: 'g', label: 'Gemeente' }],
    parameters,
    items: parameters.map((p) => ({
      id: `i-${p.id}`,
      label: p.id,
      type: 'benefit' as const,
      kind: 'structural' as const,
      stakeholder: 'g',
      quantity: [p.id],
      unitCost: [1],
    })),
    scenarios: [{ id: 'hoog', label: 'Hoog', values: { ind2a: 45, gezinnen: 35 } }],
    municipalities: [
      { id: 'a', label: 'Gemeente A', values: { ind2a: 24 } },
      { id: 'b', label: 'B-stad', dataName: 'Gemeente B', values: { ind2a: 10 } },
    ],
  };
}

const amounts = (model: BusinessCaseModel, options: Parameters<typeof computeBusinessCase>[1]) =>
  Object.fromEntries(computeBusinessCase(model, options).byItem.map((i) => [i.id.slice(2), i.amounts[0]]));

describe('version 2: parameters bound to the data', () => {
  it('takes a municipality’s values from its cells: sum, annualised sum, one period', () => {
    expect(validateModel(modelD())).toEqual({ errors: [], warnings: [] });
    expect(amounts(modelD(), { municipality: 'a', data: bundleAB() })).toEqual({ ind2a: 20, ind2aJaar: 40, gezinnen: 30, vto: 5, vtoJaar: 10, oud: 7 });
  });

  it('falls back to the municipality’s value, else the base value, naming the reason', () => {
    const b = computeBusinessCase(modelD(), { municipality: 'b', data: bundleAB() });
    expect(Object.fromEntries(b.byItem.map((i) => [i.id.slice(2), i.amounts[0]]))).toEqual({
      ind2a: 10,
      ind2aJaar: 90,
      gezinnen: 30,
      vto: 8,
      vtoJaar: 8,
      oud: 7,
    });
    expect(b.dataNotes).toEqual([
      { parameter: 'ind2a', municipality: 'b', reason: 'suppressed' },
      { parameter: 'ind2aJaar', municipality: 'b', reason: 'suppressed' },
      { parameter: 'gezinnen', municipality: 'b', reason: 'suppressed' },
      { parameter: 'vto', municipality: 'b', reason: 'suppressed' },
      { parameter: 'vtoJaar', municipality: 'b', reason: 'suppressed' },
      { parameter: 'oud', municipality: 'b', reason: 'missing' },
    ]);
    const a = computeBusinessCase(modelD(), { municipality: 'a', data: bundleAB() });
    expect(a.dataNotes).toEqual([
      { parameter: 'gezinnen', municipality: 'a', reason: 'missing' },
      { parameter: 'oud', municipality: 'a', reason: 'missing' },
    ]);
    expect(a.bindings![0]).toEqual({ parameter: 'ind2a', municipality: 'a', planned: 24, value: 20, origin: 'data', period: '2025', annualised: false });
  });

  it('never reads a suppressed count (the hidden 3 of B’s first quarter)', () => {
    const bundle = bundleAB();
    const b = computeBusinessCase(modelD(), { municipality: 'b', data: bundle });
    expect(b.bindings!.map((x) => x.value)).not.toContain(9); // 3 + 6
    expect(b.bindings!.map((x) => x.value)).not.toContain(3);
    // Any truthy `suppressed` counts ('primary', 'secondary').
    (bundle.usage[2] as unknown as { suppressed: unknown }).suppressed = 'secondary';
    expect(amounts(modelD(), { municipality: 'b', data: bundle }).ind2a).toBe(10);
  });

  it('uses the region rows for the model without municipalities and for the region items', () => {
    expect(amounts(modelD(), { region: false, data: bundleAB() })).toEqual({ ind2a: 50, ind2aJaar: 100, gezinnen: 43, vto: 6, vtoJaar: 12, oud: 7 });
    const region = computeBusinessCase(modelD(), { data: bundleAB() });
    // Municipality items in the region total: each municipality's own binding, summed.
    expect(region.byItem[0]!.amounts).toEqual([30]); // A 20 (data) + B 10 (fallback)
    expect(nbsp(region.byItem[0]!.formula)).toBe('30 indicaties (som van 2 gemeenten) (gegevens 2025, deels model) × 1');
  });

  it('takes the model’s value, not the region rows’, as a bound parameter’s value in the region and sum views', () => {
    // vto in 2025-Q2: A 5 (data), B suppressed (its model value 100); region rows 6, which no
    // item of these views uses. Sensitivity's value and the Monte Carlo mode are the model's 100.
    const model = tinyV2({
      parameters: [
        { id: 'vto', label: 'VTO', value: 100, low: 50, high: 150, unit: '', data: { file: 'indicators', indicator: 'vto_prevented', period: '2025-Q2' } },
      ],
      items: [{ id: 'm1', label: 'M1', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: ['vto'], unitCost: [1] }],
      municipalities: [
        { id: 'a', label: 'Gemeente A', values: {} },
        { id: 'b', label: 'Gemeente B', values: {} },
      ],
    });
    const data = bundleAB();
    expect(computeBusinessCase(model, { data }).totals.npv).toBe(105);
    expect(sensitivity(model, { data })[0]!.value).toBe(100);
    expect(sensitivity(model, { municipalities: ['a', 'b'], data })[0]!.value).toBe(100);
    // One municipality's case: its own value (A's data); the model without municipalities: the region rows.
    expect(sensitivity(model, { municipality: 'a', data })[0]!.value).toBe(5);
    expect(sensitivity(model, { region: false, data })[0]!.value).toBe(6);
    // Each run draws vto for both municipalities: mean NPV 2 × (50 + 100 + 150) / 3 = 200 (the
    // region rows' 6, clamped to 50, would give 2 × 250 / 3 = 166.67).
    expect(Math.abs(monteCarlo(model, { data, runs: 20000, seed: 1 }).mean - 200)).toBeLessThan(2);
  });

  it('notes only the bindings the case reads: not those of an excluded region item', () => {
    // r1 (a region item on the region rows of 2024, of which the bundle has none) is left out by
    // the scenario: A's case reads only A's cells.
    const model = tinyV2({
      parameters: [
        { id: 'inw', label: 'Inwoners', value: 1, unit: 'inwoners' },
        { id: 'v', label: 'V', value: 7, unit: '', data: { file: 'usage', measure: 'indications', product: '2a', year: 2024 } },
      ],
      items: [
        { id: 'm1', label: 'M1', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: ['v'], unitCost: [1] },
        { id: 'r1', label: 'R1', type: 'cost', kind: 'structural', stakeholder: 's', quantity: ['v'], unitCost: [1], scope: 'region', allocate: 'inw' },
      ],
      scenarios: [{ id: 'zonder', label: 'Zonder', values: {}, exclude: ['r1'] }],
      municipalities: [{ id: 'a', label: 'Gemeente A', values: {} }],
    });
    const missing = (municipality: string | null) => ({ parameter: 'v', municipality, reason: 'missing' });
    expect(computeBusinessCase(model, { municipality: 'a', data: bundleAB() }).dataNotes).toEqual([missing('a'), missing(null)]);
    const without = applyScenario(model, 'zonder');
    expect(computeBusinessCase(without, { municipality: 'a', data: bundleAB() }).dataNotes).toEqual([missing('a')]);
    expect(computeBusinessCase(without, { data: bundleAB() }).dataNotes).toEqual([missing('a')]);
  });

  it('applies the precedence base < scenario < municipality < data', () => {
    const hoog = applyScenario(modelD(), 'hoog');
    // ind2a: A's data (20) wins over A's own value (24) and the scenario (45); B falls back to its own value (10).
    expect(amounts(hoog, { municipality: 'a', data: bundleAB() }).ind2a).toBe(20);
    expect(amounts(hoog, { municipality: 'b', data: bundleAB() }).ind2a).toBe(10);
    // gezinnen has no municipality value: the fallback is the scenario's 35.
    expect(amounts(hoog, { municipality: 'a', data: bundleAB() }).gezinnen).toBe(35);
    // Without data the bindings are ignored.
    expect(amounts(hoog, { municipality: 'a' })).toEqual({ ind2a: 24, ind2aJaar: 90, gezinnen: 35, vto: 8, vtoJaar: 8, oud: 7 });
    expect(computeBusinessCase(hoog, { municipality: 'a' }).dataNotes).toEqual([]);
  });

  it('traces each bound value with its origin in the formula', () => {
    const a = computeBusinessCase(modelD(), { municipality: 'a', data: bundleAB() });
    expect(a.byItem.map((i) => nbsp(i.formula))).toEqual([
      '20 indicaties (gegevens 2025) × 1',
      '40 indicaties (gegevens 2025, op jaarbasis) × 1',
      '30 gezinnen (model; geen gegevens 2025) × 1',
      "5 VTO's (gegevens 2025 K2) × 1",
      "10 VTO's (gegevens 2025 K2, op jaarbasis) × 1",
      '7 indicaties (model; geen gegevens 2024) × 1',
    ]);
    const b = computeBusinessCase(modelD(), { municipality: 'b', data: bundleAB(), lang: 'en' });
    expect(b.byItem[0]!.formula).toBe('10 indicaties (model; data 2025 suppressed) × 1');
  });

  it('takes an allocation key from the data too', () => {
    const model = modelD();
    model.items.push({
      id: 'r',
      label: 'Regionaal',
      type: 'cost',
      kind: 'structural',
      stakeholder: 'g',
      quantity: [300],
      unitCost: [],
      scope: 'region',
      allocate: 'ind2a',
    });
    // Keys: A 20 (data), B 10 (fallback): A carries 2/3 of 300.
    const a = computeBusinessCase(model, { municipality: 'a', data: bundleAB() });
    expect(a.byItem.find((i) => i.id === 'r')!.amounts[0]).toBeCloseTo(200, 10);
    // The region vector's bindings are listed once the case carries a region item.
    expect(a.bindings!.filter((x) => x.municipality === null).map((x) => [x.parameter, x.value])[0]).toEqual(['ind2a', 50]);
  });

  it('reports an unknown file, measure or product, and a malformed period', () => {
    const m = modelD() as unknown as { parameters: Array<{ data: Record<string, unknown> }> };
    m.parameters[0]!.data.file = 'gebruik';
    m.parameters[1]!.data.measure = 'uren';
    m.parameters[2]!.data.product = '3';
    m.parameters[3]!.data.period = '2025-Q5';
    m.parameters[4]!.data.year = 2025; // year and period
    delete m.parameters[5]!.data.year; // neither
    const { errors } = validateModel(m);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['$.parameters[0].data.file', 'binding-file'],
      ['$.parameters[1].data.measure', 'binding-measure'],
      ['$.parameters[2].data.product', 'binding-product'],
      ['$.parameters[3].data.period', 'binding-period'],
      ['$.parameters[4].data.period', 'binding-period'],
      ['$.parameters[5].data', 'binding-period'],
    ]);
    expect(errors[3]!.message).toBe('data.period moet een periode zijn als "2025", "2025-Q2" of "2025-07", gevonden "2025-Q5".');
    const year = modelD() as unknown as { parameters: Array<{ data: Record<string, unknown> }> };
    year.parameters[0]!.data.year = 25;
    year.parameters[1]!.data.annualise = 'ja';
    expect(validateModel(year).errors.map((e) => [e.path, e.code])).toEqual([
      ['$.parameters[0].data.year', 'binding-period'],
      ['$.parameters[1].data.annualise', 'type'],
    ]);
  });

  it('ignores a bundle without the files (no cells: missing)', () => {
    const empty = { ...bundleAB(), usage: [], usageRegion: [], indicators: [], indicatorsRegion: [] } as Bundle;
    const a = computeBusinessCase(modelD(), { municipality: 'a', data: empty });
    expect(a.dataNotes!.every((n) => n.reason === 'missing')).toBe(true);
    expect(a.totals.npv).toBe(24 + 90 + 30 + 8 + 8 + 7);
  });
});
