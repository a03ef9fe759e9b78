import { describe, expect, it } from 'vitest';
import { selectBenchmark, type Benchmark } from '../../../src/select/benchmark.js';
import { parseMeasure, availableMeasureKeys } from '../../../src/select/benchmark-measures.js';
import { competitionRanks, quantile, roundTo, spreadOf } from '../../../src/select/benchmark-stats.js';
import { EMPTY_FILTERS } from '../../../src/select/filters.js';
import { INHABITANTS, SIX, TWO_QUARTERS, bundleOf, modelWith, usage } from './benchmark-fixtures.js';

const indications2a = { kind: 'usage', measure: 'indications', product: '2a' } as const;
const brief = (b: Benchmark) => b.rows.map((r) => [r.municipality, r.rank, r.compared, r.unranked ?? null, r.suppressed]);

describe('benchmark statistics', () => {
  it('ranks by competition ranking, highest first: 1, 2, 2, 4', () => {
    expect(competitionRanks([5, 3, 3, 1])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([1, 3, 5, 3])).toEqual([4, 2, 1, 2]);
    expect(competitionRanks([7, 7, 7])).toEqual([1, 1, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('takes quartiles by linear interpolation (type 7, Excel KWARTIEL.INC)', () => {
    // Positions (n − 1) × p: for 1 … 5 they are 1, 2 and 3, exactly the values 2, 3, 4.
    expect(spreadOf([5, 1, 4, 2, 3])).toEqual({ n: 5, q1: 2, median: 3, q3: 4 });
    // n = 4: positions 0.75, 1.5, 2.25 between 1, 2, 4, 8: 1.75, 3, 5.
    expect(spreadOf([8, 1, 4, 2])).toEqual({ n: 4, q1: 1.75, median: 3, q3: 5 });
    expect(spreadOf([1, 3])).toEqual({ n: 2, q1: 1.5, median: 2, q3: 2.5 });
    expect(spreadOf([7])).toEqual({ n: 1, q1: 7, median: 7, q3: 7 });
    expect(spreadOf([])).toBeNull();
    expect(quantile([1.25, 1.3], 0.5)).toBe(1.275);
    expect(() => quantile([1], 1.5)).toThrow('quantile: p must lie in [0, 1], not 1.5');
  });

  it('rounds half away from zero, without -0', () => {
    expect([roundTo(0.125, 2), roundTo(1.005, 2), roundTo(-0.125, 2), roundTo(-0.001, 2), roundTo(2.5, 0)]).toEqual([0.13, 1.01, -0.13, 0, 3]);
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});

describe('selectBenchmark: a count per 1,000 inhabitants', () => {
  const model = modelWith(INHABITANTS);
  const benchmark = selectBenchmark(TWO_QUARTERS, indications2a, { ...EMPTY_FILTERS, municipalities: ['Rijswijk'] }, { model });

  it('gives each published count its rate, ties share a place, hidden ones are unranked at the bottom, alphabetically', () => {
    expect(benchmark.rated).toBe(true);
    expect(benchmark.digits).toBe(2);
    expect(brief(benchmark)).toEqual([
      ['Delft', 1, 0.25, null, false],
      ['Rijswijk', 1, 0.25, null, false],
      ['Den Haag', 3, 0.15, null, false],
      ['Westland', 4, 0.1, null, false],
      // "< 5": its only hidden part next to a published 0. "afgeschermd": a hidden part next to 6.
      ['Midden-Delfland', null, null, 'hidden', 'primary'],
      ['Wassenaar', null, null, 'hidden', 'secondary'],
    ]);
    expect(benchmark.rows.map((r) => [r.value, r.rate, r.denominator])).toEqual([
      [20, 0.25, 80000],
      [10, 0.25, 40000],
      [60, 0.15, 400000],
      [20, 0.1, 200000],
      [null, null, 20000],
      [null, null, 25000],
    ]);
    expect(benchmark.rows.map((r) => r.selected)).toEqual([false, true, false, false, false, false]);
    expect([benchmark.ranked, benchmark.hidden, benchmark.unrankedPublished]).toEqual([4, 2, 0]);
  });

  it('takes the median and quartiles of the ranked rates only', () => {
    // Sorted 0.10, 0.15, 0.25, 0.25: positions 0.75, 1.5, 2.25.
    expect(benchmark.spread).toEqual({ n: 4, q1: 0.1375, median: 0.2, q3: 0.25 });
    expect([benchmark.from, benchmark.to]).toEqual(['2024-Q1', '2024-Q2']);
  });

  it('follows the period range: one quarter has other values and no hidden part for Wassenaar', () => {
    const q2 = selectBenchmark(TWO_QUARTERS, indications2a, { ...EMPTY_FILTERS, from: '2024-Q2', to: '2024-Q2' }, { model });
    // Wassenaar 6 / 25,000 = 0.24; Delft 10 / 80,000 and Rijswijk 5 / 40,000 = 0.125, both 0.13 as
    // shown, a tie; Den Haag 30 / 400,000 = 0.075 → 0.08; Westland 0.06; Midden-Delfland 0.
    expect(brief(q2)).toEqual([
      ['Wassenaar', 1, 0.24, null, false],
      ['Delft', 2, 0.13, null, false],
      ['Rijswijk', 2, 0.13, null, false],
      ['Den Haag', 4, 0.08, null, false],
      ['Westland', 5, 0.06, null, false],
      ['Midden-Delfland', 6, 0, null, false],
    ]);
  });

  it('ranks by the count itself without a denominator', () => {
    const plain = selectBenchmark(TWO_QUARTERS, indications2a, EMPTY_FILTERS);
    expect(plain.rated).toBe(false);
    expect(plain.digits).toBe(0);
    expect(brief(plain).slice(0, 4)).toEqual([
      ['Den Haag', 1, 60, null, false],
      ['Delft', 2, 20, null, false],
      ['Westland', 2, 20, null, false],
      ['Rijswijk', 4, 10, null, false],
    ]);
    expect(plain.spread).toEqual({ n: 4, q1: 17.5, median: 20, q3: 30 });
  });

  it('leaves a municipality without a denominator unranked, with its count', () => {
    const partial = selectBenchmark(TWO_QUARTERS, indications2a, EMPTY_FILTERS, { model: modelWith({ Delft: 80000, 'Den Haag': 400000 }) });
    expect(partial.rows.filter((r) => r.unranked === 'no_denominator').map((r) => [r.municipality, r.value, r.rate])).toEqual([
      ['Rijswijk', 10, null],
      ['Westland', 20, null],
    ]);
    expect(partial.unrankedPublished).toBe(2);
    expect(partial.spread).toEqual({ n: 2, q1: 0.175, median: 0.2, q3: 0.225 });
  });
});

describe('selectBenchmark: disclosure control', () => {
  it('never computes a rate from a count from 1 to 4, nor shows or ranks it (a bundle that was not checked)', () => {
    const unchecked = bundleOf(['Delft', 'Wassenaar'], ['2024-Q1'], { usage: [usage('Delft', '2024-Q1', '2a', 12), usage('Wassenaar', '2024-Q1', '2a', 3)] });
    const b = selectBenchmark(unchecked, indications2a, EMPTY_FILTERS, { model: modelWith({ Delft: 1000, Wassenaar: 1000 }) });
    expect(b.rows.map((r) => [r.municipality, r.value, r.rate, r.rank, r.suppressed])).toEqual([
      ['Delft', 12, 12, 1, false],
      ['Wassenaar', null, null, null, 'primary'],
    ]);
    const indicator = bundleOf(['Delft', 'Wassenaar'], ['2024-Q1'], {
      indicators: [{ municipality: 'Wassenaar', period: '2024-Q1', indicator: 'placements', value: 2, label: null, suppressed: false }],
    });
    const rows = selectBenchmark(indicator, { kind: 'indicator', indicator: 'placements' }, EMPTY_FILTERS, { model: modelWith({ Wassenaar: 1000 }) }).rows;
    expect(rows.find((r) => r.municipality === 'Wassenaar')).toMatchObject({ value: null, rate: null, rank: null, suppressed: 'primary' });
  });

  it('hides a sum over periods with a hidden part, whatever the hidden cell holds', () => {
    // A cell that is marked hidden but still carries its number (as a bundle before publishing would).
    const poisoned = { ...TWO_QUARTERS, usage: TWO_QUARTERS.usage.map((c) => (c.suppressed ? { ...c, indications: 3 } : c)) };
    expect(selectBenchmark(poisoned, indications2a, EMPTY_FILTERS)).toEqual(selectBenchmark(TWO_QUARTERS, indications2a, EMPTY_FILTERS));
  });
});

describe('selectBenchmark: hours per indication and the share over the cap', () => {
  const cells = [
    usage('Delft', '2024-Q1', '2a', 10, { hoursUsed: 160, overCap: 0 }),
    usage('Delft', '2024-Q2', '2a', 10, { hoursUsed: 200, overCap: 5 }),
    usage('Den Haag', '2024-Q1', '2a', 30, { hoursUsed: 450, overCap: 6 }),
    usage('Den Haag', '2024-Q2', '2a', 30, { hoursUsed: 540, overCap: 6 }),
    usage('Midden-Delfland', '2024-Q1', '2a', null),
    usage('Midden-Delfland', '2024-Q2', '2a', 0, { hoursUsed: 0, overCap: 0 }),
    usage('Rijswijk', '2024-Q1', '2a', 5, { hoursUsed: 100, overCap: 5 }),
    usage('Rijswijk', '2024-Q2', '2a', 5, { hoursUsed: null, overCap: 0 }),
    usage('Wassenaar', '2024-Q1', '2a', 0, { hoursUsed: 0, overCap: 0 }),
    usage('Wassenaar', '2024-Q2', '2a', 0, { hoursUsed: 0, overCap: 0 }),
    usage('Westland', '2024-Q1', '2a', 8, { hoursUsed: 120, overCap: 0 }),
    usage('Westland', '2024-Q2', '2a', 12, { hoursUsed: 210, overCap: null, hiddenFields: ['overCap'] }),
  ];
  const bundle = bundleOf(SIX, ['2024-Q1', '2024-Q2'], { usage: cells });

  it('hours per indication: Σ hours used ÷ Σ indications, one decimal, never per 1,000', () => {
    const b = selectBenchmark(bundle, parseMeasure('hours-per-indication', '2a')!, EMPTY_FILTERS, { model: modelWith(INHABITANTS) });
    expect([b.unit, b.rated, b.digits]).toEqual(['hours', false, 1]);
    // Delft 360 / 20 = 18; Den Haag 990 / 60 = 16.5; Westland 330 / 20 = 16.5.
    expect(brief(b)).toEqual([
      ['Delft', 1, 18, null, false],
      ['Den Haag', 2, 16.5, null, false],
      ['Westland', 2, 16.5, null, false],
      ['Midden-Delfland', null, null, 'hidden', 'secondary'],
      ['Rijswijk', null, null, 'no_value', false],
      ['Wassenaar', null, null, 'no_value', false],
    ]);
    expect(b.rows.slice(4).map((r) => r.flag)).toEqual(['no_hours', 'no_indications']);
    expect(b.spread).toEqual({ n: 3, q1: 16.5, median: 16.5, q3: 17.25 });
  });

  it('share over the cap: Σ over-cap ÷ Σ indications as a percentage; a hidden over-cap field hides it', () => {
    const b = selectBenchmark(bundle, parseMeasure('over-cap-share', '2a')!, EMPTY_FILTERS);
    // Rijswijk 5 / 10 = 50 %, Delft 5 / 20 = 25 %, Den Haag 12 / 60 = 20 %.
    expect(brief(b)).toEqual([
      ['Rijswijk', 1, 50, null, false],
      ['Delft', 2, 25, null, false],
      ['Den Haag', 3, 20, null, false],
      ['Midden-Delfland', null, null, 'hidden', 'secondary'],
      ['Westland', null, null, 'hidden', 'secondary'],
      ['Wassenaar', null, null, 'no_value', false],
    ]);
    expect(b.spread).toEqual({ n: 3, q1: 22.5, median: 25, q3: 37.5 });
  });

  it('reads measure keys, with the products each applies to', () => {
    expect(parseMeasure('hours-per-indication', '1')).toEqual({ kind: 'usage', measure: 'hours-per-indication', product: '2a' });
    expect(parseMeasure('indications', '1')).toEqual({ kind: 'usage', measure: 'indications', product: '1' });
    expect(parseMeasure('indicator:vto_prevented', '')).toEqual({ kind: 'indicator', indicator: 'vto_prevented' });
    expect([parseMeasure('unknown', '2a'), parseMeasure('indicator:', '2a')]).toEqual([null, null]);
    expect(availableMeasureKeys(bundle)).toEqual(['indications', 'hours-per-indication', 'over-cap-share']);
  });
});
