import type { DataIssue } from '../types.js';
import type { Lang } from '../../i18n/lang.js';
import { dataMessage } from '../../i18n/data-messages.js';
import { INDICATOR_COLUMNS, USAGE_COLUMNS } from '../columns.js';
import { mapColumns, type SourceClass, type SourceColumn } from './source-columns.js';
import { defineCleanRows, validateSql, type FileKind } from './validate-sql.js';
import { sqlIdentifier } from './sql-text.js';
import type { PostgresSession } from './postgres.js';
import type { LoadedFile } from './duckdb-sources.js';

/**
 * Tables (or views) in PostgreSQL as inputs: their columns are matched by name like a file's
 * header (English names or Dutch aliases, any case), typed columns are read as their type, and
 * the rows are numbered in the order of `order` (a column or expression) or, by default, their
 * physical order (`ctid`), which is the order they were loaded in. That order is the "row" of
 * messages and the order in which sums add up.
 */

/** The class of a PostgreSQL column type, as `format_type` writes it. */
export function postgresClass(type: string): SourceClass {
  const t = type.toLowerCase();
  if (t === 'text' || t.startsWith('character') || t === 'name' || t === 'citext') return 'text';
  if (t === 'smallint' || t === 'integer' || t === 'bigint') return 'integer';
  if (t === 'real' || t === 'double precision' || t.startsWith('numeric')) return 'number';
  if (t === 'date') return 'date';
  if (t.startsWith('timestamp')) return 'timestamp';
  return 'other';
}

export interface TableInput {
  /** The table or view, as SQL names it: `schema.table` (quoted parts allowed). */
  table: string;
  /** A column (or SQL expression) that orders the rows; default: physical order (tables only). */
  order?: string;
}

function fileError(lang: Lang, detail: string): DataIssue {
  return { line: 1, code: 'internal_error', message: dataMessage('internal_error', lang, { line: 1, detail }) };
}

/** Load a table into the session as `<kind>_rows`. */
export async function loadTable(session: PostgresSession, input: TableInput, kind: FileKind, lang: Lang): Promise<LoadedFile> {
  const fail = (detail: string): LoadedFile => ({ kind, via: 'table', errors: [fileError(lang, detail)], warnings: [], moreErrors: 0, moreWarnings: 0 });
  const [found] = await session.lookup('SELECT to_regclass($1)::oid AS oid, (SELECT relkind FROM pg_class WHERE oid = to_regclass($1)) AS kind', [input.table]);
  if (found?.oid === null || found?.oid === undefined) return fail(`table ${input.table} not found`);
  const described = await session.lookup(
    'SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped ORDER BY attnum',
    [found.oid],
  );
  const columns: SourceColumn[] = described.map((row) => ({ name: String(row.name), sql: sqlIdentifier(String(row.name)), class: postgresClass(String(row.type)) }));
  const mapping = mapColumns(columns, kind === 'usage' ? USAGE_COLUMNS : INDICATOR_COLUMNS, 'row', 1, lang);
  if (mapping.errors.length > 0) return { kind, via: 'table', errors: mapping.errors, warnings: mapping.warnings, moreErrors: 0, moreWarnings: 0 };
  const physical = found.kind === 'r' || found.kind === 'p' || found.kind === 'm';
  const order = input.order ?? (physical ? 'ctid' : null);
  if (order === null) return fail(`${input.table} is a view: give the column that orders its rows`);
  await session.define(`${kind === 'usage' ? 'usage' : 'indicator'}_source`, `SELECT row_number() OVER (ORDER BY ${order}) AS mbc_row, *\nFROM ${input.table}`);
  const result = await validateSql(session, { kind, mapping, fallbackStyle: 'dot', line: 'mbc_row', lineOf: (row) => row, lang });
  if (result.rows === 0) result.warnings.push({ line: 1, code: 'no_rows', message: dataMessage('no_rows', lang, { line: 1 }) });
  await defineCleanRows(session, kind);
  return { kind, via: 'table', ...result, warnings: [...mapping.warnings, ...result.warnings] };
}
