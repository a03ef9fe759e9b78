import type { Bundle } from '../types.js';
import { publishBundle, type PrepareOptions } from '../prepare.js';
import type { IndicatorAggregates, UsageAggregates } from '../aggregate/types.js';
import { aggregateIndicatorsSql, aggregateUsageSql } from './aggregate-sql.js';
import { DuckDbSession, type DuckDbOptions } from './duckdb.js';
import { loadFile, type LoadedFile } from './duckdb-sources.js';

/**
 * `prepare` inside DuckDB: the input files are read and validated by DuckDB (CSV or Parquet; see
 * duckdb-sources.ts), the aggregation runs as the SQL of src/data/sql/, and only the aggregate
 * cells come back to JavaScript, where `publishBundle` applies disclosure control, exactly as for
 * the in-memory engine.
 */

export interface EngineFiles {
  /** Path of the usage file (CSV or Parquet), or undefined. */
  usage?: string;
  /** Path of the indicators file (CSV or Parquet), or undefined. */
  indicators?: string;
}

export interface EngineResult {
  /** The bundle, or null when an input has errors. */
  bundle: Bundle | null;
  /** Per input: how it was read and its issues. */
  files: (LoadedFile & { file: string })[];
  /** Every SQL statement the engine ran, in order. */
  sql: string[];
}

export const NO_USAGE: UsageAggregates = { municipalities: [], periods: [], cells: [], region: [] };
export const NO_INDICATORS: IndicatorAggregates = { municipalities: [], periods: [], indicators: [], cells: [], region: [] };

export async function prepareWithDuckDb(files: EngineFiles, options: PrepareOptions & DuckDbOptions = {}): Promise<EngineResult> {
  const lang = options.lang ?? 'nl';
  const session = await DuckDbSession.open(options);
  try {
    const loaded: EngineResult['files'] = [];
    if (files.usage !== undefined) loaded.push({ file: files.usage, ...(await loadFile(session, files.usage, 'usage', lang)) });
    if (files.indicators !== undefined) loaded.push({ file: files.indicators, ...(await loadFile(session, files.indicators, 'indicators', lang)) });
    if (loaded.some((f) => f.errors.length > 0)) return { bundle: null, files: loaded, sql: session.log };
    const usage = files.usage !== undefined ? await aggregateUsageSql(session) : NO_USAGE;
    const indicators = files.indicators !== undefined ? await aggregateIndicatorsSql(session) : NO_INDICATORS;
    const bundle = await publishBundle(usage, indicators, options);
    return { bundle, files: loaded, sql: session.log };
  } finally {
    await session.close();
  }
}
