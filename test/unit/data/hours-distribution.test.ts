import { describe, expect, it } from 'vitest';
import { hoursDistribution, suppressBins } from '../../../src/data/hours-distribution.js';
import type { UsageRow } from '../../../src/data/types.js';

function row(municipality: string, hoursUsed: number | null, product: UsageRow['product'] = '2a', period = '2024-Q1'): UsageRow {
  return { municipality, product, start: '2024-01-10', end: null, period, hoursAvailable: 25, hoursUsed, ltExtraHours: null, caseId: null, route: null };
}

describe('suppressBins', () => {
  it('hides 1 … threshold − 1, keeps zero', () => {
    expect(suppressBins([0, 5, 3, 0, 4, 9], 5)).toEqual([false, false, true, false, true, false]);
  });
  it('hides the smallest other non-zero bin when only one is hidden', () => {
    expect(suppressBins([0, 6, 2, 0, 9, 0], 5)).toEqual([false, true, true, false, false, false]);
  });
  it('hides nothing more when two or more are hidden already, or none', () => {
    expect(suppressBins([1, 2, 10, 0, 0, 0], 5)).toEqual([true, true, false, false, false, false]);
    expect(suppressBins([5, 6, 10, 0, 0, 0], 5)).toEqual([false, false, false, false, false, false]);
  });
});

describe('hoursDistribution', () => {
  const rows = [
    ...Array.from({ length: 6 }, () => row('A', 16)), // bin 15–20
    ...Array.from({ length: 5 }, () => row('A', 5)), // bin 0–5 (5 is inclusive upper edge)
    row('A', 26), // over the cap, alone: suppressed, and then the smallest other (0–5) too
    row('A', 0), // 0–5
    row('B', 25, '2a', '2025-Q2'), // 20–25
    row('A', null, '2a'),
    row('A', 12, '1'),
  ];
  const { perMunicipality, region } = hoursDistribution(rows, 5);

  it('counts per municipality, year and product with inclusive upper edges', () => {
    const a2024 = perMunicipality.filter((b) => b.municipality === 'A' && b.year === '2024');
    expect(a2024.map((b) => [b.binStart, b.binEnd, b.count, b.suppressed])).toEqual([
      [0, 5, null, true],
      [5, 10, 0, false],
      [10, 15, 0, false],
      [15, 20, 6, false],
      [20, 25, 0, false],
      [25, null, null, true],
    ]);
  });

  it('counts the region from rows, per year', () => {
    expect(region.filter((b) => b.year === '2024').map((b) => b.count)).toEqual([null, 0, 0, 6, 0, null]);
    expect(region.filter((b) => b.year === '2025').map((b) => b.count)).toEqual([0, 0, 0, 0, null, 0]);
    expect(perMunicipality.some((b) => b.product !== '2a')).toBe(false);
  });
});
