/**
 * The SQL of `src/data/sql/`, as text, and the two small steps that make it runnable:
 *
 * - **Fragments.** `{{name key=value …}}` in a file stands for `sql/fragments/<name>.sql` with
 *   each `{key}` in it replaced by the value (a column or an expression; quote it with `"…"`
 *   when it has spaces). Fragments are how one rule (reading a number, a date, a route) is
 *   written once and used for every column, in portable SQL that needs no functions or macros
 *   in the database (a warehouse account may only read). `--sql` writes the result to a file.
 * - **Relations.** Each step reads named relations (`usage_rows`, `municipality_order`, …). An
 *   engine that may create temporary tables (DuckDB) creates them; one that may only read
 *   (PostgreSQL) puts them in front of the step as a `WITH` list ({@link withRelations}).
 */
import usageRows from '../sql/usage-rows.sql';
import usageValues from '../sql/usage-values.sql';
import usageIssues from '../sql/usage-issues.sql';
import usageWarnings from '../sql/usage-warnings.sql';
import usageCells from '../sql/usage-cells.sql';
import usageFamilies from '../sql/usage-families.sql';
import usageSums from '../sql/usage-sums.sql';
import usageMedians from '../sql/usage-medians.sql';
import usageRegion from '../sql/usage-region.sql';
import indicatorRows from '../sql/indicator-rows.sql';
import indicatorValues from '../sql/indicator-values.sql';
import indicatorIssues from '../sql/indicator-issues.sql';
import indicatorCells from '../sql/indicator-cells.sql';
import indicatorRegion from '../sql/indicator-region.sql';
import decimalEvidence from '../sql/decimal-evidence.sql';
import jsWhitespace from '../sql/fragments/js-whitespace.sql';
import text from '../sql/fragments/text.sql';
import number from '../sql/fragments/number.sql';
import numberScale from '../sql/fragments/number-scale.sql';
import numberValue from '../sql/fragments/number-value.sql';
import dateForm from '../sql/fragments/date-form.sql';
import dateParts from '../sql/fragments/date-parts.sql';
import dateShape from '../sql/fragments/date-shape.sql';
import dateField from '../sql/fragments/date-field.sql';
import dateKey from '../sql/fragments/date-key.sql';
import dateTime from '../sql/fragments/date-time.sql';
import dateIso from '../sql/fragments/date-iso.sql';
import dateDays from '../sql/fragments/date-days.sql';
import route from '../sql/fragments/route.sql';

/** The steps, by the name of the relation each one makes (its file name with `_`). */
export const STEPS = {
  usage_checked: usageRows,
  usage_values: usageValues,
  usage_issues: usageIssues,
  usage_warnings: usageWarnings,
  usage_cells: usageCells,
  usage_families: usageFamilies,
  usage_sums: usageSums,
  usage_medians: usageMedians,
  usage_region: usageRegion,
  indicator_checked: indicatorRows,
  indicator_values: indicatorValues,
  indicator_issues: indicatorIssues,
  indicator_cells: indicatorCells,
  indicator_region: indicatorRegion,
  decimal_evidence: decimalEvidence,
} as const;

export type StepName = keyof typeof STEPS;

export const FRAGMENTS: Record<string, string> = {
  'js-whitespace': jsWhitespace,
  text,
  number,
  'number-scale': numberScale,
  'number-value': numberValue,
  'date-form': dateForm,
  'date-parts': dateParts,
  'date-shape': dateShape,
  'date-field': dateField,
  'date-key': dateKey,
  'date-time': dateTime,
  'date-iso': dateIso,
  'date-days': dateDays,
  route,
};

/** A fragment's body: its leading comment lines dropped, trimmed. */
function body(source: string): string {
  const lines = source.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trimStart().startsWith('--')) i++;
  return lines.slice(i).join('\n').trim();
}

const CALL = /\{\{([a-z][a-z-]*)((?:\s+[a-z_]+=(?:"[^"]*"|[^\s"{}]+))*)\s*\}\}/;
const ARG = /([a-z_]+)=(?:"([^"]*)"|([^\s"{}]+))/g;

/** Expand every `{{fragment …}}` call, outermost first, until none is left. */
export function expandSql(source: string): string {
  let sql = source;
  for (let guard = 0; guard < 10_000; guard++) {
    const call = CALL.exec(sql);
    if (!call) {
      if (sql.includes('{{')) throw new Error(`unexpanded SQL fragment near: ${sql.slice(sql.indexOf('{{'), sql.indexOf('{{') + 60)}`);
      return sql;
    }
    const [whole, name, args] = call;
    const fragment = FRAGMENTS[name!];
    if (fragment === undefined) throw new Error(`unknown SQL fragment {{${name}}}`);
    const values = new Map<string, string>();
    for (const arg of args!.matchAll(ARG)) values.set(arg[1]!, arg[2] ?? arg[3]!);
    const expanded = body(fragment).replace(/\{([a-z_]+)\}/g, (_placeholder, key: string) => {
      const value = values.get(key);
      if (value === undefined) throw new Error(`SQL fragment {{${name}}} needs ${key}=…`);
      return value;
    });
    sql = sql.slice(0, call.index) + expanded + sql.slice(call.index + whole.length);
  }
  throw new Error('SQL fragments nest too deeply');
}

/** One fragment with its parameters given directly (values may hold any characters), expanded. */
export function fragmentSql(name: string, params: Record<string, string>): string {
  const fragment = FRAGMENTS[name];
  if (fragment === undefined) throw new Error(`unknown SQL fragment {{${name}}}`);
  return expandSql(
    body(fragment).replace(/\{([a-z_]+)\}/g, (_placeholder, key: string) => {
      const value = params[key];
      if (value === undefined) throw new Error(`SQL fragment {{${name}}} needs ${key}=…`);
      return value;
    }),
  );
}

const expanded = new Map<StepName, string>();

/** A step's SQL with its fragments expanded. */
export function stepSql(step: StepName): string {
  let sql = expanded.get(step);
  if (sql === undefined) {
    sql = expandSql(STEPS[step]).trim();
    expanded.set(step, sql);
  }
  return sql;
}

/** A step run as one statement after the relations it reads: `WITH a AS (…), b AS (…) SELECT * FROM (step) AS step`. */
export function withRelations(relations: readonly (readonly [string, string])[], sql: string): string {
  if (relations.length === 0) return sql;
  const list = relations.map(([name, definition]) => `${name} AS (\n${indent(definition)}\n)`).join(',\n');
  return `WITH ${list}\nSELECT * FROM (\n${indent(sql)}\n) AS step`;
}

function indent(sql: string): string {
  return sql
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A SQL identifier, always quoted (keeps the case and any character of a column name). */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `VALUES` rows as a relation with named columns of the given SQL types. */
export function valuesRelation(columns: readonly string[], rows: readonly (readonly string[])[], types: readonly string[]): string {
  if (rows.length === 0) {
    return `SELECT ${columns.map((c, i) => `CAST(NULL AS ${types[i]}) AS ${c}`).join(', ')} WHERE 1 = 0`;
  }
  const values = rows.map((row) => `  (${row.map((v, i) => `CAST(${v} AS ${types[i]})`).join(', ')})`).join(',\n');
  return `SELECT * FROM (VALUES\n${values}\n) AS v(${columns.join(', ')})`;
}
