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
  /** How the user gives `order` (for the message when a view has none), e.g. `--usage-order`. */
  option?: string;
}

/** A view without an order for its rows: the user must name a column. */
export class ViewOrderError extends Error {
  constructor(
    readonly table: string,
    readonly option: string,
  ) {
    super(`${table} is a view: give the column that orders its rows (${option})`);
  }
}

/** Load a table into the session as `<kind>_rows`. */
export async function loadTable(session: PostgresSession, input: TableInput, kind: FileKind, lang: Lang): Promise<LoadedFile> {
  // PostgreSQL's own error (in its own words) when the table is missing or may not be read.
  await session.lookup(`SELECT * FROM ${input.table} LIMIT 0`, []);
  const [found] = await session.lookup('SELECT to_regclass($1)::oid AS oid, (SELECT relkind FROM pg_class WHERE oid = to_regclass($1)) AS kind', [input.table]);
  const described = await session.lookup(
    'SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped ORDER BY attnum',
    [found!.oid],
  );
  const columns: SourceColumn[] = described.map((row) => ({ name: String(row.name), sql: sqlIdentifier(String(row.name)), class: postgresClass(String(row.type)) }));
  const mapping = mapColumns(columns, kind === 'usage' ? USAGE_COLUMNS : INDICATOR_COLUMNS, 'row', 1, lang);
  if (mapping.errors.length > 0) return { kind, via: 'table', errors: mapping.errors, warnings: mapping.warnings, moreErrors: 0, moreWarnings: 0 };
  const physical = found!.kind === 'r' || found!.kind === 'p' || found!.kind === 'm';
  const order = input.order ?? (physical ? 'ctid' : null);
  if (order === null) throw new ViewOrderError(input.table, input.option ?? 'order');
  await session.define(`${kind === 'usage' ? 'usage' : 'indicator'}_source`, `SELECT row_number() OVER (ORDER BY ${order}) AS mbc_row, *\nFROM ${input.table}`);
  const result = await validateSql(session, { kind, mapping, fallbackStyle: 'dot', line: 'mbc_row', lineOf: (row) => row, lang });
  if (result.rows === 0) result.warnings.push({ line: 1, code: 'no_rows', message: dataMessage('no_rows', lang, { line: 1 }) });
  await defineCleanRows(session, kind);
  return { kind, via: 'table', ...result, warnings: [...mapping.warnings, ...result.warnings] };
}
