import type { DataIssue } from './types.js';
import type { Lang } from '../i18n/lang.js';
import type { DataIssueCode, MessageParams } from '../i18n/data-messages.js';
import { DecimalEvidence, type DecimalStyle } from './numbers.js';
import type { DuplicateColumn } from './columns.js';
import { fileIssue } from './parse-issues.js';

/**
 * A table read from any format (CSV, JSON, Arrow) before validation: its header, and its rows
 * by header position. The readers are `table-csv.ts`, `table-json.ts` and `table-arrow.ts`.
 */
export interface SourceTable {
  /** `line` for CSV, `row` for JSON and Arrow. */
  unit: 'line' | 'row';
  headerLine: number;
  /** Header names as written (untrimmed). */
  header: string[];
  /** Number of data rows. */
  count: number;
  /** Per header position: what its text cells say about the decimal style. */
  evidence: DecimalEvidence[];
  /** Decimal style when the numbers give no evidence. */
  fallbackStyle: DecimalStyle;
  /** Whether each row's number of cells is checked against the header (CSV). */
  checkWidth: boolean;
  /**
   * Visit the data rows in order with their line and their cells by header position; `cells` is
   * null for a row that is no record at all (a JSON element that is not an object). A JSON row
   * also brings its own keys (`keys`), since each row names its columns itself.
   */
  forEachRow(visit: (line: number, cells: ArrayLike<unknown> | null, keys?: RowKeys) => void): void;
}

/** How one JSON row names its columns, when that differs from the header. */
export interface RowKeys {
  /** Per header position: the key as this row writes it (trimmed), where it differs from the header. */
  names: readonly (string | undefined)[];
  /** Columns that this row gives under more than one key. */
  duplicates: readonly DuplicateColumn[];
}

/** A table, or the one issue that makes the file unreadable. */
export type Readout = { ok: true; table: SourceTable } | { ok: false; issue: DataIssue };

/** The {@link Readout} of an unreadable file. */
export function fail(code: DataIssueCode, lang: Lang, line = 1, params: MessageParams = {}): Readout {
  return { ok: false, issue: fileIssue(code, lang, line, params) };
}

/** Empty decimal-style evidence for each header position. */
export function evidenceFor(header: readonly unknown[]): DecimalEvidence[] {
  return header.map(() => new DecimalEvidence());
}
