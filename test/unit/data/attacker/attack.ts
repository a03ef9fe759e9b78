/**
 * The attack: build the attacker's system from a bundle, solve the minimum and maximum of every
 * hidden value, and report every value that comes out pinned (one possible value), every true
 * value outside its range (a wrong relation: the attack itself would be unsound), every
 * published value that differs from the truth, and every published count from 1 to threshold − 1.
 */
import type { Bundle, IndicatorRow, UsageRow } from '../../../../src/data/types.js';
import { ROUTES } from '../../../../src/data/types.js';
import { AttackerSystem, addIndicators, addUsage } from './system.js';
import { ranges } from './solve.js';
import { BIN_EDGES, indicatorTruth, usageTruth, type CellTruth } from './truth.js';

export interface AttackReport {
  /** Hidden values (and small derived counts) that a reader can work out exactly. */
  pinned: string[];
  /** Values whose truth lies outside the range the attacker found (would make the test blind). */
  unsound: string[];
  /** Published values that differ from the raw data, and published small counts. */
  published: string[];
  /** How many values the attacker solved for. */
  targets: number;
}

function usageValue(cell: CellTruth | undefined, field: string): number | null {
  if (!cell) return null;
  const routed = cell.routes.reduce((a, b) => a + b, 0);
  switch (field) {
    case 'indications':
      return cell.indications;
    case 'families':
      return cell.families;
    case 'overCap':
      return cell.overCap;
    case 'hoursUsed':
      return cell.hoursUsed ?? 0;
    case 'hoursAvailable':
      return cell.hoursAvailable ?? 0;
    case 'ltExtraHours':
      return cell.ltExtraHours ?? 0;
    case 'unrouted':
      return cell.indications - routed;
    case 'repeats':
      return cell.indications - (cell.families ?? 0);
    case 'notOverCap':
      return cell.indications - cell.overCap;
    default:
      return field.startsWith('routes.') ? cell.routes[ROUTES.indexOf(field.slice(7) as (typeof ROUTES)[number])]! : null;
  }
}

export async function attack(bundle: Bundle, rows: { usage?: readonly UsageRow[]; indicators?: readonly IndicatorRow[] }): Promise<AttackReport> {
  const T = bundle.suppressionThreshold;
  const usage = usageTruth(rows.usage ?? []);
  const indicators = indicatorTruth(rows.indicators ?? []);
  const system = new AttackerSystem();
  const knows = (key: string) => {
    const [m, year, product] = key.split('|') as [string, string, string];
    const quarters = usage.periods.filter((p) => p.startsWith(year)).map((p) => usage.cells.get(`${m}|${p}|${product}`)!);
    return { allHours: quarters.every((q) => q.allHours), all25: quarters.every((q) => q.all25) };
  };
  addUsage(system, bundle, knows, (key) => usage.cells.get(key)?.families !== null);
  addIndicators(system, bundle);

  const truth = (name: string): number | null => {
    const parts = name.split('|');
    if (parts.at(-1) === 'product') return null; // products (mean × weight) are not checked
    if (parts.length === 3) return indicators.get(name) ?? null;
    const [m, period, product, field] = parts as [string, string, string, string];
    if (field.startsWith('bin')) {
      const start = Number(field.slice(3));
      return usage.bins.get(`${m}|${period}|${product}`)?.[BIN_EDGES.indexOf(start)] ?? null;
    }
    return usageValue(usage.cells.get(`${m}|${period}|${product}`), field);
  };
  const small = (v: number | null) => v !== null && v > 0 && v < T;
  const isTarget = (u: { name: string; hidden: boolean }) => !u.name.endsWith('|product') && (u.hidden || small(truth(u.name)));
  // Every relation must hold for the true values, or the attack is unsound.
  const unsound: string[] = [];
  for (const row of system.rows) {
    const values = row.terms.map(([name, coef]) => [truth(name), coef] as const);
    if (values.some(([v]) => v === null)) continue;
    const activity = values.reduce((s, [v, c]) => s + v! * c, 0);
    if (activity < row.lower - 1e-6 || activity > row.upper + 1e-6) unsound.push(`relation ${row.terms.map(([n, c]) => `${c}·${n}`).join(' + ')} in [${row.lower}, ${row.upper}] is ${activity}`);
  }
  for (const u of system.unknowns.values()) {
    const v = truth(u.name);
    if (v !== null && (v < u.lower - 1e-9 || v > u.upper + 1e-9)) unsound.push(`bounds of ${u.name}: true ${v} outside [${u.lower}, ${u.upper}]`);
  }
  if (unsound.length > 0) return { pinned: [], unsound, published: [], targets: 0 };
  const found = await ranges(system, isTarget);

  const report: AttackReport = { pinned: [], unsound, published: [], targets: found.length };
  for (const r of found) {
    const value = truth(r.name);
    if (value !== null && (value < r.min - 1e-6 - 0.01 || value > r.max + 1e-6 + 0.01)) report.unsound.push(`${r.name}: true ${value} outside [${r.min}, ${r.max}]`);
    if (r.max - r.min < 0.5) report.pinned.push(`${r.name} = ${r.min}${value !== null ? ` (true ${value})` : ''}`);
  }
  // Published values: equal to the truth (counts exactly, amounts to the cent), never small counts.
  for (const cell of [...bundle.usage, ...bundle.usageRegion]) {
    const t = usage.cells.get(`${cell.municipality}|${cell.period}|${cell.product}`);
    for (const field of ['indications', 'families', 'overCap', ...ROUTES.map((r) => `routes.${r}`)]) {
      const published = field.startsWith('routes.') ? cell.routes[field.slice(7) as (typeof ROUTES)[number]] : (cell as unknown as Record<string, number | null>)[field]!;
      if (published === null) continue;
      if (published !== usageValue(t, field)) report.published.push(`${cell.municipality}|${cell.period}|${cell.product}|${field}: published ${published}, true ${usageValue(t, field)}`);
      if (small(published)) report.published.push(`${cell.municipality}|${cell.period}|${cell.product}|${field}: small count ${published} published`);
    }
  }
  for (const bin of [...(bundle.hoursDistribution ?? []), ...(bundle.hoursDistributionRegion ?? [])]) {
    if (bin.count === null) continue;
    const t = usage.bins.get(`${bin.municipality}|${bin.year}|${bin.product}`)?.[BIN_EDGES.indexOf(bin.binStart)];
    if (bin.count !== t) report.published.push(`bin ${bin.municipality}|${bin.year}|${bin.product}|${bin.binStart}: published ${bin.count}, true ${t}`);
    if (small(bin.count)) report.published.push(`bin ${bin.municipality}|${bin.year}|${bin.product}|${bin.binStart}: small count ${bin.count} published`);
  }
  for (const cell of [...bundle.indicators, ...bundle.indicatorsRegion]) {
    if (cell.value === null) continue;
    const t = indicators.get(`${cell.municipality}|${cell.period}|${cell.indicator}`);
    if (t !== undefined && Math.abs(cell.value - t) > 0.006) report.published.push(`${cell.municipality}|${cell.period}|${cell.indicator}: published ${cell.value}, true ${t}`);
  }
  return report;
}
