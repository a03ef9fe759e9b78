import { describe, expect, it } from 'vitest';
import {
  indicationsByQuarter,
  repeatRows,
  routeTotals,
  sumPublished,
  utilisationRows,
  utilisationTotals,
  withinCap,
} from '../../../src/select/usage-charts.js';
import { HIDDEN, publishedCell } from '../usage-cells.js';

const cell = publishedCell;
const hidden = HIDDEN;

describe('sumPublished', () => {
  it('adds the published values and says when some are left out', () => {
    const cells = [
      { v: 2, s: false },
      { v: 3, s: true },
      { v: null, s: false },
      { v: 4, s: false },
    ];
    expect(
      sumPublished(
        cells,
        (c) => c.v,
        (c) => c.s,
      ),
    ).toEqual({ value: 6, partial: true });
    expect(
      sumPublished(
        [{ v: 1, s: false }],
        (c) => c.v,
        (c) => c.s,
      ),
    ).toEqual({ value: 1, partial: false });
    expect(
      sumPublished(
        [],
        (c: { v: number }) => c.v,
        () => false,
      ),
    ).toEqual({ value: null, partial: false });
  });
});

describe('indicationsByQuarter', () => {
  it('sorts by period and product and names the busiest quarter over the published cells', () => {
    const s = indicationsByQuarter([
      cell('X', '2024-Q2', '2b', { indications: 40 }),
      cell('X', '2024-Q1', '2a'),
      cell('X', '2024-Q1', '1', { indications: 25 }),
      cell('X', '2024-Q2', '2a', hidden),
    ]);
    expect(s.cells.map((c) => `${c.period} ${c.product}`)).toEqual(['2024-Q1 1', '2024-Q1 2a', '2024-Q2 2a', '2024-Q2 2b']);
    expect(s).toMatchObject({ periods: ['2024-Q1', '2024-Q2'], total: 75, peak: { period: '2024-Q2', total: 40 }, hidden: 1 });
  });
  it('names no busiest quarter when every published count is 0', () => {
    expect(indicationsByQuarter([cell('X', '2024-Q1', '2a', { indications: 0 })]).peak).toBeNull();
  });
});

describe('utilisationRows', () => {
  it('adds hours of 2a and 2b per municipality, by name, over the published cells', () => {
    const rows = utilisationRows([
      cell('Rijswijk', '2024-Q1', '2a', { hoursUsed: 90, hoursAvailable: 150 }),
      cell('Rijswijk', '2024-Q2', '2a', hidden),
      cell('Delft', '2024-Q1', '2b', { hoursUsed: 50, hoursAvailable: 250 }),
      cell('Delft', '2024-Q1', '1'),
      cell('Wassenaar', '2024-Q1', '2a', hidden),
    ]);
    expect(rows).toEqual([
      { municipality: 'Delft', hoursUsed: 50, hoursAvailable: 250, share: 0.2, suppressed: false, partial: false },
      { municipality: 'Rijswijk', hoursUsed: 90, hoursAvailable: 150, share: 0.6, suppressed: false, partial: true },
      { municipality: 'Wassenaar', hoursUsed: null, hoursAvailable: null, share: null, suppressed: true, partial: false },
    ]);
    const totals = utilisationTotals(rows);
    expect(totals).toMatchObject({ share: 140 / 400, hidden: 1, partial: true });
    expect([totals.top!.municipality, totals.bottom!.municipality]).toEqual(['Rijswijk', 'Delft']);
  });
});

describe('routeTotals and repeatRows', () => {
  it('hide a small total ("< 5"), and a partial total that could be any size', () => {
    expect(routeTotals([cell('A', '', '2a'), cell('A', '', '2b')], 5)).toEqual([
      { route: 'ots_prevented', value: 12, partial: false, hidden: false },
      { route: 'ots_ended_early', value: 0, partial: false, hidden: false },
      { route: 'ots_required', value: 6, partial: false, hidden: false },
      { route: 'ots_collaboration', value: null, partial: false, hidden: true },
    ]);
    expect(routeTotals([cell('A', '', '2a'), cell('A', '', '2b', hidden)], 5)).toEqual([
      { route: 'ots_prevented', value: 6, partial: true, hidden: false },
      { route: 'ots_ended_early', value: null, partial: true, hidden: true },
      { route: 'ots_required', value: null, partial: true, hidden: true },
      { route: 'ots_collaboration', value: null, partial: true, hidden: true },
    ]);
  });
  it('give repeats per product only when none of indications, families and repeats is small', () => {
    const rows = repeatRows(
      [
        cell('A', '', '2a', { indications: 30, families: 20 }),
        cell('B', '', '2a', { indications: 12, families: 10 }),
        cell('A', '', '2b', { indications: 9, families: 7 }),
      ],
      5,
    );
    expect(rows).toEqual([
      { product: '1', indications: null, families: null, repeat: null, hidden: false, partial: false },
      { product: '2a', indications: 42, families: 30, repeat: 12, hidden: false, partial: false },
      { product: '2b', indications: null, families: null, repeat: null, hidden: true, partial: false },
    ]);
  });
});

describe('withinCap', () => {
  it('is the share within 25 hours over the published bins, approximate when one is hidden', () => {
    const bins = [
      { product: '2a' as const, binStart: 0, binEnd: 5, count: 30, suppressed: false as const },
      { product: '2a' as const, binStart: 25, binEnd: null, count: 10, suppressed: false as const },
      { product: '2b' as const, binStart: 0, binEnd: 5, count: 20, suppressed: false as const },
      { product: '2b' as const, binStart: 25, binEnd: null, count: null, suppressed: 'primary' as const },
    ];
    expect(withinCap(bins, '2a')).toEqual({ share: 0.75, approximate: false, hidden: false });
    expect(withinCap(bins, '2b')).toEqual({ share: 1, approximate: true, hidden: false });
    expect(withinCap([], '2a')).toEqual({ share: null, approximate: false, hidden: false });
    // Every bin with indications hidden: no share, and the summary says the distribution is hidden.
    expect(withinCap([{ ...bins[3]!, product: '2a' }], '2a')).toEqual({ share: null, approximate: false, hidden: true });
  });
});
