import { ROUTES, type Suppressed } from './types.js';
import { HOURS_BIN_EDGES } from './hours-distribution.js';
import { EquationList, isSmallCount, protectList } from './suppress.js';
import { protectByAudit, type MemberInequality, type MemberSystem } from './disclosure/protect.js';

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

/** What to hide in one usage cell: false (published) or why it is hidden. */
export interface UsageMask {
  /** The indications are hidden: the cell is published as suppressed (its other fields too, unless false). */
  cell: Suppressed;
  families: Suppressed;
  overCap: Suppressed;
  /** Per route, in the order of `ROUTES`. */
  routes: Suppressed[];
  /** Hours used, with the mean and median made from them. */
  hoursUsed: Suppressed;
  hoursAvailable: Suppressed;
  ltExtraHours: Suppressed;
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
// (`indications − overCap`, `indications − Σ routes`, `indications − families`): they are
// derived members, unknowns that must not be pinned when they are small counts.
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
const DERIVED_SLOTS = [REPEATS, NOT_OVER_CAP, UNROUTED];
/** Slots up to here hide the whole cell when chosen. */
const LAST_WHOLE_CELL_SLOT = LT_EXTRA_HOURS;
/** Whole-cell cover costs more than a single count of the same size: it hides more. */
const WHOLE_CELL_COST = 1.5;

const BIN_COUNT = HOURS_BIN_EDGES.length;

/**
 * Disclosure control for the usage cells of one product, over all its periods at once (hours
 * bins tie the quarters of a year together).
 *
 * Published relations, per period:
 * - per measure (indications, families, hours used, hours available, LT extra hours, over-cap,
 *   each route, and the derivable repeats, not-over-cap and unrouted counts):
 *   region = Σ municipalities;
 * - within every cell, municipalities and region alike: indications = Σ routes + unrouted,
 *   indications = over-cap + not-over-cap, and indications = families + repeats (families is 0
 *   without case ids, so that region = Σ municipalities holds for repeats too).
 * And for the hours distribution of each year: region bin = Σ municipality bins;
 * Σ bins = Σ indications of the year's quarters when every row has hours (else ≤); last bin
 * (more than 25 hours) = Σ over-cap of the quarters when every row has 25 hours available; and
 * the hours used of the year lie between Σ bin count × lower edge and Σ bin count × upper edge.
 *
 * Primary suppression hides a whole cell when its indications or families are 1 … threshold − 1,
 * and a single route, over-cap or bin count when it is. Secondary suppression then runs in two
 * passes: the fast rules of {@link protectList} (no equation with a single hidden member), and
 * the audit loop ({@link protectByAudit}), which hides more until no hidden or derived small
 * count can be worked out exactly from everything published, and publishes hidden values that
 * can be worked out anyway.
 */
export async function suppressUsage(
  groups: readonly UsageGroup[],
  bins: readonly HoursBinsGroup[],
  threshold: number,
): Promise<{ groups: { parts: UsageMask[]; total: UsageMask }[]; bins: { parts: Suppressed[][]; total: Suppressed[] }[] }> {
  const width = groups.length > 0 ? groups[0]!.parts.length + 1 : bins.length > 0 ? bins[0]!.parts.length + 1 : 0;
  const cellBase = (g: number, c: number): number => (g * width + c) * SLOTS;
  const binsStart = groups.length * width * SLOTS;
  const binBase = (y: number, c: number): number => binsStart + (y * width + c) * BIN_COUNT;
  const size = binsStart + bins.length * width * BIN_COUNT;
  const values = new Float64Array(size);
  const hidden = new Uint8Array(size);
  /** 1: the bundle shows "afgeschermd" for this small hidden count, not "< 5" (no upper bound). */
  const loose = new Uint8Array(size);
  const derived = new Uint8Array(size);
  const integer = new Uint8Array(size).fill(1);
  /** 1: an amount nobody recorded in this period (null in the region too), never hidden. */
  const absent = new Uint8Array(size);
  const equations = new EquationList();
  const inequalities: MemberInequality[] = [];
  const cellOf = (g: number, i: number): UsageTotals => (i < width - 1 ? groups[g]!.parts[i]! : groups[g]!.total);

  groups.forEach((_, g) => {
    for (let i = 0; i < width; i++) {
      const c = cellOf(g, i);
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
      for (const s of HOURS_SLOTS) integer[base + s] = 0;
      const region = cellOf(g, width - 1);
      if (region.hoursUsed === null) absent[base + HOURS_USED] = 1;
      if (region.hoursAvailable === null) absent[base + HOURS_AVAILABLE] = 1;
      if (region.ltExtraHours === null) absent[base + LT_EXTRA_HOURS] = 1;
      for (const s of DERIVED_SLOTS) derived[base + s] = 1;

      if (isSmallCount(c.indications, threshold) || isSmallCount(c.families, threshold)) {
        for (const m of cellClosure(base)) hidden[m] = 1;
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
    }
  });

  bins.forEach((year, y) => {
    for (let i = 0; i < width; i++) {
      const counts = i < width - 1 ? year.parts[i]! : year.total;
      const base = binBase(y, i);
      counts.forEach((count, b) => {
        values[base + b] = count;
        if (isSmallCount(count, threshold)) hidden[base + b] = 1;
      });
      const binMembers = counts.map((_, b) => base + b);
      const quarters = year.groups.map((g) => cellOf(g, i));
      // Σ bins = Σ indications of the year's quarters when every row has hours; fewer otherwise.
      const allHours = quarters.every((q) => q.hoursUsedCount === q.indications);
      const indications = year.groups.map((g) => cellBase(g, i) + N);
      if (allHours) equations.add(binMembers, indications);
      else inequalities.push({ members: [...binMembers, ...indications], coef: [...binMembers.map(() => 1), ...indications.map(() => -1)], lower: -Infinity, upper: 0 });
      // The last bin = Σ over-cap of the quarters, when over-cap means more than 25 hours.
      if (BIN_COUNT > 0 && quarters.every((q) => q.overCapIsLastBin === true)) {
        equations.add([base + BIN_COUNT - 1], year.groups.map((g) => cellBase(g, i) + OVER_CAP));
      }
      // Hours of the year between Σ count × lower edge and Σ count × upper edge (the last bin
      // at most the region's hours of the year, a bound no single row exceeds).
      const hours = year.groups.map((g) => cellBase(g, i) + HOURS_USED);
      const regionHours = year.groups.reduce((s, g) => s + (cellOf(g, width - 1).hoursUsed ?? 0), 0);
      const upperEdge = (b: number): number => (b + 1 < BIN_COUNT ? HOURS_BIN_EDGES[b + 1]! : regionHours);
      inequalities.push({
        members: [...hours, ...binMembers],
        coef: [...hours.map(() => 1), ...binMembers.map((_, b) => -HOURS_BIN_EDGES[b]!)],
        lower: 0,
        upper: Infinity,
      });
      inequalities.push({
        members: [...hours, ...binMembers],
        coef: [...hours.map(() => 1), ...binMembers.map((_, b) => -upperEdge(b))],
        lower: -Infinity,
        upper: 0,
      });
    }
  });

  // Then region = Σ municipalities, per measure and per bin.
  groups.forEach((_, g) => {
    for (let s = 0; s < SLOTS; s++) {
      for (let i = 0; i < width - 1; i++) equations.part(cellBase(g, i) + s);
      equations.total(cellBase(g, width - 1) + s);
      equations.end(!HOURS_SLOTS.includes(s));
    }
  });
  bins.forEach((_, y) => {
    for (let b = 0; b < BIN_COUNT; b++) {
      for (let i = 0; i < width - 1; i++) equations.part(binBase(y, i) + b);
      equations.total(binBase(y, width - 1) + b);
      equations.end();
    }
  });

  function cellClosure(base: number): number[] {
    const members: number[] = [];
    for (let s = 0; s < SLOTS; s++) {
      if (DERIVED_SLOTS.includes(s)) continue;
      // A cell without families (no case ids), or an amount nobody recorded: nothing to hide.
      if ((s === FAMILIES && values[base + s] === 0) || absent[base + s]) continue;
      members.push(base + s);
    }
    return members;
  }
  const closure = (member: number): readonly number[] => {
    if (member >= binsStart) return [member];
    const slot = member % SLOTS;
    return slot > LAST_WHOLE_CELL_SLOT ? [member] : cellClosure(member - slot);
  };

  /** Whether a hidden member carries a label of its own (else it is hidden with its cell). */
  const labelled = (m: number): boolean => m >= binsStart || m % SLOTS === N || hidden[m - (m % SLOTS) + N] === 0;
  /** Whether the bundle will say "< 5" for a hidden member. */
  const primary = (m: number): boolean => integer[m] === 1 && !derived[m] && labelled(m) && !loose[m] && isSmallCount(values[m], threshold);

  /** What hiding a published member costs: a whole cell 1.5 × its indications, a single count its value; null when it cannot cover. */
  const coverCost = (m: number): number | null => {
    const v = values[m]!;
    if (m >= binsStart) return v > 0 ? v : null;
    const slot = m % SLOTS;
    if (slot <= LAST_WHOLE_CELL_SLOT) {
      const n = values[m - slot + N]!;
      return n > 0 ? n * WHOLE_CELL_COST : null;
    }
    return v > 0 ? v : null;
  };

  // The fast rules choose cover as the audit does: by what it hides (a whole cell costs more than one count).
  protectList(values, hidden, equations, closure, (m) => coverCost(m) ?? Infinity);
  // A derived member is unknown to a reader anyway; the fast rules only mark it to find cover.
  for (let m = 0; m < size; m++) if (derived[m]) hidden[m] = 0;
  const system: MemberSystem = {
    values,
    hidden,
    derived,
    integer,
    equations,
    inequalities,
    closure,
    bounds(m) {
      if (derived[m] || !integer[m]) return [0, Infinity];
      if (!labelled(m)) return m % SLOTS === FAMILIES ? [1, Infinity] : [0, Infinity];
      // The bundle says why: "< 5" (1 … threshold − 1), or "afgeschermd" (at least 1).
      return primary(m) ? [1, threshold - 1] : [1, Infinity];
    },
    canLoosen: (m) => hidden[m] === 1 && primary(m),
    loosen(m, on) {
      loose[m] = on ? 1 : 0;
    },
    sensitive(m) {
      if (derived[m]) return isSmallCount(values[m], threshold);
      // A count from 1 to threshold − 1; an amount (hours) other than zero.
      return integer[m] ? isSmallCount(values[m], threshold) : values[m]! > 0;
    },
    coverCost,
    publishWith(m) {
      // Published indications: the zeros of the cell go with them (a zero is never hidden alone).
      if (m >= binsStart || m % SLOTS !== N) return [];
      return cellClosure(m).filter((x) => values[x] === 0);
    },
  };
  await protectByAudit(system);

  const reason = (m: number): Suppressed => (hidden[m] ? (primary(m) ? 'primary' : 'secondary') : false);
  const mask = (g: number, i: number): UsageMask => {
    const base = cellBase(g, i);
    return {
      cell: reason(base + N),
      families: reason(base + FAMILIES),
      overCap: reason(base + OVER_CAP),
      routes: ROUTES.map((_, r) => reason(base + ROUTE0 + r)),
      hoursUsed: reason(base + HOURS_USED),
      hoursAvailable: reason(base + HOURS_AVAILABLE),
      ltExtraHours: reason(base + LT_EXTRA_HOURS),
    };
  };
  const binMask = (y: number, i: number): Suppressed[] => Array.from({ length: BIN_COUNT }, (_, b) => reason(binBase(y, i) + b));
  return {
    groups: groups.map((group, g) => ({ parts: group.parts.map((_, i) => mask(g, i)), total: mask(g, group.parts.length) })),
    bins: bins.map((year, y) => ({ parts: year.parts.map((_, i) => binMask(y, i)), total: binMask(y, year.parts.length) })),
  };
}

/** {@link suppressUsage} for a single period × product without hours bins. */
export async function suppressUsageGroup(parts: readonly UsageTotals[], total: UsageTotals, threshold: number): Promise<{ parts: UsageMask[]; total: UsageMask }> {
  return (await suppressUsage([{ parts, total }], [], threshold)).groups[0]!;
}
