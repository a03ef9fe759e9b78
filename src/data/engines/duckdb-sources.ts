import { open } from 'node:fs/promises';
import type { DataIssue, IndicatorRow, UsageRow } from '../types.js';
import type { Lang } from '../../i18n/lang.js';
import { dataMessage } from '../../i18n/data-messages.js';
import { INDICATOR_COLUMNS, USAGE_COLUMNS } from '../columns.js';
import { parseUsage } from '../parse-usage.js';
import { parseIndicators } from '../parse-indicators.js';
import { readCsvLayout } from './csv-layout.js';
import { mapColumns, type SourceClass, type SourceColumn } from './source-columns.js';
import { defineCleanRows, validateSql, type FileKind, type ValidationResult } from './validate-sql.js';
import { sqlIdentifier, sqlString } from './sql-text.js';
import type { DuckDbSession } from './duckdb.js';

/**
 * Inputs for DuckDB: a file becomes the relation `usage_rows` or `indicator_rows` (validated
 * rows, inside the database), or a list of issues.
 *
 * - **CSV** that DuckDB reads the way our parser does (see csv-layout.ts): DuckDB reads it,
 *   every cell as text, and the SQL validates it (usage-rows.sql).
 * - **Parquet**: DuckDB reads it, typed columns (DATE, DOUBLE, BIGINT, VARCHAR …) or text; the
 *   SQL validates it. Row numbers start at 1.
 * - **Anything else** (CSV with lenient quoting or ragged rows, JSON, Arrow, UTF-16): the
 *   in-memory parser reads it, exactly as `--engine arquero` would, and its rows are appended
 *   to DuckDB. Only the aggregation then runs in DuckDB.
 */

export interface LoadedFile {
  kind: FileKind;
  /** How it was read: 'csv', 'parquet' and 'table' by the database, 'parser' by the in-memory parser. */
  via: 'csv' | 'parquet' | 'table' | 'parser';
  errors: DataIssue[];
  warnings: DataIssue[];
  moreErrors: number;
  moreWarnings: number;
  /** Why the in-memory parser read it (a CSV form DuckDB would read differently). */
  note?: string;
}

const PARQUET_MAGIC = 'PAR1';

async function startsWithParquet(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await file.read(head, 0, 4, 0);
    return bytesRead === 4 && head.toString('latin1') === PARQUET_MAGIC;
  } finally {
    await file.close();
  }
}

const specsOf = (kind: FileKind) => (kind === 'usage' ? USAGE_COLUMNS : INDICATOR_COLUMNS);

/** Load one input file into the session as `<kind>_rows`. Rejects only when the file cannot be read. */
export async function loadFile(session: DuckDbSession, path: string, kind: FileKind, lang: Lang): Promise<LoadedFile> {
  if (await startsWithParquet(path)) return loadParquet(session, path, kind, lang);
  const layout = await readCsvLayout(path);
  if (!layout.compatible) {
    const loaded = await loadWithParser(session, path, kind, lang);
    return { ...loaded, note: layout.reason };
  }
  const columns: SourceColumn[] = layout.header
    .slice(0, layout.width)
    .map((name, i) => ({ name, sql: `c${i}`, class: 'text', trimmed: !layout.untidy[i] }));
  const mapping = mapColumns(columns, specsOf(kind), 'line', layout.headerLine, lang);
  const done = (result: Partial<ValidationResult>): LoadedFile => ({
    kind,
    via: 'csv',
    errors: [...mapping.errors, ...(result.errors ?? [])],
    warnings: [...mapping.warnings, ...(result.warnings ?? [])],
    moreErrors: result.moreErrors ?? 0,
    moreWarnings: result.moreWarnings ?? 0,
  });
  if (mapping.errors.length > 0) return done({});
  const names = columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const delimiter = layout.delimiter === '\t' ? '\\t' : layout.delimiter;
  // Records whose cells are all blank (Excel's ';;;;' rows) are skipped, as csv.ts skips them.
  // (ascii() first: a cell that starts with any other character is not blank, and that is cheap.)
  const blank = columns
    .map((_, i) => `(c${i} IS NULL OR ascii(c${i}) IN (9, 10, 13, 32, 160) AND c${i} ~ ('^[ ' || chr(9) || chr(10) || chr(13) || chr(160) || ']*$'))`)
    .join(' AND ');
  const prefix = kind === 'usage' ? 'usage' : 'indicator';
  try {
    await session.define(
      `${prefix}_csv`,
      `SELECT * FROM read_csv(${sqlString(path)}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"', header = false,\n  skip = ${layout.headerLine}, columns = {${names}}, auto_detect = false, strict_mode = true, null_padding = false)`,
      { materialise: true },
    );
    // A table keeps the file's order (DuckDB preserves insertion order): rowid + 1 is the record.
    await session.define(`${prefix}_source`, `SELECT rowid + 1 AS record, * FROM ${prefix}_csv WHERE NOT (${blank})`);
  } catch (error) {
    // DuckDB refused what the layout pass accepted: read it with the parser instead.
    const loaded = await loadWithParser(session, path, kind, lang);
    return { ...loaded, note: `DuckDB: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const lines = layout.recordLines;
  const result = await validateSql(session, {
    kind,
    mapping,
    fallbackStyle: layout.delimiter === ';' ? 'comma' : 'dot',
    line: 'record',
    lineOf: (record) => lines[record - 1]!,
    lang,
  });
  await session.drop(`${prefix}_source`);
  await session.drop(`${prefix}_csv`);
  if (result.rows === 0) result.warnings.push(noRows(layout.headerLine, lang));
  await defineCleanRows(session, kind);
  return done(result);
}

function noRows(line: number, lang: Lang): DataIssue {
  return { line, code: 'no_rows', message: dataMessage('no_rows', lang, { line }) };
}

/** The class of a DuckDB column type. */
export function duckDbClass(type: string): SourceClass {
  const t = type.toUpperCase();
  if (t === 'VARCHAR' || t.startsWith('VARCHAR(')) return 'text';
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t)) return 'integer';
  if (t === 'DOUBLE' || t === 'FLOAT' || t.startsWith('DECIMAL')) return 'number';
  if (t === 'DATE') return 'date';
  if (t.startsWith('TIMESTAMP')) return 'timestamp';
  return 'other';
}

async function loadParquet(session: DuckDbSession, path: string, kind: FileKind, lang: Lang): Promise<LoadedFile> {
  const read = `read_parquet(${sqlString(path)}, file_row_number = true)`;
  let described;
  try {
    described = await session.query(`DESCRIBE SELECT * FROM ${read}`);
  } catch (error) {
    const detail = `Parquet: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { kind, via: 'parquet', errors: [{ line: 1, code: 'internal_error', message: dataMessage('internal_error', lang, { line: 1, detail }) }], warnings: [], moreErrors: 0, moreWarnings: 0 };
  }
  const columns: SourceColumn[] = described
    .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }))
    .filter((c) => c.name !== 'file_row_number')
    .map((c) => ({ name: c.name, sql: sqlIdentifier(c.name), class: duckDbClass(c.type) }));
  const mapping = mapColumns(columns, specsOf(kind), 'row', 1, lang);
  if (mapping.errors.length > 0) return { kind, via: 'parquet', errors: mapping.errors, warnings: mapping.warnings, moreErrors: 0, moreWarnings: 0 };
  await session.define(`${kind === 'usage' ? 'usage' : 'indicator'}_source`, `SELECT * FROM ${read}`);
  const result = await validateSql(session, {
    kind,
    mapping,
    fallbackStyle: 'dot',
    line: 'file_row_number + 1',
    lineOf: (row) => row,
    lang,
  });
  await session.drop(`${kind === 'usage' ? 'usage' : 'indicator'}_source`);
  if (result.rows === 0) result.warnings.push(noRows(1, lang));
  await defineCleanRows(session, kind);
  return { kind, via: 'parquet', ...result, errors: result.errors, warnings: [...mapping.warnings, ...result.warnings] };
}

/** Read a file with the in-memory parser and append its rows to DuckDB as `<kind>_rows`. */
async function loadWithParser(session: DuckDbSession, path: string, kind: FileKind, lang: Lang): Promise<LoadedFile> {
  const { readFile } = await import('node:fs/promises');
  const bytes = new Uint8Array(await readFile(path));
  const parsed = kind === 'usage' ? parseUsage(bytes, { lang }) : parseIndicators(bytes, { lang });
  const loaded: LoadedFile = { kind, via: 'parser', errors: parsed.errors, warnings: parsed.warnings, moreErrors: 0, moreWarnings: 0 };
  if (parsed.errors.length > 0) return loaded;
  if (kind === 'usage') await appendUsageRows(session, parsed.rows as UsageRow[]);
  else await appendIndicatorRows(session, parsed.rows as IndicatorRow[]);
  return loaded;
}

/** Put rows that the in-memory parser validated into DuckDB as `usage_rows`, in their order. */
export async function appendUsageRows(session: DuckDbSession, rows: readonly UsageRow[]): Promise<void> {
  await session.run('DROP TABLE IF EXISTS usage_rows_appended');
  await session.run(
    'CREATE TABLE usage_rows_appended (line BIGINT, municipality VARCHAR, product VARCHAR, period INTEGER, hours_available DOUBLE, hours_used DOUBLE, lt_extra_hours DOUBLE, case_id VARCHAR, route VARCHAR)',
  );
  const appender = await session.appender('usage_rows_appended');
  const text = (v: string | null) => (v === null ? appender.appendNull() : appender.appendVarchar(v));
  const number = (v: number | null) => (v === null ? appender.appendNull() : appender.appendDouble(v));
  rows.forEach((row, i) => {
    appender.appendBigInt(BigInt(i + 1));
    text(row.municipality);
    text(row.product);
    // The period as usage-rows.sql writes it: year × 10 + quarter (2024-Q3 is 20243).
    appender.appendInteger(Number(row.period.slice(0, 4)) * 10 + Number(row.period.slice(6)));
    number(row.hoursAvailable);
    number(row.hoursUsed);
    number(row.ltExtraHours);
    text(row.caseId);
    text(row.route);
    appender.endRow();
  });
  appender.closeSync();
  await session.define('usage_rows', 'SELECT * FROM usage_rows_appended');
}

/** Put rows that the in-memory parser validated into DuckDB as `indicator_rows`. */
export async function appendIndicatorRows(session: DuckDbSession, rows: readonly IndicatorRow[]): Promise<void> {
  await session.run('DROP TABLE IF EXISTS indicator_rows_appended');
  await session.run(
    'CREATE TABLE indicator_rows_appended (line BIGINT, municipality VARCHAR, period VARCHAR, indicator VARCHAR, value DOUBLE, label VARCHAR, kind VARCHAR, weight VARCHAR)',
  );
  const appender = await session.appender('indicator_rows_appended');
  const text = (v: string | null | undefined) => (v === null || v === undefined ? appender.appendNull() : appender.appendVarchar(v));
  rows.forEach((row, i) => {
    appender.appendBigInt(BigInt(i + 1));
    appender.appendVarchar(row.municipality);
    appender.appendVarchar(row.period);
    appender.appendVarchar(row.indicator);
    appender.appendDouble(row.value);
    text(row.label);
    // A declaration as the file would write it: the kind's English name, the weights joined by " + ".
    text(row.kind);
    text(row.weights?.join(' + '));
    appender.endRow();
  });
  appender.closeSync();
  await session.define('indicator_rows', 'SELECT * FROM indicator_rows_appended');
}

