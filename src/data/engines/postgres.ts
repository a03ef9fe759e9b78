import type { SqlRow, SqlSession } from './session.js';
import { DRIVERS, MissingDriverError } from './duckdb.js';
import { withRelations } from './sql-text.js';

/**
 * PostgreSQL as the region's warehouse (the `pg` driver, an optional dependency). The account
 * only reads: the session is one `READ ONLY` transaction with one snapshot (REPEATABLE READ), so
 * every step sees the same rows, and relations are never tables but a `WITH` list in front of
 * each query. The database returns aggregate cells (and, for a file with mistakes, the
 * mistakes); the rows themselves never leave it.
 */

/** The part of `pg` used here. */
interface PgClient {
  connect(): Promise<void>;
  query(sql: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
interface PgModule {
  Client: new (config: { connectionString: string; application_name?: string }) => PgClient;
}

/** Load `pg`, or throw {@link MissingDriverError}. */
export async function loadPg(): Promise<PgModule> {
  const specifier = DRIVERS.postgres;
  try {
    const module = (await import(/* @vite-ignore */ specifier)) as { default?: PgModule } & PgModule;
    return module.default ?? module;
  } catch (error) {
    throw new MissingDriverError(specifier, error);
  }
}

export class PostgresSession implements SqlSession {
  readonly engine = 'postgres';
  readonly log: string[] = [];
  private readonly relations: [string, string][] = [];

  private constructor(private readonly client: PgClient) {}

  /** Connect and start the read-only transaction. */
  static async open(connectionString: string): Promise<PostgresSession> {
    const pg = await loadPg();
    const client = new pg.Client({ connectionString, application_name: 'mbc-dashboard prepare' });
    await client.connect();
    const session = new PostgresSession(client);
    try {
      await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // Dates as ISO text, timestamps read in UTC, doubles written exactly (shortest form).
      await client.query("SET LOCAL DateStyle = 'ISO, YMD'");
      await client.query("SET LOCAL TimeZone = 'UTC'");
      await client.query('SET LOCAL extra_float_digits = 3');
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return session;
  }

  async define(name: string, sql: string): Promise<void> {
    const at = this.relations.findIndex(([n]) => n === name);
    if (at >= 0) this.relations[at] = [name, sql];
    else this.relations.push([name, sql]);
  }

  async drop(name: string): Promise<void> {
    const at = this.relations.findIndex(([n]) => n === name);
    if (at >= 0) this.relations.splice(at, 1);
  }

  async query(sql: string): Promise<SqlRow[]> {
    const statement = withRelations(this.needed(sql), sql);
    this.log.push(statement);
    const result = await this.client.query(statement);
    return result.rows;
  }

  /** The relations a query reads, directly or through other relations, each after those it reads. */
  private needed(sql: string): [string, string][] {
    const uses = (text: string, name: string) => new RegExp(`\\b${name}\\b`).test(text.replace(/--.*$/gm, ''));
    const order: [string, string][] = [];
    const seen = new Set<string>();
    const visit = (text: string) => {
      for (const relation of this.relations) {
        const [name, definition] = relation;
        if (seen.has(name) || !uses(text, name)) continue;
        seen.add(name);
        visit(definition);
        order.push(relation);
      }
    };
    visit(sql);
    return order;
  }

  /** A query with parameters, outside the relations (catalog look-ups). */
  async lookup(sql: string, values: unknown[]): Promise<SqlRow[]> {
    return (await this.client.query(sql, values)).rows;
  }

  async close(): Promise<void> {
    try {
      await this.client.query('ROLLBACK');
    } finally {
      await this.client.end();
    }
  }
}
