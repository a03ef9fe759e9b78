/**
 * A small RFC 4180-style CSV tokenizer that keeps physical line numbers, written for the files
 * Dutch Excel produces (`;` as separator, CRLF line ends, a UTF-8 BOM).
 *
 * - Line breaks are CRLF, LF or a lone CR; each counts as one physical line, also inside a
 *   quoted field. Every record carries the physical line where it starts.
 * - A field that starts with `"` is quoted: it may hold the delimiter, line breaks and doubled
 *   quotes (`""` is one `"`). Text between the closing quote and the next delimiter is kept as
 *   written (lenient, like Excel). A `"` inside an unquoted field is an ordinary character.
 * - A quote that is never closed is reported with the line where it opened; the rest of the
 *   file is not guessed at.
 * - Records whose cells are all empty or spaces (blank lines, and the `;;;;` lines Excel writes
 *   below a table) are skipped.
 *
 * Arquero's `fromCSV` is not used: it does no validation (short rows become `undefined`, extra
 * cells vanish, an unclosed quote swallows the rest of the file).
 */

/** The delimiters we detect. */
export type Delimiter = ';' | ',' | '\t';

/** One CSV record and the physical line (1-based) where it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; code: 'unclosed_quote'; line: number };

const QUOTE = 34; // "
const LF = 10;
const CR = 13;
const SEMICOLON = 59;
const COMMA = 44;
const TAB = 9;
const SPACE = 32;

/** Strip one leading UTF-8 byte-order mark (U+FEFF) from decoded text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Detect the delimiter from the header line: the first line with content, read up to the first
 * line break outside quotes. Counts `;`, tab and `,` outside quotes and takes the most frequent;
 * ties go to `;`, then tab, then `,` (Dutch Excel writes `;`). A header without any of them is a
 * single column, reported as `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  const n = text.length;
  let i = 0;
  // Skip leading lines that hold only spaces, tabs and delimiters (Excel's empty rows).
  let lineStart = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      i++;
      lineStart = i;
    } else if (c === SPACE || c === TAB || c === SEMICOLON || c === COMMA || c === 0xfeff) {
      i++;
    } else {
      break;
    }
  }
  // Without any line of content, count on the first line.
  i = i >= n ? 0 : lineStart;
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      quoted = !quoted; // a doubled quote toggles twice, which is what we want
    } else if (!quoted) {
      if (c === LF || c === CR) break;
      if (c === SEMICOLON) semicolons++;
      else if (c === COMMA) commas++;
      else if (c === TAB) tabs++;
    }
  }
  if (semicolons === 0 && tabs === 0 && commas === 0) return ',';
  if (semicolons >= tabs && semicolons >= commas) return ';';
  if (tabs >= commas) return '\t';
  return ',';
}

function isBlankCell(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // spaces, tabs, line breaks, no-break space
    if (c !== SPACE && c !== TAB && c !== LF && c !== CR && c !== 0xa0) return false;
  }
  return true;
}

/** The outcome of a scan: fine, or an unclosed quote and the line where it opened. */
export type CsvScan = { ok: true } | { ok: false; code: 'unclosed_quote'; line: number };

/**
 * Split CSV text into records and hand each to `onRecord` with the physical line where it
 * starts; records with only empty cells are skipped. `text` must already be decoded and stripped
 * of its BOM. Linear in the input, keeps nothing itself, never throws (unless `onRecord` does).
 * On an unclosed quote, the records before it have been handed over already.
 */
export function scanCsv(text: string, delimiter: Delimiter, onRecord: (line: number, cells: string[]) => void): CsvScan {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let blank = true;

  for (;;) {
    let value: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      // Quoted field.
      const openLine = line;
      i++;
      let start = i;
      value = '';
      for (;;) {
        if (i >= n) return { ok: false, code: 'unclosed_quote', line: openLine };
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (i + 1 < n && text.charCodeAt(i + 1) === QUOTE) {
            value += text.slice(start, i + 1);
            i += 2;
            start = i;
            continue;
          }
          value += text.slice(start, i);
          i++;
          break;
        }
        if (c === LF) {
          line++;
        } else if (c === CR) {
          line++;
          if (i + 1 < n && text.charCodeAt(i + 1) === LF) i++;
        }
        i++;
      }
      // Anything between the closing quote and the next delimiter is kept as written.
      const rest = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      if (i > rest) value += text.slice(rest, i);
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      value = text.slice(start, i);
    }
    cells.push(value);
    if (blank && value.length > 0 && !isBlankCell(value)) blank = false;

    if (i < n && text.charCodeAt(i) === d) {
      i++;
      continue;
    }
    // End of record: a line break or the end of the text.
    if (!blank) onRecord(recordLine, cells);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === CR && i < n && text.charCodeAt(i) === LF) i++;
    line++;
    if (i >= n) break; // a final line break does not start another record
    recordLine = line;
    cells = [];
    blank = true;
  }
  return { ok: true };
}

/** Split CSV text into an array of records (see {@link scanCsv}). */
export function tokenizeCsv(text: string, delimiter: Delimiter): CsvResult {
  const records: CsvRecord[] = [];
  const scan = scanCsv(text, delimiter, (line, cells) => records.push({ line, cells }));
  return scan.ok ? { ok: true, records } : scan;
}
