import type { DataIssue } from '../types.js';
import type { Lang } from '../../i18n/lang.js';
import { dataMessage, type DataIssueCode, type MessageParams } from '../../i18n/data-messages.js';
import { suggestIndicator } from '../parse-indicators.js';
import { Declarations, readDeclaration } from '../indicator-declarations.js';
import type { DecimalStyle } from '../numbers.js';
import { stepSql, type StepName } from './sql-text.js';
import { messageValue, numberCells, textProjection, writtenName, type ColumnMapping } from './source-columns.js';
import { indicatorCatalog } from './aggregate-sql.js';
import { toNullableNumber, toNullableString, toNumber, type SqlRow, type SqlSession } from './session.js';

/**
 * Row-level validation in SQL (usage-rows.sql, indicator-rows.sql): the same checks, codes and
 * messages as the in-memory parser, with the line (CSV) or row number of every issue. Only
 * issues leave the database, never the rows themselves.
 */

/** Issues fetched per kind and severity; the rest are counted (see `ValidationResult`). */
export const MAX_ISSUES = 1000;

export interface ValidationResult {
  errors: DataIssue[];
  warnings: DataIssue[];
  /** Issues beyond {@link MAX_ISSUES} that were counted but not fetched. */
  moreErrors: number;
  moreWarnings: number;
  /** Data rows read (rows of only empty cells not counted). */
  rows: number;
}

export type FileKind = 'usage' | 'indicators';

export interface ValidateOptions {
  kind: FileKind;
  mapping: ColumnMapping;
  /** Decimal style when the numbers give no evidence: 'comma' for ';'-separated CSV, else 'dot'. */
  fallbackStyle: DecimalStyle;
  /** SQL of the row's line: the source's `line` column or an expression. */
  line: string;
  /** From the `line` the SQL gives to the line or row number a message shows. */
  lineOf: (line: number) => number;
  lang: Lang;
}

function issue(code: DataIssueCode, lang: Lang, line: number, column: string | undefined, value: string | undefined, params: MessageParams, mapping: ColumnMapping): DataIssue {
  const unit = mapping.unit;
  const result = { line } as DataIssue;
  if (column !== undefined) result.column = column;
  // The column as the input's header writes it, as the in-memory reader reports it.
  const header = column !== undefined ? mapping.match.written.get(column) : undefined;
  if (header !== undefined) result.header = header;
  if (value !== undefined) result.value = value;
  result.code = code;
  result.message = dataMessage(code, lang, { line, unit, column: params.column, value, ...params });
  return result;
}

/**
 * Define `<kind>_checked` from the relation `usage_source` / `indicator_source` (already
 * defined: the input's rows, its columns as named there) and read its issues.
 * Afterwards `usage_rows` / `indicator_rows` hold the rows without errors.
 */
export async function validateSql(session: SqlSession, options: ValidateOptions): Promise<ValidationResult> {
  const { kind, mapping } = options;
  const prefix = kind === 'usage' ? 'usage' : 'indicator';
  // The decimal style, from the text cells of the number columns (as DecimalEvidence decides it).
  let style = options.fallbackStyle;
  const cells = numberCells(mapping, `${prefix}_source`);
  if (cells !== null) {
    await session.define('number_cells', cells);
    const [evidence] = await session.query(stepSql('decimal_evidence'));
    if (evidence?.comma && !evidence.dot) style = 'comma';
    else if (evidence?.dot && !evidence.comma) style = 'dot';
  }
  // OFFSET 0 keeps PostgreSQL from merging this projection into the checks' expressions.
  await session.define(`${prefix}_text`, `SELECT\n  ${textProjection(mapping, style, options.line)}\nFROM ${prefix}_source\nOFFSET 0`);
  if (kind === 'indicators') await session.define('indicator_catalog', indicatorCatalog());
  // The checks as a view; what the later steps need is kept once (one pass over the input).
  await session.define(`${prefix}_checked`, stepSql(kind === 'usage' ? 'usage_checked' : 'indicator_checked'));
  await session.define(`${prefix}_values`, stepSql(kind === 'usage' ? 'usage_values' : 'indicator_values'), { materialise: true });

  const [totals] = await session.query(`SELECT count(*) AS rows, count(*) FILTER (WHERE NOT ok) AS failed FROM ${prefix}_values`);
  const rows = toNumber(totals!.rows);
  const failed = toNumber(totals!.failed);
  const result: ValidationResult = { errors: [], warnings: [], moreErrors: 0, moreWarnings: 0, rows };
  const read = async (step: StepName, severity: 'error' | 'warning'): Promise<void> => {
    const sql = stepSql(step);
    const [count] = await session.query(`SELECT count(*) AS n FROM (\n${sql}\n) AS issues`);
    const n = toNumber(count!.n);
    if (n === 0) return;
    const fetched = await session.query(`SELECT * FROM (\n${sql}\n) AS issues ORDER BY line, position LIMIT ${MAX_ISSUES}`);
    const list = fetched.map((row) => (kind === 'usage' ? usageIssue(row, options, style) : indicatorIssue(row, options, style)));
    if (severity === 'error') {
      result.errors = list;
      result.moreErrors = n - list.length;
    } else {
      result.warnings = list;
      result.moreWarnings = n - list.length;
    }
  };
  if (failed > 0) {
    if (session.engine === 'duckdb') {
      // The issues read the checks once per column: keep the failing rows' checks first.
      await session.define(`${prefix}_failed`, `SELECT * FROM ${prefix}_checked WHERE NOT ok`, { materialise: true });
      await session.define(`${prefix}_checked`, `SELECT * FROM ${prefix}_failed`);
    }
    await read(kind === 'usage' ? 'usage_issues' : 'indicator_issues', 'error');
  }
  if (kind === 'usage') await read('usage_warnings', 'warning');
  else await checkDeclarations(session, options, result);
  return result;
}

/**
 * The kind and weight of custom indicators (indicator-declarations.ts), on the rows that are ok
 * otherwise, as the parser checks them: type errors, then the declaration, then its agreement
 * with the indicator's first declaring row. Their errors join the others in line order.
 */
async function checkDeclarations(session: SqlSession, options: ValidateOptions, result: ValidationResult): Promise<void> {
  const { mapping, lang } = options;
  const rows = await session.query(
    'SELECT line, indicator, kind, kind_raw, kind_type_error, weight, weight_raw, weight_type_error FROM indicator_values\n' +
      'WHERE ok AND (kind IS NOT NULL OR weight IS NOT NULL OR kind_type_error IS NOT NULL OR weight_type_error IS NOT NULL)\nORDER BY line',
  );
  const declarations = new Declarations();
  const errors: DataIssue[] = [];
  for (const row of rows) {
    const line = options.lineOf(toNumber(row.line));
    const indicator = String(row.indicator);
    const raw = (column: 'kind' | 'weight') => messageValue(toNullableString(row[`${column}_raw`]), mapping.columns.get(column));
    const fail = (code: DataIssueCode, column: 'kind' | 'weight', params: MessageParams = {}) =>
      errors.push(issue(code, lang, line, column, raw(column), { column: writtenName(mapping, column, lang), ...params }, mapping));
    const typeErrors = (['kind', 'weight'] as const).filter((column) => row[`${column}_type_error`] !== null && row[`${column}_type_error`] !== undefined);
    for (const column of typeErrors) fail(String(row[`${column}_type_error`]) as DataIssueCode, column);
    if (typeErrors.length > 0) continue;
    const kindText = toNullableString(row.kind);
    const read = readDeclaration(indicator, kindText, toNullableString(row.weight));
    if (read.problem) fail(read.problem.code, read.problem.column, read.problem.params);
    else if (read.declared) {
      const earlier = declarations.add(indicator, read.declared, line);
      if (earlier !== null) fail('inconsistent_kind', kindText !== null ? 'kind' : 'weight', { earlierLine: earlier, detail: indicator });
    }
  }
  if (errors.length === 0) return;
  const all = [...result.errors, ...errors].sort((a, b) => a.line - b.line);
  result.errors = all.slice(0, MAX_ISSUES);
  result.moreErrors += all.length - result.errors.length;
}

/** Define `usage_rows` / `indicator_rows`: the rows of `<kind>_checked` without errors. */
export async function defineCleanRows(session: SqlSession, kind: FileKind): Promise<void> {
  if (kind === 'usage') {
    await session.define(
      'usage_rows',
      'SELECT line, municipality, product, period, hours_available, hours_used, lt_extra_hours, case_id, route\nFROM usage_values\nWHERE ok',
    );
  } else {
    await session.define('indicator_rows', 'SELECT line, municipality, period, indicator, value, label, kind, weight\nFROM indicator_values\nWHERE ok');
  }
}

/**
 * What every issue row says: its code, column (with its source and name as written), line and
 * value. A missing value has no value to show; the message says whether the column is absent
 * and whether the value was needed only in some rows (`conditional`).
 */
function issueRow(row: SqlRow, options: ValidateOptions, conditional: (column: string) => boolean) {
  const code = String(row.code) as DataIssueCode;
  const column = String(row.column_name);
  const source = options.mapping.columns.get(column);
  const params: MessageParams = { column: writtenName(options.mapping, column, options.lang) };
  const missing = code === 'missing_value';
  if (missing) {
    params.conditional = conditional(column);
    params.absent = source === undefined;
  }
  const value = missing ? undefined : messageValue(toNullableString(row.raw), source);
  return { code, column, source, params, line: options.lineOf(toNumber(row.line)), value };
}

function usageIssue(row: SqlRow, options: ValidateOptions, style: DecimalStyle): DataIssue {
  const { mapping, lang } = options;
  const { code, column, source, params, line, value } = issueRow(row, options, (c) => c === 'hours_used');
  if (code === 'invalid_number' && source?.class === 'text') {
    params.style = style;
  } else if (code === 'invalid_date') {
    params.reason = source?.class === 'text' && row.reason === 'nonexistent' ? 'nonexistent' : 'format';
  } else if (code === 'end_before_start') {
    params.start = String(row.start_iso);
  } else if (code === 'over_cap') {
    params.used = toNullableNumber(row.used) ?? undefined;
    params.available = toNullableNumber(row.available) ?? undefined;
  }
  return issue(code, lang, line, column, value, params, mapping);
}

function indicatorIssue(row: SqlRow, options: ValidateOptions, style: DecimalStyle): DataIssue {
  const { mapping, lang } = options;
  const { code, column, source, params, line, value } = issueRow(row, options, () => false);
  if (code === 'invalid_number' && source?.class === 'text') {
    params.style = style;
  } else if (code === 'unknown_indicator') {
    params.suggestion = suggestIndicator((value ?? '').trim());
  } else if (code === 'duplicate_indicator') {
    params.earlierLine = options.lineOf(toNumber(row.earlier_line));
    params.detail = `${String(row.municipality)}, ${String(row.period)}, ${String(row.indicator)}`;
  }
  return issue(code, lang, line, column, value, params, mapping);
}
