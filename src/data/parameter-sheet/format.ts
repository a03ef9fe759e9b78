import { detectDelimiter, stripBom, type Delimiter } from '../csv.js';

/**
 * The parameter sheet's format (public; see the README, "The parameter sheet"): a CSV in the
 * Dutch Excel dialect of the data files (`;`, decimal comma, UTF-8 with BOM, CRLF), one row per
 * parameter, one column per municipality.
 *
 * - The fixed columns, matched case-insensitively by name: `parameter` (the parameter's id,
 *   required), `omschrijving` (its label), `eenheid` (its unit) and `bron` (its source); the
 *   English names `description`, `unit` and `source` are accepted too. Only `parameter` and
 *   `eenheid` are read (the unit is compared with the model's); the others are for the reader.
 * - Every other column with a name is a municipality, named by the model municipality's label
 *   (its id or data name are accepted too).
 * - An empty cell means "the model's base value": the municipality gets no value of its own.
 * - A row without a parameter and without values is a note, and is skipped.
 */

/** The fixed columns and the names each may have (lower case). */
export const FIXED_COLUMNS = {
  parameter: ['parameter'],
  description: ['omschrijving', 'description'],
  unit: ['eenheid', 'unit'],
  source: ['bron', 'source'],
} as const;

export type FixedColumn = keyof typeof FIXED_COLUMNS;

/** The header names the writer uses, per language. */
export const FIXED_HEADER: Record<'nl' | 'en', Record<FixedColumn, string>> = {
  nl: { parameter: 'parameter', description: 'omschrijving', unit: 'eenheid', source: 'bron' },
  en: { parameter: 'parameter', description: 'description', unit: 'unit', source: 'source' },
};

/** Which fixed column a header name is, or null. */
export function fixedColumn(name: string): FixedColumn | null {
  const key = name.trim().toLowerCase();
  for (const [column, names] of Object.entries(FIXED_COLUMNS) as [FixedColumn, readonly string[]][]) {
    if (names.includes(key)) return column;
  }
  return null;
}

/** The spreadsheet's name of a column position (0 → A, 25 → Z, 26 → AA), as Excel shows it. */
export function columnLetter(position: number): string {
  let n = position + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Decode a sheet: UTF-8 (a BOM is removed) or UTF-16 with a byte-order mark (Excel's "Unicode
 * text"). Null for bytes that are not text. (Written here rather than taken from `detect.ts`,
 * which also loads the Arrow reader: a sheet never needs it.)
 */
export function decodeSheet(input: string | Uint8Array, fatal = true): string | null {
  if (typeof input === 'string') return stripBom(input);
  let encoding = 'utf-8';
  if (input.length >= 2 && input[0] === 0xff && input[1] === 0xfe) encoding = 'utf-16le';
  else if (input.length >= 2 && input[0] === 0xfe && input[1] === 0xff) encoding = 'utf-16be';
  try {
    const text = new TextDecoder(encoding, { fatal }).decode(input);
    return text.includes('\u0000') ? null : text;
  } catch {
    return null;
  }
}

/**
 * The text without Excel's `sep=;` hint on its first line (blanked out, so line numbers stay),
 * and its delimiter: the hint's, or the one detected from the header.
 */
export function sheetDialect(text: string): { text: string; delimiter: Delimiter } {
  const hint = /^sep=([;,\t])[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  const body = hint ? '\n' + text.slice(hint[0].length) : text;
  return { text: body, delimiter: hint ? (hint[1] as Delimiter) : detectDelimiter(body) };
}

/**
 * Whether a file is a parameter sheet, by its first header cells: `parameter`, then
 * `omschrijving` (or `description`). Reads only the first few kilobytes.
 */
export function looksLikeParameterSheet(input: string | Uint8Array): boolean {
  // Not fatal: the first 4 KB may end inside a character.
  const head = decodeSheet(typeof input === 'string' ? input.slice(0, 4096) : input.subarray(0, 4096), false) ?? '';
  const { text, delimiter } = sheetDialect(head.replace(/^\uFEFF/, ''));
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const cells = firstLine.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
  return cells[0] === 'parameter' && (cells[1] === 'omschrijving' || cells[1] === 'description');
}

/**
 * A cell as the writer meant it: `toCsv` puts `'` before a text that starts with `=`, `+`, `-`
 * or `@`, so that a spreadsheet never runs it as a formula; that mark is taken off again.
 */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
