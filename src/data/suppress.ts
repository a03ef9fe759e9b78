import { isSmallCount } from '../format/suppressed.js';
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
 *    total itself) is hidden and non-zero, it could be worked out by subtraction. Then the other
 *    member that is published and non-zero and hides the least is hidden too: the lowest *cost*
 *    (by default its value; `prepare` counts a whole usage cell as 1.5 × its indications, since
 *    hiding its indications or hours hides the whole cell), then the smallest value, then the
 *    member that comes first in the equation: municipalities in Dutch alphabetical order, routes
 *    in the order of `ROUTES`, hours bins from the lowest, the total last. Hiding a member hides
 *    everything that goes with it (its closure). This repeats until every equation is safe.
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

export { isSmallCount };

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
  /** What hiding `member` as cover costs (rule 3); default: its value. */
  cost?: (member: number) => number;
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
  return protectList(system.values, system.hidden, list, system.closure, system.cost);
}

/** {@link protectEquations} over an {@link EquationList}. */
export function protectList(
  values: ArrayLike<number | null>,
  hidden: Uint8Array,
  list: EquationList,
  closure: (member: number) => readonly number[] = (m) => [m],
  cost: (member: number) => number = (m) => values[m] ?? 0,
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
    let bestCost = 0;
    let bestValue = 0;
    for (let x = start; x < starts[e + 1]!; x++) {
      const m = members[x]!;
      const v = values[m];
      if (!positive(v)) continue;
      if (hidden[m]) {
        hiddenCount++;
        hiddenSum += v;
        if (x < split) hiddenParts++;
        continue;
      }
      // The cover that hides the least: lowest cost, then smallest value, then first in the equation.
      const c = cost(m);
      if (best < 0 || c < bestCost || (c === bestCost && v < bestValue)) {
        best = m;
        bestCost = c;
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
