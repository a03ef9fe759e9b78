/**
 * The cheapest remedy for a pinned member: which published members to hide, and which "< 5"
 * labels to drop, so that the member can take another value.
 *
 * A linear program over deviations from the true values. Every member that is not fixed gets
 * `x = value + up − down`. For a hidden or derived member the deviations are free within the
 * bounds a reader knows; for a published member that may serve as cover they cost its cover
 * cost per unit; a "< 5" label may be exceeded at a small cost per unit (dropping the label).
 * Every relation must still hold, and the pinned member must move by at least 1 (up or down).
 * The members that move in the cheapest solution form a path of equations through the tables,
 * the classic complementary suppression of a cell: hiding them frees the pinned member.
 */
import { loadSolver } from './solver.js';
import { AMOUNT_RESOLUTION } from './audit.js';
import type { MemberSystem } from './protect.js';

/** How many relations away from the pinned member a remedy may reach. */
const NEIGHBOURHOOD = 4;

/** The cost per unit of exceeding a "< 5" label: less than any cover, so labels go first. */
const LOOSEN_COST = 0.5;

export interface Remedy {
  hide: number[];
  loosen: number[];
}

interface Relation {
  members: readonly number[];
  coef: readonly number[];
  lower: number;
  upper: number;
}

/**
 * The cheapest remedy for member `m` (hidden or derived), or null when there is none.
 * `relations` are all relations of the system; `fixed` marks published members that can never
 * be hidden (zeros, and members published by the audit loop).
 */
export async function findRemedy(system: MemberSystem, allRelations: readonly Relation[], m: number, fixed: Uint8Array): Promise<Remedy | null> {
  const size = system.hidden.length;
  const isFixed = (x: number): boolean => !system.hidden[x] && !system.derived[x] && (fixed[x] === 1 || system.coverCost(x) === null);
  // The neighbourhood of m: members within a few relations of it. Every relation of a member
  // inside is kept; members outside are held at their values, so that a remedy found here is a
  // real one (a path of equations closes near the cell it frees).
  const relationsOfMember = new Map<number, Relation[]>();
  for (const rel of allRelations) {
    for (const x of rel.members) {
      let list = relationsOfMember.get(x);
      if (!list) relationsOfMember.set(x, (list = []));
      list.push(rel);
    }
  }
  const inside = new Set([m]);
  let frontier = [m];
  for (let hop = 0; hop < NEIGHBOURHOOD && frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (const rel of relationsOfMember.get(x) ?? []) {
        for (const y of rel.members) {
          if (inside.has(y) || isFixed(y)) continue;
          inside.add(y);
          next.push(y);
        }
      }
    }
    frontier = next;
  }
  const relations = [...new Set([...inside].flatMap((x) => relationsOfMember.get(x) ?? []))];
  const varOf = new Int32Array(size).fill(-1);
  const members = [...inside].sort((a, b) => a - b);
  members.forEach((x, i) => (varOf[x] = i));
  // Columns per member: up, down, and (for a "< 5" label that may go) up beyond the label.
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const cost: number[] = [];
  const upCol = new Int32Array(members.length);
  const downCol = new Int32Array(members.length);
  const beyondCol = new Int32Array(members.length).fill(-1);
  members.forEach((x, i) => {
    const value = system.values[x]!;
    const unknown = system.hidden[x] === 1 || system.derived[x] === 1;
    // As hidden: the bounds it has (or would have) for a reader.
    let lower: number;
    let upper: number;
    if (unknown) [lower, upper] = system.bounds(x);
    else {
      system.hidden[x] = 1;
      [lower, upper] = system.bounds(x);
      system.hidden[x] = 0;
    }
    const unitCost = unknown ? 0 : system.coverCost(x)! / (system.integer[x] ? 1 : Math.max(1, Math.abs(value)));
    const loosenable = unknown && (system.canLoosen?.(x) ?? false);
    upCol[i] = cost.length;
    colLower.push(0);
    colUpper.push(loosenable ? Math.max(0, upper - value) : Math.max(0, Math.min(upper, 1e12) - value));
    cost.push(unitCost);
    downCol[i] = cost.length;
    colLower.push(0);
    colUpper.push(Math.max(0, value - lower));
    cost.push(unitCost);
    if (loosenable) {
      beyondCol[i] = cost.length;
      colLower.push(0);
      colUpper.push(1e12);
      cost.push(LOOSEN_COST);
    }
  });
  // Rows: every relation over the deviations (a relation of fixed members alone holds as is).
  const rowStarts = [0];
  const rowIndex: number[] = [];
  const rowCoef: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (const rel of relations) {
    const entries = new Map<number, number>();
    let activity = 0;
    rel.members.forEach((x, k) => {
      const c = rel.coef[k]!;
      activity += c * system.values[x]!;
      const i = varOf[x]!;
      if (i < 0) return;
      entries.set(upCol[i]!, (entries.get(upCol[i]!) ?? 0) + c);
      entries.set(downCol[i]!, (entries.get(downCol[i]!) ?? 0) - c);
      if (beyondCol[i]! >= 0) entries.set(beyondCol[i]!, (entries.get(beyondCol[i]!) ?? 0) + c);
    });
    if (entries.size === 0) continue;
    for (const [col, c] of entries) {
      rowIndex.push(col);
      rowCoef.push(c);
    }
    rowStarts.push(rowIndex.length);
    // Deviations keep the relation: lower ≤ activity + Σ c·deviation ≤ upper.
    rowLower.push(rel.lower - activity);
    rowUpper.push(rel.upper - activity);
  }
  // The pinned member moves by at least one unit (a count) or the resolution (an amount).
  const i = varOf[m]!;
  const step = system.integer[m] ? 1 : AMOUNT_RESOLUTION;
  const moveCols = [upCol[i]!, downCol[i]!, ...(beyondCol[i]! >= 0 ? [beyondCol[i]!] : [])];
  rowStarts.push(rowIndex.length + moveCols.length);
  rowIndex.push(...moveCols);
  rowCoef.push(1, -1, ...(beyondCol[i]! >= 0 ? [1] : []));
  const moveRow = rowLower.length;
  rowLower.push(step);
  rowUpper.push(Infinity);

  const solver = await loadSolver();
  const spec = {
    n: cost.length,
    rowStarts,
    rowIndex,
    rowCoef,
    rowLower,
    rowUpper,
    colLower,
    colUpper,
    integer: cost.map(() => 0),
  };
  const costs = Float64Array.from(cost);
  let best: { objective: number; solution: Float64Array } | null = null;
  for (const direction of [1, -1]) {
    spec.rowLower[moveRow] = direction === 1 ? step : -Infinity;
    spec.rowUpper[moveRow] = direction === 1 ? Infinity : -step;
    const model = solver.model(spec);
    try {
      const outcome = model.solve(costs);
      if (typeof outcome === 'string') continue;
      const objective = outcome.reduce((s, v, c) => s + v * costs[c]!, 0);
      if (!best || objective < best.objective) best = { objective, solution: outcome };
    } finally {
      model.dispose();
    }
  }
  if (!best) return null;
  const remedy: Remedy = { hide: [], loosen: [] };
  members.forEach((x, k) => {
    const moved = best!.solution[upCol[k]!]! + best!.solution[downCol[k]!]! > 1e-7;
    if (moved && !system.hidden[x] && !system.derived[x]) remedy.hide.push(x);
    if (beyondCol[k]! >= 0 && best!.solution[beyondCol[k]!]! > 1e-7) remedy.loosen.push(x);
  });
  return remedy;
}
