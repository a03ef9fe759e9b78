import { stripBom } from './csv.js';

/**
 * Turn what a caller hands us (string, ArrayBuffer, Uint8Array or another typed-array view) into
 * text in a known format, or Arrow bytes.
 *
 * Detection, unless `format` overrides it:
 * - bytes that start with `ARROW1` (IPC file format) or with the continuation marker
 *   `FF FF FF FF` (IPC stream format) are Apache Arrow;
 * - other bytes must be UTF-8 (a BOM is removed); UTF-16 with a byte-order mark is read too
 *   (Excel's "Unicode text"). Bytes that are not valid text, and text with NUL characters, are
 *   `not_text`;
 * - text whose first non-space character is `[` or `{` is JSON, anything else is CSV.
 *
 * Arrow bytes are read by `arrow-read.ts`, after `arrow-check.ts` has checked them.
 */

export type InputFormat = 'csv' | 'json' | 'arrow';

export type DecodedInput =
  | { kind: 'text'; format: 'csv' | 'json'; text: string }
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

function decodeText(bytes: Uint8Array): string | null {
  try {
    let encoding = 'utf-8';
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
    else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
    // TextDecoder removes the byte-order mark itself (ignoreBOM: false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
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
    text = decoded;
  }
  text = stripBom(text);
  if (text.indexOf('\0') !== -1) return { kind: 'error', code: 'not_text' };
  if (isWhitespace(text)) return { kind: 'error', code: 'empty_file' };
  const textFormat = format === 'csv' || format === 'json' ? format : detectTextFormat(text);
  return { kind: 'text', format: textFormat, text };
}
