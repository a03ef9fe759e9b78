/**
 * Disclosure control that holds against a reader who combines every published number: the
 * audit loop over a system of members (see the README, "Disclosure control").
 *
 * A *member* is one number of the published tables: published, hidden, or *derived* (never
 * published, but a reader can work it out, such as indications − Σ routes). The loop:
 * 1. Build what a reader knows: every published member as a constant, every hidden or derived
 *    member as an unknown with the bounds the bundle reveals ({@link MemberSystem.bounds}),
 *    every published relation as a row.
 * 2. Ask the audit ({@link findPinned}) which unknowns that system pins to one value.
 * 3. A pinned unknown that is *sensitive* (a count from 1 to threshold − 1, an amount or mean
 *    of a hidden cell) gets cover: a published member of a relation of its connected part is
 *    hidden too, the cheapest of those that free it (the cheapest of all when none does alone).
 *    Repeat from 1.
 * 4. When nothing sensitive is pinned, a hidden member that is still pinned (a zero, or a count
 *    of threshold or more) tells the reader nothing they cannot work out already: it is
 *    published, so that the bundle says what is known. Repeat from 1, since publishing can
 *    change what the bundle reveals about others.
 * The loop ends: cover only ever grows, and a member published in step 4 never becomes cover.
 */
import { addRow, emptyRows, findPinned, FREE, PINNED, type AuditProblem } from './audit.js';
import type { EquationList } from '../suppress.js';
import { findRemedy } from './remedy.js';

/** A linear inequality over members: `lower ≤ Σ coef·member ≤ upper`. */
export interface MemberInequality {
  members: readonly number[];
  coef: readonly number[];
  lower: number;
  upper: number;
}

export interface MemberSystem {
  /** True value of each member (null counts as 0). */
  values: ArrayLike<number>;
  /** Hidden state of each member; updated in place. */
  hidden: Uint8Array;
  /** 1 for a member that is never published (only derivable). */
  derived: Uint8Array;
  /** 1 for a whole number (a count), 0 for an amount. */
  integer: Uint8Array;
  /** Published equalities `Σ parts = Σ totals`. */
  equations: EquationList;
  /** Further relations a reader knows. */
  inequalities?: readonly MemberInequality[];
  /** Relations that depend on what is hidden now (asked again for every audit). */
  extraRelations?(): readonly MemberInequality[];
  /** Members hidden together with `member` (including itself). */
  closure(member: number): readonly number[];
  /** Bounds a reader knows for an unknown member, given what is hidden now. */
  bounds(member: number): readonly [number, number];
  /** Whether an unknown member must not be pinned: pinned, it gets cover instead of being published. */
  sensitive(member: number): boolean;
  /** The cost of hiding a published member as cover, or null when it cannot serve as cover. */
  coverCost(member: number): number | null;
  /**
   * Whether the bundle may stop revealing the upper bound of hidden member `member` (show
   * "afgeschermd" instead of "< 5" for a small count). A cheap remedy where a "< 5" pins others:
   * four municipalities "< 5" in a region total "< 5" are all 1. Default: never.
   */
  canLoosen?(member: number): boolean;
  /** Stop (or, with `on` false, start again) revealing the upper bound of `member`. */
  loosen?(member: number, on: boolean): void;
  /** Further members to publish with `member` in step 4 (default: none). */
  publishWith?(member: number): readonly number[];
}

/** How many covers the loop tries for one pinned member before it takes the cheapest. */
const TRIALS = 6;

/** Run the audit loop; updates `system.hidden`. Returns how many members it hid and published. */
export async function protectByAudit(system: MemberSystem): Promise<{ hidden: number; published: number }> {
  const size = system.hidden.length;
  const published = new Uint8Array(size);
  // Members proven free. Hiding more keeps them free (a reader's solutions only grow); after
  // publishing, labels change, so the audit starts afresh.
  const free = new Uint8Array(size);
  let hiddenCount = 0;
  let publishedCount = 0;
  // First only the sensitive members, round after round; then, once none is pinned, every
  // hidden member, to publish what a reader knows anyway.
  let everyHidden = false;
  for (;;) {
    const { problem, memberOf } = buildProblem(system);
    memberOf.forEach((m, u) => {
      if (free[m] || (!everyHidden && !system.sensitive(m))) problem.target[u] = 0;
    });
    const status = await findPinned(problem);
    memberOf.forEach((m, u) => {
      if (problem.target[u] && status[u] === FREE) free[m] = 1;
    });
    const sensitive = memberOf.filter((m, u) => problem.target[u] === 1 && status[u] !== FREE && system.sensitive(m));
    if (sensitive.length > 0) {
      let covered = false;
      for (const m of sensitive) {
        // An earlier cover of this round may have freed m already.
        if (await freeWith(system, m, [])) {
          free[m] = 1;
          continue;
        }
        const remedy = await findRemedy(system, relationsOf(system), m, published);
        if (remedy && remedy.hide.length + remedy.loosen.length > 0) {
          for (const x of remedy.loosen) system.loosen!(x, true);
          for (const c of remedy.hide.flatMap((x) => system.closure(x))) {
            if (!system.hidden[c]) {
              system.hidden[c] = 1;
              hiddenCount++;
            }
          }
          covered = true;
          continue;
        }
        // No remedy from the linear relaxation (an integer effect): one cover at a time.
        const cover = await chooseCover(system, m, published);
        if (cover === 'free') {
          free[m] = 1;
          continue;
        }
        if (cover === null) continue;
        if (cover.loosen) {
          system.loosen!(cover.member, true);
          covered = true;
          continue;
        }
        for (const c of system.closure(cover.member)) {
          if (!system.hidden[c]) {
            system.hidden[c] = 1;
            hiddenCount++;
            covered = true;
          }
        }
      }
      everyHidden = false;
      if (covered) continue;
      if (sensitive.every((m) => free[m])) continue;
      break; // no cover left anywhere (inconsistent data): stop rather than loop
    }
    if (!everyHidden) {
      everyHidden = true;
      continue;
    }
    // Only what is proven pinned is published; an unsettled member stays hidden.
    const publishable = memberOf.filter((m, u) => problem.target[u] === 1 && status[u] === PINNED && system.hidden[m] === 1);
    if (publishable.length === 0) break;
    for (const m of publishable) {
      for (const x of [m, ...(system.publishWith?.(m) ?? [])]) {
        if (!system.hidden[x]) continue;
        system.hidden[x] = 0;
        published[x] = 1;
        publishedCount++;
      }
    }
    free.fill(0);
    everyHidden = false;
  }
  return { hidden: hiddenCount, published: publishedCount };
}

interface Built {
  problem: AuditProblem;
  /** Unknown index of each member (−1 when published). */
  unknownOf: Int32Array;
  /** Member of each unknown. */
  memberOf: number[];
}

/** Every relation as a member list with coefficients and bounds. */
interface Relation {
  members: readonly number[];
  coef: readonly number[];
  lower: number;
  upper: number;
}

function relationsOf(system: MemberSystem): Relation[] {
  const relations: Relation[] = [];
  const { members, starts, splits } = system.equations;
  for (let e = 0; e + 1 < starts.length; e++) {
    const list = members.slice(starts[e]!, starts[e + 1]!);
    relations.push({ members: list, coef: list.map((_, x) => (x < splits[e]! ? 1 : -1)), lower: 0, upper: 0 });
  }
  for (const q of system.inequalities ?? []) relations.push(q);
  for (const q of system.extraRelations?.() ?? []) relations.push(q);
  return relations;
}

/**
 * The members a reader knows: the published ones, and every derived member that an equality
 * fixes from known members alone (indications − Σ routes when all of them are published).
 * Folding those into constants keeps the audit's parts small; it changes nothing a reader
 * knows. A sensitive derived member stays an unknown, so that the audit reports it.
 */
function knownMembers(system: MemberSystem, relations: readonly Relation[]): Uint8Array {
  const size = system.hidden.length;
  const known = new Uint8Array(size);
  for (let m = 0; m < size; m++) known[m] = system.hidden[m] || system.derived[m] ? 0 : 1;
  const relationsOf = new Map<number, Relation[]>();
  for (const rel of relations) {
    if (rel.lower !== rel.upper) continue;
    for (const m of rel.members) {
      if (!system.derived[m] || system.hidden[m]) continue;
      let list = relationsOf.get(m);
      if (!list) relationsOf.set(m, (list = []));
      list.push(rel);
    }
  }
  let queue = [...relationsOf.keys()];
  while (queue.length > 0) {
    const next: number[] = [];
    for (const m of queue) {
      if (known[m] || system.sensitive(m)) continue;
      const fixed = relationsOf.get(m)!.some((rel) => rel.members.every((x) => x === m || known[x]));
      if (!fixed) continue;
      known[m] = 1;
      // Members of m's relations may now be fixed in turn.
      for (const rel of relationsOf.get(m)!) for (const x of rel.members) if (!known[x] && relationsOf.has(x)) next.push(x);
    }
    queue = next;
  }
  return known;
}

/** What a reader knows, as an audit problem over the unknown members. */
export function buildProblem(system: MemberSystem, relations: readonly Relation[] = relationsOf(system)): Built {
  const size = system.hidden.length;
  const unknownOf = new Int32Array(size).fill(-1);
  const memberOf: number[] = [];
  const known = knownMembers(system, relations);
  for (let m = 0; m < size; m++) {
    if (!known[m]) {
      unknownOf[m] = memberOf.length;
      memberOf.push(m);
    }
  }
  const n = memberOf.length;
  const value = new Float64Array(n);
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  const integer = new Uint8Array(n);
  const target = new Uint8Array(n);
  memberOf.forEach((m, u) => {
    value[u] = system.values[m]!;
    const [lo, hi] = system.bounds(m);
    lower[u] = lo;
    upper[u] = hi;
    integer[u] = system.integer[m]!;
    target[u] = system.hidden[m] || system.sensitive(m) ? 1 : 0;
  });
  const rows = emptyRows();
  const index: number[] = [];
  const coef: number[] = [];
  for (const rel of relations) {
    index.length = 0;
    coef.length = 0;
    let known = 0;
    for (let x = 0; x < rel.members.length; x++) {
      const m = rel.members[x]!;
      const u = unknownOf[m]!;
      if (u < 0) known += rel.coef[x]! * system.values[m]!;
      else {
        const at = index.indexOf(u);
        if (at >= 0) coef[at]! += rel.coef[x]!;
        else {
          index.push(u);
          coef.push(rel.coef[x]!);
        }
      }
    }
    if (index.length > 0) addRow(rows, index, coef, rel.lower - known, rel.upper - known);
  }
  return { problem: { value, lower, upper, integer, target, rows }, unknownOf, memberOf };
}

/**
 * Whether member `m` is free once `extra` (published members) are hidden too, or once `loose`
 * (a hidden member) no longer reveals its upper bound.
 */
async function freeWith(system: MemberSystem, m: number, extra: readonly number[], loose?: number): Promise<boolean> {
  // As if hidden (with the label the bundle would give it), and only m asked about.
  extra.forEach((x) => (system.hidden[x] = 1));
  if (loose !== undefined) system.loosen!(loose, true);
  const { problem, unknownOf } = buildProblem(system);
  if (loose !== undefined) system.loosen!(loose, false);
  extra.forEach((x) => (system.hidden[x] = 0));
  problem.target.fill(0);
  problem.target[unknownOf[m]!] = 1;
  const status = await findPinned(problem);
  return status[unknownOf[m]!] === FREE;
}

/** A remedy for a pinned member: hide `member` (and its closure), or loosen its label. */
interface Cover {
  member: number;
  loosen: boolean;
}

/**
 * The remedy for pinned member `m`: `'free'` when an earlier one has freed it already. Else,
 * first the hidden members of `m`'s connected part whose "< 5" could become "afgeschermd"
 * (largest first), then the published members of the relations of the part, nearest first
 * (relations of `m` itself, then the rest) and cheapest first: the first that frees `m`, or
 * else the cheapest cover. Null when there is no candidate.
 */
async function chooseCover(system: MemberSystem, m: number, published: Uint8Array): Promise<Cover | 'free' | null> {
  if (await freeWith(system, m, [])) return 'free';
  const relations = relationsOf(system);
  // The members connected to m through unknowns (its part of the reader's system).
  const unknown = (x: number): boolean => system.hidden[x] === 1 || system.derived[x] === 1;
  const relationsOfMember = new Map<number, Relation[]>();
  for (const rel of relations) {
    for (const x of rel.members) {
      if (!unknown(x)) continue;
      let list = relationsOfMember.get(x);
      if (!list) relationsOfMember.set(x, (list = []));
      list.push(rel);
    }
  }
  const part = new Set([m]);
  const queue = [m];
  const partRelations = new Set<Relation>();
  while (queue.length > 0) {
    const x = queue.pop()!;
    for (const rel of relationsOfMember.get(x) ?? []) {
      partRelations.add(rel);
      for (const y of rel.members) {
        if (unknown(y) && !part.has(y)) {
          part.add(y);
          queue.push(y);
        }
      }
    }
  }
  const costs = new Map<number, number>();
  const candidatesOf = (rels: Iterable<Relation>): number[] => {
    const found: number[] = [];
    for (const rel of rels) {
      for (const c of rel.members) {
        if (unknown(c) || published[c] || costs.has(c)) continue;
        const cost = system.coverCost(c);
        if (cost === null) continue;
        costs.set(c, cost);
        found.push(c);
      }
    }
    return found.sort((a, b) => costs.get(a)! - costs.get(b)! || a - b);
  };
  const loosenable = system.canLoosen ? [...part].filter((x) => system.canLoosen!(x)).sort((a, b) => system.values[b]! - system.values[a]! || a - b) : [];
  for (const x of loosenable.slice(0, TRIALS)) {
    if (await freeWith(system, m, [], x)) return { member: x, loosen: true };
  }
  const near = candidatesOf(relationsOfMember.get(m) ?? []);
  const far = candidatesOf(partRelations);
  const candidates = [...near, ...far];
  for (const c of candidates.slice(0, TRIALS)) {
    if (await freeWith(system, m, system.closure(c).filter((x) => !system.hidden[x]))) return { member: c, loosen: false };
  }
  if (candidates.length > 0) return { member: [...candidates].sort((a, b) => costs.get(a)! - costs.get(b)! || a - b)[0]!, loosen: false };
  return loosenable.length > 0 ? { member: loosenable[0]!, loosen: true } : null;
}
