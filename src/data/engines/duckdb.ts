import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlRow, SqlSession } from './session.js';

/**
 * DuckDB, embedded (`@duckdb/node-api`, an optional dependency): a session over an in-memory
 * database. Relations are temporary tables (materialised) or views; the database spills to a
 * private temporary folder when memory runs short, and the folder is removed on close.
 */

/** The part of `@duckdb/node-api` used here (it is an optional dependency, loaded on demand). */
interface DuckDbConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  createAppender(table: string): Promise<DuckDbAppender>;
  closeSync(): void;
}
export interface DuckDbAppender {
  appendVarchar(value: string): void;
  appendDouble(value: number): void;
  appendInteger(value: number): void;
  appendBigInt(value: bigint): void;
  appendNull(): void;
  endRow(): void;
  closeSync(): void;
}
interface DuckDbInstance {
  connect(): Promise<DuckDbConnection>;
  closeSync(): void;
}
interface DuckDbModule {
  DuckDBInstance: { create(path?: string, options?: Record<string, string>): Promise<DuckDbInstance> };
}

/** Thrown when `@duckdb/node-api` is not installed; the CLI turns it into an install hint. */
export class MissingDriverError extends Error {
  constructor(
    readonly driver: string,
    cause: unknown,
  ) {
    super(`${driver} is not installed`, { cause });
  }
}

/** The packages of the engines' drivers (a test points one elsewhere to see the install hint). */
export const DRIVERS = { duckdb: '@duckdb/node-api', postgres: 'pg' };

/** Load `@duckdb/node-api`, or throw {@link MissingDriverError}. */
export async function loadDuckDb(): Promise<DuckDbModule> {
  const specifier = DRIVERS.duckdb;
  try {
    return (await import(/* @vite-ignore */ specifier)) as DuckDbModule;
  } catch (error) {
    throw new MissingDriverError(specifier, error);
  }
}

/**
 * DuckDB's memory limit unless one is given: the rows of a national file (10 million) fit in it,
 * with what does not spilled to a private temporary folder, so that the whole process stays
 * under 2 GB. DuckDB's own default is 80 % of the machine's memory.
 */
export const DEFAULT_MEMORY_LIMIT = '1GB';

export interface DuckDbOptions {
  /** Worker threads (DuckDB's default: one per core). */
  threads?: number;
  /** DuckDB's memory limit, e.g. '4GB' (default {@link DEFAULT_MEMORY_LIMIT}). */
  memoryLimit?: string;
}

/**
 * The SQL as DuckDB runs it: without the `OFFSET 0` lines that end the stages of the checks
 * (usage-rows.sql). They are there for PostgreSQL's planner; in DuckDB they would only stop the
 * optimizer from folding constants across stages and run the stages one thread at a time.
 */
function forDuckDb(sql: string): string {
  return sql.replace(/^[ \t]*OFFSET 0[ \t]*$/gm, '');
}

export class DuckDbSession implements SqlSession {
  readonly engine = 'duckdb';
  readonly log: string[] = [];
  private readonly kinds = new Map<string, 'TABLE' | 'VIEW'>();

  private constructor(
    private readonly instance: DuckDbInstance,
    readonly connection: DuckDbConnection,
    private readonly spillFolder: string,
  ) {}

  static async open(options: DuckDbOptions = {}): Promise<DuckDbSession> {
    const duckdb = await loadDuckDb();
    const spillFolder = await mkdtemp(join(tmpdir(), 'mbc-duckdb-'));
    const config: Record<string, string> = { temp_directory: spillFolder, preserve_insertion_order: 'true' };
    if (options.threads !== undefined) config.threads = String(options.threads);
    config.memory_limit = options.memoryLimit ?? DEFAULT_MEMORY_LIMIT;
    const instance = await duckdb.DuckDBInstance.create(':memory:', config);
    const connection = await instance.connect();
    const session = new DuckDbSession(instance, connection, spillFolder);
    // Timestamps with a time zone are read as their date in UTC, as the in-memory parser does.
    await connection.run("SET TimeZone = 'UTC'").catch(() => undefined);
    return session;
  }

  async run(sql: string): Promise<void> {
    this.log.push(sql);
    await this.connection.run(forDuckDb(sql));
  }

  async define(name: string, sql: string, options: { materialise?: boolean } = {}): Promise<void> {
    await this.drop(name);
    const kind = options.materialise ? 'TABLE' : 'VIEW';
    await this.run(`CREATE TEMP ${kind} ${name} AS\n${sql}`);
    this.kinds.set(name, kind);
  }

  async drop(name: string): Promise<void> {
    const kind = this.kinds.get(name);
    if (kind === undefined) return;
    await this.run(`DROP ${kind} IF EXISTS ${name}`);
    this.kinds.delete(name);
  }

  async query(sql: string): Promise<SqlRow[]> {
    this.log.push(sql);
    const reader = await this.connection.runAndReadAll(forDuckDb(sql));
    return reader.getRowObjectsJS();
  }

  /** An appender into a table of the main schema (for rows read by the in-memory parser). */
  async appender(table: string): Promise<DuckDbAppender> {
    return this.connection.createAppender(table);
  }

  async close(): Promise<void> {
    try {
      this.connection.closeSync();
      this.instance.closeSync();
    } finally {
      await rm(this.spillFolder, { recursive: true, force: true });
    }
  }
}
