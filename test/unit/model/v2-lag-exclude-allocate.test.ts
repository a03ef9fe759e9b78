import { describe, expect, it } from 'vitest';
import { applyScenario, breakEven, computeBusinessCase, monteCarlo, sensitivity, validateModel, type BusinessCaseModel } from '../../../src/model/index.js';
import { modelC, tinyV2 } from './fixtures-v2.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const codes = (model: unknown, kind: 'errors' | 'warnings' = 'errors') => validateModel(model)[kind].map((e) => [e.path, e.code]);

/**
 * Worked example L (lag with a ramp), 5 years from 2026, discount rate 10%:
 * - s1: structural benefit 100 a year, ramp [0.5, 1], lag 2: the amount at t is the version-1
 *   amount at t − 2, so [0, 0, 50, 100, 100];
 * - i1: incidental cost 100 in years [0, 1], lag 1: [0, 100, 100, 0, 0].
 * pv(s1) = 50/1.1² + 100/1.1³ + 100/1.1⁴ = 184.7551396762516;
 * pv(i1) = 100/1.1 + 100/1.1² = 173.55371900826447; NPV = 11.201420667987122.
 * Scenario `doorgaan` excludes i1 (a start-up cost already made).
 */
function modelL(): BusinessCaseModel {
  return tinyV2({
    horizonYears: 5,
    discountRate: 0.1,
    parameters: [{ id: 'bedrag', label: 'Bedrag', value: 100, low: 50, high: 150, unit: '€' }],
    items: [
      { id: 's1', label: 'Minder OTS', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: [1], unitCost: ['bedrag'], ramp: [0.5, 1], lag: 2 },
      { id: 'i1', label: 'Starttraining', type: 'cost', kind: 'incidental', stakeholder: 's', quantity: [1], unitCost: [100], years: [0, 1], lag: 1 },
    ],
    // A version-2 scenario may leave out `values` (default {}): the type allows it too.
    scenarios: [{ id: 'doorgaan', label: 'Doorgaan', exclude: ['i1'] }],
  });
}

describe('version 2: lag', () => {
  const result = computeBusinessCase(modelL());

  it('shifts the schedule and the ramp by the lag', () => {
    expect(result.byItem.map((i) => [i.id, i.amounts, i.lag])).toEqual([
      ['s1', [0, 0, 50, 100, 100], 2],
      ['i1', [0, 100, 100, 0, 0], 1],
    ]);
    expect(result.byItem[0]!.pv).toBeCloseTo(184.7551396762516, 9);
    expect(result.byItem[1]!.pv).toBeCloseTo(173.55371900826447, 9);
    expect(result.totals.npv).toBeCloseTo(11.201420667987122, 9);
    expect(result.years.map((y) => y.cumulativeNet)).toEqual([0, -100, -150, -50, 50]);
    expect(result.totals.paybackYear).toBe(2026); // 0 ≥ 0 in the first year
    expect(nbsp(result.byItem[0]!.formula)).toBe('1 × € 100 × ingroei (0,5; 1), 2 jaar later');
    expect(computeBusinessCase(modelL(), { lang: 'en' }).byItem[1]!.formula).toBe('1 × 100, 1 year later');
  });

  it('keeps sensitivity and break-even consistent with the shifted schedule', () => {
    // NPV(b) = b × (184.755…/100) − 173.553…: zero at b = 93.937…
    expect(breakEven(modelL(), 'bedrag')).toBeCloseTo((173.55371900826447 / 184.7551396762516) * 100, 9);
    expect(sensitivity(modelL())[0]!.npvHigh).toBeCloseTo(1.5 * 184.7551396762516 - 173.55371900826447, 9);
  });

  it('reports a lag that is not a whole number ≥ 0, and warns when it reaches past the horizon', () => {
    const m = modelL();
    m.items[0]!.lag = 1.5;
    m.items[1]!.lag = -1;
    expect(codes(m)).toEqual([
      ['$.items[0].lag', 'lag-invalid'],
      ['$.items[1].lag', 'lag-invalid'],
    ]);
    m.items[0]!.lag = 5;
    m.items[1]!.lag = 0;
    expect(codes(m)).toEqual([]);
    expect(codes(m, 'warnings')).toEqual([['$.items[0].lag', 'lag-beyond-horizon']]);
    expect(computeBusinessCase(m).byItem[0]!.amounts).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('version 2: alternatives that leave items out', () => {
  it('applyScenario marks the excluded items; the engine lists them with amounts 0, outside every total', () => {
    const applied = applyScenario(modelL(), 'doorgaan');
    expect(applied.items.map((i) => i.excluded)).toEqual([undefined, true]);
    expect(modelL().items[1]!.excluded).toBeUndefined(); // the input is not changed
    const result = computeBusinessCase(applied);
    expect(result.byItem.map((i) => [i.id, i.amounts, i.pv, i.excluded])).toEqual([
      ['s1', [0, 0, 50, 100, 100], result.byItem[0]!.pv, undefined],
      ['i1', [0, 0, 0, 0, 0], 0, true],
    ]);
    expect(result.totals.pvCosts).toBe(0);
    expect(result.totals.npv).toBeCloseTo(184.7551396762516, 9);
    expect(result.byStakeholder[0]!.pvCosts).toBe(0);
    // Sensitivity, break-even and Monte Carlo leave it out too.
    expect(breakEven(applied, 'bedrag')).toBe(0);
    expect(monteCarlo(applied, { runs: 50 }).probPositive).toBe(1);
  });

  it('reports an unknown item id in exclude, with a suggestion', () => {
    const m = modelL();
    m.scenarios![0]!.exclude = ['i2'];
    const { errors } = validateModel(m);
    expect(errors.map((e) => [e.path, e.code, e.suggestion])).toEqual([['$.scenarios[0].exclude[0]', 'unknown-item', 'i1']]);
    expect(errors[0]!.message).toBe('Onbekende post "i2". Bedoelde u "i1"?');
    (m.items[0] as unknown as Record<string, unknown>).excluded = 'ja';
    m.scenarios![0]!.exclude = ['i1'];
    expect(validateModel(m).errors.map((e) => [e.path, e.code])).toEqual([['$.items[0].excluded', 'type']]);
  });
});

describe('version 2: allocating a region item (worked example C)', () => {
  it('gives each municipality its share of an allocated region item, by the key', () => {
    const a = computeBusinessCase(modelC(), { municipality: 'a' });
    const b = computeBusinessCase(modelC(), { municipality: 'b' });
    // A: 5 × 10 + 1,000 × 30,000/40,000 = 50 + 750; B: 150 + 250.
    expect(a.byItem.map((i) => [i.id, i.amounts, i.allocation])).toEqual([
      ['m1', [50], undefined],
      ['r1', [750], { key: 'inwoners', keyLabel: 'Inwoners', share: 0.75 }],
    ]);
    expect(a.totals.npv).toBe(-800);
    expect(b.totals.npv).toBe(-400);
    expect(nbsp(a.byItem[1]!.formula)).toBe('1 × € 1.000 × aandeel 75% (Inwoners)');
    // The unallocated region item is named, not silently dropped.
    expect(a.uncarried).toEqual([{ id: 'r2', label: 'Website', type: 'cost', pv: 200 }]);
  });

  it('leaves the region case unchanged, and the municipalities add up to it minus the unallocated items', () => {
    const region = computeBusinessCase(modelC());
    expect(region.totals.npv).toBe(-1400); // 50 + 150 + 1,000 + 200
    expect(region.byItem.map((i) => [i.id, i.amounts])).toEqual([
      ['m1', [200]],
      ['r1', [1000]],
      ['r2', [200]],
    ]);
    const sum = ['a', 'b'].reduce((s, id) => s + computeBusinessCase(modelC(), { municipality: id }).totals.npv, 0);
    expect(sum).toBe(region.totals.npv + 200);
    // byMunicipality attributes the allocated item by its key.
    expect(region.byMunicipality.map((m) => [m.id, m.npv])).toEqual([
      ['a', -800],
      ['b', -400],
    ]);
    // The sum of several municipalities carries their shares.
    const both = computeBusinessCase(modelC(), { municipalities: ['a', 'b'] });
    expect(both.basis).toEqual({ kind: 'sum', municipalities: ['a', 'b'] });
    expect(both.totals.npv).toBe(-1200);
    expect(both.byItem.find((i) => i.id === 'r1')!.allocation!.share).toBe(1);
    expect(both.uncarried!.map((u) => u.id)).toEqual(['r2']);
  });

  it('follows what-if values of the key in every municipality', () => {
    // The same value everywhere: equal shares.
    expect(computeBusinessCase(modelC(), { municipality: 'a', values: { inwoners: 1 } }).totals.npv).toBe(-550);
  });

  it('leaves an item whose key adds up to 0 to no municipality, names it, and warns', () => {
    // Both municipalities have 0 inhabitants: no share can be taken of a total of 0.
    const m = modelC();
    m.municipalities!.forEach((x) => (x.values.inwoners = 0));
    expect(validateModel(m).warnings.map((w) => [w.path, w.code])).toEqual([['$.items[1].allocate', 'allocation-key-zero']]);
    expect(validateModel(m).errors).toEqual([]);
    const a = computeBusinessCase(m, { municipality: 'a' });
    // A: only its own 50; the 1,000 and the 200 are carried by none, and listed as such.
    expect(a.totals.npv).toBe(-50);
    expect(a.uncarried).toEqual([
      { id: 'r1', label: 'Projectleiding', type: 'cost', pv: 1000 },
      { id: 'r2', label: 'Website', type: 'cost', pv: 200 },
    ]);
    expect(a.byItem.map((i) => i.id)).toEqual(['m1']);
    // The region counts it once; the municipalities add up to it minus what none carries.
    const region = computeBusinessCase(m);
    expect(region.totals.npv).toBe(-1400);
    expect(region.byMunicipality.map((x) => [x.id, x.npv])).toEqual([
      ['a', -50],
      ['b', -150],
    ]);
    const both = computeBusinessCase(m, { municipalities: ['a', 'b'] });
    expect(both.totals.npv).toBe(-200);
    expect(both.uncarried!.map((u) => u.id)).toEqual(['r1', 'r2']);
    // A what-if value of the key gives it shares again (equal ones).
    expect(computeBusinessCase(m, { municipality: 'a', values: { inwoners: 1 } }).totals.npv).toBe(-550);
  });

  it('reports allocate on an item that is not regional, and an unknown key', () => {
    const m = modelC();
    m.items[0]!.allocate = 'inwoners';
    m.items[1]!.allocate = 'inwoner';
    const { errors } = validateModel(m);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['$.items[0].allocate', 'allocate-not-region'],
      ['$.items[1].allocate', 'unknown-parameter'],
    ]);
    expect(errors[1]!.suggestion).toBe('inwoners');
  });
});
