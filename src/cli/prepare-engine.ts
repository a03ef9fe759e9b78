import { open, stat } from 'node:fs/promises';
import { stringifyBundle } from '../data/prepare.js';
import { IssueReport, writtenSummary } from './report.js';
import { countOf } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import { MissingDriverError, loadDuckDb } from '../data/engines/duckdb.js';
import { prepareWithDuckDb, prepareWithPostgres, type EngineResult } from '../data/engines/prepare-sql.js';
import { ViewOrderError } from '../data/engines/postgres-sources.js';
import type { CliMessageKey } from '../i18n/cli-messages.js';
import { errorText, fileProblem, type CliIo, type Say } from './io.js';

/**
 * `mbc-dashboard prepare --engine duckdb|postgres|auto`: the aggregation inside a SQL engine
 * (src/data/engines/), with the same output as the in-memory engine: the same issues as
 * `file:line:column code message`, the same bundle, the same exit codes.
 *
 * - `duckdb`: `--usage` / `--indicators` are CSV or Parquet files, read by DuckDB.
 * - `postgres`: `--db` and `--usage-table` / `--indicators-table` name tables or views that the
 *   account may read; `--usage-order` / `--indicators-order` give a column that orders a view's
 *   rows (tables default to their physical order).
 * - `auto`: DuckDB for Parquet and for files of 50 MB and more when `@duckdb/node-api` is
 *   installed, otherwise the in-memory engine.
 * `--sql <file>` writes every statement that ran, to read or to run by hand.
 */

export type Engine = 'arquero' | 'duckdb' | 'postgres' | 'auto';

/** Files from this size go to DuckDB under `--engine auto`. */
export const AUTO_DUCKDB_BYTES = 50 * 1024 * 1024;

/** The engine named by `--engine` (default arquero), or null when it is no engine. */
export function engineOf(options: ReadonlyMap<string, string>): Engine | null {
  const engine = options.get('engine') ?? 'arquero';
  return engine === 'arquero' || engine === 'duckdb' || engine === 'postgres' || engine === 'auto' ? engine : null;
}

async function isParquet(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await file.read(head, 0, 4, 0);
    return bytesRead === 4 && head.toString('latin1') === 'PAR1';
  } finally {
    await file.close();
  }
}

/** `--engine auto`: DuckDB for Parquet and big files when it is installed, else arquero. */
async function chooseEngine(files: readonly string[]): Promise<'duckdb' | 'arquero'> {
  let big = false;
  for (const file of files) {
    try {
      if ((await isParquet(file)) || (await stat(file)).size >= AUTO_DUCKDB_BYTES) big = true;
    } catch {
      // A file that cannot be read is reported by whichever engine reads it.
    }
  }
  if (!big) return 'arquero';
  try {
    await loadDuckDb();
    return 'duckdb';
  } catch {
    return 'arquero';
  }
}

export interface EngineOutput {
  out: string;
  threshold: number;
  lang: Lang;
  /** How many issues per file to print (`Infinity` with `--all`). */
  limit: number;
}

/** What is wrong with the engine options, as a usage message key, or null. */
export function engineOptionsMistake(engine: Engine, options: ReadonlyMap<string, string>): CliMessageKey | null {
  const files = options.has('usage') || options.has('indicators');
  const tables = ['db', 'usage-table', 'indicators-table', 'usage-order', 'indicators-order'].some((o) => options.has(o));
  if (engine === 'postgres') {
    if (options.has('memory')) return 'engine_memory_needs_duckdb';
    return files || !options.has('db') || !(options.has('usage-table') || options.has('indicators-table')) ? 'engine_needs_db' : null;
  }
  if (engine === 'arquero' && options.has('memory')) return 'engine_memory_needs_duckdb';
  if (options.has('memory') && !/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(options.get('memory')!)) return 'engine_bad_memory';
  return tables ? 'engine_tables_need_postgres' : null;
}

/** The engine's own message, its first line: it names the table, the column or the limit. */
function engineErrorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/**
 * Run `prepare` in a SQL engine and report as the in-memory path does. Resolves to the exit
 * code, or to 'arquero' when `--engine auto` chose the in-memory engine.
 */
export async function prepareWithEngine(
  requested: Exclude<Engine, 'arquero'>,
  options: ReadonlyMap<string, string>,
  output: EngineOutput,
  io: CliIo,
  say: Say,
): Promise<number | 'arquero'> {
  const usageFile = options.get('usage');
  const indicatorsFile = options.get('indicators');
  const engine = requested === 'auto' ? await chooseEngine([usageFile, indicatorsFile].filter((f): f is string => f !== undefined)) : requested;
  if (engine === 'arquero') return 'arquero';

  const { lang } = output;
  const prepareOptions = { suppressionThreshold: output.threshold, lang };
  // A file that cannot be read is reported as the in-memory path reports it.
  const unreadable: string[] = [];
  for (const file of [usageFile, indicatorsFile]) {
    if (file === undefined) continue;
    try {
      await (await open(file, 'r')).close();
    } catch (error) {
      unreadable.push(`${file}: ${fileProblem(error, say)}`);
    }
  }
  if (unreadable.length > 0) {
    io.stderr([...unreadable, say('not_written', { errors: countOf(lang, 'error', unreadable.length) })].join('\n') + '\n');
    return 1;
  }
  let result: EngineResult;
  try {
    result =
      engine === 'duckdb'
        ? await prepareWithDuckDb({ usage: usageFile, indicators: indicatorsFile }, { ...prepareOptions, memoryLimit: options.get('memory') })
        : await prepareWithPostgres(
            options.get('db')!,
            {
              usage: options.has('usage-table')
                ? { table: options.get('usage-table')!, order: options.get('usage-order'), option: '--usage-order' }
                : undefined,
              indicators: options.has('indicators-table')
                ? { table: options.get('indicators-table')!, order: options.get('indicators-order'), option: '--indicators-order' }
                : undefined,
            },
            prepareOptions,
          );
  } catch (error) {
    if (error instanceof MissingDriverError) io.stderr(say('engine_missing_driver', { engine, value: error.driver }) + '\n');
    else if (error instanceof ViewOrderError) io.stderr(say('engine_view_order', { value: error.table, option: error.option }) + '\n');
    else io.stderr(say('engine_failed', { engine: engine === 'duckdb' ? 'DuckDB' : 'PostgreSQL', value: engineErrorText(error) }) + '\n');
    return 1;
  }

  const sqlFile = options.get('sql');
  if (sqlFile !== undefined) {
    try {
      await io.writeFile(sqlFile, result.sql.map((statement) => `${statement.trim()};\n`).join('\n'));
    } catch (error) {
      io.stderr(say('write_failed', { value: errorText(error) }) + '\n');
      return 1;
    }
  }

  const diagnostics: string[] = [];
  let errors = 0;
  for (const file of result.files) {
    if (file.via === 'parser' && engine === 'duckdb') diagnostics.push(say('engine_parser', { file: file.file }));
    // Printed as the in-memory path prints them: the first `limit`, then a count per code.
    const report = new IssueReport(file.file, output.limit);
    for (const issue of file.errors) report.add(issue, 'error');
    for (const issue of file.warnings) report.add(issue, 'warning');
    diagnostics.push(...report.lines);
    if (report.unprinted > 0) diagnostics.push(say('more_issues', { n: report.unprinted }), ...report.codeCounts().map((c) => `  ${c.code}: ${c.n}`));
    // Beyond what the engine itself keeps (1000 of each): only their number is known.
    if (file.moreErrors > 0) diagnostics.push(say('engine_more_issues', { file: file.file, count: countOf(lang, 'error', file.moreErrors) }));
    if (file.moreWarnings > 0) diagnostics.push(say('engine_more_issues', { file: file.file, count: countOf(lang, 'warning', file.moreWarnings) }));
    errors += file.errors.length + file.moreErrors;
  }
  const bundle = result.bundle;
  if (errors > 0 || bundle === null) {
    diagnostics.push(say('not_written', { errors: countOf(lang, 'error', errors) }));
    io.stderr(diagnostics.join('\n') + '\n');
    return 1;
  }
  for (const w of bundle.warnings) diagnostics.push(`${output.out}: ${w.code} ${w.message}`);
  if (diagnostics.length > 0) io.stderr(diagnostics.join('\n') + '\n');
  try {
    await io.writeFile(output.out, stringifyBundle(bundle));
  } catch (error) {
    io.stderr(say('write_failed', { value: errorText(error) }) + '\n');
    return 1;
  }
  io.stdout(writtenSummary(bundle, output.out, lang, say) + '\n');
  return 0;
}
