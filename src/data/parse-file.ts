import type { DataIssue, ParseOptions, ParseResult } from './types.js';
import { toLang, type Lang } from '../i18n/lang.js';
import { describeColumn } from '../i18n/data-messages.js';
import { matchHeader, type ColumnSpec, type DuplicateColumn } from './columns.js';
import { decodeInput, type InputFormat } from './detect.js';
import { DecimalEvidence } from './numbers.js';
import { RowReader } from './row-reader.js';
import { fileIssue, type Issues } from './parse-issues.js';
import { fail, type Readout, type SourceTable } from './source-table.js';
import { readCsv } from './table-csv.js';
import { readJson } from './table-json.js';
import { readArrowTable } from './table-arrow.js';

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

/** What a file kind contributes: its columns and a row validator. */
export interface FileSpec<Row> {
  columns: readonly ColumnSpec[];
  /** Create a validator for one parse; it may keep state across rows (e.g. duplicate keys). */
  createValidator(): (reader: RowReader) => Row | null;
}

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

/** A column given under more than one name: in a header, or in one JSON row. */
function duplicateIssue(duplicate: DuplicateColumn, line: number, unit: 'line' | 'row', lang: Lang): DataIssue {
  return fileIssue(
    'duplicate_column',
    lang,
    line,
    { unit, column: duplicate.column, names: duplicate.names },
    { column: duplicate.column, value: duplicate.names[duplicate.names.length - 1] },
  );
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
    for (const duplicate of match.duplicates) errors.push(duplicateIssue(duplicate, at, table.unit, lang));
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
  table.forEachRow((line, cells, keys) => {
    rowCount++;
    if (cells === null) {
      errors.push(fileIssue('not_an_object', lang, line, { unit: 'row' }));
      return;
    }
    if (keys && keys.duplicates.length > 0) {
      for (const duplicate of keys.duplicates) errors.push(duplicateIssue(duplicate, line, 'row', lang));
      return;
    }
    if (table.checkWidth) {
      const countIssue = cellCountIssue(line, cells, width, lang);
      if (countIssue) {
        errors.push(countIssue);
        return;
      }
    }
    reader.reset(line, cells, keys?.names);
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
    if (decoded.kind === 'text' && decoded.windows1252) {
      const { line, column, sample } = decoded.windows1252;
      issues.warnings.push(fileIssue('windows_1252', lang, line, { textLine: line, textColumn: column, value: sample }, { value: sample }));
    }
    let readout: Readout;
    if (decoded.kind === 'error') {
      readout = fail(decoded.code, lang);
    } else if (decoded.kind === 'arrow') {
      readout = readArrowTable(decoded.bytes, lang);
    } else if (decoded.format === 'json') {
      readout = readJson(decoded.text, lang, spec.columns);
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
