import type { DataIssue } from './types.js';
import type { Lang } from '../i18n/lang.js';
import { dataMessage, type DataIssueCode, type MessageParams } from '../i18n/data-messages.js';
import { displayName, type ColumnSpec, type HeaderMatch } from './columns.js';
import { parseNumber, type DecimalStyle } from './numbers.js';
import { isoFromDate, parseDate, type DateResult } from './dates.js';
import type { Issues } from './parse-issues.js';

/** Text of a raw value for `DataIssue.value`. */
function valueText(raw: unknown): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) return Number.isFinite(raw.getTime()) ? raw.toISOString() : 'Invalid Date';
  try {
    const json = JSON.stringify(raw) ?? String(raw);
    return json.length > 200 ? json.slice(0, 199) + '…' : json;
  } catch {
    return Object.prototype.toString.call(raw);
  }
}

function isEmptyValue(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/** Entries kept in each of a reader's caches before it starts afresh. */
const CACHE_SIZE = 10_000;

/** Options for reading a number cell. */
export interface NumberOptions {
  required?: boolean;
  /** The value may not be below zero (`negative_number`). */
  nonNegative?: boolean;
  /** For `missing_value`: required only for products 2a and 2b. */
  conditional?: boolean;
}

/**
 * Reads the cells of one row by canonical column name and records problems. A reader method
 * returns null both for an empty cell and for an invalid one; in the second case it has recorded
 * an error and `failed` is true, so the validator returns null at the end.
 */
export class RowReader {
  /** 1-based line (CSV) or row (JSON, Arrow) of the current row. */
  line = 0;
  /** Whether the current row has an error. */
  failed = false;
  private cells: ArrayLike<unknown> = [];
  private rowNames: readonly (string | undefined)[] | undefined;
  private readonly positions: Map<string, number>;
  /**
   * Interned short texts and parsed dates. Files repeat the same municipality, product, route
   * and date on many rows; sharing one string per value keeps a million rows light.
   */
  private readonly texts = new Map<string, string>();
  private readonly dates = new Map<string, DateResult>();

  constructor(
    private readonly unit: 'line' | 'row',
    private readonly match: HeaderMatch,
    private readonly specs: Map<string, ColumnSpec>,
    /** The decimal style of this file. */
    readonly style: DecimalStyle,
    private readonly issues: Issues,
    readonly lang: Lang,
  ) {
    this.positions = match.index;
  }

  /**
   * Move to a row (internal). `names`: per header position, the column's name as this row writes
   * it where that differs from the header (a JSON row names its own keys).
   */
  reset(line: number, cells: ArrayLike<unknown>, names?: readonly (string | undefined)[]): void {
    this.cells = cells;
    this.line = line;
    this.failed = false;
    this.rowNames = names;
  }

  /** The raw cell of a column, undefined when the column is absent. */
  raw(column: string): unknown {
    const position = this.positions.get(column);
    return position === undefined ? undefined : this.cells[position];
  }

  /** Whether a column's cell is empty (absent, null, or only spaces). */
  isEmpty(column: string): boolean {
    return isEmptyValue(this.raw(column));
  }

  /** Record an error on the current row. */
  error(code: DataIssueCode, column?: string, raw?: unknown, params?: MessageParams): void {
    this.failed = true;
    this.issues.errors.push(this.issue(code, column, raw, params));
  }

  /** Record a warning on the current row (the row is kept). */
  warn(code: DataIssueCode, column?: string, raw?: unknown, params?: MessageParams): void {
    this.issues.warnings.push(this.issue(code, column, raw, params));
  }

  private issue(code: DataIssueCode, column: string | undefined, raw: unknown, params?: MessageParams): DataIssue {
    let written: string | undefined;
    let header: string | undefined;
    if (column !== undefined) {
      const spec = this.specs.get(column);
      const position = this.positions.get(column);
      header = (position !== undefined ? this.rowNames?.[position] : undefined) ?? this.match.written.get(column);
      written = header ?? (spec ? displayName(spec, this.lang) : column);
    }
    const value = valueText(raw);
    const message = dataMessage(code, this.lang, {
      line: this.line,
      unit: this.unit,
      column: written,
      value,
      ...params,
    });
    const issue: DataIssue = { line: this.line } as DataIssue;
    if (column !== undefined) issue.column = column;
    if (header !== undefined) issue.header = header;
    if (value !== undefined) issue.value = value;
    issue.code = code;
    issue.message = message;
    return issue;
  }

  private missing(column: string, conditional = false): void {
    this.error('missing_value', column, undefined, { conditional, absent: !this.positions.has(column) });
  }

  /**
   * A text cell, trimmed; numbers are taken as their text (`1` → `"1"`). Pass `intern = false`
   * for values that differ on every row (case ids).
   */
  text(column: string, required = false, intern = true): string | null {
    const raw = this.raw(column);
    if (isEmptyValue(raw)) {
      if (required) this.missing(column);
      return null;
    }
    if (typeof raw === 'string') {
      if (!intern || raw.length > 64) return raw.trim();
      let text = this.texts.get(raw);
      if (text === undefined) {
        if (this.texts.size >= CACHE_SIZE) this.texts.clear();
        text = raw.trim();
        this.texts.set(raw, text);
      }
      return text;
    }
    if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'bigint') return String(raw);
    this.error('invalid_text', column, raw);
    return null;
  }

  /** A number cell, read in the file's decimal style when it is text. */
  number(column: string, options: NumberOptions = {}): number | null {
    const raw = this.raw(column);
    if (isEmptyValue(raw)) {
      if (options.required) this.missing(column, options.conditional);
      return null;
    }
    let value: number | null = null;
    if (typeof raw === 'number') {
      value = Number.isFinite(raw) ? (raw === 0 ? 0 : raw) : null;
    } else if (typeof raw === 'bigint') {
      const n = Number(raw);
      value = Number.isSafeInteger(n) ? n : null;
    } else if (typeof raw === 'string') {
      value = parseNumber(raw, this.style);
      if (value === null) {
        this.error('invalid_number', column, raw, { style: this.style });
        return null;
      }
    }
    if (value === null) {
      this.error('invalid_number', column, raw);
      return null;
    }
    if (options.nonNegative && value < 0) {
      this.error('negative_number', column, raw);
      return null;
    }
    return value;
  }

  /** A date cell as an ISO date. */
  date(column: string, required = false): string | null {
    const raw = this.raw(column);
    if (isEmptyValue(raw)) {
      if (required) this.missing(column);
      return null;
    }
    if (raw instanceof Date) {
      const iso = isoFromDate(raw);
      if (iso === null) this.error('invalid_date', column, raw, { reason: 'format' });
      return iso;
    }
    if (typeof raw !== 'string') {
      this.error('invalid_date', column, raw, { reason: 'format' });
      return null;
    }
    let result = this.dates.get(raw);
    if (result === undefined) {
      if (this.dates.size >= CACHE_SIZE) this.dates.clear();
      result = parseDate(raw);
      this.dates.set(raw, result);
    }
    if (!result.ok) {
      this.error('invalid_date', column, raw, { reason: result.reason });
      return null;
    }
    return result.iso;
  }
}
