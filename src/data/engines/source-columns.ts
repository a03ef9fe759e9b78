import type { DataIssue } from '../types.js';
import type { Lang } from '../../i18n/lang.js';
import { dataMessage, describeColumn, type DataIssueCode, type MessageParams } from '../../i18n/data-messages.js';
import { displayName, matchHeader, type ColumnSpec, type HeaderMatch } from '../columns.js';
import type { DecimalStyle } from '../numbers.js';
import { fragmentSql, sqlString } from './sql-text.js';

/**
 * From the columns of an input (a CSV header, a Parquet schema, a warehouse table) to the text
 * relation that the SQL steps read (`usage_text`, `indicator_text`; see usage-rows.sql):
 * header matching with the same rules and messages as the in-memory parser (Dutch aliases,
 * unknown, duplicate and missing columns), and per column a projection that turns a typed value
 * into the text the SQL reads, or into the error the in-memory parser gives for it.
 */

/** How a source column stores its values. */
export type SourceClass = 'text' | 'number' | 'integer' | 'date' | 'timestamp' | 'other';

export interface SourceColumn {
  /** The name as the input writes it. */
  name: string;
  /** A SQL expression that reads it from the `source` relation. */
  sql: string;
  class: SourceClass;
  /**
   * Text only: no cell of the column starts or ends with a space (known from a first pass over
   * a CSV file), so its cells need no trimming. Unknown by default.
   */
  trimmed?: boolean;
}

/** How a file kind's canonical columns are named in its text relation (`start` → `start_date`). */
export const TEXT_NAMES: Record<string, string> = { start: 'start_date', end: 'end_date' };

/** A matched input: what the text relation is made of, or the header issues that stop it. */
export interface ColumnMapping {
  /** Errors that make the input unreadable (duplicate or missing columns). */
  errors: DataIssue[];
  /** Warnings (unknown columns). */
  warnings: DataIssue[];
  match: HeaderMatch;
  /** Per canonical column: the source column, or undefined when absent. */
  columns: Map<string, SourceColumn | undefined>;
  specs: readonly ColumnSpec[];
  unit: 'line' | 'row';
  headerLine: number;
}

function fileIssue(code: DataIssueCode, lang: Lang, line: number, params: MessageParams, extra: Partial<DataIssue> = {}): DataIssue {
  return { line, ...extra, code, message: dataMessage(code, lang, { line, ...params }) };
}

/**
 * Match an input's columns to a file kind's columns, with the issues `parseFile` gives for its
 * header (src/data/parse-file.ts): unknown columns (a warning), duplicate columns (an error
 * each), missing required columns (one error).
 */
export function mapColumns(
  source: readonly SourceColumn[],
  specs: readonly ColumnSpec[],
  unit: 'line' | 'row',
  headerLine: number,
  lang: Lang,
): ColumnMapping {
  const header = source.map((c) => c.name);
  const match = matchHeader(header, specs);
  const errors: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  if (match.unknown.length > 0) {
    warnings.push(fileIssue('unknown_column', lang, headerLine, { unit, names: match.unknown }, { value: match.unknown.join(', ') }));
  }
  for (const duplicate of match.duplicates) {
    errors.push(
      fileIssue(
        'duplicate_column',
        lang,
        headerLine,
        { unit, column: duplicate.column, names: duplicate.names },
        { column: duplicate.column, value: duplicate.names[duplicate.names.length - 1] },
      ),
    );
  }
  if (errors.length === 0 && match.missing.length > 0) {
    const found = header.map((name) => name.trim()).filter((name) => name !== '');
    const detail = match.missing.map((s) => describeColumn(s.name, s.aliases, lang)).join(', ');
    errors.push(fileIssue('missing_column', lang, headerLine, { actual: match.missing.length, detail, names: found }, { column: match.missing[0]!.name }));
  }
  const columns = new Map<string, SourceColumn | undefined>();
  for (const spec of specs) {
    const position = match.index.get(spec.name);
    columns.set(spec.name, position === undefined ? undefined : source[position]);
  }
  return { errors, warnings, match, columns, specs, unit, headerLine };
}

/** How the message names a column: as the input writes it, or its display name when absent. */
export function writtenName(mapping: ColumnMapping, column: string, lang: Lang): string {
  const spec = mapping.specs.find((s) => s.name === column);
  return mapping.match.written.get(column) ?? (spec ? displayName(spec, lang) : column);
}

const MAX_SAFE = '9007199254740991';
const FINITE = (x: string) => `${x} BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308`;

/** A typed number as JavaScript's String() writes it, for the common cases (integers without `.0`). */
function numberText(x: string): string {
  const d = `CAST(${x} AS DOUBLE PRECISION)`;
  return `CASE WHEN ${d} = trunc(${d}) AND abs(${d}) < 1e15 THEN CAST(CAST(${d} AS BIGINT) AS VARCHAR) ELSE CAST(${d} AS VARCHAR) END`;
}

/**
 * A typed cell as a message shows it, from the text the database wrote for it (`CAST(… AS
 * VARCHAR)`, see usage-issues.sql): as JavaScript writes the value (`String(1.5)`, a date's
 * `toISOString()`), which is what the in-memory parser shows for the same cell in Arrow.
 */
export function messageValue(text: string | null, column: SourceColumn | undefined): string | undefined {
  if (text === null) return undefined;
  switch (column?.class) {
    case 'number':
    case 'integer': {
      const lower = text.toLowerCase();
      if (lower === 'nan') return 'NaN';
      if (lower === 'inf' || lower === 'infinity') return 'Infinity';
      if (lower === '-inf' || lower === '-infinity') return '-Infinity';
      const value = Number(text);
      return Number.isNaN(value) ? text : String(value);
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00.000Z` : text;
    case 'timestamp': {
      const time = new Date(`${text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')}${/[zZ]|[+-]\d{2}(:?\d{2})?$/.test(text) ? '' : 'Z'}`);
      return Number.isFinite(time.getTime()) ? time.toISOString() : text;
    }
    default:
      return text;
  }
}

interface Projection {
  /** The cell as text (text columns), else NULL. */
  text: string;
  /** A typed number (DOUBLE) or date (the integer YYYYMMDD), for number and date columns. */
  typed: string;
  /** The error of a typed value that cannot be read as this column. */
  typeError: string;
}

const NONE = 'CAST(NULL AS VARCHAR)';
const typedNull = (spec: ColumnSpec) =>
  spec.kind === 'number' ? 'CAST(NULL AS DOUBLE PRECISION)' : spec.kind === 'date' ? 'CAST(NULL AS INTEGER)' : NONE;

/** How a column of one kind reads a source column: as text, as a typed value, or as an error. */
function projection(column: SourceColumn, spec: ColumnSpec): Projection {
  const x = column.sql;
  const noTyped = typedNull(spec);
  const error = (code: string, when = `${x} IS NOT NULL`) => `CASE WHEN ${when} THEN '${code}' END`;
  if (column.class === 'text') return { text: column.trimmed ? x : fragmentSql('text', { value: x }), typed: noTyped, typeError: NONE };
  if (spec.kind === 'text') {
    if (column.class === 'integer') return { text: `CAST(${x} AS VARCHAR)`, typed: noTyped, typeError: NONE };
    // A typed number in a text column reads as JavaScript writes it (`1`, `1.5`).
    if (column.class === 'number') {
      const d = `CAST(${x} AS DOUBLE PRECISION)`;
      return { text: `CASE WHEN ${FINITE(d)} THEN ${numberText(x)} END`, typed: noTyped, typeError: error('invalid_text', `NOT (${FINITE(d)})`) };
    }
    return { text: NONE, typed: noTyped, typeError: error('invalid_text') };
  }
  if (spec.kind === 'number') {
    const d = `CAST(${x} AS DOUBLE PRECISION)`;
    if (column.class === 'integer') {
      return { text: NONE, typed: `CASE WHEN abs(${x}) <= ${MAX_SAFE} THEN ${d} END`, typeError: error('invalid_number', `abs(${x}) > ${MAX_SAFE}`) };
    }
    if (column.class === 'number') {
      return { text: NONE, typed: `CASE WHEN ${FINITE(d)} THEN ${d} + 0.0 END`, typeError: error('invalid_number', `NOT (${FINITE(d)})`) };
    }
    return { text: NONE, typed: noTyped, typeError: error('invalid_number') };
  }
  // Dates: a DATE as the integer YYYYMMDD, a timestamp as its date (the session runs in UTC);
  // years outside 0-9999 are invalid, as for the in-memory parser.
  if (column.class === 'date' || column.class === 'timestamp') {
    const date = column.class === 'date' ? x : `CAST(${x} AS DATE)`;
    const key = `(extract(year FROM ${date}) * 10000 + extract(month FROM ${date}) * 100 + extract(day FROM ${date}))`;
    const inRange = `${key} BETWEEN 101 AND 99991231`;
    return { text: NONE, typed: `CASE WHEN ${inRange} THEN CAST(${key} AS INTEGER) END`, typeError: error('invalid_date', `NOT (${inRange})`) };
  }
  return { text: NONE, typed: noTyped, typeError: error('invalid_date') };
}

/**
 * The SELECT list of the text relation (see usage-rows.sql): `line`, and per column `<name>`,
 * `<name>_raw` and `<name>_type_error`, for numbers `<name>_number` and `<name>_style`, for dates
 * `<name>_key`. `style` is the decimal style of text numbers.
 */
export function textProjection(mapping: ColumnMapping, style: DecimalStyle, line: string): string {
  const items = [`${line} AS line`];
  for (const spec of mapping.specs) {
    const name = TEXT_NAMES[spec.name] ?? spec.name;
    const column = mapping.columns.get(spec.name);
    const p: Projection = column ? projection(column, spec) : { text: NONE, typed: typedNull(spec), typeError: NONE };
    items.push(`${p.text} AS ${name}`, `${column ? column.sql : NONE} AS ${name}_raw`, `${p.typeError} AS ${name}_type_error`);
    if (spec.kind === 'number') items.push(`${p.typed} AS ${name}_number`, `${sqlString(style)} AS ${name}_style`);
    if (spec.kind === 'date') items.push(`${p.typed} AS ${name}_key`);
  }
  return items.join(',\n  ');
}

/** The text cells of number columns, for the decimal evidence (decimal-evidence.sql); null when there are none. */
export function numberCells(mapping: ColumnMapping, source: string): string | null {
  const cells = mapping.specs
    .filter((spec) => spec.kind === 'number' && mapping.columns.get(spec.name)?.class === 'text')
    .map((spec) => `SELECT ${mapping.columns.get(spec.name)!.sql} AS cell FROM ${source}`);
  return cells.length > 0 ? cells.join('\nUNION ALL\n') : null;
}
