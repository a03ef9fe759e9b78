/**
 * What the SQL steps need from a database: named relations and queries. DuckDB
 * (src/data/engines/duckdb.ts) keeps relations as temporary tables or views; PostgreSQL
 * (src/data/engines/postgres.ts) may only read, so it puts them in front of each query as a
 * `WITH` list. The steps themselves are the same SQL for both.
 */

/** One result row, with plain JavaScript values: string, number, boolean or null. */
export type SqlRow = Record<string, unknown>;

export interface SqlSession {
  readonly engine: 'duckdb' | 'postgres';
  /**
   * Make `sql` available as the relation `name` for later queries (replacing an earlier one of
   * that name). `materialise` asks for it to be computed once and kept, where the engine can.
   */
  define(name: string, sql: string, options?: { materialise?: boolean }): Promise<void>;
  /** Forget a relation (and free what it holds). */
  drop(name: string): Promise<void>;
  /** Run a query after the relations defined so far; integers come back as numbers. */
  query(sql: string): Promise<SqlRow[]>;
  /** Every statement run so far, in order (for `--sql`). */
  readonly log: string[];
}

/** A number from a result cell (DuckDB gives BIGINT as bigint, PostgreSQL as text). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number(value);
  throw new TypeError(`not a number: ${String(value)}`);
}

/** A number or null from a result cell. */
export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** A string or null from a result cell. */
export function toNullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
