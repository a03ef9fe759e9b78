import { ROUTES } from './types.js';

/**
 * Disclosure control: which aggregated numbers may be published. Pure rules, no arquero, so that
 * they can be read and tested on their own. `prepare` computes the raw aggregates and asks these
 * functions what to hide. See the README, "Disclosure control".
 *
 * The rules:
 * 1. **Primary suppression.** A count from 1 to `threshold − 1` is hidden. Zero stays zero: 0 is
 *    never hidden by this rule, and publishing it discloses no family.
 * 2. **Everything derived from the same rows is hidden with it.** A usage cell whose indications
 *    or families are small is hidden whole: counts, sums, mean, median, over-cap count and routes.
 * 3. **Secondary suppression.** Every published total is an equation
 *    `part₁ + … + partₙ = total`. When exactly one member of such an equation (a part, or the
 *    total itself) is hidden and non-zero, it could be worked out by subtraction. Then the
 *    smallest other member that is published and non-zero is hidden too. Ties go to the member
 *    that comes first in the equation: municipalities in Dutch alphabetical order, routes in the
 *    order of `ROUTES`, the total last. Hiding a member hides everything that goes with it (a
 *    whole usage cell when its indications or hours are chosen). This repeats until every
 *    equation is safe.
 * 4. **No hidden count is pinned by its bounds.** A hidden count is known to be at least 1 (zero
 *    is never hidden). So when the hidden counts of an equation sit on one side and add up to
 *    their number (`5 = 3 + ? + ?` means 1 and 1), another member is hidden as in rule 3.
 *
 * A hidden member only counts as cover when its true value is non-zero: a hidden zero gives no
 * real uncertainty (a reader may know from elsewhere that a category is empty), so it is not
 * relied on. Values are compared as given (null as 0).
 *
 * These rules stop exact recovery by subtraction, also along chains of equations. They are not
 * a full linear-programming audit (as τ-ARGUS does): a reader can still narrow a hidden count to
 * a range, just never to one value.
 */

/** Whether a count must be hidden by primary suppression: 1 … threshold − 1 (any value strictly between 0 and the threshold). */
export function isSmallCount(value: number | null | undefined, threshold: number): boolean {
  return value != null && value > 0 && value < threshold;
}

/**
 * One published equation: `Σ parts = Σ totals`. Members are indices into the values; their order
 * (parts, then totals) is the tie order. `counts` (default true) says that every member is a
 * whole count, so that rule 4 applies; it is false for sums of hours.
 *
 * The short form `[part, …, part, total]` means one total, the last member, and counts.
 */
export type Equation = readonly number[] | { parts: readonly number[]; totals: readonly number[]; counts?: boolean };

/** A set of linear equations over members, for {@link protectEquations}. */
export interface EquationSystem {
  /** The true value of each member (null counts as 0). */
  values: ArrayLike<number | null>;
  /** Hidden state of each member; primary suppression filled in by the caller. Updated in place. */
  hidden: Uint8Array;
  equations: readonly Equation[];
  /**
   * The members hidden together with `member` (including itself). Default: just the member.
   * `prepare` uses it to hide a whole usage cell at once.
   */
  closure?: (member: number) => readonly number[];
}

const positive = (v: number | null | undefined): v is number => v != null && v > 0;

/**
 * Equations in flat arrays (members of equation e are `members[starts[e] … starts[e + 1])`), so
 * that a system of a few hundred thousand members costs no object per equation.
 */
export class EquationList {
  readonly members: number[] = [];
  readonly starts: number[] = [0];
  /** Per equation: members before `starts[e] + splits[e]` are parts, the rest totals. */
  readonly splits: number[] = [];
  readonly counts: boolean[] = [];

  get length(): number {
    return this.splits.length;
  }

  private split = -1;

  /** Add `Σ parts = Σ totals`. */
  add(parts: readonly number[], totals: readonly number[], counts = true): void {
    for (const m of parts) this.part(m);
    for (const m of totals) this.total(m);
    this.end(counts);
  }

  /** Add a part to the equation being built. */
  part(member: number): void {
    this.members.push(member);
  }

  /** Add a total to the equation being built (after its parts). */
  total(member: number): void {
    if (this.split < 0) this.split = this.members.length - this.starts[this.starts.length - 1]!;
    this.members.push(member);
  }

  /** Close the equation being built. */
  end(counts = true): void {
    const start = this.starts[this.starts.length - 1]!;
    this.splits.push(this.split < 0 ? this.members.length - start : this.split);
    this.counts.push(counts);
    this.starts.push(this.members.length);
    this.split = -1;
  }

  /** Add an equation in the public form. */
  push(eq: Equation): void {
    if (Array.isArray(eq)) this.add(eq.slice(0, -1), eq.slice(-1));
    else {
      const { parts, totals, counts = true } = eq as Exclude<Equation, readonly number[]>;
      this.add(parts, totals, counts);
    }
  }
}

/**
 * Secondary suppression over a system of equations (rules 3 and 4 above), iterated to a fixed
 * point with a work list. Returns the number of members it hid. Deterministic: equations are
 * visited in order, and an equation is visited again whenever one of its members becomes hidden.
 */
export function protectEquations(system: EquationSystem): number {
  const list = new EquationList();
  for (const eq of system.equations) list.push(eq);
  return protectList(system.values, system.hidden, list, system.closure);
}

function protectList(
  values: ArrayLike<number | null>,
  hidden: Uint8Array,
  list: EquationList,
  closure: (member: number) => readonly number[] = (m) => [m],
): number {
  const { members, starts, splits, counts } = list;
  const equationCount = list.length;
  // Equations per member, as compressed rows (members are dense indices into `values`).
  const memberCount = values.length;
  const offsets = new Int32Array(memberCount + 1);
  for (const m of members) offsets[m + 1]!++;
  for (let m = 0; m < memberCount; m++) offsets[m + 1]! += offsets[m]!;
  const byMember = new Int32Array(offsets[memberCount]!);
  const cursor = offsets.slice(0, memberCount);
  for (let e = 0; e < equationCount; e++) {
    for (let x = starts[e]!; x < starts[e + 1]!; x++) byMember[cursor[members[x]!]!++] = e;
  }

  const queued = new Uint8Array(equationCount).fill(1);
  const queue: number[] = Array.from({ length: equationCount }, (_, e) => e);
  let added = 0;
  const hide = (member: number): void => {
    for (const m of closure(member)) {
      if (hidden[m]) continue;
      hidden[m] = 1;
      added++;
      for (let x = offsets[m]!; x < offsets[m + 1]!; x++) {
        const e = byMember[x]!;
        if (!queued[e]) {
          queued[e] = 1;
          queue.push(e);
        }
      }
    }
  };

  for (let head = 0; head < queue.length; head++) {
    const e = queue[head]!;
    queued[e] = 0;
    const start = starts[e]!;
    const split = start + splits[e]!;
    let hiddenCount = 0;
    let hiddenSum = 0;
    let hiddenParts = 0;
    let best = -1;
    let bestValue = 0;
    for (let x = start; x < starts[e + 1]!; x++) {
      const m = members[x]!;
      const v = values[m];
      if (!positive(v)) continue;
      if (hidden[m]) {
        hiddenCount++;
        hiddenSum += v;
        if (x < split) hiddenParts++;
      } else if (best < 0 || v < bestValue) {
        best = m;
        bestValue = v;
      }
    }
    // Rule 3: one hidden non-zero member follows by subtraction. Rule 4: hidden counts all on
    // one side that add up to their number are all 1.
    const oneSide = hiddenParts === 0 || hiddenParts === hiddenCount;
    const unsafe = hiddenCount === 1 || (counts[e]! && hiddenCount > 1 && oneSide && hiddenSum === hiddenCount);
    // A published non-zero member always exists then (the equation balances), unless the data
    // is inconsistent; then nothing more can be done here.
    if (unsafe && best >= 0) hide(best);
  }
  return added;
}

// ---------------------------------------------------------------------------------------------
// Usage cells

/** The raw (unsuppressed, unrounded) counts and sums of one usage cell. */
export interface UsageTotals {
  indications: number;
  /** Distinct case ids; null when the cell has no case ids. */
  families: number | null;
  hoursUsed: number | null;
  hoursAvailable: number | null;
  ltExtraHours: number | null;
  overCap: number;
  /** Counts per route, in the order of `ROUTES`. */
  routes: readonly number[];
  /** Rows with hours used; when it equals `indications`, hours bins add up to the indications. */
  hoursUsedCount?: number;
  /**
   * Whether over-cap means "in the last hours bin" for every row (hours available is always the
   * last bin edge, 25): then Σ over-cap of a year's quarters equals the last bin of that year.
   */
  overCapIsLastBin?: boolean;
}

/** What to hide in one usage cell. */
export interface UsageMask {
  /** The whole cell is hidden (`suppressed: true`). */
  cell: boolean;
  /** Families alone (the cell stays published), to protect the number of repeat indications. */
  families: boolean;
  overCap: boolean;
  /** Per route, in the order of `ROUTES`. */
  routes: boolean[];
}

/** One period × product: the municipality cells (in tie order) and the region cell. */
export interface UsageGroup {
  parts: readonly UsageTotals[];
  total: UsageTotals;
}

/**
 * The hours-used distribution of one year (for one product): bin counts per municipality (same
 * order as the groups' parts) and for the region, and the groups (quarters) of that year.
 */
export interface HoursBinsGroup {
  groups: readonly number[];
  parts: readonly (readonly number[])[];
  total: readonly number[];
}

// Members of one cell. Whole-cell slots hide the cell; the others can be hidden one by one.
// `notOverCap`, `unrouted` and `repeats` are never published, but a reader can work them out
// (`indications − overCap`, `indications − Σ routes`, `indications − families`), so they take
// part as if published; that is conservative, since publishing less can only reveal less.
const N = 0; // indications
const HOURS_USED = 1;
const HOURS_AVAILABLE = 2;
const LT_EXTRA_HOURS = 3;
const FAMILIES = 4;
const REPEATS = 5;
const OVER_CAP = 6;
const NOT_OVER_CAP = 7;
const ROUTE0 = 8;
const UNROUTED = ROUTE0 + ROUTES.length;
const SLOTS = UNROUTED + 1;
const HOURS_SLOTS = [HOURS_USED, HOURS_AVAILABLE, LT_EXTRA_HOURS];
/** Slots up to here hide the whole cell when chosen. */
const LAST_WHOLE_CELL_SLOT = LT_EXTRA_HOURS;

/**
 * Disclosure control for the usage cells of one product, over all its periods at once (hours
 * bins tie the quarters of a year together).
 *
 * Published equations, per period:
 * - per measure (indications, families, hours used, hours available, LT extra hours, over-cap,
 *   each route, and the derivable repeats, not-over-cap and unrouted counts):
 *   region = Σ municipalities;
 * - within every cell, municipalities and region alike: indications = Σ routes + unrouted,
 *   indications = over-cap + not-over-cap, and indications = families + repeats (families is 0
 *   without case ids, so that region = Σ municipalities holds for repeats too).
 * And for the hours distribution of each year: region bin = Σ municipality bins,
 * Σ bins = Σ indications of the year's quarters (municipality and region) whenever every row
 * has hours, and last bin (more than 25 hours) = Σ over-cap of the quarters whenever every row
 * has 25 hours available.
 *
 * Primary suppression hides a whole cell when its indications or families are 1 … threshold − 1,
 * and a single route, over-cap, repeats, not-over-cap, unrouted or bin count when it is. Then
 * {@link protectEquations} adds secondary suppression. Choosing indications or hours as cover
 * hides the whole cell; choosing families hides only the families.
 */
export function suppressUsage(
  groups: readonly UsageGroup[],
  bins: readonly HoursBinsGroup[],
  threshold: number,
): { groups: { parts: UsageMask[]; total: UsageMask }[]; bins: { parts: boolean[][]; total: boolean[] }[] } {
  const width = groups.length > 0 ? groups[0]!.parts.length + 1 : bins.length > 0 ? bins[0]!.parts.length + 1 : 0;
  const cellBase = (g: number, c: number): number => (g * width + c) * SLOTS;
  const binCount = bins.length > 0 ? bins[0]!.total.length : 0;
  const binsStart = groups.length * width * SLOTS;
  const binBase = (y: number, c: number): number => binsStart + (y * width + c) * binCount;
  const size = binsStart + bins.length * width * binCount;
  const values = new Float64Array(size);
  const hidden = new Uint8Array(size);
  const equations = new EquationList();
  const width1 = width - 1; // the region cell's index

  groups.forEach((group, g) => {
    const cells = [...group.parts, group.total];
    cells.forEach((c, i) => {
      const base = cellBase(g, i);
      values[base + N] = c.indications;
      values[base + HOURS_USED] = c.hoursUsed ?? 0;
      values[base + HOURS_AVAILABLE] = c.hoursAvailable ?? 0;
      values[base + LT_EXTRA_HOURS] = c.ltExtraHours ?? 0;
      values[base + FAMILIES] = c.families ?? 0;
      // Indications that are not the first of a known family (all of them without case ids).
      values[base + REPEATS] = c.indications - (c.families ?? 0);
      values[base + OVER_CAP] = c.overCap;
      values[base + NOT_OVER_CAP] = c.indications - c.overCap;
      let routed = 0;
      for (let r = 0; r < ROUTES.length; r++) {
        values[base + ROUTE0 + r] = c.routes[r] ?? 0;
        routed += c.routes[r] ?? 0;
      }
      values[base + UNROUTED] = c.indications - routed;

      if (isSmallCount(c.indications, threshold) || isSmallCount(c.families, threshold)) {
        hidden.fill(1, base, base + SLOTS);
      } else {
        for (let s = REPEATS; s < SLOTS; s++) if (isSmallCount(values[base + s], threshold)) hidden[base + s] = 1;
      }

      // Equations within the cell come first: there an unpublished count (not-over-cap,
      // unrouted, repeats) is usually the cheapest cover, and choosing it early spares cells.
      for (let r = 0; r < ROUTES.length; r++) equations.part(base + ROUTE0 + r);
      equations.part(base + UNROUTED);
      equations.total(base + N);
      equations.end();
      equations.add([base + OVER_CAP, base + NOT_OVER_CAP], [base + N]);
      equations.add([base + FAMILIES, base + REPEATS], [base + N]);
    });
  });

  bins.forEach((year, y) => {
    const cells = [...year.parts, year.total];
    cells.forEach((counts, i) => {
      const base = binBase(y, i);
      counts.forEach((count, b) => {
        values[base + b] = count;
        if (isSmallCount(count, threshold)) hidden[base + b] = 1;
      });
      // Σ bins = Σ indications of the year's quarters, when every row of those cells has hours.
      const quarters = year.groups.map((g) => (i < year.parts.length ? groups[g]!.parts[i]! : groups[g]!.total));
      if (quarters.every((q) => q.hoursUsedCount === q.indications)) {
        equations.add(
          counts.map((_, b) => base + b),
          year.groups.map((g) => cellBase(g, i) + N),
        );
      }
      // The last bin = Σ over-cap of the quarters, when over-cap means more than 25 hours.
      if (binCount > 0 && quarters.every((q) => q.overCapIsLastBin === true)) {
        equations.add(
          [base + binCount - 1],
          year.groups.map((g) => cellBase(g, i) + OVER_CAP),
        );
      }
    });
  });

  // Then region = Σ municipalities, per measure and per bin.
  groups.forEach((_, g) => {
    for (let s = 0; s < SLOTS; s++) {
      for (let i = 0; i < width1; i++) equations.part(cellBase(g, i) + s);
      equations.total(cellBase(g, width1) + s);
      equations.end(!HOURS_SLOTS.includes(s));
    }
  });
  bins.forEach((_, y) => {
    for (let b = 0; b < binCount; b++) {
      for (let i = 0; i < width1; i++) equations.part(binBase(y, i) + b);
      equations.total(binBase(y, width1) + b);
      equations.end();
    }
  });

  const closure = (member: number): readonly number[] => {
    if (member >= binsStart) return [member];
    const slot = member % SLOTS;
    if (slot > LAST_WHOLE_CELL_SLOT) return [member];
    const base = member - slot;
    return Array.from({ length: SLOTS }, (_, s) => base + s);
  };
  protectList(values, hidden, equations, closure);

  const mask = (g: number, i: number): UsageMask => {
    const base = cellBase(g, i);
    return {
      cell: hidden[base + N] === 1,
      families: hidden[base + FAMILIES] === 1,
      overCap: hidden[base + OVER_CAP] === 1,
      routes: ROUTES.map((_, r) => hidden[base + ROUTE0 + r] === 1),
    };
  };
  const binMask = (y: number, i: number): boolean[] => Array.from({ length: binCount }, (_, b) => hidden[binBase(y, i) + b] === 1);
  return {
    groups: groups.map((group, g) => ({ parts: group.parts.map((_, i) => mask(g, i)), total: mask(g, group.parts.length) })),
    bins: bins.map((year, y) => ({ parts: year.parts.map((_, i) => binMask(y, i)), total: binMask(y, year.parts.length) })),
  };
}

/** {@link suppressUsage} for a single period × product without hours bins. */
export function suppressUsageGroup(parts: readonly UsageTotals[], total: UsageTotals, threshold: number): { parts: UsageMask[]; total: UsageMask } {
  return suppressUsage([{ parts, total }], [], threshold).groups[0]!;
}

// ---------------------------------------------------------------------------------------------
// Indicators

/** One indicator value, for disclosure control. */
export interface IndicatorValue {
  /** The raw value, or null when there is none (e.g. a region value that cannot be aggregated). */
  value: number | null;
  /** Hidden by primary suppression (decided by the caller). */
  hidden: boolean;
}

/**
 * Secondary suppression for indicator values: `values` with their primary state, and the
 * published equations among them as index lists (total last). Returns the final hidden flags.
 */
export function suppressIndicatorValues(values: readonly IndicatorValue[], equations: readonly Equation[]): boolean[] {
  const hidden = Uint8Array.from(values, (v) => (v.hidden ? 1 : 0));
  protectEquations({ values: values.map((v) => v.value), hidden, equations });
  return Array.from(hidden, (h) => h === 1);
}

/** A published weighted mean and its parts, for {@link protectWeightedMeans}. */
export interface WeightedMeanGroup {
  /** Index of the region mean. */
  total: number;
  /** The municipality means, in tie order, with the indices of their weight counts and value × weight. */
  parts: readonly { mean: number; weights: readonly number[]; product: number }[];
}

/**
 * Secondary suppression for weighted means. A region mean `V = Σ vᵢwᵢ ÷ Σ wᵢ` publishes the
 * total of the products `vᵢwᵢ`. A product is known when its mean and all its weight counts are
 * published. When exactly one non-zero product is unknown, it (and with it the hidden mean)
 * follows by subtraction; then the mean with the smallest other non-zero product is hidden too
 * (ties: first in order). Only means are hidden here, so one pass is stable. Updates `hidden` in
 * place and returns the number of means it hid.
 */
export function protectWeightedMeans(groups: readonly WeightedMeanGroup[], hidden: boolean[]): number {
  let added = 0;
  for (const group of groups) {
    if (hidden[group.total]) continue;
    const unknown = (p: WeightedMeanGroup['parts'][number]): boolean => hidden[p.mean]! || p.weights.some((w) => hidden[w]);
    const hiddenNonZero = group.parts.filter((p) => p.product > 0 && unknown(p)).length;
    if (hiddenNonZero !== 1) continue;
    let best: WeightedMeanGroup['parts'][number] | undefined;
    for (const p of group.parts) {
      if (p.product > 0 && !unknown(p) && (best === undefined || p.product < best.product)) best = p;
    }
    if (best) {
      hidden[best.mean] = true;
      added++;
    }
  }
  return added;
}
