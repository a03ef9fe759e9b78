import { describe, expect, it } from 'vitest';
import { ModelOptionError, monteCarlo, mulberry32, percentile, triangular } from '../../../src/model/index.js';
import { modelB, tiny } from './fixtures.js';

/** The reference mulberry32 (Tommy Ettinger, as published by bryc), written independently. */
function referenceMulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A linear model: NPV = 1,000 a − 500 b (one year, no discounting).
 * a ~ triangular(1, 2, 6): mean 3; b ~ triangular(0, 1, 2): mean 1; so E[NPV] = 2,500.
 * Var = 1,000² × (1 + 4 + 36 − 2 − 6 − 12)/18 + 500² × (0 + 1 + 4 − 0 − 0 − 2)/18
 *     = 1,166,666.7 + 41,666.7 = 1,208,333.3; sd ≈ 1,099.2; standard error of the mean over
 * 10,000 runs ≈ 11.0. The test allows 5 standard errors (55): a correct sampler fails it with
 * probability below 1e-6, whereas a wrong mode or distribution (e.g. uniform, mean 3.5 for a)
 * misses by hundreds.
 */
function linear() {
  return tiny(
    [
      { id: 'a', label: 'a', value: 2, low: 1, high: 6, unit: '' },
      { id: 'b', label: 'b', value: 1, low: 0, high: 2, unit: '' },
      { id: 'k', label: 'k', value: 1000, unit: '€' },
    ],
    [
      { id: 'x', label: 'x', type: 'benefit', kind: 'structural', stakeholder: 's', quantity: ['a'], unitCost: ['k'] },
      { id: 'y', label: 'y', type: 'cost', kind: 'structural', stakeholder: 's', quantity: ['b'], unitCost: [500] },
    ],
  );
}

describe('random', () => {
  it('mulberry32 equals the reference implementation and is in [0, 1)', () => {
    for (const seed of [1, 42, 0, -7, 2 ** 32 + 5, 123.9]) {
      const ours = mulberry32(seed);
      const reference = referenceMulberry32(seed);
      for (let i = 0; i < 1000; i++) {
        const u = ours();
        expect(u).toBe(reference());
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
      }
    }
    expect(mulberry32(1)()).toBe(referenceMulberry32(1)());
    // Seeds are taken as unsigned 32-bit integers.
    expect(mulberry32(-1)()).toBe(mulberry32(4294967295)());
  });

  it('triangular inverts the CDF exactly', () => {
    expect(triangular(0, 0, 1, 4)).toBe(0);
    expect(triangular(0.25, 0, 1, 4)).toBe(1); // F(mode) = (1 − 0)/(4 − 0)
    expect(triangular(0.125, 0, 1, 4)).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(triangular(0.5, 0, 1, 4)).toBeCloseTo(4 - Math.sqrt(6), 12);
    expect(triangular(0.5, 0, 1, 2)).toBe(1);
    expect(triangular(0.3, 5, 5, 5)).toBe(5);
    expect(triangular(0.5, 2, 2, 4)).toBeCloseTo(4 - Math.sqrt(2), 12); // mode at low
    expect(triangular(0.5, 2, 4, 4)).toBeCloseTo(2 + Math.sqrt(2), 12); // mode at high
  });

  it('percentile interpolates linearly between closest ranks (type 7)', () => {
    const five = [1, 2, 3, 4, 5];
    expect(percentile(five, 0.05)).toBeCloseTo(1.2, 12); // h = 4 × 0.05 = 0.2
    expect(percentile(five, 0.5)).toBe(3);
    expect(percentile(five, 0.95)).toBeCloseTo(4.8, 12);
    expect(percentile(five, 0)).toBe(1);
    expect(percentile(five, 1)).toBe(5);
    const ten = Array.from({ length: 10 }, (_, i) => i * 10);
    expect(percentile(ten, 0.05)).toBeCloseTo(4.5, 12); // h = 9 × 0.05 = 0.45
    expect(percentile(ten, 0.5)).toBeCloseTo(45, 12);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('monteCarlo', () => {
  it('gives identical results for the same seed and different results for another seed', () => {
    const first = monteCarlo(linear(), { seed: 42, keepSamples: true });
    const second = monteCarlo(linear(), { seed: 42, keepSamples: true });
    expect(second).toEqual(first);
    expect(monteCarlo(linear(), { seed: 43 }).mean).not.toBe(first.mean);
    expect(first.runs).toBe(10000);
    expect(first.seed).toBe(42);
    expect(first.drawn).toEqual(['a', 'b']);
  });

  it('defaults to 10,000 runs with seed 1', () => {
    expect(monteCarlo(linear())).toEqual(monteCarlo(linear(), { runs: 10000, seed: 1 }));
  });

  it('matches the analytic mean of a linear model', () => {
    const result = monteCarlo(linear());
    expect(Math.abs(result.mean - 2500)).toBeLessThan(55);
    expect(result.p5).toBeLessThan(result.p50);
    expect(result.p50).toBeLessThan(result.p95);
    // Every run lies between 1,000 × 1 − 500 × 2 = 0 and 1,000 × 6 − 0 = 6,000.
    expect(result.p5).toBeGreaterThan(0);
    expect(result.p95).toBeLessThan(6000);
    expect(result.probPositive).toBe(1);
  });

  it('computes the statistics from the runs it returns', () => {
    const result = monteCarlo(linear(), { runs: 101, seed: 7, keepSamples: true });
    const samples = result.samples!;
    expect(samples).toHaveLength(101);
    expect([...samples].sort((x, y) => x - y)).toEqual(samples);
    expect(result.p5).toBe(samples[5]); // h = 100 × 0.05 = 5, an exact rank
    expect(result.p50).toBe(samples[50]);
    expect(result.p95).toBe(samples[95]);
    expect(result.mean).toBeCloseTo(samples.reduce((a, b) => a + b, 0) / 101, 6);
    expect(result.probPositive).toBe(samples.filter((x) => x > 0).length / 101);
  });

  it('draws in model order, one number per ranged parameter per run', () => {
    const result = monteCarlo(linear(), { runs: 3, seed: 9, keepSamples: true });
    const random = mulberry32(9);
    const expected: number[] = [];
    for (let run = 0; run < 3; run++) {
      const a = triangular(random(), 1, 2, 6);
      const b = triangular(random(), 0, 1, 2);
      expected.push(1000 * a - 500 * b);
    }
    expected.sort((x, y) => x - y);
    result.samples!.forEach((npv, i) => expect(npv).toBeCloseTo(expected[i]!, 8));
  });

  it('holds parameters without a range fixed and reports a degenerate distribution', () => {
    const model = linear();
    for (const p of model.parameters) {
      delete p.low;
      delete p.high;
    }
    const result = monteCarlo(model, { runs: 50 });
    expect(result).toMatchObject({ runs: 50, mean: 1500, p5: 1500, p50: 1500, p95: 1500, probPositive: 1, drawn: [] });
  });

  it('takes the region and municipality options', () => {
    // Region: NPV = 5,400 − 80 × rate, rate ~ triangular(40, 50, 70): mean 53.33 → 1,133.33.
    const region = monteCarlo(modelB(), { runs: 20000 });
    expect(Math.abs(region.mean - (5400 - (80 * 160) / 3))).toBeLessThan(10);
    // Municipality b: mode is its own rate 60; NPV = 4,800 − 60 × rate; E[rate] = 170/3.
    const b = monteCarlo(modelB(), { municipality: 'b', runs: 20000 });
    expect(Math.abs(b.mean - (4800 - (60 * 170) / 3))).toBeLessThan(10);
  });

  it('rejects impossible options', () => {
    expect(() => monteCarlo(linear(), { runs: 0 })).toThrow(ModelOptionError);
    expect(() => monteCarlo(linear(), { runs: 1.5 })).toThrow(ModelOptionError);
    expect(() => monteCarlo(linear(), { runs: 1e9 })).toThrow(ModelOptionError);
    expect(() => monteCarlo(linear(), { seed: Number.NaN })).toThrow(ModelOptionError);
  });
});

describe('startMonteCarlo', () => {
  it('gives exactly the result of monteCarlo when drawn in uneven steps', async () => {
    const { startMonteCarlo } = await import('../../../src/model/index.js');
    const options = { runs: 1003, seed: 9, keepSamples: true };
    const session = startMonteCarlo(linear(), options);
    expect(session.runs).toBe(1003);
    expect(() => session.result()).toThrow(/0 of 1003/);
    expect(session.step(500)).toBe(false);
    expect(session.done).toBe(500);
    expect(session.step(0)).toBe(false);
    expect(session.step(1000)).toBe(true);
    expect(session.done).toBe(1003);
    expect(session.result()).toEqual(monteCarlo(linear(), options));
  });
});
