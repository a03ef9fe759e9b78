/**
 * Seeded random input files for the engine equivalence tests: usage and indicator CSVs as Excel,
 * other tools and people write them, with the cases that break aggregation and disclosure
 * control when an engine gets them slightly wrong — small cells next to large ones, empty
 * periods, repeat indications, awkward decimals (0,1 · 12,345 · 24,995 · bin edges), Dutch
 * collation (`'s-Gravenhage`, `IJsselstein`, `Súdwest-Fryslân`), weighted indicators with missing
 * or zero weights — and the Excel dialect: BOM, `sep=;`, CRLF, decimal comma, `dd-mm-jjjj`,
 * trailing `;`, `;;;;` rows, quoted fields, Dutch and English headers in any case, spaces around
 * values. Deterministic: the same seed gives the same bytes.
 */

import { pathToFileURL } from 'node:url';

/** The H10 sample's settings, from its generator (a plain .mjs script). */
export async function sampleSettings(): Promise<{ SAMPLE_META: Record<string, unknown>; SAMPLE_THRESHOLD: number }> {
  const url = pathToFileURL(new URL('../../../../scripts/generate-sample-data.mjs', import.meta.url).pathname).href;
  return (await import(/* @vite-ignore */ url)) as { SAMPLE_META: Record<string, unknown>; SAMPLE_THRESHOLD: number };
}

import { mulberry32 } from '../../../../src/model/random.js';

export { mulberry32 };

const MUNICIPALITIES = [
  'Delft',
  'Den Haag',
  "'s-Gravenhage",
  "'s-Hertogenbosch",
  'IJsselstein',
  'Ede',
  'Eemnes',
  'Súdwest-Fryslân',
  'Midden-Delfland',
  'Wassenaar',
  'Alphen aan den Rijn',
  'Bergen (NH)',
  'Bergen (L)',
  'Nuenen, Gerwen en Nederwetten',
  'Aa en Hunze',
  'Zoetermeer',
];

const ROUTE_SPELLINGS: Record<string, string[]> = {
  ots_prevented: ['ots_prevented', 'ots_voorkomen', 'OTS voorkomen', 'OTS-Voorkomen'],
  ots_ended_early: ['ots_ended_early', 'ots_beeindigd', 'ots_beëindigd', 'OTS_BEËINDIGD', 'OTS beëindigd'],
  ots_required: ['ots_required', 'ots_noodzakelijk', 'OTS noodzakelijk'],
  ots_collaboration: ['ots_collaboration', 'samenwerking_tijdens_ots', 'Samenwerking tijdens OTS'],
};
const ROUTE_IDS = Object.keys(ROUTE_SPELLINGS);

/** Hours as people and Excel write them: halves, hundredths, thirds, edges of the bins and the cap. */
const AWKWARD_HOURS = [0, 0.1, 0.2, 0.3, 0.7, 1.005, 2.675, 3.333333, 4.995, 5, 5.01, 9.995, 10, 12.345, 14.999, 15, 19.99, 20, 24.995, 25, 25.005, 26.5, 33.33, 40, 117.5, 1234.5];

export interface Dialect {
  delimiter: ';' | ',' | '\t';
  decimal: ',' | '.';
  bom: boolean;
  sepLine: boolean;
  lineBreak: '\r\n' | '\n';
  trailingDelimiter: boolean;
  blankRows: boolean;
  dateForm: 'dmy' | 'd-m-y' | 'ymd' | 'dmy/' | 'ymd-time';
  dutchHeader: boolean;
  headerCase: 'lower' | 'upper' | 'title';
  extraColumn: boolean;
  paddedValues: boolean;
}

/** A table of text cells: a header and rows. */
export interface TextTable {
  header: string[];
  rows: string[][];
}

export interface RandomData {
  seed: number;
  dialect: Dialect;
  /** The CSV files' text. */
  usage: string;
  indicators: string;
  /** The same cells, before they were written as CSV. */
  usageTable: TextTable;
  indicatorTable: TextTable;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A number as the dialect writes it (decimal comma or point), large ones sometimes with thousands separators. */
function writeNumber(value: number, dialect: Dialect, random: () => number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = value >= 1000 && random() < 0.5 ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, dialect.decimal === ',' ? '.' : ',') : whole!;
  return fraction ? `${grouped}${dialect.decimal}${fraction}` : grouped;
}

function writeDate(year: number, month: number, day: number, dialect: Dialect): string {
  switch (dialect.dateForm) {
    case 'dmy':
      return `${pad2(day)}-${pad2(month)}-${year}`;
    case 'd-m-y':
      return `${day}-${month}-${year}`;
    case 'ymd':
      return `${year}-${pad2(month)}-${pad2(day)}`;
    case 'dmy/':
      return `${pad2(day)}/${pad2(month)}/${year}`;
    case 'ymd-time':
      return `${year}-${pad2(month)}-${pad2(day)} 00:00`;
  }
}

function quote(cell: string, dialect: Dialect): string {
  return cell.includes(dialect.delimiter) || cell.includes('"') || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A table as CSV text in a dialect (`random` places the blank rows). */
export function writeCsv(header: string[], rows: string[][], dialect: Dialect, random: () => number): string {
  const line = (cells: string[]) => cells.map((c) => quote(c, dialect)).join(dialect.delimiter) + (dialect.trailingDelimiter ? dialect.delimiter : '');
  const lines: string[] = [];
  if (dialect.sepLine) lines.push(`sep=${dialect.delimiter}`);
  lines.push(line(header));
  for (const row of rows) {
    if (dialect.blankRows && random() < 0.01) lines.push(dialect.delimiter.repeat(header.length - 1));
    lines.push(line(row));
  }
  if (dialect.blankRows) lines.push(dialect.delimiter.repeat(header.length - 1), dialect.delimiter.repeat(header.length - 1));
  return (dialect.bom ? '\ufeff' : '') + lines.join(dialect.lineBreak) + dialect.lineBreak;
}

function headerName(english: string, dutch: string, dialect: Dialect): string {
  const name = dialect.dutchHeader ? dutch : english;
  return dialect.headerCase === 'upper' ? name.toUpperCase() : dialect.headerCase === 'title' ? name[0]!.toUpperCase() + name.slice(1) : name;
}

export function randomDialect(random: () => number): Dialect {
  const kind = random();
  const delimiter: Dialect['delimiter'] = kind < 0.7 ? ';' : kind < 0.9 ? ',' : '\t';
  return {
    delimiter,
    decimal: delimiter === ';' ? ',' : '.',
    bom: random() < 0.6,
    sepLine: delimiter === ';' && random() < 0.2,
    lineBreak: random() < 0.7 ? '\r\n' : '\n',
    trailingDelimiter: random() < 0.25,
    blankRows: random() < 0.3,
    dateForm: pick(random, ['dmy', 'dmy', 'd-m-y', 'ymd', 'dmy/', 'ymd-time'] as const),
    dutchHeader: random() < 0.7,
    headerCase: pick(random, ['lower', 'lower', 'upper', 'title'] as const),
    extraColumn: random() < 0.3,
    paddedValues: random() < 0.3,
  };
}

/** One random data set: a usage CSV and an indicators CSV in the same dialect. */
export function randomData(seed: number): RandomData {
  const random = mulberry32(seed);
  const dialect = randomDialect(random);
  const municipalities = [...MUNICIPALITIES].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 7));
  // Quarters, some left empty: the grid still has them when another file or product has rows.
  const firstYear = 2022 + Math.floor(random() * 3);
  const quarters: { year: number; quarter: number }[] = [];
  for (let y = firstYear; y < firstYear + 1 + Math.floor(random() * 2); y++) {
    for (let q = 1; q <= 4; q++) if (random() < 0.75) quarters.push({ year: y, quarter: q });
  }
  if (quarters.length === 0) quarters.push({ year: firstYear, quarter: 1 });
  // Municipalities get very different sizes, so that small cells sit next to large ones.
  const sizes = municipalities.map(() => (random() < 0.4 ? 1 + Math.floor(random() * 4) : Math.floor(random() * 40)));
  const pad = (text: string) => (dialect.paddedValues && random() < 0.05 ? ` ${text} ` : text);

  const usageHeader = [
    headerName('municipality', 'gemeente', dialect),
    'product',
    headerName('start', 'startdatum', dialect),
    headerName('end', 'einddatum', dialect),
    headerName('hours_available', 'uren_beschikbaar', dialect),
    headerName('hours_used', 'uren_besteed', dialect),
    headerName('lt_extra_hours', 'extra_uren_lokaal_team', dialect),
    headerName('case_id', 'casus_id', dialect),
    'route',
  ];
  if (dialect.extraColumn) usageHeader.push('opmerking');
  const usageRows: string[][] = [];
  municipalities.forEach((municipality, m) => {
    const cases = Array.from({ length: 1 + Math.floor(sizes[m]! / 2) }, (_, i) => `${municipality.slice(0, 3).toUpperCase()}-${String(i).padStart(3, '0')}`);
    for (const { year, quarter } of quarters) {
      if (random() < 0.15) continue; // an empty period for this municipality
      const count = Math.floor(sizes[m]! * random());
      for (let i = 0; i < count; i++) {
        const product = pick(random, ['1', '2a', '2a', '2b', '2A', '2B']);
        const capped = product !== '1';
        const month = (quarter - 1) * 3 + 1 + Math.floor(random() * 3);
        const day = 1 + Math.floor(random() * 28);
        const ends = random() < 0.6;
        const endMonth = Math.min(12, month + Math.floor(random() * 3));
        const available = capped && random() < 0.15 ? pick(random, [20, 30, 40, 12.5]) : null;
        const hoursUsed = capped || random() < 0.1 ? (random() < 0.6 ? pick(random, AWKWARD_HOURS) : Math.round(random() * 3000) / 100) : null;
        const extra = random() < 0.4 ? pick(random, AWKWARD_HOURS) : null;
        const caseId = random() < 0.9 ? (random() < 0.05 ? 'GEDEELD-1' : pick(random, cases)) : '';
        const route = capped && random() < 0.8 ? pick(random, ROUTE_SPELLINGS[pick(random, ROUTE_IDS)]!) : '';
        const row = [
          pad(municipality),
          pad(product),
          writeDate(year, month, day, dialect),
          ends ? writeDate(year, endMonth, Math.min(28, day + Math.floor(random() * 5)), dialect) : '',
          available === null ? '' : writeNumber(available, dialect, random),
          hoursUsed === null ? '' : writeNumber(hoursUsed, dialect, random),
          extra === null ? '' : writeNumber(extra, dialect, random),
          caseId,
          pad(route),
        ];
        if (dialect.extraColumn) row.push(random() < 0.3 ? 'zie dossier; bel terug' : '');
        usageRows.push(row);
      }
    }
  });
  // Rows in a shuffled order: sums depend on the order they add up in.
  for (let i = usageRows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [usageRows[i], usageRows[j]] = [usageRows[j]!, usageRows[i]!];
  }

  const indicatorHeader = [headerName('municipality', 'gemeente', dialect), headerName('period', 'periode', dialect), 'indicator', headerName('value', 'waarde', dialect), 'label'];
  const indicatorRows: string[][] = [];
  const periodText = (year: number, quarter: number | null): string =>
    quarter === null ? String(year) : pick(random, [`${year}-K${quarter}`, `${year}-Q${quarter}`, `${year}q${quarter}`, `${year}K${quarter}`]);
  const yearly = random() < 0.3;
  for (const municipality of municipalities) {
    const periods: [number, number | null][] = quarters.map((q) => [q.year, q.quarter]);
    if (yearly) periods.push([firstYear, null]);
    for (const [year, quarter] of periods) {
      if (random() < 0.1) continue;
      const small = () => (random() < 0.3 ? Math.floor(random() * 5) : Math.floor(random() * 60));
      const started = small();
      const endedEarly = small();
      const values: [string, number, string][] = [
        ['vto_filed', small(), ''],
        ['vto_prevented', small(), ''],
        ['ots_started', started, ''],
        ['ots_ended_early', endedEarly, ''],
        ['ots_duration_months', Math.round(random() * 4000) / 100, ''],
        ['survey_responses', small(), ''],
        ['satisfaction', Math.round(random() * 10000) / 100, ''],
        ['wachttijd_weken', Math.round(random() * 200) / 10, 'Wachttijd (weken)'],
      ];
      for (const [id, value, label] of values) {
        if (random() < 0.08) continue; // a missing value (and so, sometimes, a missing weight)
        const written = random() < 0.1 ? id.toUpperCase() : id;
        indicatorRows.push([pad(municipality), periodText(year, quarter), label ? id : written, writeNumber(value, dialect, random), label]);
      }
    }
  }
  const usage = writeCsv(usageHeader, usageRows, dialect, random);
  const indicators = writeCsv(indicatorHeader, indicatorRows, dialect, random);
  return {
    seed,
    dialect,
    usage,
    indicators,
    usageTable: { header: usageHeader, rows: usageRows },
    indicatorTable: { header: indicatorHeader, rows: indicatorRows },
  };
}

/** Wrong values, per usage column (by position), as people type them. */
const USAGE_MISTAKES: string[][] = [
  ['', ' ', '\u00a0'],
  ['', '3', '2c', 'twee', '1a'],
  ['', '31-02-2024', '2024-13-01', 'gisteren', '1-1-24', '00-01-2024', '29-02-2023', '2024/01/01T', '32.01.2024'],
  ['31-04-2024', 'morgen', '01-01-1999', '2024-02-30'],
  ['-1', 'veel', '12,5,5', '1.2.3', '25 uur', '∞', 'NaN', '1e400'],
  ['', '-0,5', 'veel', '12.34.5', '1,2e', '+', '2,5%'],
  ['-3', 'n.v.t.', '1,0,0'],
  [],
  ['ots', 'voorkomen', 'ots_prevent', 'OTS  nodig'],
];

/** Wrong values per indicator column. */
const INDICATOR_MISTAKES: string[][] = [
  ['', ' '],
  ['', '2024-K5', '2024-Q0', '24-K1', 'Q1-2024', '2024 K1'],
  ['', 'vto_filled', 'ots_strated', 'onbekend'],
  ['', 'veel', '1,2,3', '12%'],
  [],
];

/**
 * A data set with mistakes: some cells replaced by wrong values (the same seed gives the same
 * mistakes), and for indicators also duplicate rows. Every row keeps the header's width, so the
 * files stay in the plain CSV form that DuckDB reads itself.
 */
export function withMistakes(data: RandomData, seed: number): { usage: string; indicators: string; usageTable: TextTable; indicatorTable: TextTable } {
  const random = mulberry32(seed * 7919);
  const damage = (table: TextTable, mistakes: string[][], share: number): string[][] =>
    table.rows.map((row) => {
      if (random() >= share) return row;
      const copy = [...row];
      const column = Math.floor(random() * mistakes.length);
      const options = mistakes[column]!;
      if (options.length > 0) copy[column] = pick(random, options);
      return copy;
    });
  const usageRows = damage(data.usageTable, USAGE_MISTAKES, 0.08);
  const indicatorRows = damage(data.indicatorTable, INDICATOR_MISTAKES, 0.08);
  for (let i = 0; i < 3 && indicatorRows.length > 0; i++) indicatorRows.push([...pick(random, indicatorRows)]);
  return {
    usage: writeCsv(data.usageTable.header, usageRows, data.dialect, random),
    indicators: writeCsv(data.indicatorTable.header, indicatorRows, data.dialect, random),
    usageTable: { header: data.usageTable.header, rows: usageRows },
    indicatorTable: { header: data.indicatorTable.header, rows: indicatorRows },
  };
}

/** A table as JSON rows (objects keyed by the header), as the parsers read JSON. */
export function toJson(table: TextTable): string {
  return JSON.stringify(table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i] ?? '']))));
}
