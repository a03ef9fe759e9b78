import { describe, expect, it } from 'vitest';
import { isSmallCount, protectEquations } from '../../../src/data/suppress.js';
import { suppressUsage as suppressUsageWithReasons, type UsageMask as UsageReasons, type UsageTotals } from '../../../src/data/suppress-usage.js';
import { protectWeightedMeans, suppressIndicatorValues } from '../../../src/data/suppress-indicators.js';

/** What is hidden in a cell (booleans), for short expectations; the reasons are tested apart. */
interface UsageMask {
  cell: boolean;
  families: boolean;
  overCap: boolean;
  routes: boolean[];
}
const flags = (m: UsageReasons): UsageMask => ({ cell: m.cell !== false, families: m.families !== false, overCap: m.overCap !== false, routes: m.routes.map((r) => r !== false) });

async function suppressUsage(...args: Parameters<typeof suppressUsageWithReasons>) {
  const result = await suppressUsageWithReasons(...args);
  return {
    groups: result.groups.map((g) => ({ parts: g.parts.map(flags), total: flags(g.total) })),
    bins: result.bins.map((y) => ({ parts: y.parts.map((p) => p.map((b) => b !== false)), total: y.total.map((b) => b !== false) })),
  };
}
async function suppressUsageGroup(parts: readonly UsageTotals[], total: UsageTotals, threshold: number) {
  return (await suppressUsage([{ parts, total }], [], threshold)).groups[0]!;
}

/** Hidden member indices after protectEquations. */
function protect(values: (number | null)[], primary: number[], equations: number[][], closure?: (m: number) => number[], cost?: (m: number) => number): number[] {
  const hidden = new Uint8Array(values.length);
  for (const m of primary) hidden[m] = 1;
  protectEquations({ values, hidden, equations, closure, cost });
  return [...hidden.keys()].filter((m) => hidden[m] === 1);
}

describe('isSmallCount', () => {
  it('is true from 1 to threshold − 1 only; zero stays zero', async () => {
    expect([0, 1, 2, 4, 5, 6].map((v) => isSmallCount(v, 5))).toEqual([false, true, true, true, false, false]);
    expect(isSmallCount(null, 5)).toBe(false);
    expect(isSmallCount(undefined, 5)).toBe(false);
    expect(isSmallCount(0.5, 5)).toBe(true);
    expect(isSmallCount(1, 1)).toBe(false);
  });
});

describe('protectEquations (secondary suppression)', () => {
  // members: 0..2 parts, 3 total
  it('hides the smallest other non-zero part when one part is hidden', async () => {
    expect(protect([3, 9, 7, 19], [0], [[0, 1, 2, 3]])).toEqual([0, 2]);
  });
  it('breaks ties by order in the equation (first wins)', async () => {
    expect(protect([3, 6, 6, 15], [0], [[0, 1, 2, 3]])).toEqual([0, 1]);
  });
  it('hides the member that hides the least: lowest cost, then smallest value, then first in the equation', async () => {
    // Member 1 is a whole cell of 5 (cost 7.5), member 2 one count of 6 (cost 6): the count.
    const cost = (m: number) => (m === 1 ? 7.5 : [3, 5, 6, 14][m]!);
    expect(protect([3, 5, 6, 14], [0], [[0, 1, 2, 3]], undefined, cost)).toEqual([0, 2]);
    // By value alone (the default cost) the 5 would go.
    expect(protect([3, 5, 6, 14], [0], [[0, 1, 2, 3]])).toEqual([0, 1]);
    // Equal cost: the smaller value; equal cost and value: the first.
    expect(protect([3, 7, 6, 16], [0], [[0, 1, 2, 3]], undefined, () => 9)).toEqual([0, 2]);
    expect(protect([3, 6, 6, 15], [0], [[0, 1, 2, 3]], undefined, () => 9)).toEqual([0, 1]);
  });
  it('never hides a zero; zero is no cover', async () => {
    expect(protect([3, 0, 8, 11], [0], [[0, 1, 2, 3]])).toEqual([0, 2]);
    // a hidden zero does not count as a second hidden member
    expect(protect([3, 0, 8, 11], [0, 1], [[0, 1, 2, 3]])).toEqual([0, 1, 2]);
  });
  it('does nothing when two non-zero members are hidden already', async () => {
    expect(protect([3, 2, 8, 13], [0, 1], [[0, 1, 2, 3]])).toEqual([0, 1]);
  });
  it('does nothing when nothing is hidden', async () => {
    expect(protect([6, 8, 14], [], [[0, 1, 2]])).toEqual([]);
  });
  it('protects a hidden total as well: it would follow from its parts', async () => {
    expect(protect([6, 7, 13], [2], [[0, 1, 2]])).toEqual([0, 2]);
  });
  it('hides the total only when no part can be hidden', async () => {
    // hidden part 3, the other part 0: the total (3) is the only candidate
    expect(protect([3, 0, 3], [0], [[0, 1, 2]])).toEqual([0, 2]);
  });
  it('iterates until every equation is safe', async () => {
    // e1: 0 + 1 = 2; e2: 1 + 3 = 4. Hiding 1 for e1 makes e2 unsafe, so 3 goes too.
    expect(
      protect(
        [3, 6, 9, 7, 13],
        [0],
        [
          [0, 1, 2],
          [1, 3, 4],
        ],
      ),
    ).toEqual([0, 1, 3]);
  });
  it('hides a member together with its closure', async () => {
    const closure = (m: number) => (m === 1 ? [1, 5] : [m]);
    expect(protect([3, 6, 9, 7, 13, 20], [0], [[0, 1, 2]], closure)).toEqual([0, 1, 5]);
  });
  it('returns how many members it hid', async () => {
    const hidden = Uint8Array.from([1, 0, 0, 0]);
    expect(protectEquations({ values: [3, 9, 7, 19], hidden, equations: [[0, 1, 2, 3]] })).toBe(1);
  });
});

const cell = (indications: number, options: Partial<UsageTotals> = {}): UsageTotals => ({
  indications,
  families: null,
  hoursUsed: null,
  hoursAvailable: null,
  ltExtraHours: null,
  overCap: 0,
  routes: [0, 0, 0, 0],
  ...options,
});

/** Sum of cells, as the region cell of `prepare` would be. */
function sum(cells: UsageTotals[]): UsageTotals {
  const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);
  return cells.reduce<UsageTotals>(
    (t, c) => ({
      indications: t.indications + c.indications,
      families: add(t.families, c.families),
      hoursUsed: add(t.hoursUsed, c.hoursUsed),
      hoursAvailable: add(t.hoursAvailable, c.hoursAvailable),
      ltExtraHours: add(t.ltExtraHours, c.ltExtraHours),
      overCap: t.overCap + c.overCap,
      routes: t.routes.map((r, k) => r + c.routes[k]!),
      hoursUsedCount: (t.hoursUsedCount ?? 0) + (c.hoursUsedCount ?? 0),
    }),
    cell(0),
  );
}

const open: UsageMask = { cell: false, families: false, overCap: false, routes: [false, false, false, false] };
const whole: UsageMask = { cell: true, families: true, overCap: true, routes: [true, true, true, true] };

describe('suppressUsageGroup: municipalities within the region total', () => {
  it('hides a small cell and, as secondary, the smallest other non-zero cell; zero stays zero', async () => {
    // unrouted = indications, so every cell is one route-less block
    const parts = [cell(2), cell(10), cell(7), cell(0)];
    const result = (await suppressUsageGroup(parts, sum(parts), 5));
    expect(result.parts.map((m) => m.cell)).toEqual([true, false, true, false]);
    expect(result.parts[3]).toEqual(open);
    expect(result.total).toEqual(open);
  });
  it('breaks ties between equal cells by order (Dutch alphabetical in prepare)', async () => {
    const parts = [cell(3), cell(7), cell(7)];
    expect((await suppressUsageGroup(parts, sum(parts), 5)).parts.map((m) => m.cell)).toEqual([true, true, false]);
  });
  it('needs no secondary suppression when two cells are small', async () => {
    const parts = [cell(2), cell(3), cell(20)];
    expect((await suppressUsageGroup(parts, sum(parts), 5)).parts.map((m) => m.cell)).toEqual([true, true, false]);
  });
  it('suppresses the region cell itself when its own count is small', async () => {
    const parts = [cell(2), cell(1), cell(0)];
    const result = (await suppressUsageGroup(parts, sum(parts), 5));
    // Without case ids there are no families to hide.
    expect(result.total).toEqual({ ...whole, families: false });
    expect(result.parts.map((m) => m.cell)).toEqual([true, true, false]);
  });
  it('hides a whole cell when its families are small, even with many indications', async () => {
    const parts = [cell(8, { families: 3, routes: [8, 0, 0, 0] }), cell(9, { families: 9, routes: [9, 0, 0, 0] }), cell(12, { families: 12, routes: [12, 0, 0, 0] })];
    const result = (await suppressUsageGroup(parts, sum(parts), 5));
    expect(result.parts.map((m) => m.cell)).toEqual([true, true, false]);
  });
  it('protects sums of hours too: a cover must have non-zero hours', async () => {
    // Cell 0 is small; cell 1 is the smallest count but has no hours, so the hours total would
    // still give cell 0 away: cell 2 is hidden as well.
    const parts = [cell(3, { hoursUsed: 40 }), cell(6, { hoursUsed: null }), cell(9, { hoursUsed: 100 }), cell(30, { hoursUsed: 300 })];
    expect((await suppressUsageGroup(parts, sum(parts), 5)).parts.map((m) => m.cell)).toEqual([true, true, true, false]);
  });
  it('a threshold of 1 suppresses nothing', async () => {
    const parts = [cell(1), cell(2)];
    const result = (await suppressUsageGroup(parts, sum(parts), 1));
    expect(result.parts).toEqual([open, open]);
  });
});

describe('suppressUsageGroup: routes within a cell', () => {
  it('hides a small route count and, as secondary, the smallest other route', async () => {
    const parts = [cell(12, { routes: [3, 9, 0, 0] })];
    const result = (await suppressUsageGroup(parts, sum(parts), 5));
    expect(result.parts[0]).toEqual({ ...open, routes: [true, true, false, false] });
    // the region (here the same numbers) is protected the same way
    expect(result.total).toEqual({ ...open, routes: [true, true, false, false] });
  });
  it('counts indications without a route as an unpublished part that covers a small route', async () => {
    // 3 unrouted (itself small, so hidden) and route 0 = 3: two hidden, nothing more to do
    const parts = [cell(15, { routes: [3, 9, 0, 0] })];
    expect((await suppressUsageGroup(parts, sum(parts), 5)).parts[0]).toEqual({ ...open, routes: [true, false, false, false] });
  });
  it('protects a small number of unrouted indications (indications − Σ routes)', async () => {
    const parts = [cell(20, { routes: [6, 6, 6, 0] })];
    expect((await suppressUsageGroup(parts, sum(parts), 5)).parts[0]).toEqual({ ...open, routes: [true, false, false, false] });
  });
  it('protects a route across municipalities: region route = Σ municipality routes', async () => {
    const parts = [cell(12, { routes: [3, 9, 0, 0] }), cell(20, { routes: [10, 10, 0, 0] }), cell(30, { routes: [15, 15, 0, 0] })];
    const result = (await suppressUsageGroup(parts, sum(parts), 5));
    expect(result.parts.map((m) => m.routes)).toEqual([
      [true, true, false, false],
      [true, true, false, false],
      [false, false, false, false],
    ]);
    expect(result.parts.map((m) => m.cell)).toEqual([false, false, false]);
    expect(result.total).toEqual(open);
  });
  it('hides every route of a hidden cell', async () => {
    const parts = [cell(4, { routes: [2, 2, 0, 0] }), cell(6, { routes: [6, 0, 0, 0] })];
    const result = (await suppressUsageGroup(parts, sum(parts), 5));
    // Except what the published region shows anyway: its routes 3 and 4 and its over-cap are 0,
    // so they are 0 in every municipality, and published as such.
    expect(result.parts[0]).toEqual({ cell: true, families: false, overCap: false, routes: [true, true, false, false] });
  });
});

describe('suppressUsageGroup: over-cap and repeats', () => {
  it('hides a small over-cap count; the cover is the unpublished not-over-cap count', async () => {
    const parts = [cell(10, { overCap: 2, routes: [10, 0, 0, 0] }), cell(10, { overCap: 2, routes: [10, 0, 0, 0] })];
    const result = (await suppressUsageGroup(parts, sum(parts), 5));
    expect(result.parts).toEqual([
      { ...open, overCap: true },
      { ...open, overCap: true },
    ]);
    // region: over-cap 2 + 2 = 4 is small too
    expect(result.total).toEqual({ ...open, overCap: true });
  });
  it('hides families alone when the repeats (indications − families) are small', async () => {
    const parts = [cell(12, { families: 10, routes: [12, 0, 0, 0] }), cell(20, { families: 18, routes: [20, 0, 0, 0] })];
    const result = (await suppressUsageGroup(parts, sum(parts), 5));
    expect(result.parts).toEqual([
      { ...open, families: true },
      { ...open, families: true },
    ]);
    // region: 32 indications, 28 families, 4 repeats: small, so the region families go too
    expect(result.total).toEqual({ ...open, families: true });
  });
});

describe('suppressUsage: hours bins tie the quarters of a year', () => {
  it('protects a hidden quarter against Σ bins = Σ quarters', async () => {
    // One municipality (and the region, equal to it), two quarters: 3 (hidden) and 10.
    // Bins of the year: 6 + 7. Without protection (6 + 7) − 10 = 3 gives the quarter away, so
    // the smallest other member, the bin of 6, is hidden.
    const q1 = cell(3, { hoursUsedCount: 3 });
    const q2 = cell(10, { hoursUsedCount: 10 });
    const result = await suppressUsage(
      [
        { parts: [q1], total: sum([q1]) },
        { parts: [q2], total: sum([q2]) },
      ],
      [{ groups: [0, 1], parts: [[0, 0, 6, 7, 0, 0]], total: [0, 0, 6, 7, 0, 0] }],
      5,
    );
    expect(result.groups.map((g) => g.parts[0]!.cell)).toEqual([true, false]);
    expect(result.bins[0]!.parts[0]).toEqual([false, false, true, false, false, false]);
    expect(result.bins[0]!.total).toEqual([false, false, true, false, false, false]);
  });
  it('hides small bins and protects them across municipalities', async () => {
    const a = cell(10, { hoursUsedCount: 10 });
    const b = cell(20, { hoursUsedCount: 20 });
    const result = await suppressUsage(
      [{ parts: [a, b], total: sum([a, b]) }],
      [
        {
          groups: [0],
          parts: [
            [2, 8, 0, 0, 0, 0],
            [10, 10, 0, 0, 0, 0],
          ],
          total: [12, 18, 0, 0, 0, 0],
        },
      ],
      5,
    );
    expect(result.bins[0]!.parts).toEqual([
      [true, true, false, false, false, false],
      [true, true, false, false, false, false],
    ]);
    expect(result.bins[0]!.total).toEqual([false, false, false, false, false, false]);
    expect(result.groups[0]!.parts.map((m) => m.cell)).toEqual([false, false]);
  });
});

describe('suppressIndicatorValues', () => {
  it('applies secondary suppression to region = Σ municipalities', async () => {
    const values = [
      { value: 3, hidden: true },
      { value: 30, hidden: false },
      { value: 12, hidden: false },
      { value: 45, hidden: false },
    ];
    expect(suppressIndicatorValues(values, [[0, 1, 2, 3]])).toEqual([true, false, true, false]);
  });
});

describe('protectWeightedMeans', () => {
  it('hides a second mean when one product value × weight is the only unknown', async () => {
    // members: 0 mean A, 1 weight A, 2 mean B, 3 weight B, 4 mean C, 5 weight C, 6 region mean
    const hidden = [true, false, false, false, false, false, false];
    const added = protectWeightedMeans(
      [
        {
          total: 6,
          parts: [
            { mean: 0, weights: [1], product: 80 * 6 },
            { mean: 2, weights: [3], product: 70 * 30 },
            { mean: 4, weights: [5], product: 60 * 10 },
          ],
        },
      ],
      hidden,
    );
    expect(added).toBe(1);
    expect(hidden).toEqual([true, false, false, false, true, false, false]);
  });
  it('does nothing when a hidden weight already makes a second product unknown', async () => {
    const hidden = [true, true, false, true, false, false, false];
    const groups = [
      {
        total: 6,
        parts: [
          { mean: 0, weights: [1], product: 80 * 3 },
          { mean: 2, weights: [3], product: 70 * 30 },
          { mean: 4, weights: [5], product: 60 * 10 },
        ],
      },
    ];
    expect(protectWeightedMeans(groups, hidden)).toBe(0);
  });
});
