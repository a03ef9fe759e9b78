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
 * 3. **Secondary suppression.** Every published total is an equation `total = part₁ + … + partₙ`.
 *    When exactly one member of such an equation (a part, or the total itself) is hidden and
 *    non-zero, it could be worked out by subtraction. Then the smallest other member that is
 *    published and non-zero is hidden too. Ties go to the member that comes first in the
 *    equation: municipalities in Dutch alphabetical order, routes in the order of `ROUTES`, the
 *    total last. Hiding a member hides everything that goes with it (a whole usage cell when its
 *    indications, families or hours are chosen). This repeats until every equation is safe.
 *
 * A hidden member only counts as cover when its true value is non-zero: a hidden zero gives no
 * real uncertainty (a reader may know from elsewhere that a category is empty), so it is not
 * relied on. Values are compared as given (null as 0).
 */

/** Whether a count must be hidden by primary suppression: 1 … threshold − 1 (any value strictly between 0 and the threshold). */
export function isSmallCount(value: number | null | undefined, threshold: number): boolean {
  return value != null && value > 0 && value < threshold;
}

/**
 * A set of linear equations over members, for {@link protectEquations}.
 * Each equation lists member indices; its order is the tie order (put the total last).
 */
export interface EquationSystem {
  /** The true value of each member (null counts as 0). */
  values: ArrayLike<number | null>;
  /** Hidden state of each member; primary suppression filled in by the caller. Updated in place. */
  hidden: Uint8Array;
  equations: readonly (readonly number[])[];
  /**
   * The members hidden together with `member` (including itself). Default: just the member.
   * `prepare` uses it to hide a whole usage cell at once.
   */
  closure?: (member: number) => readonly number[];
}

const positive = (v: number | null | undefined): boolean => v != null && v > 0;

/**
 * Secondary suppression over a system of equations (rule 3 above), iterated to a fixed point
 * with a work list. Returns the number of members it hid. Deterministic: equations are visited
 * in order, and an equation is visited again whenever one of its members becomes hidden.
 */
export function protectEquations(system: EquationSystem): number {
  const { values, hidden, equations } = system;
  const closure = system.closure ?? ((m: number) => [m]);
  // Equations per member, as compressed rows (members are dense indices into `values`).
  const memberCount = values.length;
  const offsets = new Int32Array(memberCount + 1);
  for (const eq of equations) for (const m of eq) offsets[m + 1]!++;
  for (let m = 0; m < memberCount; m++) offsets[m + 1]! += offsets[m]!;
  const byMember = new Int32Array(offsets[memberCount]!);
  const cursor = offsets.slice(0, memberCount);
  equations.forEach((eq, e) => {
    for (const m of eq) byMember[cursor[m]!++] = e;
  });

  const queued = new Uint8Array(equations.length).fill(1);
  const queue: number[] = equations.map((_, e) => e);
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
    const eq = equations[e]!;
    let hiddenNonZero = 0;
    let best = -1;
    for (const m of eq) {
      const v = values[m];
      if (!positive(v)) continue;
      if (hidden[m]) hiddenNonZero++;
      else if (best < 0 || (v as number) < (values[best] as number)) best = m;
    }
    // Exactly one hidden non-zero member: it would follow by subtraction. A published non-zero
    // member always exists then (the equation balances), unless the data is inconsistent.
    if (hiddenNonZero === 1 && best >= 0) hide(best);
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
}

/** What to hide in one usage cell. */
export interface UsageMask {
  /** The whole cell is hidden (`suppressed: true`). */
  cell: boolean;
  overCap: boolean;
  /** Per route, in the order of `ROUTES`. */
  routes: boolean[];
}

// Members of one cell. Slots 0-4 hide the whole cell; the others can be hidden one by one.
// `notOverCap` and `unrouted` are never published, but a reader can work them out
// (`indications − overCap`, `indications − Σ routes`), so they take part as if published.
const N = 0; // indications
const FAMILIES = 1;
const HOURS_USED = 2;
const HOURS_AVAILABLE = 3;
const LT_EXTRA_HOURS = 4;
const OVER_CAP = 5;
const NOT_OVER_CAP = 6;
const ROUTE0 = 7;
const UNROUTED = ROUTE0 + ROUTES.length;
const SLOTS = UNROUTED + 1;
const WHOLE_CELL_SLOTS = LT_EXTRA_HOURS;

/**
 * Disclosure control for one period × product: the municipality cells (`parts`, in the tie
 * order: Dutch alphabetical) and the region cell (`total`, their sum over the raw rows).
 *
 * Published equations:
 * - per measure (indications, families, hours used, hours available, LT extra hours, over-cap,
 *   each route, and the derivable not-over-cap and unrouted counts): region = Σ municipalities;
 * - within every cell, municipalities and region alike: indications = Σ routes + unrouted, and
 *   indications = over-cap + not-over-cap.
 *
 * Primary suppression hides a whole cell when its indications or families are 1 … threshold − 1,
 * and a single route count, over-cap count or derivable count when it is. Then
 * {@link protectEquations} adds secondary suppression.
 */
export function suppressUsageGroup(
  parts: readonly UsageTotals[],
  total: UsageTotals,
  threshold: number,
): { parts: UsageMask[]; total: UsageMask } {
  const cells = [...parts, total];
  const count = cells.length;
  const values = new Float64Array(count * SLOTS);
  const hidden = new Uint8Array(count * SLOTS);
  cells.forEach((c, i) => {
    const base = i * SLOTS;
    values[base + N] = c.indications;
    values[base + FAMILIES] = c.families ?? 0;
    values[base + HOURS_USED] = c.hoursUsed ?? 0;
    values[base + HOURS_AVAILABLE] = c.hoursAvailable ?? 0;
    values[base + LT_EXTRA_HOURS] = c.ltExtraHours ?? 0;
    values[base + OVER_CAP] = c.overCap;
    values[base + NOT_OVER_CAP] = c.indications - c.overCap;
    let routed = 0;
    ROUTES.forEach((_, r) => {
      values[base + ROUTE0 + r] = c.routes[r] ?? 0;
      routed += c.routes[r] ?? 0;
    });
    values[base + UNROUTED] = c.indications - routed;

    if (isSmallCount(c.indications, threshold) || isSmallCount(c.families, threshold)) {
      hidden.fill(1, base, base + SLOTS);
    } else {
      for (let s = OVER_CAP; s < SLOTS; s++) if (isSmallCount(values[base + s], threshold)) hidden[base + s] = 1;
    }
  });

  const equations: number[][] = [];
  for (let s = 0; s < SLOTS; s++) equations.push(cells.map((_, i) => i * SLOTS + s));
  for (let i = 0; i < count; i++) {
    const base = i * SLOTS;
    const routeSlots = ROUTES.map((_, r) => base + ROUTE0 + r);
    equations.push([...routeSlots, base + UNROUTED, base + N]);
    equations.push([base + OVER_CAP, base + NOT_OVER_CAP, base + N]);
  }

  const wholeCell = (member: number): readonly number[] => {
    const slot = member % SLOTS;
    if (slot > WHOLE_CELL_SLOTS) return [member];
    const base = member - slot;
    return Array.from({ length: SLOTS }, (_, s) => base + s);
  };
  protectEquations({ values, hidden, equations, closure: wholeCell });

  const mask = (i: number): UsageMask => {
    const base = i * SLOTS;
    return {
      cell: hidden[base + N] === 1,
      overCap: hidden[base + OVER_CAP] === 1,
      routes: ROUTES.map((_, r) => hidden[base + ROUTE0 + r] === 1),
    };
  };
  return { parts: parts.map((_, i) => mask(i)), total: mask(parts.length) };
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
export function suppressIndicatorValues(values: readonly IndicatorValue[], equations: readonly (readonly number[])[]): boolean[] {
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
