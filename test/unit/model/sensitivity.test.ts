import { describe, expect, it } from 'vitest';
import { computeBusinessCase, sensitivity, type BusinessCaseModel } from '../../../src/model/index.js';
import { modelA, modelB, tiny } from './fixtures.js';

/**
 * NPV = 100 a − 50 b − 25 c (one year, no discounting); base a = 10, b = 3, c = 7 gives 675.
 * a: 5..20 → 175 / 1,675 (swing 1,500); b: 2..4 → 725 / 625 (swing 100); c: 6..10 → 700 / 600
 * (swing 100, a tie with b); d: unused, 0..2 → swing 0; e has no range and no row.
 */
function modelC(order: string[] = ['b', 'c', 'a', 'd', 'e']): BusinessCaseModel {
  const parameters = {
    a: { id: 'a', label: 'A', value: 10, low: 5, high: 20, unit: '' },
    b: { id: 'b', label: 'B', value: 3, low: 2, high: 4, unit: '' },
    c: { id: 'c', label: 'C', value: 7, low: 6, high: 10, unit: '' },
    d: { id: 'd', label: 'D', value: 1, low: 0, high: 2, unit: '' },
    e: { id: 'e', label: 'E', value: 1, unit: '' },
  } as const;
  return tiny(
    order.map((id) => ({ ...parameters[id as keyof typeof parameters] })),
    [
      { id: 'ia', label: 'ia', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: ['a'], unitCost: [100] },
      { id: 'ib', label: 'ib', type: 'cost', kind: 'structural', stakeholder: 's', quantity: ['b'], unitCost: [50] },
      { id: 'ic', label: 'ic', type: 'cost', kind: 'structural', stakeholder: 's', quantity: ['c', 'e'], unitCost: [25] },
    ],
  );
}

describe('sensitivity', () => {
  it('gives exact NPVs at low and high, sorted by swing, ties in parameter order', () => {
    expect(computeBusinessCase(modelC()).totals.npv).toBe(675);
    const rows = sensitivity(modelC());
    expect(rows.map((r) => [r.parameter, r.low, r.high, r.npvLow, r.npvHigh, r.swing])).toEqual([
      ['a', 5, 20, 175, 1675, 1500],
      ['b', 2, 4, 725, 625, 100],
      ['c', 6, 10, 700, 600, 100],
      ['d', 0, 2, 675, 675, 0],
    ]);
    expect(rows[0]).toMatchObject({ label: 'A', value: 10, unit: '' });
  });

  it('keeps the parameters’ order for ties when that order changes', () => {
    expect(sensitivity(modelC(['c', 'b', 'a', 'd', 'e'])).map((r) => r.parameter)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('treats swings that differ only by float rounding as a tie', () => {
    const model = tiny(
      [
        { id: 'p', label: 'P', value: 9, low: 0, high: 9, unit: '' },
        { id: 'q', label: 'Q', value: 9, low: 0, high: 9, unit: '' },
      ],
      [
        { id: 'x', label: 'x', type: 'cost', kind: 'structural', stakeholder: 's', quantity: ['p', 0.3], unitCost: [0.1] },
        { id: 'y', label: 'y', type: 'cost', kind: 'structural', stakeholder: 's', quantity: ['q'], unitCost: [0.03] },
      ],
    );
    const rows = sensitivity(model);
    // Both swings are 9 × 0.03 = 0.27, but in floating point p's is 0.27 and q's 0.2700000000000001.
    expect(rows.map((r) => r.swing)).toEqual([0.27, 0.2700000000000001]);
    expect(rows.map((r) => r.parameter)).toEqual(['p', 'q']);
    const reversed = { ...model, parameters: [...model.parameters].reverse() };
    expect(sensitivity(reversed).map((r) => r.parameter)).toEqual(['q', 'p']);
  });

  it('uses discounting and ramps like computeBusinessCase', () => {
    const rows = sensitivity(modelA());
    const low = modelA();
    low.parameters[0]!.value = 60;
    const high = modelA();
    high.parameters[3]!.value = 95;
    expect(rows.find((r) => r.parameter === 'gezinnen')!.npvLow).toBe(computeBusinessCase(low).totals.npv);
    expect(rows.find((r) => r.parameter === 'tarief')!.npvHigh).toBe(computeBusinessCase(high).totals.npv);
  });

  it('takes the region and municipality options', () => {
    // Region: rate replaces every municipality's value; NPV = 6,400 − 1,000 − 80 × rate.
    const region = sensitivity(modelB());
    expect(region).toEqual([
      { parameter: 'rate', label: 'Tarief', unit: '€ per gezin', value: 50, low: 40, high: 70, npvLow: 2200, npvHigh: -200, swing: 2400 },
    ]);
    // Municipality b (its own rate is 60): NPV = 2 × 30 × (80 − rate).
    const b = sensitivity(modelB(), { municipality: 'b' });
    expect(b[0]).toMatchObject({ value: 60, npvLow: 2400, npvHigh: 600 });
    // What-if values set the other parameters.
    const whatIf = sensitivity(modelB(), { values: { fam: 20 } });
    expect(whatIf[0]).toMatchObject({ npvLow: 2 * 20 * 80 * 2 - 1000 - 2 * 20 * 40 * 2, npvHigh: 6400 - 1000 - 2 * 40 * 70 });
  });
});
