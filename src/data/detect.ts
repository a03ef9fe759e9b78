import { stripBom } from './csv.js';
import { textPosition } from './text-position.js';

/**
 * Turn what a caller hands us (string, ArrayBuffer, Uint8Array or another typed-array view) into
 * text in a known format, or Arrow bytes.
 *
 * Detection, unless `format` overrides it:
 * - bytes that start with `ARROW1` (IPC file format) or with the continuation marker
 *   `FF FF FF FF` (IPC stream format) are Apache Arrow;
 * - other bytes are UTF-8 (a BOM is removed); UTF-16 with a byte-order mark is read too
 *   (Excel's "Unicode text"). Bytes that are not valid UTF-8 are read as Windows-1252, the
 *   character set of Excel's classic "CSV (gescheiden door lijstscheidingsteken)", and the result
 *   says where the first such byte is (`windows1252`), for a warning. Bytes that read as control
 *   characters that way, and text with NUL characters, are `not_text`: binary data, not a
 *   text file;
 * - text whose first non-space character is `[` or `{` is JSON, anything else is CSV.
 *
 * Arrow bytes are read by `arrow-read.ts`, after `arrow-check.ts` has checked them.
 */

export type InputFormat = 'csv' | 'json' | 'arrow';

/** Where a file read as Windows-1252 first differs from UTF-8: text line and character, and the text around it. */
export interface Windows1252Position {
  line: number;
  column: number;
  /** The word or cell around the character, up to the nearest delimiter, quote or line break. */
  sample: string;
}

export type DecodedInput =
  | { kind: 'text'; format: 'csv' | 'json'; text: string; windows1252?: Windows1252Position }
  | { kind: 'arrow'; bytes: Uint8Array }
  | { kind: 'error'; code: 'not_text' | 'empty_file' | 'invalid_arrow' };

/** The first (and last) six bytes of the Arrow IPC file format: "ARROW1". */
export const ARROW_MAGIC: readonly number[] = [65, 82, 82, 79, 87, 49];

/** Whether bytes start like Apache Arrow IPC data (file or stream format). */
export function isArrowIpc(bytes: Uint8Array): boolean {
  if (bytes.length >= 6 && ARROW_MAGIC.every((b, i) => bytes[i] === b)) return true;
  return bytes.length >= 8 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff;
}

/** A byte view of binary input, or null when the input is not binary. */
function toBytes(input: unknown): Uint8Array | null {
  if (input instanceof Uint8Array) return input;
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') {
    return new Uint8Array(input as ArrayBuffer);
  }
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return null;
}

/** Text decoded from bytes, with the offset of the first byte that is not UTF-8 when it was read as Windows-1252. */
interface DecodedText {
  text: string;
  windows1252At?: number;
}

function decodeText(bytes: Uint8Array): DecodedText | null {
  let encoding = 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  try {
    // TextDecoder removes the byte-order mark itself (ignoreBOM: false).
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    if (encoding !== 'utf-8') return null;
  }
  // One byte is one character in Windows-1252, so a byte offset is a character offset.
  const text = decodeWindows1252(bytes);
  if (CONTROL.test(text)) return null;
  return { text, windows1252At: firstNonUtf8(bytes) };
}

/**
 * Windows-1252 bytes 0x80–0x9F (the rest equals Latin-1); the five undefined ones stay C1
 * controls. Written out because Node's `TextDecoder('windows-1252')` decodes as Latin-1.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode Windows-1252 bytes (one UTF-16 unit per byte). */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  return new TextDecoder('utf-16le').decode(units);
}

/**
 * Characters that no text file holds: C0 controls other than tab and line breaks, DEL, and the
 * five bytes that Windows-1252 leaves undefined (decoded as C1 controls).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f\u0081\u008d\u008f\u0090\u009d]/;

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstNonUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > n) return i;
    const second = bytes[i + 1]!;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return n;
}

/** The word or cell around `offset`: up to the nearest delimiter, quote or line break (at most 40 characters each way). */
function sampleAround(text: string, offset: number): string {
  const stop = /[;,\t\r\n"]/;
  let from = offset;
  while (from > 0 && offset - from < 40 && !stop.test(text[from - 1]!)) from--;
  let to = offset;
  while (to < text.length && to - offset < 40 && !stop.test(text[to]!)) to++;
  return text.slice(from, to).trim();
}

function isWhitespace(text: string): boolean {
  return text.trim() === '';
}

/** The format of decoded text: JSON when the first non-space character is `[` or `{`. */
export function detectTextFormat(text: string): 'csv' | 'json' {
  const m = /\S/.exec(text);
  const first = m ? m[0] : '';
  return first === '[' || first === '{' ? 'json' : 'csv';
}

/** Decode an input; see the module comment. Never throws. */
export function decodeInput(input: unknown, format?: InputFormat): DecodedInput {
  let text: string;
  let windows1252At: number | undefined;
  if (typeof input === 'string') {
    if (format === 'arrow') return { kind: 'error', code: 'invalid_arrow' };
    text = input;
  } else {
    const bytes = toBytes(input);
    if (bytes === null) return { kind: 'error', code: 'not_text' };
    if (bytes.length === 0) return { kind: 'error', code: 'empty_file' };
    if (format === 'arrow' || (format === undefined && isArrowIpc(bytes))) return { kind: 'arrow', bytes };
    const decoded = decodeText(bytes);
    if (decoded === null) return { kind: 'error', code: 'not_text' };
    text = decoded.text;
    windows1252At = decoded.windows1252At;
  }
  text = stripBom(text);
  if (text.indexOf('\0') !== -1) return { kind: 'error', code: 'not_text' };
  if (isWhitespace(text)) return { kind: 'error', code: 'empty_file' };
  const textFormat = format === 'csv' || format === 'json' ? format : detectTextFormat(text);
  if (windows1252At === undefined) return { kind: 'text', format: textFormat, text };
  const { line, column } = textPosition(text, windows1252At);
  return { kind: 'text', format: textFormat, text, windows1252: { line, column, sample: sampleAround(text, windows1252At) } };
}
