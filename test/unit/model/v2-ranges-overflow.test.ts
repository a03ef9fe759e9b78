import { describe, expect, it } from 'vitest';
import { breakEven, computeBusinessCase, ModelValidationError, monteCarlo, mulberry32, sensitivity, validateModel } from '../../../src/model/index.js';
import { tiny } from './fixtures.js';
import { tinyV2 } from './fixtures-v2.js';

describe('ranges: a value outside [low, high] is a warning', () => {
  /** NPV = −x; x = 150 lies above its range [60, 120]. */
  const model = () =>
    tinyV2({
      parameters: [{ id: 'x', label: 'Kosten per jaar', value: 150, low: 60, high: 120, unit: '€' }],
      items: [{ id: 'c', label: 'Kosten', type: 'cost', kind: 'structural', stakeholder: 's', quantity: ['x'], unitCost: [] }],
      scenarios: [{ id: 'laag', label: 'Laag', values: { x: 40 } }],
      municipalities: [{ id: 'm', label: 'M', values: { x: 130 } }],
    });

  it('warns with the JSON path for the base, a scenario and a municipality value, and still computes', () => {
    const { errors, warnings } = validateModel(model());
    expect(errors).toEqual([]);
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ['$.parameters[0].value', 'value-out-of-range'],
      ['$.scenarios[0].values.x', 'value-out-of-range'],
      ['$.municipalities[0].values.x', 'value-out-of-range'],
      ['$.municipalities[0].values.x', 'municipal-parameter-range'],
    ]);
    expect(computeBusinessCase(model(), { region: false }).totals.npv).toBe(-150);
  });

  it('keeps sensitivity at low and high as given', () => {
    expect(sensitivity(model(), { region: false })[0]).toMatchObject({ value: 150, low: 60, high: 120, npvLow: -60, npvHigh: -120 });
  });

  it('draws Monte Carlo from triangular(low, high, mode) with the mode clamped into the range', () => {
    // mode = min(120, max(60, 150)) = 120 = high, so x = 60 + √(u × 60 × 60) = 60 + 60 √u.
    const random = mulberry32(7);
    const expected = Array.from({ length: 5 }, () => -(60 + 60 * Math.sqrt(random()))).sort((a, b) => a - b);
    const mc = monteCarlo(model(), { region: false, runs: 5, seed: 7, keepSamples: true });
    mc.samples!.forEach((npv, i) => expect(npv).toBeCloseTo(expected[i]!, 9));
    expect(Math.min(...mc.samples!)).toBeGreaterThanOrEqual(-120);
  });
});

describe('overflow: amounts that are not finite', () => {
  /** 1e308 × 10 overflows to Infinity. */
  const huge = () =>
    tiny(
      [
        { id: 'x', label: 'x', value: 1e308, unit: '' },
        { id: 'y', label: 'y', value: 1, low: 0, high: 2, unit: '' },
      ],
      [
        { id: 'ok', label: 'ok', type: 'cost', kind: 'structural', stakeholder: 's', quantity: [5], unitCost: [] },
        { id: 'big', label: 'big', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: ['x', 'y'], unitCost: [10] },
      ],
    );

  it('is a validation error at the item’s JSON path', () => {
    const { errors } = validateModel(huge());
    expect(errors.map((e) => [e.path, e.code])).toEqual([['$.items[1]', 'amount-not-finite']]);
    expect(errors[0]!.message).toBe(
      'Het bedrag van deze post is geen eindig getal bij de eigen waarden van het model: een waarde is te groot (overloop). Controleer de factoren.',
    );
    expect(() => computeBusinessCase(huge())).toThrow(ModelValidationError);
  });

  it('is found where two finite amounts add up to Infinity in one year', () => {
    const model = huge();
    model.parameters[0]!.value = 1e307;
    model.items[0]!.quantity = [1.7e308];
    model.items[0]!.type = 'benefit';
    expect(validateModel(model).errors.map((e) => [e.path, e.code])).toEqual([['$.items[1]', 'amount-not-finite']]);
  });

  it('is checked in every municipality and scenario', () => {
    const model = huge();
    model.parameters[0]!.value = 1;
    model.municipalities = [{ id: 'm', label: 'Groot', values: { x: 1e308 } }];
    expect(validateModel(model).errors.map((e) => [e.path, e.message])).toEqual([
      ['$.items[1]', 'Het bedrag van deze post is geen eindig getal in Groot: een waarde is te groot (overloop). Controleer de factoren.'],
    ]);
  });

  it('what-if values that overflow make computeBusinessCase throw, and breakEven return null, not a number', () => {
    const model = huge();
    model.parameters[0]!.value = 1;
    expect(breakEven(model, 'y')).toBe(0.5); // 10 y = 5
    expect(() => computeBusinessCase(model, { values: { x: 1e308 } })).toThrow(/\$\.items\[1\]/);
    expect(breakEven(model, 'y', { values: { x: 1e308 } })).toBeNull();
  });
});
