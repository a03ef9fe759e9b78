import { describe, expect, it } from 'vitest';
import { selectUsage, sumCells, usageKpis, SELECTION } from '../../../src/select/usage.js';
import { EMPTY_FILTERS } from '../../../src/select/filters.js';
import type { Bundle, UsageCell } from '../../../src/data/types.js';
import { REGION } from '../../../src/data/types.js';

const routes = (n: number | null) => ({ ots_prevented: n, ots_ended_early: n, ots_required: n, ots_collaboration: n });
function cell(municipality: string, period: string, product: '1' | '2a' | '2b', indications: number | null, extra: Partial<UsageCell> = {}): UsageCell {
  const suppressed = indications === null ? ('primary' as const) : false;
  return {
    municipality,
    period,
    product,
    indications,
    families: indications,
    hoursUsed: indications === null ? null : indications * 16,
    hoursAvailable: indications === null ? null : indications * 25,
    meanHoursUsed: indications === null ? null : 16,
    medianHoursUsed: indications === null ? null : 15,
    overCap: indications === null ? null : 1,
    ltExtraHours: null,
    routes: routes(suppressed ? null : 0),
    suppressed,
    ...extra,
  };
}

const bundle: Bundle = {
  format: 'mbc-bundle',
  version: 2,
  suppressionThreshold: 5,
  municipalities: ['A', 'B', 'C'],
  periods: ['2024-Q1', '2024-Q2'],
  usage: [
    cell('A', '2024-Q1', '2a', 10),
    cell('B', '2024-Q1', '2a', 6),
    cell('C', '2024-Q1', '2a', null),
    cell('A', '2024-Q2', '2a', 8),
    cell('B', '2024-Q2', '2a', 7),
  ],
  usageRegion: [cell(REGION, '2024-Q1', '2a', 19), cell(REGION, '2024-Q2', '2a', 15)],
  indicators: [],
  indicatorsRegion: [],
  warnings: [],
};

describe('selectUsage', () => {
  it('uses the region cells when no municipality is chosen', () => {
    expect(selectUsage(bundle, EMPTY_FILTERS).map((c) => c.indications)).toEqual([19, 15]);
  });
  it('uses one municipality’s own cells', () => {
    expect(selectUsage(bundle, { ...EMPTY_FILTERS, municipalities: ['B'] }).map((c) => c.indications)).toEqual([6, 7]);
  });
  it('sums several municipalities and recomputes the mean from the sums', () => {
    const cells = selectUsage(bundle, { ...EMPTY_FILTERS, municipalities: ['A', 'B'] });
    expect(cells.map((c) => [c.municipality, c.period, c.indications, c.hoursUsed, c.meanHoursUsed, c.medianHoursUsed])).toEqual([
      [SELECTION, '2024-Q1', 16, 256, 16, null],
      [SELECTION, '2024-Q2', 15, 240, 16, null],
    ]);
  });
  it('suppresses a sum with a suppressed part, so the hidden count cannot be subtracted out', () => {
    const cells = selectUsage(bundle, { ...EMPTY_FILTERS, municipalities: ['A', 'C'] });
    // A + C with C hidden: the sum may have any size, "afgeschermd".
    expect(cells[0]).toMatchObject({ period: '2024-Q1', indications: null, hoursUsed: null, suppressed: 'secondary' });
    expect(cells[1]).toMatchObject({ period: '2024-Q2', indications: 8, suppressed: false });
  });
  it('applies the period range', () => {
    expect(selectUsage(bundle, { ...EMPTY_FILTERS, from: '2024-Q2' }).map((c) => c.period)).toEqual(['2024-Q2']);
  });
  it('ignores unknown municipalities in the filter', () => {
    expect(selectUsage(bundle, { ...EMPTY_FILTERS, municipalities: ['Nowhere'] }).map((c) => c.indications)).toEqual([19, 15]);
  });
});

describe('usageKpis', () => {
  it('adds the published cells and flags the partial total', () => {
    const k = usageKpis([
      cell('A', '2024-Q1', '2a', 10),
      cell('A', '2024-Q1', '2b', 4, { hoursUsed: 20 }),
      cell('A', '2024-Q1', '1', 3, { hoursUsed: null }),
      cell('A', '2024-Q2', '2a', null),
    ]);
    // Families count 2a and 2b only (product 1 is anonymous advice).
    expect(k).toEqual({
      indications: 17,
      families: 14,
      meanHours2a: 16,
      meanHours2b: 5,
      overCap: 2,
      cappedIndications: 14,
      partial: true,
      hidden: { '1': 0, '2a': 1, '2b': 0 },
      familiesPartial: true,
      overCapPartial: true,
    });
    expect(usageKpis([cell('A', '2024-Q1', '2a', 10, { families: null })]).families).toBe(null);
  });
  it('sumCells of one cell keeps its median', () => {
    expect(sumCells([cell('A', '2024-Q1', '2a', 10)]).medianHoursUsed).toBe(15);
  });
});
