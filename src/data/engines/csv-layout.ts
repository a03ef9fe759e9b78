import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { detectDelimiter, scanCsv, type Delimiter } from '../csv.js';

/**
 * A first pass over a CSV file that streams its bytes and keeps almost nothing: it finds the
 * delimiter, the header and the line where every record starts, and it checks that DuckDB's CSV
 * reader will split the file into exactly the records and cells that our own reader
 * (src/data/csv.ts) sees. DuckDB then reads the file itself, in parallel; this pass makes its
 * result trustworthy, and gives each record its physical line for messages.
 *
 * The file is **compatible** when it keeps to the plain form that Excel and most tools write:
 * - UTF-8 (with or without BOM) without NUL bytes (a file in Windows-1252, Excel's classic CSV,
 *   goes to the parser, which reads it as such and warns);
 * - one kind of line break outside quotes (CRLF, LF or CR);
 * - a quoted field starts with `"` right after a delimiter or line break, and its closing `"` is
 *   followed by a delimiter, a line break or the end; an unquoted field holds no `"`;
 * - the header and the lines before it are one line each;
 * - every data record has as many cells as the header's named columns, or more where the extra
 *   ones are empty (Excel's trailing `;`); every quote is closed.
 * Anything else is read by the in-memory parser instead (`compatible: false`, with the reason),
 * so that lenient quoting, ragged rows and the errors they give behave exactly as with
 * `--engine arquero`.
 */
export interface CsvLayout {
  compatible: boolean;
  /** Why the file is not compatible. */
  reason?: string;
  delimiter: Delimiter;
  /** Header cells as written, and the 1-based physical line of the header. */
  header: string[];
  headerLine: number;
  /** The header's width up to its last named column (Excel may add empty header cells). */
  width: number;
  /** The line of each record after the header, in order, empty lines left out (as DuckDB does). */
  recordLines: Int32Array;
  /**
   * Per column (by position): whether some data cell starts or ends with a space, a control
   * character or a non-ASCII character, so that it may need trimming. Columns without any such
   * cell are read as they are.
   */
  untidy: boolean[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Bytes read first, for the header and the delimiter. */
const HEAD_BYTES = 1 << 20;
const CHUNK_BYTES = 1 << 20;

function incompatible(reason: string): CsvLayout {
  return { compatible: false, reason, delimiter: ';', header: [], headerLine: 0, width: 0, recordLines: new Int32Array(0), untidy: [] };
}

/** Read a CSV file's layout; see {@link CsvLayout}. Rejects only when the file cannot be read. */
export async function readCsvLayout(path: string): Promise<CsvLayout> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await file.read(head, 0, head.length, 0);
    if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return incompatible('UTF-16');
    if (head.length >= 6 && head.subarray(0, 6).toString('latin1') === 'ARROW1') return incompatible('Arrow');
    const bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    let text = new TextDecoder('utf-8').decode(head.subarray(bom));
    const whole = head.length === size;
    // Keep whole lines only, so that a character or a record cut in half does no harm.
    if (!whole) text = text.slice(0, Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
    const first = /\S/.exec(text);
    if (!first) return incompatible('no content');
    if (first[0] === '[' || first[0] === '{') return incompatible('JSON');
    // Excel's hint on the first line, `sep=;`: it names the delimiter and counts as line 1.
    const hint = /^sep=([;,\t])[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
    const delimiter = hint ? (hint[1] as Delimiter) : detectDelimiter(text);
    let header: string[] | null = null;
    let headerLine = 0;
    let afterHeader = false;
    scanCsv(hint ? '\n' + text.slice(hint[0].length) : text, delimiter, (line, cells) => {
      if (header === null) {
        header = cells;
        headerLine = line;
      } else afterHeader = true;
    });
    if (header === null) return incompatible('no header');
    if (!whole && !afterHeader) return incompatible('a header longer than the first megabyte');
    const cells: string[] = header;
    let width = cells.length;
    while (width > 0 && cells[width - 1]!.trim() === '') width--;

    const scanner = new RecordScanner(delimiter.charCodeAt(0), headerLine, hint ? 2 : 1);
    const utf8 = new Utf8Check();
    const chunk = Buffer.alloc(CHUNK_BYTES);
    let position = bom + (hint ? Buffer.byteLength(hint[0]) : 0);
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      // Not UTF-8: Excel's classic CSV, in Windows-1252, which the parser reads (with a warning).
      if (!utf8.feed(chunk.subarray(0, bytesRead))) return incompatible(NOT_UTF8);
      scanner.feed(chunk, bytesRead);
      if (scanner.reason !== null) return incompatible(scanner.reason);
      position += bytesRead;
    }
    if (!utf8.end()) return incompatible(NOT_UTF8);
    scanner.end();
    if (scanner.reason === null && scanner.headerCells !== cells.length) scanner.reason = 'a header read two ways';
    if (scanner.reason === null) scanner.checkWidths(width);
    if (scanner.reason !== null) return incompatible(scanner.reason);
    const untidy = Array.from({ length: width }, (_, i) => scanner.untidy[i] ?? false);
    return { compatible: true, delimiter, header: cells, headerLine, width, recordLines: scanner.lines(), untidy };
  } finally {
    await file.close();
  }
}

/** The reason for a file that is not UTF-8. */
export const NOT_UTF8 = 'not UTF-8 (read as Windows-1252)';

/**
 * Whether a stream of chunks is UTF-8, with Node's native check (no string is made). A character
 * cut in two by a chunk boundary is checked whole with the next chunk.
 */
class Utf8Check {
  private tail: Uint8Array = new Uint8Array(0);

  /** Check one chunk; false as soon as the bytes are not UTF-8. */
  feed(bytes: Uint8Array): boolean {
    let start = 0;
    if (this.tail.length > 0) {
      const need = sequenceLength(this.tail[0]!) - this.tail.length;
      if (need > bytes.length) {
        this.tail = Buffer.concat([this.tail, bytes]);
        return true;
      }
      if (!isUtf8(Buffer.concat([this.tail, bytes.subarray(0, need)]))) return false;
      start = need;
      this.tail = new Uint8Array(0);
    }
    // Leave out a last character that the chunk cuts in two.
    let end = bytes.length;
    for (let k = 1; k <= 3 && bytes.length - k >= start; k++) {
      const b = bytes[bytes.length - k]!;
      if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
      if (b >= 0xc0 && sequenceLength(b) > k) end = bytes.length - k;
      break;
    }
    if (!isUtf8(bytes.subarray(start, end))) return false;
    this.tail = Uint8Array.from(bytes.subarray(end));
    return true;
  }

  /** Whether the stream ended on a whole character. */
  end(): boolean {
    return this.tail.length === 0;
  }
}

/** The length of the UTF-8 sequence a lead byte starts (1 for anything else, which the check then refuses). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

/** A byte that may start or end a character JavaScript's trim() removes: ASCII spaces and controls, or any non-ASCII byte. */
const untidyByte = (c: number): boolean => c <= SPACE || c >= 0x80;

/** A growable list of 32-bit integers. */
class IntList {
  values = new Int32Array(4096);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** The byte-level state machine of {@link readCsvLayout}. */
class RecordScanner {
  /** Why the file is not compatible; null while it is. */
  reason: string | null = null;
  /** Number of cells of the header record as this scanner splits it. */
  headerCells = -1;
  /** Per column: some data cell may need trimming (see CsvLayout.untidy). */
  readonly untidy: boolean[] = [];
  private firstByte = -1;
  private lastByte = -1;

  private readonly recordLines = new IntList();
  private readonly cellCounts = new IntList();
  private readonly emptyTails = new IntList();

  private line: number;
  private recordLine: number;
  private previousCr = false;
  /** The record ended at a CR; an LF right after belongs to it. */
  private lfMayFollow = false;
  private lineBreak = 0; // 0 none yet, 1 CRLF, 2 LF, 3 CR
  private inQuotes = false;
  private afterQuote = false;
  private quoted = false;
  private fieldBytes = 0;
  private fieldBlank = true;
  private pendingNbsp = false;
  private recordBlank = true;
  private recordQuoted = false;
  private cells = 0;
  private emptyTail = 0;

  constructor(
    private readonly delimiter: number,
    private readonly headerLine: number,
    firstLine: number,
  ) {
    this.line = firstLine;
    this.recordLine = firstLine;
  }

  feed(bytes: Buffer, length: number): void {
    const plain = this.plain;
    let i = 0;
    while (i < length) {
      // The common case, in a tight loop: a run of ordinary bytes inside an unquoted field.
      if (plain[bytes[i]!] === 1 && !this.inQuotes && !this.quoted && !this.lfMayFollow && !this.pendingNbsp) {
        const start = i;
        let blank = this.fieldBlank;
        while (i < length) {
          const c = bytes[i]!;
          if (plain[c] !== 1) break;
          if (c !== SPACE && c !== TAB) blank = false;
          i++;
        }
        if (this.fieldBytes === 0) this.firstByte = bytes[start]!;
        this.lastByte = bytes[i - 1]!;
        this.fieldBytes += i - start;
        this.fieldBlank = blank;
        this.previousCr = false;
        continue;
      }
      this.byte(bytes[i]!);
      if (this.reason !== null) return;
      i++;
    }
  }

  /** Bytes that need no state but the field's: not a delimiter, quote, line break, NUL or part of U+00A0. */
  private readonly plain = (() => {
    const table = new Uint8Array(256).fill(1);
    for (const c of [this.delimiter, QUOTE, LF, CR, 0, 0xc2, 0xa0]) table[c] = 0;
    return table;
  })();

  lines(): Int32Array {
    return this.recordLines.values.slice(0, this.recordLines.length);
  }

  private breakKind(kind: number): void {
    if (this.lineBreak === 0) this.lineBreak = kind;
    else if (this.lineBreak !== kind) this.reason = 'mixed line breaks';
  }

  private byte(c: number): void {
    // Physical lines: CRLF, LF and a lone CR each end one, inside quotes too.
    const afterCr = this.previousCr;
    this.previousCr = c === CR;
    if (c === CR || (c === LF && !afterCr)) this.line++;
    if (c === 0) {
      this.reason = 'a NUL byte';
      return;
    }
    if (this.lfMayFollow) {
      this.lfMayFollow = false;
      if (c === LF) {
        this.breakKind(1);
        return;
      }
      this.breakKind(3);
    }
    if (this.inQuotes) {
      if (!this.afterQuote) {
        if (c === QUOTE) this.afterQuote = true;
        else this.content(c);
        return;
      }
      this.afterQuote = false;
      if (c === QUOTE) {
        this.content(c);
        return;
      }
      this.inQuotes = false;
      if (c !== this.delimiter && c !== LF && c !== CR) {
        this.reason = 'text after a closing quote';
        return;
      }
    }
    if (c === this.delimiter) {
      this.endField();
    } else if (c === LF || c === CR) {
      this.endField();
      this.endRecord();
      if (c === LF) this.breakKind(2);
      else this.lfMayFollow = true;
      this.recordLine = this.line;
    } else if (c === QUOTE) {
      if (this.fieldBytes === 0 && !this.quoted) {
        this.quoted = true;
        this.recordQuoted = true;
        this.inQuotes = true;
      } else this.reason = this.quoted ? 'text after a closing quote' : 'a quote inside an unquoted field';
    } else if (this.quoted) {
      this.reason = 'text after a closing quote';
    } else {
      this.content(c);
    }
  }

  /** One byte of a field's value: tracks whether the value is blank (spaces, tabs, line breaks, U+00A0). */
  private content(c: number): void {
    if (this.fieldBytes === 0) this.firstByte = c;
    this.lastByte = c;
    this.fieldBytes++;
    if (this.pendingNbsp) {
      this.pendingNbsp = false;
      if (c === 0xa0) return;
      this.fieldBlank = false;
    }
    if (c === SPACE || c === TAB || c === LF || c === CR) return;
    if (c === 0xc2) this.pendingNbsp = true;
    else this.fieldBlank = false;
  }

  private endField(): void {
    if (this.fieldBytes > 0 && this.recordLine > this.headerLine && (untidyByte(this.firstByte) || untidyByte(this.lastByte))) {
      this.untidy[this.cells] = true;
    }
    if (this.pendingNbsp) this.fieldBlank = false;
    if (!this.fieldBlank) this.recordBlank = false;
    this.emptyTail = this.fieldBytes === 0 ? this.emptyTail + 1 : 0;
    this.cells++;
    this.fieldBytes = 0;
    this.quoted = false;
    this.fieldBlank = true;
    this.pendingNbsp = false;
  }

  private endRecord(): void {
    const cells = this.cells;
    const emptyTail = this.emptyTail;
    const blank = this.recordBlank;
    const oneLine = this.line === this.recordLine + 1;
    const quoted = this.recordQuoted;
    this.recordQuoted = false;
    this.cells = 0;
    this.emptyTail = 0;
    this.recordBlank = true;
    // An empty line (no byte at all) is skipped by both readers.
    if (cells === 1 && emptyTail === 1 && !quoted) return;
    if (this.recordLine < this.headerLine) {
      if (!blank) this.reason = 'a record before the header';
      else if (!oneLine) this.reason = 'a line break inside quotes before the header';
      return;
    }
    if (this.recordLine === this.headerLine) {
      if (!oneLine) this.reason = 'a line break inside the header';
      this.headerCells = cells;
      return;
    }
    this.recordLines.push(this.recordLine);
    this.cellCounts.push(cells);
    this.emptyTails.push(emptyTail);
  }

  end(): void {
    if (this.reason !== null) return;
    if (this.inQuotes && !this.afterQuote) {
      this.reason = 'an unclosed quote';
      return;
    }
    this.inQuotes = false;
    this.afterQuote = false;
    if (this.lfMayFollow) this.breakKind(3);
    // A last record without a line break after it.
    if (this.cells > 0 || this.fieldBytes > 0 || this.quoted) {
      this.endField();
      this.line++;
      this.endRecord();
    }
  }

  /** Every data record must have `width` cells, or more where the extra ones are empty. */
  checkWidths(width: number): void {
    for (let r = 0; r < this.cellCounts.length; r++) {
      const cells = this.cellCounts.values[r]!;
      if (cells < width) this.reason = 'a record with fewer cells than the header';
      else if (cells - this.emptyTails.values[r]! > width) this.reason = 'a record with more cells than the header';
      if (this.reason !== null) return;
    }
  }
}
