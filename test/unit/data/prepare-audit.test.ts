import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUsage } from '../../../src/data/parse-usage.js';
import { prepare } from '../../../src/data/prepare.js';
import type { Bundle, IndicatorRow, Product, Route, UsageRow } from '../../../src/data/types.js';
import { PRODUCTS, REGION, ROUTES } from '../../../src/data/types.js';

/**
 * An independent audit of disclosure control, written from the README's rules rather than from
 * `suppress.ts`. It recomputes every count from the raw rows, plays the attacker (who knows every
 * published number, every equation the bundle implies and, to be safe, every zero) and repeatedly
 * solves any equation with a single unknown. Nothing hidden may become known, and no count from
 * 1 to threshold − 1 may be published or derivable.
 */

const BIN_EDGES = [0, 5, 10, 15, 20, 25];
const binOf = (h: number) => {
  for (let i = 1; i < BIN_EDGES.length; i++) if (h <= BIN_EDGES[i]!) return i - 1;
  return BIN_EDGES.length - 1;
};

interface Member {
  name: string;
  value: number;
  /** Published value, or null when hidden or never published. */
  published: number | null;
}

function audit(rows: readonly UsageRow[], bundle: Bundle): string[] {
  const T = bundle.suppressionThreshold;
  const problems: string[] = [];
  const members = new Map<string, Member>();
  /** `Σ parts = Σ totals`; `counts` when every member is a whole count. */
  const equations: { parts: string[]; totals: string[]; counts: boolean }[] = [];
  const sum = (members: string[], counts = true) => ({ parts: members.slice(0, -1), totals: members.slice(-1), counts });
  const member = (name: string, value: number, published: number | null) => {
    members.set(name, { name, value, published });
    if (published !== null && published !== value) problems.push(`${name}: published ${published}, raw ${value}`);
    return name;
  };

  const municipalities = bundle.municipalities.filter((m) => rows.some((r) => r.municipality === m));
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const cells = [...municipalities, REGION];
  for (const product of PRODUCTS) {
    for (const period of periods) {
      const names: Record<string, string[]> = {};
      for (const m of cells) {
        const own = rows.filter((r) => r.product === product && r.period === period && (m === REGION || r.municipality === m));
        const cell = (m === REGION ? bundle.usageRegion : bundle.usage).find((c) => c.municipality === m && c.period === period && c.product === product)!;
        const key = `${m}|${period}|${product}`;
        const n = own.length;
        const families =
          m === REGION
            ? municipalities.reduce((s, x) => s + new Set(own.filter((r) => r.municipality === x && r.caseId !== null).map((r) => r.caseId)).size, 0)
            : new Set(own.filter((r) => r.caseId !== null).map((r) => r.caseId)).size;
        const withCaseIds = own.some((r) => r.caseId !== null);
        // repeats: indications that are not the first of a known family (never published)
        const overCap = own.filter((r) => r.hoursUsed !== null && r.hoursAvailable !== null && r.hoursUsed > r.hoursAvailable).length;
        const routeCounts = ROUTES.map((route) => own.filter((r) => r.route === route).length);
        const hours = own.reduce((s, r) => s + (r.hoursUsed ?? 0), 0);
        const list = [
          ['n', member(`${key}|n`, n, cell.indications)],
          ['families', member(`${key}|families`, families, withCaseIds ? cell.families : cell.suppressed ? null : 0)],
          ['repeats', member(`${key}|repeats`, n - families, null)],
          ['hours', member(`${key}|hours`, hours, cell.suppressed ? null : (cell.hoursUsed ?? 0))],
          ['overCap', member(`${key}|overCap`, overCap, cell.overCap)],
          ['notOverCap', member(`${key}|notOverCap`, n - overCap, null)],
          ...ROUTES.map((route, k) => [route, member(`${key}|${route}`, routeCounts[k]!, cell.routes[route as Route])]),
          ['unrouted', member(`${key}|unrouted`, n - routeCounts.reduce((a, b) => a + b, 0), null)],
        ] as const;
        for (const [slot, name] of list) (names[slot] ??= []).push(name);
        const at = (slot: string) => `${key}|${slot}`;
        equations.push(sum([...ROUTES.map(at), at('unrouted'), at('n')]), sum([at('overCap'), at('notOverCap'), at('n')]));
        equations.push(sum([at('families'), at('repeats'), at('n')]));
      }
      for (const slot of Object.keys(names)) equations.push(sum(names[slot]!, slot !== 'hours'));
    }
    if (product === '1') continue;
    for (const year of [...new Set(periods.map((p) => p.slice(0, 4)))]) {
      const binNames: string[][] = BIN_EDGES.map(() => []);
      for (const m of cells) {
        const own = rows.filter((r) => r.product === product && r.period.startsWith(year) && (m === REGION || r.municipality === m) && r.hoursUsed !== null);
        const counts = BIN_EDGES.map(() => 0);
        for (const r of own) counts[binOf(r.hoursUsed!)]!++;
        const list = (m === REGION ? bundle.hoursDistributionRegion : bundle.hoursDistribution)!.filter(
          (b) => b.municipality === m && b.year === year && b.product === product,
        );
        const names = counts.map((c, b) => member(`${m}|${year}|${product}|bin${b}`, c, list[b]!.count));
        names.forEach((name, b) => binNames[b]!.push(name));
        const quarters = periods.filter((p) => p.startsWith(year)).map((p) => `${m}|${p}|${product}|n`);
        equations.push({ parts: names, totals: quarters, counts: true });
        // With 25 hours available everywhere, over-cap is the last bin: Σ over-cap = last bin.
        if (own.every((r) => r.hoursAvailable === 25)) {
          const overCaps = periods.filter((p) => p.startsWith(year)).map((p) => `${m}|${p}|${product}|overCap`);
          equations.push({ parts: [names.at(-1)!], totals: overCaps, counts: true });
        }
      }
      equations.push(...binNames.map((names) => sum(names)));
    }
  }

  // No published or never-published count may be small.
  for (const m of members.values()) {
    const isCount = !m.name.endsWith('|hours');
    if (isCount && m.published !== null && m.published > 0 && m.published < T) problems.push(`${m.name}: small count ${m.published} published`);
  }

  // The attacker knows published values and zeros, and that a hidden count is at least 1. It
  // solves equations with one unknown, and equations whose unknown counts sit on one side and add
  // up to their number (each is then 1), until nothing changes.
  const known = new Map<string, number>();
  for (const m of members.values()) {
    if (m.published !== null) known.set(m.name, m.published);
    else if (m.value === 0) known.set(m.name, 0);
  }
  const value = (x: string) => members.get(x)!.value;
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of equations) {
      const unknownParts = eq.parts.filter((x) => !known.has(x));
      const unknownTotals = eq.totals.filter((x) => !known.has(x));
      const unknown = [...unknownParts, ...unknownTotals];
      if (unknown.length === 0) continue;
      const oneSide = unknownParts.length === 0 || unknownTotals.length === 0;
      const pinned = eq.counts && oneSide && unknown.reduce((s, x) => s + value(x), 0) === unknown.length;
      if (unknown.length !== 1 && !pinned) continue;
      for (const x of unknown) known.set(x, value(x));
      changed = true;
    }
  }
  for (const m of members.values()) {
    if (m.published !== null || !known.has(m.name) || m.value === 0) continue;
    const small = m.value > 0 && m.value < T;
    const virtual = /\|(notOverCap|unrouted|repeats)$/.test(m.name);
    if (!virtual || small) problems.push(`${m.name}: hidden value ${m.value} can be derived`);
  }
  return problems;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRows(seed: number): UsageRow[] {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const municipalities = ['Delft', 'Den Haag', 'Rijswijk', 'Wassenaar', 'Westland'].slice(0, 2 + int(4));
  const periods = ['2024-Q1', '2024-Q2', '2025-Q1'].slice(0, 1 + int(3));
  const rows: UsageRow[] = [];
  for (const municipality of municipalities) {
    for (const period of periods) {
      for (const product of PRODUCTS as readonly Product[]) {
        const count = int(random() < 0.5 ? 5 : 16);
        for (let i = 0; i < count; i++) {
          const capped = product !== '1';
          rows.push({
            municipality,
            product,
            start: `${period.slice(0, 4)}-02-01`,
            end: null,
            period,
            hoursAvailable: capped ? 25 : null,
            hoursUsed: capped ? int(60) / 2 : null,
            ltExtraHours: null,
            caseId: capped && random() < 0.9 ? `${municipality}-${int(12)}` : null,
            route: random() < 0.85 ? ROUTES[int(4)]! : null,
          });
        }
      }
    }
  }
  return rows;
}

describe('disclosure control: an independent attacker audit', () => {
  it('finds nothing to derive in 300 random data sets (thresholds 3 and 5)', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const rows = randomRows(seed);
      const bundle = prepare({ usage: rows }, { suppressionThreshold: seed % 2 ? 5 : 3 });
      problems.push(...audit(rows, bundle).map((p) => `seed ${seed}: ${p}`));
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('finds nothing to derive in the shipped sample bundle', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const rows = parseUsage(readFileSync(`${root}data/h10-gebruik.csv`)).rows;
    const bundle = JSON.parse(readFileSync(`${root}data/h10-bundle.json`, 'utf8')) as Bundle;
    expect(audit(rows, bundle)).toEqual([]);
  });

  it('catches a leak when one is planted (the audit can fail)', () => {
    const rows = randomRows(7);
    const bundle = prepare({ usage: rows });
    const victim = bundle.usage.find((c) => c.suppressed)!;
    const raw = rows.filter((r) => r.municipality === victim.municipality && r.period === victim.period && r.product === victim.product).length;
    const leaky: Bundle = { ...bundle, usage: bundle.usage.map((c) => (c === victim ? { ...c, indications: raw } : c)) };
    expect(audit(rows, leaky).length).toBeGreaterThan(0);
  });
});

describe('disclosure control of indicators: the same attacker', () => {
  it('derives no hidden count from region sums and year = Σ quarters in 300 random data sets', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const random = mulberry32(seed);
      const int = (n: number) => Math.floor(random() * n);
      const municipalities = ['Delft', 'Den Haag', 'Rijswijk', 'Wassenaar'].slice(0, 2 + int(3));
      const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
      const rows: IndicatorRow[] = [];
      for (const municipality of municipalities) {
        const values = quarters.map(() => (random() < 0.3 ? 0 : int(12)));
        quarters.forEach((period, q) => {
          if (random() < 0.9) rows.push({ municipality, period, indicator: 'placements', value: values[q]!, label: null });
        });
        if (random() < 0.6) rows.push({ municipality, period: '2024', indicator: 'placements', value: values.reduce((a, b) => a + b, 0), label: null });
      }
      const bundle = prepare({ indicators: rows }, { suppressionThreshold: 5 });
      const value = new Map(rows.map((r) => [`${r.municipality}|${r.period}`, r.value]));
      for (const period of [...quarters, '2024']) {
        const reporting = municipalities.filter((m) => value.has(`${m}|${period}`));
        if (reporting.length) value.set(`${REGION}|${period}`, reporting.reduce((s, m) => s + value.get(`${m}|${period}`)!, 0));
      }
      const published = new Map([...bundle.indicators, ...bundle.indicatorsRegion].map((c) => [`${c.municipality}|${c.period}`, c.value]));
      const equations: { parts: string[]; totals: string[] }[] = [];
      for (const period of [...quarters, '2024']) {
        const parts = municipalities.map((m) => `${m}|${period}`).filter((k) => value.has(k));
        if (parts.length) equations.push({ parts, totals: [`${REGION}|${period}`] });
      }
      for (const m of [...municipalities, REGION]) {
        const parts = quarters.map((q) => `${m}|${q}`);
        // The region year is the sum of the region quarters when the same municipalities report
        // the year and every quarter (a reader sees which cells exist).
        const reporting = (p: string) => municipalities.filter((x) => value.has(`${x}|${p}`)).join();
        const identity = m !== REGION || quarters.every((q) => reporting(q) === reporting('2024'));
        if (identity && value.has(`${m}|2024`) && parts.every((k) => value.has(k))) equations.push({ parts, totals: [`${m}|2024`] });
      }
      const known = new Map<string, number>();
      for (const [k, v] of value) {
        const p = published.get(k);
        if (p !== null && p !== undefined) {
          if (p !== v) problems.push(`seed ${seed}: ${k} published ${p}, raw ${v}`);
          if (p > 0 && p < 5) problems.push(`seed ${seed}: ${k} small count ${p} published`);
          known.set(k, p);
        } else if (v === 0) known.set(k, 0);
      }
      for (let changed = true; changed; ) {
        changed = false;
        for (const eq of equations) {
          const unknownParts = eq.parts.filter((x) => !known.has(x));
          const unknownTotals = eq.totals.filter((x) => !known.has(x));
          const unknown = [...unknownParts, ...unknownTotals];
          if (unknown.length === 0) continue;
          const oneSide = unknownParts.length === 0 || unknownTotals.length === 0;
          const pinned = oneSide && unknown.reduce((s, x) => s + value.get(x)!, 0) === unknown.length;
          if (unknown.length !== 1 && !pinned) continue;
          for (const x of unknown) {
            known.set(x, value.get(x)!);
            problems.push(`seed ${seed}: ${x} = ${value.get(x)} can be derived`);
          }
          changed = true;
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
