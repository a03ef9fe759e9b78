/**
 * The differencing attacker of the benchmark (`benchmark-disclosure.test.ts`): it asks the
 * benchmark for every choice a reader can make (measure, product, period range), reads what
 * leaves the page (the rows and chart data, the table, the summary, the CSV export), and tries
 * to learn hidden numbers from them, two ways:
 *
 * 1. **Non-interference.** The same choices on bundles whose hidden cells hold different numbers
 *    (any number 1 … 4 for a "< 5", any other for "afgeschermd") must give byte-identical
 *    outputs. Then no output can tell two values of a hidden number apart: nothing about it is
 *    published, by one choice or by comparing choices.
 * 2. **Linear differencing.** Each published figure of the CSV is a relation on the bundle's
 *    numbers (a sum over periods, a rate × denominator, a ratio). Added to the relations the
 *    bundle itself publishes (`test/unit/data/attacker/system.ts`), GLPK finds the minimum and
 *    maximum of every hidden count; a count with one possible value is recovered.
 */
import type { Bundle, IndicatorCell, UsageCell } from '../../../src/data/types.js';
import { ROUTES } from '../../../src/data/types.js';
import { selectBenchmark, type Benchmark } from '../../../src/select/benchmark.js';
import { availableMeasureKeys, measureIsCount, parseMeasure, productsOf, type BenchmarkMeasure } from '../../../src/select/benchmark-measures.js';
import { periodInRange, EMPTY_FILTERS } from '../../../src/select/filters.js';
import { benchmarkChart } from '../../../src/specs/benchmark/ranking.js';
import { toCsv } from '../../../src/format/csv.js';
import type { AttackerSystem } from '../data/attacker/system.js';

/** One choice a reader can make: a measure, a product, a period range. */
export interface Choice {
  measure: BenchmarkMeasure;
  from: string;
  to: string;
}

/** Every measure and product the bundle offers, over every range of consecutive periods. */
export function choices(bundle: Bundle): Choice[] {
  const periods = [...bundle.periods].sort();
  const ranges = periods.flatMap((from, i) => periods.slice(i).map((to) => ({ from, to })));
  const measures = availableMeasureKeys(bundle).flatMap((key) => {
    const usage = parseMeasure(key, '2a');
    return usage?.kind === 'usage' ? productsOf(usage.measure).map((p) => parseMeasure(key, p)!) : [parseMeasure(key, '')!];
  });
  return measures.flatMap((measure) => ranges.map((r) => ({ measure, ...r })));
}

/** A benchmark of a bundle for a choice; the leaky variants below change this step. */
export type Select = (bundle: Bundle, choice: Choice, model: unknown) => Benchmark;

export const honest: Select = (bundle, choice, model) =>
  selectBenchmark(bundle, choice.measure, { ...EMPTY_FILTERS, from: choice.from, to: choice.to, municipalities: [bundle.municipalities[0]!] }, { model });

/** Everything of one choice that leaves the page: rows, chart data, table, summaries and CSV, in both languages. */
export function published(bundle: Bundle, choice: Choice, model: unknown, select: Select = honest): { text: string; csv: string } {
  const benchmark = select(bundle, choice, model);
  const context = { subject: 'x', period: `${choice.from}–${choice.to}` };
  const [nl, en] = (['nl', 'en'] as const).map((lang) => benchmarkChart(benchmark, { lang, threshold: bundle.suppressionThreshold, context }));
  const csv = toCsv(nl!.table.columns, nl!.table.rows, nl!.exportLines);
  const text = JSON.stringify([benchmark, nl!.data, nl!.summary, nl!.table, en!.summary, en!.table, csv, toCsv(en!.table.columns, en!.table.rows)]);
  return { text, csv };
}

/** Every choice's published outputs, in the order of `choices(bundle)`. */
export function outputs(bundle: Bundle, model: unknown, select: Select = honest): string[] {
  return choices(bundle).map((c) => published(bundle, c, model, select).text);
}

/** The choices whose published outputs differ from `baseline` (the outputs of another bundle). */
export function interference(baseline: readonly string[], bundle: Bundle, model: unknown, select: Select = honest): string[] {
  const all = choices(bundle);
  return outputs(bundle, model, select)
    .map((text, i) => (text === baseline[i] ? '' : describe(all[i]!)))
    .filter(Boolean);
}

const describe = (c: Choice) => `${c.measure.kind === 'usage' ? `${c.measure.measure} ${c.measure.product}` : c.measure.indicator} ${c.from}…${c.to}`;

/** A number for each hidden value: `(reason, key)` → value. */
export type Fill = (reason: 'primary' | 'secondary' | 'field', key: string) => number;

const USAGE_NUMBERS = ['indications', 'families', 'hoursUsed', 'hoursAvailable', 'meanHoursUsed', 'medianHoursUsed', 'overCap', 'ltExtraHours'] as const;

function poisonUsage(c: UsageCell, fill: Fill): UsageCell {
  const key = `${c.municipality}|${c.period}|${c.product}`;
  if (c.suppressed) {
    const numbers = Object.fromEntries(USAGE_NUMBERS.map((f) => [f, c[f] ?? fill(f === 'indications' ? c.suppressed || 'secondary' : 'field', `${key}|${f}`)]));
    const routes = Object.fromEntries(ROUTES.map((r) => [r, c.routes[r] ?? fill('field', `${key}|routes.${r}`)])) as UsageCell['routes'];
    return { ...c, ...numbers, routes };
  }
  if (!c.suppressedFields) return c;
  const copy = { ...c, routes: { ...c.routes } } as UsageCell & Record<string, unknown>;
  for (const field of Object.keys(c.suppressedFields)) {
    if (field.startsWith('routes.')) copy.routes[field.slice(7) as keyof UsageCell['routes']] = fill('field', `${key}|${field}`);
    else copy[field] = fill('field', `${key}|${field}`);
  }
  return copy;
}

const poisonIndicator = (c: IndicatorCell, fill: Fill): IndicatorCell =>
  c.suppressed ? { ...c, value: fill(c.suppressed, `${c.municipality}|${c.period}|${c.indicator}`) } : c;

/** The bundle with every hidden number filled in by `fill`, each still marked hidden (as before publishing). */
export function poison(bundle: Bundle, fill: Fill): Bundle {
  return {
    ...bundle,
    usage: bundle.usage.map((c) => poisonUsage(c, fill)),
    usageRegion: bundle.usageRegion.map((c) => poisonUsage(c, fill)),
    indicators: bundle.indicators.map((c) => poisonIndicator(c, fill)),
    indicatorsRegion: bundle.indicatorsRegion.map((c) => poisonIndicator(c, fill)),
  };
}

/** Leaky variant 1: reads hidden numbers as if they were published (drops the marks). */
export const ignoresMarks: Select = (bundle, choice, model) => {
  const unmarked = (c: UsageCell): UsageCell => {
    const copy: UsageCell = { ...c, suppressed: false };
    delete copy.suppressedFields;
    return copy;
  };
  const open: Bundle = { ...bundle, usage: bundle.usage.map(unmarked), indicators: bundle.indicators.map((c) => ({ ...c, suppressed: false })) };
  return honest(open, choice, model);
};

/** Leaky variant 2: shows hidden values as hidden, but ranks every row by its number, hidden ones too. */
export const ranksHidden: Select = (bundle, choice, model) => {
  const shown = honest(bundle, choice, model);
  const ranks = new Map(ignoresMarks(bundle, choice, model).rows.map((r) => [r.municipality, r.rank]));
  return { ...shown, rows: shown.rows.map((r) => ({ ...r, rank: ranks.get(r.municipality) ?? null })) };
};

/** The CSV's rows as cells (quoted cells with `;` kept whole), after the preamble and the header. */
function csvRows(csv: string): { header: string[]; rows: string[][] } {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  const split = (line: string) => [...line.matchAll(/("([^"]|"")*"|[^;]*)(;|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1);
  const start = lines.findIndex((l) => l.startsWith('Plaats;'));
  return { header: split(lines[start]!), rows: lines.slice(start + 1).map(split) };
}

/** A Dutch number as the CSV writes it ("1.234,5", "12,5%"); null for "< 5", "afgeschermd", "–" and text. */
const number = (text: string | undefined): number | null =>
  text && /^[\d.]+(,\d+)?%?$/.test(text) ? Number(text.replace(/\./g, '').replace(',', '.').replace('%', '')) : null;

/** The bundle cells a published figure of `municipality` adds up (a year where given, never also its quarters). */
function parts(bundle: Bundle, choice: Choice, municipality: string): string[] {
  const inRange = (p: string) => periodInRange(p, choice.from, choice.to);
  const m = choice.measure;
  if (m.kind === 'usage')
    return bundle.usage
      .filter((c) => c.municipality === municipality && c.product === m.product && inRange(c.period))
      .map((c) => `${municipality}|${c.period}|${m.product}`);
  const own = bundle.indicators.filter((c) => c.municipality === municipality && c.indicator === m.indicator && inRange(c.period)).map((c) => c.period);
  const years = new Set(own.filter((p) => /^\d{4}$/.test(p)));
  return own.filter((p) => years.has(p) || !years.has(p.slice(0, 4))).map((p) => `${municipality}|${p}|${m.indicator}`);
}

/**
 * Add the relations that one choice's CSV publishes to the attacker's system: a count's sum over
 * its periods, its rate per 1,000 (× the denominator in the same row, to the rate's rounding),
 * hours per indication and the share over the cap (to their rounding). Returns how many figures
 * were read.
 */
export function addCsvRelations(system: AttackerSystem, bundle: Bundle, choice: Choice, csv: string): number {
  const { header, rows } = csvRows(csv);
  const column = (prefix: string) => header.findIndex((h, i) => i >= 2 && h.startsWith(prefix));
  const [rate, denominator] = [column('Per 1.000'), column('Aantal ')];
  const m = choice.measure;
  const isCount = measureIsCount(m, bundle);
  let read = 0;
  for (const row of rows) {
    const [municipality, value] = [row[1]!, number(row[2])];
    if (!municipality || value === null) continue;
    const cells = parts(bundle, choice, municipality);
    const terms = (field: string) => cells.map((c): [string, number] => [m.kind === 'usage' ? `${c}|${field}` : c, 1]);
    read++;
    if (isCount) {
      system.relation(terms('indications'), value, value);
      const [r, d] = [number(row[rate]), number(row[denominator])];
      if (r !== null && d !== null) system.relation(terms('indications'), ((r - 0.005) * d) / 1000 - 1e-6, ((r + 0.005) * d) / 1000 + 1e-6);
    } else if (m.kind === 'usage') {
      // Σ field − (v ± rounding) × Σ indications ≷ 0, with v per indication (hours) or in percent.
      const [field, scale, half] = m.measure === 'hours-per-indication' ? ['hoursUsed', 1, 0.05] : ['overCap', 100, 0.05];
      for (const [bound, lower, upper] of [
        [value + half, -Infinity, 0],
        [value - half, 0, Infinity],
      ] as const) {
        system.relation([...terms(field), ...terms('indications').map(([n]): [string, number] => [n, -bound / scale])], lower, upper);
      }
    }
  }
  return read;
}
