import { describe, expect, it } from 'vitest';
import { addRow, emptyRows, findPinned, FREE, PINNED, propagateBounds, type AuditProblem } from '../../../src/data/disclosure/audit.js';
import { protectByAudit, type MemberSystem } from '../../../src/data/disclosure/protect.js';
import { EquationList, isSmallCount } from '../../../src/data/suppress.js';
import { suppressUsage, type UsageTotals } from '../../../src/data/suppress-usage.js';

/** An audit problem over unknowns with the given true values and bounds. */
function problem(values: number[], bounds: [number, number][], rows: [number[], number[], number, number][], integer = true): AuditProblem {
  const r = emptyRows();
  for (const [index, coef, lower, upper] of rows) addRow(r, index, coef, lower, upper);
  return {
    value: Float64Array.from(values),
    lower: Float64Array.from(bounds.map((b) => b[0])),
    upper: Float64Array.from(bounds.map((b) => b[1])),
    integer: new Uint8Array(values.length).fill(integer ? 1 : 0),
    target: new Uint8Array(values.length).fill(1),
    rows: r,
  };
}

describe('findPinned (integer and linear programming with HiGHS)', () => {
  it('pins four "< 5" municipalities that add up to a region "< 5" of 4: each is 1', async () => {
    // m1 + m2 + m3 + m4 − region = 0; every one hidden as "< 5".
    const p = problem([1, 1, 1, 1, 4], [[1, 4], [1, 4], [1, 4], [1, 4], [1, 4]], [[[0, 1, 2, 3, 4], [1, 1, 1, 1, -1], 0, 0]]);
    expect([...(await findPinned(p))]).toEqual([PINNED, PINNED, PINNED, PINNED, PINNED]);
  });
  it('frees them once the region no longer says "< 5" (at least 1)', async () => {
    const p = problem([1, 1, 1, 1, 4], [[1, 4], [1, 4], [1, 4], [1, 4], [1, Infinity]], [[[0, 1, 2, 3, 4], [1, 1, 1, 1, -1], 0, 0]]);
    expect([...(await findPinned(p))]).toEqual([FREE, FREE, FREE, FREE, FREE]);
  });
  it('pins the issue\'s pair: two hidden counts of a known sum 8, one of them at most 4 and another cell fixing it', async () => {
    // x0 + x1 = 8 (bin 0–5 h + bin > 25 h), x1 = x2 (over-cap = last bin), x2 + 5 = 6 (a quarter).
    const p = problem([7, 1, 1], [[1, Infinity], [1, 4], [1, 4]], [
      [[0, 1], [1, 1], 8, 8],
      [[1, 2], [1, -1], 0, 0],
      [[2], [1], 1, 1],
    ]);
    expect([...(await findPinned(p))]).toEqual([PINNED, PINNED, PINNED]);
  });
  it('tells whole-number solutions from fractional ones', async () => {
    // x − y = 1 with x, y in [1, 2]: only (2, 1). x + y = 3 leaves (1, 2) and (2, 1): free.
    expect([...(await findPinned(problem([2, 1], [[1, 2], [1, 2]], [[[0, 1], [1, -1], 1, 1]])))]).toEqual([PINNED, PINNED]);
    expect([...(await findPinned(problem([2, 1], [[1, 2], [1, 2]], [[[0, 1], [1, 1], 3, 3]])))]).toEqual([FREE, FREE]);
    // 2x + 2y = 6 with x, y in [1, 2]: x = 1.5 is a linear solution but not a whole one; (1, 2) and (2, 1) are.
    expect([...(await findPinned(problem([1, 2], [[1, 2], [1, 2]], [[[0, 1], [2, 2], 6, 6]])))]).toEqual([FREE, FREE]);
    // 2x = 3 − y, x, y whole in [0, 3]: (0, 3) and (1, 1): free. With y ≤ 2 only (1, 1): pinned,
    // although the linear relaxation lets x run from 0.5 to 1.5.
    expect([...(await findPinned(problem([1, 1], [[0, 3], [0, 2]], [[[0, 1], [2, 1], 3, 3]])))]).toEqual([PINNED, PINNED]);
  });
  it('counts an amount as known when a reader can narrow it to less than half a unit', async () => {
    // a + b = 10.2 with b in [0, 0.3]: a lies in [9.9, 10.2].
    expect([...(await findPinned(problem([10, 0.2], [[0, Infinity], [0, 0.3]], [[[0, 1], [1, 1], 10.2, 10.2]], false)))]).toEqual([PINNED, PINNED]);
    expect([...(await findPinned(problem([10, 0.2], [[0, Infinity], [0, 3]], [[[0, 1], [1, 1], 10.2, 10.2]], false)))]).toEqual([FREE, FREE]);
  });
});

describe('propagateBounds', () => {
  it('settles a region route of 0: every hidden route of that region is 0', () => {
    const lower = [0, 0, 0];
    const upper = [Infinity, Infinity, Infinity];
    const pinned = propagateBounds([0, 3], [0, 1, 2], [1, 1, 1], [0], [0], lower, upper, [1, 1, 1]);
    expect([...pinned]).toEqual([1, 1, 1]);
    expect(upper).toEqual([0, 0, 0]);
  });
  it('tightens without pinning when there is room', () => {
    const lower = [1, 1];
    const upper = [4, Infinity];
    const pinned = propagateBounds([0, 2], [0, 1], [1, 1], [9], [9], lower, upper, [1, 1]);
    expect([...pinned]).toEqual([0, 0]);
    expect(lower).toEqual([1, 5]);
    expect(upper).toEqual([4, 8]);
  });
});

/** A region total and its municipalities as a member system (members: parts, then the total). */
function regionSystem(values: number[], threshold = 5): { system: MemberSystem; loose: Uint8Array } {
  const hidden = Uint8Array.from(values, (v) => (isSmallCount(v, threshold) ? 1 : 0));
  const loose = new Uint8Array(values.length);
  const equations = new EquationList();
  equations.add(
    values.slice(0, -1).map((_, i) => i),
    [values.length - 1],
  );
  const primary = (m: number) => !loose[m] && isSmallCount(values[m], threshold);
  const system: MemberSystem = {
    values,
    hidden,
    derived: new Uint8Array(values.length),
    integer: new Uint8Array(values.length).fill(1),
    equations,
    closure: (m) => [m],
    bounds: (m) => (primary(m) ? [1, threshold - 1] : [1, Infinity]),
    sensitive: (m) => isSmallCount(values[m], threshold),
    coverCost: (m) => (values[m]! > 0 ? values[m]! : null),
    canLoosen: (m) => hidden[m] === 1 && primary(m),
    loosen: (m, on) => void (loose[m] = on ? 1 : 0),
  };
  return { system, loose };
}

describe('protectByAudit', () => {
  it('hides the cheapest cover for a lone "< 5" (the smallest other count)', async () => {
    const { system } = regionSystem([3, 20, 7, 12, 42]);
    await protectByAudit(system);
    expect([...system.hidden]).toEqual([1, 0, 1, 0, 0]);
  });
  it('drops the "< 5" of a region total instead of hiding more when four "< 5" add up to it', async () => {
    const { system, loose } = regionSystem([1, 1, 1, 1, 0, 4]);
    await protectByAudit(system);
    expect([...system.hidden]).toEqual([1, 1, 1, 1, 0, 1]);
    // The region's 4 now reads "afgeschermd": with "< 5" every municipality would be 1.
    expect(loose[5]).toBe(1);
  });
  it('publishes a hidden value that the published numbers give away anyway', async () => {
    // A hidden 10 next to a published 12 in a published total of 22: 10 is known, so it is shown.
    const values = [10, 12, 22];
    const { system } = regionSystem(values);
    system.hidden[0] = 1;
    const result = await protectByAudit(system);
    expect(result.published).toBe(1);
    expect([...system.hidden]).toEqual([0, 0, 0]);
  });
});

describe('suppressUsage: the attack of the adversarial round', () => {
  const cell = (n: number, extra: Partial<UsageTotals> = {}): UsageTotals => ({
    indications: n,
    families: null,
    hoursUsed: null,
    hoursAvailable: null,
    ltExtraHours: null,
    overCap: 0,
    routes: [0, 0, 0, 0],
    hoursUsedCount: n,
    overCapIsLastBin: true,
    ...extra,
  });
  it('leaves no hidden bin of a small municipality to be worked out from the region, the bins and the quarters', async () => {
    // Two municipalities, one quarter. A: 20 indications, bins (0–5] 2, (5–10] 18; B: 2
    // indications, both > 25 hours. Region: 22, bins 2, 18, 0, 0, 0, 2.
    const a = cell(20, { routes: [20, 0, 0, 0] });
    const b = cell(2, { routes: [2, 0, 0, 0], overCap: 2 });
    const total = cell(22, { routes: [22, 0, 0, 0], overCap: 2 });
    const result = await suppressUsage(
      [{ parts: [a, b], total }],
      [{ groups: [0], parts: [[2, 18, 0, 0, 0, 0], [0, 0, 0, 0, 0, 2]], total: [2, 18, 0, 0, 0, 2] }],
      5,
    );
    // B is "< 5"; its last bin ("< 5") would follow from A's published last bin (0) and the
    // region's: so the region's last bin and over-cap go too, and A's "< 5" first bin needs cover.
    expect(result.groups[0]!.parts[1]!.cell).toBe('primary');
    expect(result.bins[0]!.parts[1]![5]).not.toBe(false);
    expect(result.bins[0]!.total[5]).not.toBe(false);
    expect(result.bins[0]!.parts[0]![0]).toBe('primary');
    const hiddenA = result.bins[0]!.parts[0]!.filter((x) => x !== false).length;
    expect(hiddenA).toBeGreaterThanOrEqual(2);
  });
});
