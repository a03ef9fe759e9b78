import { describe, expect, it } from 'vitest';
import { breakEven, computeBusinessCase, ModelOptionError, type Item } from '../../../src/model/index.js';
import { modelA, modelB, tiny } from './fixtures.js';

const benefit = (id: string, quantity: Item['quantity'], unitCost: Item['unitCost']): Item => ({
  id,
  label: id,
  type: 'benefit',
  kind: 'structural',
  stakeholder: 's',
  quantity,
  unitCost,
});
const cost = (id: string, quantity: Item['quantity'], unitCost: Item['unitCost']): Item => ({
  ...benefit(id, quantity, unitCost),
  type: 'cost',
});

describe('breakEven', () => {
  it('finds the root of a linear NPV', () => {
    // NPV = 100 x − 325 → x = 3.25.
    const model = tiny([{ id: 'x', label: 'x', value: 1, unit: '' }], [benefit('b', ['x'], [100]), cost('c', [325], [])]);
    expect(breakEven(model, 'x')).toBeCloseTo(3.25, 10);
  });

  it('is exact when the parameter appears in several factors (NPV = 10 x² − 1000, root 10)', () => {
    const model = tiny([{ id: 'x', label: 'x', value: 4, unit: '' }], [benefit('b', ['x'], ['x', 10]), cost('c', [1000], [])]);
    const root = breakEven(model, 'x')!;
    expect(root).toBeCloseTo(Math.sqrt(1000 / 10), 9);
    const at = structuredClone(model);
    at.parameters[0]!.value = root;
    expect(Math.abs(computeBusinessCase(at).totals.npv)).toBeLessThan(1e-9);
  });

  it('returns the smallest of several roots (NPV = x² − 7x + 10 = (x − 2)(x − 5))', () => {
    const model = tiny(
      [{ id: 'x', label: 'x', value: 3, unit: '' }],
      [benefit('sq', ['x', 'x'], [1]), cost('lin', ['x'], [7]), benefit('k', [10], [])],
      { horizonYears: 3, discountRate: 0.05 }, // discounting scales the NPV, not its roots
    );
    expect(breakEven(model, 'x')).toBeCloseTo(2, 9);
  });

  it('finds two roots 0.001 apart that a coarse grid would miss ((x − 1)(x − 1.001)(x − 3))', () => {
    // x³ − 5.001 x² + 7.004 x − 3.003; base 2 → search range [0, 200].
    const model = tiny(
      [{ id: 'x', label: 'x', value: 2, unit: '' }],
      [benefit('cube', ['x', 'x', 'x'], []), cost('sq', ['x', 'x'], [5.001]), benefit('lin', ['x'], [7.004]), cost('k', [3.003], [])],
    );
    expect(breakEven(model, 'x')).toBeCloseTo(1, 9);
  });

  it('returns null when the NPV does not change sign in [0, 100 × value]', () => {
    const always = tiny([{ id: 'x', label: 'x', value: 2, unit: '' }], [benefit('b', ['x'], [1]), benefit('k', [100], [])]);
    expect(breakEven(always, 'x')).toBeNull();
    // Root at 250 lies beyond 100 × 2 = 200.
    const far = tiny([{ id: 'x', label: 'x', value: 2, unit: '' }], [benefit('b', ['x'], [4]), cost('k', [1000], [])]);
    expect(breakEven(far, 'x')).toBeNull();
    far.parameters[0]!.value = 2.5; // range [0, 250]: the root is its end
    expect(breakEven(far, 'x')).toBeCloseTo(250, 9);
  });

  it('returns 0 when the NPV is exactly 0 at 0', () => {
    const model = tiny([{ id: 'x', label: 'x', value: 5, unit: '' }], [benefit('b', ['x'], [10]), cost('c', ['x'], [4])]);
    expect(breakEven(model, 'x')).toBe(0);
  });

  it('uses 100 × high, or else 100, as the range when the value is 0', () => {
    // NPV = 10 x − 1500: root 150.
    const withHigh = tiny([{ id: 'x', label: 'x', value: 0, low: 0, high: 5, unit: '' }], [benefit('b', ['x'], [10]), cost('c', [1500], [])]);
    expect(breakEven(withHigh, 'x')).toBeCloseTo(150, 9);
    const withoutHigh = tiny([{ id: 'x', label: 'x', value: 0, unit: '' }], [benefit('b', ['x'], [10]), cost('c', [1500], [])]);
    expect(breakEven(withoutHigh, 'x')).toBeNull();
    withoutHigh.items[1]!.quantity = [600];
    expect(breakEven(withoutHigh, 'x')).toBeCloseTo(60, 9);
  });

  it('returns null for a parameter that no item uses when the NPV is not 0', () => {
    expect(breakEven(modelA(), 'aandeel')).not.toBeNull();
    const model = tiny([{ id: 'x', label: 'x', value: 1, unit: '' }], [cost('c', [5], [])]);
    expect(breakEven(model, 'x')).toBeNull();
  });

  it('agrees with the engine on worked example A', () => {
    // NPV(tarief) = pvBenefits − tarief × 900 × (1 + 1/1.21).
    const pvBenefits = 22500 + 45000 / 1.1 + 45000 / 1.21 + 45000 / 1.331;
    const expected = (pvBenefits - 10000 / 1.21 - 10000 / 1.331) / (900 * (1 + 1 / 1.21));
    expect(breakEven(modelA(), 'tarief')).toBeCloseTo(expected, 9);
  });

  it('takes the region and municipality options', () => {
    // Region: NPV = 6,400 − 1,000 − 80 × rate → 67.5. Municipality b: 2 × 30 × (80 − rate) → 80.
    expect(breakEven(modelB(), 'rate')).toBeCloseTo(67.5, 9);
    expect(breakEven(modelB(), 'rate', { municipality: 'b' })).toBeCloseTo(80, 9);
    // fam replaces every municipality's value: NPV = 2 (80 − 50) fam + 2 (80 − 60) fam − 1,000 → 10.
    expect(breakEven(modelB(), 'fam')).toBeCloseTo(10, 9);
  });

  it('throws ModelOptionError for an unknown parameter, with a suggestion', () => {
    try {
      breakEven(modelA(), 'tariff');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ModelOptionError);
      expect((e as ModelOptionError).errors[0]).toMatchObject({ path: 'parameterId', code: 'unknown-parameter', suggestion: 'tarief' });
    }
  });
});
