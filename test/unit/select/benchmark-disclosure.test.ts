import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle, IndicatorRow, UsageRow } from '../../../src/data/types.js';
import { ROUTES } from '../../../src/data/types.js';
import { prepare } from '../../../src/data/prepare.js';
import { indicatorDefinition } from '../../../src/data/indicators.js';
import { AttackerSystem, addIndicators, addUsage } from '../data/attacker/system.js';
import { ranges } from '../data/attacker/solve.js';
import { indicatorTruth, usageTruth, type CellTruth } from '../data/attacker/truth.js';
import { randomIndicators, randomUsage, mulberry32 } from '../data/attacker/generate.js';
import { addCsvRelations, choices, ignoresMarks, interference, outputs, poison, published, ranksHidden, type Fill, type Select } from './benchmark-attacker.js';

// The benchmark's differencing test: an attacker reads the benchmark's rows, chart data, table,
// summaries and CSV export for every measure, product and period range, together with the
// bundle, and tries to recover a hidden count. See benchmark-attacker.ts for the two attacks.

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const SAMPLE: Bundle = read('data/h10-bundle.json');
const MODEL: unknown = read('data/business-case.haaglanden.json');
const INHABITANTS = { Delft: 106000, 'Den Haag': 566000, 'Midden-Delfland': 20000, Rijswijk: 58000, Voorschoten: 26000, Wassenaar: 27000, Westland: 115000 };
const RANDOM_MODEL = { municipalities: Object.entries(INHABITANTS).map(([label, inwoners]) => ({ id: label, label, values: { inwoners } })) };

const low: Fill = (reason) => (reason === 'primary' ? 1 : reason === 'secondary' ? 5 : 0);
const high: Fill = (reason) => (reason === 'primary' ? 4 : reason === 'secondary' ? 400 : 97);
function seeded(seed: number): Fill {
  const random = mulberry32(seed);
  return (reason) => (reason === 'primary' ? 1 + Math.floor(random() * 4) : reason === 'secondary' ? 5 + Math.floor(random() * 60) : Math.floor(random() * 30));
}

function usageNumber(cell: CellTruth, field: string): number {
  if (field.startsWith('routes.')) return cell.routes[ROUTES.indexOf(field.slice(7) as (typeof ROUTES)[number])]!;
  if (field === 'meanHoursUsed' || field === 'medianHoursUsed') return cell.indications ? (cell.hoursUsed ?? 0) / cell.indications : 0;
  return (cell as unknown as Record<string, number | null>)[field] ?? 0;
}

/** Random raw data, its bundle, and the bundle with every hidden number back in it (still marked hidden). */
async function randomCase(seed: number) {
  const rows: { usage: UsageRow[]; indicators: IndicatorRow[] } = { usage: randomUsage(seed), indicators: randomIndicators(seed) };
  const bundle = await prepare(rows);
  const usage = usageTruth(rows.usage);
  const indicators = indicatorTruth(rows.indicators);
  const truth: Fill = (_reason, key) => {
    const parts = key.split('|');
    if (parts.length === 3) return indicators.get(key)!;
    return usageNumber(usage.cells.get(parts.slice(0, 3).join('|'))!, parts[3]!);
  };
  return { rows, bundle, usage, truthBundle: poison(bundle, truth) };
}

/** The attacker's system of the bundle's own relations (as in test/unit/data/attacker/attack.ts). */
function bundleSystem(bundle: Bundle, usage: ReturnType<typeof usageTruth>): AttackerSystem {
  const system = new AttackerSystem();
  const knows = (key: string) => {
    const [m, year, product] = key.split('|') as [string, string, string];
    const quarters = usage.periods.filter((p) => p.startsWith(year)).map((p) => usage.cells.get(`${m}|${p}|${product}`)!);
    return { allHours: quarters.every((q) => q.allHours), all25: quarters.every((q) => q.all25) };
  };
  addUsage(system, bundle, knows, (key) => usage.cells.get(key)?.families !== null);
  addIndicators(system, bundle);
  return system;
}

/** Add what every choice's CSV says; the hidden counts the system then pins, with their true values. */
async function attackWithCsv(
  bundle: Bundle,
  csvOf: (choice: ReturnType<typeof choices>[number]) => string,
  usage: ReturnType<typeof usageTruth>,
  truthOf: (name: string) => number | undefined,
) {
  const system = bundleSystem(bundle, usage);
  const before = system.rows.length;
  let figures = 0;
  for (const choice of choices(bundle)) figures += addCsvRelations(system, bundle, choice, csvOf(choice));
  const added = system.rows.length - before;
  // The counts: indications, and the values of count indicators (a mean is not a count).
  const isCount = (name: string) =>
    name.endsWith('|indications') || (name.split('|').length === 3 && indicatorDefinition(name.split('|')[2]!)?.unit === 'count');
  const target = (u: { name: string; hidden: boolean }) => u.hidden && isCount(u.name);
  const found = added ? await ranges(system, target) : [];
  // Pinned: one possible whole number (the solver's bounds carry rounding noise of about 1e-12).
  const pinned = found.filter((r) => r.max - r.min < 0.5).map((r) => `${r.name} = ${Math.round(r.min * 1e6) / 1e6} (true ${truthOf(r.name)})`);
  return { figures, added, pinned };
}

describe('the benchmark publishes nothing about a hidden number (differencing)', () => {
  const baseline = outputs(SAMPLE, MODEL);

  it('asks every choice of the sample: 19 measures and products × 78 period ranges', () => {
    expect(choices(SAMPLE)).toHaveLength(19 * 78);
    // Not vacuous: the outputs hold hidden cells, ranks and rates.
    expect(baseline.filter((t) => t.includes('afgeschermd')).length).toBeGreaterThan(500);
    expect(baseline.filter((t) => t.includes('< 5')).length).toBeGreaterThan(100);
    expect(baseline.filter((t) => t.includes('Per 1.000 inwoners')).length).toBeGreaterThan(300);
  });

  it('gives byte-identical rows, table, summaries and CSV whatever the hidden cells of the sample hold', () => {
    for (const fill of [low, high, seeded(1), seeded(2)]) expect(interference(baseline, poison(SAMPLE, fill), MODEL)).toEqual([]);
  }, 120_000);

  it('catches a benchmark that reads hidden numbers, or ranks by them (the test can fail)', () => {
    const lowOut = (select: Select) => outputs(poison(SAMPLE, low), MODEL, select);
    const leaks = (select: Select) => interference(lowOut(select), poison(SAMPLE, high), MODEL, select);
    expect(leaks(ignoresMarks).length).toBeGreaterThan(500);
    const ranked = leaks(ranksHidden);
    expect(ranked.length).toBeGreaterThan(50);
    expect(ranked).toContain('indications 2b 2024-Q4…2024-Q4');
    // The ranks leak the order even where every hidden cell still reads "afgeschermd". (A count
    // from 1 to 4 is never ranked, not even by this variant: the small-count rule comes first.)
    const choice = choices(SAMPLE).find(
      (c) => c.measure.kind === 'usage' && c.measure.measure === 'indications' && c.measure.product === '2b' && c.from === '2024-Q4' && c.to === '2024-Q4',
    )!;
    const csv = published(poison(SAMPLE, low), choice, MODEL, ranksHidden).csv;
    expect(csv).toMatch(/\r\n\d+;[^;]+;afgeschermd;/);
    expect(published(poison(SAMPLE, low), choice, MODEL).csv).not.toMatch(/\r\n\d+;[^;]+;afgeschermd;/);
  }, 120_000);

  it('gives identical outputs on random data, whose hidden cells hold their true values (seeds 5 and 11)', async () => {
    for (const seed of [5, 11]) {
      const { bundle, truthBundle } = await randomCase(seed);
      expect(interference(outputs(bundle, RANDOM_MODEL), truthBundle, RANDOM_MODEL)).toEqual([]);
    }
  }, 60_000);

  it('adds no relation on a hidden number to what the bundle publishes: an attacker combining every CSV export with the bundle pins nothing', async () => {
    for (const seed of [5, 11]) {
      const { bundle, usage } = await randomCase(seed);
      const result = await attackWithCsv(
        bundle,
        (c) => published(bundle, c, RANDOM_MODEL).csv,
        usage,
        () => undefined,
      );
      expect(result.figures).toBeGreaterThan(400);
      // Every figure read is a function of published cells: it folds to a constant.
      expect(result.added).toBe(0);
      expect(result.pinned).toEqual([]);
    }
  }, 120_000);

  it('recovers hidden counts exactly from a benchmark that reads them (the attack can fail)', async () => {
    const { rows, bundle, usage, truthBundle } = await randomCase(5);
    const indicators = indicatorTruth(rows.indicators);
    const truthOf = (name: string) => {
      const parts = name.split('|');
      return parts.length === 3 ? indicators.get(name) : usage.cells.get(parts.slice(0, 3).join('|'))?.indications;
    };
    const result = await attackWithCsv(bundle, (c) => published(truthBundle, c, RANDOM_MODEL, ignoresMarks).csv, usage, truthOf);
    expect(result.added).toBeGreaterThan(50);
    // Recovered exactly: each pinned value is the true one, and some are counts from 1 to 4.
    expect(result.pinned.filter((p) => !/= (\S+) \(true \1\)$/.test(p))).toEqual([]);
    expect(result.pinned.filter((p) => /\(true [1-4]\)$/.test(p)).length).toBeGreaterThan(5);
  }, 120_000);
});
