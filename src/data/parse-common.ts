import type { DataIssue, ParseOptions, ParseResult } from './types.js';
import { toLang, type Lang } from '../i18n/lang.js';
import { dataMessage, describeColumn, type DataIssueCode, type MessageParams } from '../i18n/data-messages.js';
import { detectDelimiter, scanCsv, type Delimiter } from './csv.js';
import { displayName, matchHeader, type ColumnSpec, type HeaderMatch } from './columns.js';
import { decodeInput, readArrow, type InputFormat } from './detect.js';
import { DecimalEvidence, parseNumber, type DecimalStyle } from './numbers.js';
import { isoFromDate, parseDate, type DateResult } from './dates.js';

/**
 * The machinery shared by `parseUsage` and `parseIndicators`: decode the input, read it as a
 * table (CSV, JSON or Arrow), match the header, decide the decimal style, and hand each row to a
 * file-specific validator through a {@link RowReader}.
 *
 * Contract (public; see the README, "Data"):
 * - never throws; returns `{rows, errors, warnings}`;
 * - a file that cannot be read at all gives `rows: []` and exactly one error (a duplicate header
 *   gives one error per duplicated name, all on the header line);
 * - a row with any error is left out, and all its errors are reported;
 * - `line` is the physical CSV line (header = line 1 when the file starts with it), or the 1-based
 *   row number in JSON and Arrow;
 * - `column` is the canonical English column name; the message names the column as the file's
 *   header writes it.
 */

/** A table read from any format, before validation. */
interface SourceTable {
  /** `line` for CSV, `row` for JSON and Arrow. */
  unit: 'line' | 'row';
  headerLine: number;
  /** Header names as written (untrimmed). */
  header: string[];
  /** Number of data rows. */
  count: number;
  /** Per header position: what its text cells say about the decimal style. */
  evidence: DecimalEvidence[];
  /** Decimal style when the numbers give no evidence. */
  fallbackStyle: DecimalStyle;
  /** Whether each row's number of cells is checked against the header (CSV). */
  checkWidth: boolean;
  /**
   * Visit the data rows in order with their line and their cells by header position; `cells` is
   * null for a row that is no record at all (a JSON element that is not an object).
   */
  forEachRow(visit: (line: number, cells: ArrayLike<unknown> | null) => void): void;
}

/** What a file kind contributes: its columns and a row validator. */
export interface FileSpec<Row> {
  columns: readonly ColumnSpec[];
  /** Create a validator for one parse; it may keep state across rows (e.g. duplicate keys). */
  createValidator(): (reader: RowReader) => Row | null;
}

type Issues = { errors: DataIssue[]; warnings: DataIssue[] };

/** Text of a raw value for `DataIssue.value`. */
function valueText(raw: unknown): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) return Number.isFinite(raw.getTime()) ? raw.toISOString() : 'Invalid Date';
  try {
    const json = JSON.stringify(raw) ?? String(raw);
    return json.length > 200 ? json.slice(0, 199) + '…' : json;
  } catch {
    return Object.prototype.toString.call(raw);
  }
}

function isEmptyValue(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/** Entries kept in each of a reader's caches before it starts afresh. */
const CACHE_SIZE = 10_000;

/** Options for reading a number cell. */
export interface NumberOptions {
  required?: boolean;
  /** The value may not be below zero (`negative_number`). */
  nonNegative?: boolean;
  /** For `missing_value`: required only for products 2a and 2b. */
  conditional?: boolean;
}

/**
 * Reads the cells of one row by canonical column name and records problems. A reader method
 * returns null both for an empty cell and for an invalid one; in the second case it has recorded
 * an error and `failed` is true, so the validator returns null at the end.
 */
export class RowReader {
  /** 1-based line (CSV) or row (JSON, Arrow) of the current row. */
  line = 0;
  /** Whether the current row has an error. */
  failed = false;
  private cells: ArrayLike<unknown> = [];
  private readonly positions: Map<string, number>;
  /**
   * Interned short texts and parsed dates. Files repeat the same municipality, product, route
   * and date on many rows; sharing one string per value keeps a million rows light.
   */
  private readonly texts = new Map<string, string>();
  private readonly dates = new Map<string, DateResult>();

  constructor(
    private readonly unit: 'line' | 'row',
    private readonly match: HeaderMatch,
    private readonly specs: Map<string, ColumnSpec>,
    /** The decimal style of this file. */
    readonly style: DecimalStyle,
    private readonly issues: Issues,
    readonly lang: Lang,
  ) {
    this.positions = match.index;
  }

  /** Move to a row (internal). */
  reset(line: number, cells: ArrayLike<unknown>): void {
    this.cells = cells;
    this.line = line;
    this.failed = false;
  }

  /** The raw cell of a column, undefined when the column is absent. */
  raw(column: string): unknown {
    const position = this.positions.get(column);
    return position === undefined ? undefined : this.cells[position];
  }

  /** Whether a column's cell is empty (absent, null, or only spaces). */
  isEmpty(column: string): boolean {
    return isEmptyValue(this.raw(column));
  }

  /** Record an error on the current row. */
  error(code: DataIssueCode, column?: string, raw?: unknown, params?: MessageParams): void {
    this.failed = true;
    this.issues.errors.push(this.issue(code, column, raw, params));
  }

  /** Record a warning on the current row (the row is kept). */
  warn(code: DataIssueCode, column?: string, raw?: unknown, params?: MessageParams): void {
    this.issues.warnings.push(this.issue(code, column, raw, params));
  }

  private issue(code: DataIssueCode, column: string | undefined, raw: unknown, params?: MessageParams): DataIssue {
    let written: string | undefined;
    if (column !== undefined) {
      const spec = this.specs.get(column);
      written = this.match.written.get(column) ?? (spec ? displayName(spec, this.lang) : column);
    }
    const value = valueText(raw);
    const message = dataMessage(code, this.lang, {
      line: this.line,
      unit: this.unit,
      column: written,
      value,
      ...params,
    });
    const issue: DataIssue = { line: this.line } as DataIssue;
    if (column !== undefined) issue.column = column;
    const header = column !== undefined ? this.match.written.get(column) : undefined;
    if (header !== undefined) issue.header = header;
    if (value !== undefined) issue.value = value;
    issue.code = code;
    issue.message = message;
    return issue;
  }

  private missing(column: string, conditional = false): void {
    this.error('missing_value', column, undefined, { conditional, absent: !this.positions.has(column) });
  }

  /**
   * A text cell, trimmed; numbers are taken as their text (`1` → `"1"`). Pass `intern = false`
   * for values that differ on every row (case ids).
   */
  text(column: string, required = false, intern = true): string | null {
    const raw = this.raw(column);
    if (isEmptyValue(raw)) {
      if (required) this.missing(column);
      return null;
    }
    if (typeof raw === 'string') {
      if (!intern || raw.length > 64) return raw.trim();
      let text = this.texts.get(raw);
      if (text === undefined) {
        if (this.texts.size >= CACHE_SIZE) this.texts.clear();
        text = raw.trim();
        this.texts.set(raw, text);
      }
      return text;
    }
    if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'bigint') return String(raw);
    this.error('invalid_text', column, raw);
    return null;
  }

  /** A number cell, read in the file's decimal style when it is text. */
  number(column: string, options: NumberOptions = {}): number | null {
    const raw = this.raw(column);
    if (isEmptyValue(raw)) {
      if (options.required) this.missing(column, options.conditional);
      return null;
    }
    let value: number | null = null;
    if (typeof raw === 'number') {
      value = Number.isFinite(raw) ? (raw === 0 ? 0 : raw) : null;
    } else if (typeof raw === 'bigint') {
      const n = Number(raw);
      value = Number.isSafeInteger(n) ? n : null;
    } else if (typeof raw === 'string') {
      value = parseNumber(raw, this.style);
      if (value === null) {
        this.error('invalid_number', column, raw, { style: this.style });
        return null;
      }
    }
    if (value === null) {
      this.error('invalid_number', column, raw);
      return null;
    }
    if (options.nonNegative && value < 0) {
      this.error('negative_number', column, raw);
      return null;
    }
    return value;
  }

  /** A date cell as an ISO date. */
  date(column: string, required = false): string | null {
    const raw = this.raw(column);
    if (isEmptyValue(raw)) {
      if (required) this.missing(column);
      return null;
    }
    if (raw instanceof Date) {
      const iso = isoFromDate(raw);
      if (iso === null) this.error('invalid_date', column, raw, { reason: 'format' });
      return iso;
    }
    if (typeof raw !== 'string') {
      this.error('invalid_date', column, raw, { reason: 'format' });
      return null;
    }
    let result = this.dates.get(raw);
    if (result === undefined) {
      if (this.dates.size >= CACHE_SIZE) this.dates.clear();
      result = parseDate(raw);
      this.dates.set(raw, result);
    }
    if (!result.ok) {
      this.error('invalid_date', column, raw, { reason: result.reason });
      return null;
    }
    return result.iso;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the formats

type Readout = { ok: true; table: SourceTable } | { ok: false; issue: DataIssue };

function fileIssue(code: DataIssueCode, lang: Lang, line = 1, params: MessageParams = {}, extra: Partial<DataIssue> = {}): DataIssue {
  return { line, ...extra, code, message: dataMessage(code, lang, { line, ...params }) };
}

function fail(code: DataIssueCode, lang: Lang, line = 1, params: MessageParams = {}): Readout {
  return { ok: false, issue: fileIssue(code, lang, line, params) };
}

function evidenceFor(header: readonly unknown[]): DecimalEvidence[] {
  return header.map(() => new DecimalEvidence());
}

/**
 * CSV is scanned twice: once for the header, the number of rows, the decimal-style evidence and
 * an unclosed quote, once more to validate. Nothing but the header is kept between the two, which
 * keeps a million-row file cheap on memory.
 */
function readCsv(source: string, lang: Lang): Readout {
  // Excel's own hint on the first line, `sep=;`, names the delimiter. It is blanked out (keeping
  // the line count) so that the header is the next line.
  const hint = /^sep=([;,\t])[ \t]*(?:\r\n|\n|\r|$)/i.exec(source);
  const text = hint ? '\n' + source.slice(hint[0].length) : source;
  const delimiter = hint ? (hint[1] as Delimiter) : detectDelimiter(text);
  let header: string[] | null = null;
  let headerLine = 1;
  let evidence: DecimalEvidence[] = [];
  let count = 0;
  const scan = scanCsv(text, delimiter, (line, cells) => {
    if (header === null) {
      header = cells;
      headerLine = line;
      evidence = evidenceFor(cells);
      return;
    }
    count++;
    const n = Math.min(cells.length, evidence.length);
    for (let i = 0; i < n; i++) evidence[i]!.add(cells[i]!);
  });
  if (!scan.ok) return fail('unclosed_quote', lang, scan.line, { unit: 'line' });
  if (header === null) return fail('no_header', lang);
  return {
    ok: true,
    table: {
      unit: 'line',
      headerLine,
      header,
      count,
      evidence,
      fallbackStyle: delimiter === ';' ? 'comma' : 'dot',
      checkWidth: true,
      forEachRow: (visit) => {
        let first = true;
        scanCsv(text, delimiter, (line, cells) => {
          if (first) first = false;
          else visit(line, cells);
        });
      },
    },
  };
}

/** Line and column (1-based) of a character offset. */
function textPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function readJson(text: string, lang: Lang): Readout {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const m = /position (\d+)/.exec(message);
    if (m) {
      const { line, column } = textPosition(text, Number(m[1]));
      return fail('invalid_json', lang, line, { textLine: line, textColumn: column });
    }
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) {
      const line = Number(lc[1]);
      return fail('invalid_json', lang, line, { textLine: line, textColumn: Number(lc[2]) });
    }
    return fail('invalid_json', lang);
  }
  if (!Array.isArray(data)) return fail('not_array', lang);
  const rows: unknown[] = data;
  const isObject = (row: unknown): row is Record<string, unknown> =>
    typeof row === 'object' && row !== null && !Array.isArray(row);
  const header: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (!isObject(row)) continue;
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  const cellsOf = (row: Record<string, unknown>): unknown[] =>
    header.map((key) => (Object.hasOwn(row, key) ? row[key] : undefined));
  const evidence = evidenceFor(header);
  for (const row of rows) {
    if (!isObject(row)) continue;
    header.forEach((key, i) => {
      const value = Object.hasOwn(row, key) ? row[key] : undefined;
      if (typeof value === 'string') evidence[i]!.add(value);
    });
  }
  return {
    ok: true,
    table: {
      unit: 'row',
      headerLine: 1,
      header,
      count: rows.length,
      evidence,
      fallbackStyle: 'dot',
      checkWidth: false,
      forEachRow: (visit) => rows.forEach((row, i) => visit(i + 1, isObject(row) ? cellsOf(row) : null)),
    },
  };
}

function readArrowTable(bytes: Uint8Array, lang: Lang): Readout {
  const arrow = readArrow(bytes);
  if (arrow === null) return fail('invalid_arrow', lang);
  const { names, columns, numRows } = arrow;
  const evidence = evidenceFor(names);
  columns.forEach((column, i) => {
    for (let row = 0; row < numRows; row++) {
      const value = column[row];
      if (typeof value === 'string') evidence[i]!.add(value);
    }
  });
  return {
    ok: true,
    table: {
      unit: 'row',
      headerLine: 1,
      header: names,
      count: numRows,
      evidence,
      fallbackStyle: 'dot',
      checkWidth: false,
      forEachRow: (visit) => {
        for (let row = 0; row < numRows; row++) visit(row + 1, columns.map((column) => column[row]));
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Parsing

function isBlankText(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** Check the number of cells of a CSV row against the header width; returns the issue or null. */
function cellCountIssue(line: number, cells: ArrayLike<unknown>, width: number, lang: Lang): DataIssue | null {
  const count = cells.length;
  if (count < width) {
    return fileIssue('too_few_cells', lang, line, { unit: 'line', actual: count, expected: width });
  }
  if (count > width) {
    let last = count - 1;
    while (last >= width && isBlankText(cells[last])) last--;
    if (last >= width) {
      return fileIssue('too_many_cells', lang, line, { unit: 'line', actual: last + 1, expected: width });
    }
  }
  return null;
}

/** Issue lists, or sinks that pass each issue on (`ParseOptions.onIssue`). */
function issueLists(options: ParseOptions | undefined): Issues {
  const onIssue = options?.onIssue;
  if (typeof onIssue !== 'function') return { errors: [], warnings: [] };
  const sink = (severity: 'error' | 'warning') => ({ push: (...issues: DataIssue[]) => (issues.forEach((i) => onIssue(i, severity)), 0) }) as unknown as DataIssue[];
  return { errors: sink('error'), warnings: sink('warning') };
}

function parseTable<Row>(table: SourceTable, spec: FileSpec<Row>, lang: Lang, issues: Issues, keepRows: boolean, counting: boolean): ParseResult<Row> {
  const { errors, warnings } = issues;
  const at = table.headerLine;
  const header = table.header.map((name) => (typeof name === 'string' ? name : String(name)));
  const match = matchHeader(header, spec.columns);

  if (match.unknown.length > 0) {
    warnings.push(
      fileIssue('unknown_column', lang, at, { unit: table.unit, names: match.unknown }, { value: match.unknown.join(', ') }),
    );
  }
  if (match.duplicates.length > 0) {
    for (const duplicate of match.duplicates) {
      errors.push(
        fileIssue(
          'duplicate_column',
          lang,
          at,
          { unit: table.unit, column: duplicate.column, names: duplicate.names },
          { column: duplicate.column, value: duplicate.names[duplicate.names.length - 1] },
        ),
      );
    }
    return { rows: [], errors, warnings };
  }
  // An empty JSON array has no header to check.
  const emptyJson = table.unit === 'row' && table.count === 0 && header.length === 0;
  if (match.missing.length > 0 && !emptyJson) {
    const found = header.map((name) => name.trim()).filter((name) => name !== '');
    const detail = match.missing.map((s) => describeColumn(s.name, s.aliases, lang)).join(', ');
    errors.push(
      fileIssue(
        'missing_column',
        lang,
        at,
        { actual: match.missing.length, detail, names: found },
        { column: match.missing[0]!.name },
      ),
    );
    return { rows: [], errors, warnings };
  }
  if (table.count === 0) {
    warnings.push(fileIssue('no_rows', lang, at));
    return { rows: [], errors, warnings };
  }

  // Width of a CSV header: up to its last named column (Excel may add empty header cells).
  let width = header.length;
  while (width > 0 && header[width - 1]!.trim() === '') width--;

  // The decimal style, from the file's numeric columns only.
  const evidence = new DecimalEvidence();
  for (const column of spec.columns) {
    const position = match.index.get(column.name);
    if (column.kind !== 'number' || position === undefined) continue;
    const e = table.evidence[position];
    if (e) {
      evidence.comma ||= e.comma;
      evidence.dot ||= e.dot;
    }
  }
  const style = evidence.style(table.fallbackStyle);

  const specs = new Map(spec.columns.map((column) => [column.name, column]));
  const reader = new RowReader(table.unit, match, specs, style, { errors, warnings }, lang);
  const validate = spec.createValidator();
  const rows: Row[] = [];
  let validRows = 0;
  let rowCount = 0;
  table.forEachRow((line, cells) => {
    rowCount++;
    if (cells === null) {
      errors.push(fileIssue('not_an_object', lang, line, { unit: 'row' }));
      return;
    }
    if (table.checkWidth) {
      const countIssue = cellCountIssue(line, cells, width, lang);
      if (countIssue) {
        errors.push(countIssue);
        return;
      }
    }
    reader.reset(line, cells);
    const result = validate(reader);
    if (result !== null && !reader.failed) {
      validRows++;
      if (keepRows) rows.push(result);
    }
  });
  return counting ? { rows, validRows, rowCount, errors, warnings } : { rows, errors, warnings };
}

function languageOf(options: unknown): Lang {
  const lang = typeof options === 'object' && options !== null ? (options as ParseOptions).lang : undefined;
  return typeof lang === 'string' ? toLang(lang) : 'nl';
}

function formatOf(options: unknown): InputFormat | undefined {
  const format = typeof options === 'object' && options !== null ? (options as ParseOptions).format : undefined;
  return format === 'csv' || format === 'json' || format === 'arrow' ? format : undefined;
}

/** Read any input as a file of the given kind. Never throws. */
export function parseFile<Row>(input: unknown, options: ParseOptions | undefined, spec: FileSpec<Row>): ParseResult<Row> {
  const lang = languageOf(options);
  const issues = issueLists(options);
  const counting = options?.keepRows === false || typeof options?.onIssue === 'function';
  const only = (issue: DataIssue): ParseResult<Row> => {
    issues.errors.push(issue);
    return { rows: [], errors: issues.errors, warnings: issues.warnings, ...(counting ? { validRows: 0, rowCount: 0 } : {}) };
  };
  try {
    const decoded = decodeInput(input, formatOf(options));
    let readout: Readout;
    if (decoded.kind === 'error') {
      readout = fail(decoded.code, lang);
    } else if (decoded.kind === 'arrow') {
      readout = readArrowTable(decoded.bytes, lang);
    } else if (decoded.format === 'json') {
      readout = readJson(decoded.text, lang);
    } else {
      readout = readCsv(decoded.text, lang);
    }
    if (!readout.ok) return only(readout.issue);
    return parseTable(readout.table, spec, lang, issues, options?.keepRows !== false, counting);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return only(fileIssue('internal_error', lang, 1, { detail }));
  }
}
