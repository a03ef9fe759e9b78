import type { Bundle } from '../types.js';
import { publishBundle, type PrepareOptions } from '../prepare.js';
import type { IndicatorAggregates, UsageAggregates } from '../aggregate/types.js';
import { aggregateIndicatorsSql, aggregateUsageSql } from './aggregate-sql.js';
import { DuckDbSession, type DuckDbOptions } from './duckdb.js';
import { loadFile, type LoadedFile } from './duckdb-sources.js';
import { PostgresSession } from './postgres.js';
import { loadTable, type TableInput } from './postgres-sources.js';
import type { SqlSession } from './session.js';

/**
 * `prepare` inside a SQL engine: the inputs are read and validated by the database (see
 * duckdb-sources.ts and postgres-sources.ts), the aggregation runs as the SQL of src/data/sql/,
 * and only aggregate cells come back to JavaScript, where `publishBundle` applies disclosure
 * control, exactly as for the in-memory engine.
 */

export interface EngineResult {
  /** The bundle, or null when an input has errors. */
  bundle: Bundle | null;
  /** Per input (a file path or a table name): how it was read and its issues. */
  files: (LoadedFile & { file: string })[];
  /** Every SQL statement the engine ran, in order. */
  sql: string[];
}

const NO_USAGE: UsageAggregates = { municipalities: [], periods: [], cells: [], region: [] };
const NO_INDICATORS: IndicatorAggregates = { municipalities: [], periods: [], indicators: [], cells: [], region: [] };

interface Input {
  name: string;
  kind: 'usage' | 'indicators';
  load: () => Promise<LoadedFile>;
}

async function run(session: SqlSession, inputs: readonly Input[], options: PrepareOptions): Promise<EngineResult> {
  const files: EngineResult['files'] = [];
  for (const input of inputs) files.push({ file: input.name, ...(await input.load()) });
  if (files.some((f) => f.errors.length > 0)) return { bundle: null, files, sql: session.log };
  const usage = inputs.some((i) => i.kind === 'usage') ? await aggregateUsageSql(session) : NO_USAGE;
  const indicators = inputs.some((i) => i.kind === 'indicators') ? await aggregateIndicatorsSql(session) : NO_INDICATORS;
  const bundle = await publishBundle(usage, indicators, options);
  return { bundle, files, sql: session.log };
}

export interface EngineFiles {
  /** Path of the usage file (CSV or Parquet). */
  usage?: string;
  /** Path of the indicators file (CSV or Parquet). */
  indicators?: string;
}

/** `prepare` in DuckDB, embedded, on CSV or Parquet files. */
export async function prepareWithDuckDb(files: EngineFiles, options: PrepareOptions & DuckDbOptions = {}): Promise<EngineResult> {
  const lang = options.lang ?? 'nl';
  const session = await DuckDbSession.open(options);
  try {
    const inputs: Input[] = [];
    if (files.usage !== undefined) inputs.push({ name: files.usage, kind: 'usage', load: () => loadFile(session, files.usage!, 'usage', lang) });
    if (files.indicators !== undefined) inputs.push({ name: files.indicators, kind: 'indicators', load: () => loadFile(session, files.indicators!, 'indicators', lang) });
    return await run(session, inputs, options);
  } finally {
    await session.close();
  }
}

export interface EngineTables {
  usage?: TableInput;
  indicators?: TableInput;
}

/** `prepare` in PostgreSQL, on tables or views the account may read. */
export async function prepareWithPostgres(connection: string, tables: EngineTables, options: PrepareOptions = {}): Promise<EngineResult> {
  const lang = options.lang ?? 'nl';
  const session = await PostgresSession.open(connection);
  try {
    const inputs: Input[] = [];
    if (tables.usage !== undefined) inputs.push({ name: tables.usage.table, kind: 'usage', load: () => loadTable(session, tables.usage!, 'usage', lang) });
    if (tables.indicators !== undefined) {
      inputs.push({ name: tables.indicators.table, kind: 'indicators', load: () => loadTable(session, tables.indicators!, 'indicators', lang) });
    }
    return await run(session, inputs, options);
  } finally {
    await session.close();
  }
}
