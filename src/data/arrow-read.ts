import { tableFromIPC } from '@uwdata/flechette';
import { ARROW_MAGIC } from './detect.js';
import { checkMessages, int32 } from './arrow-check.js';

/**
 * Apache Arrow IPC bytes (file or stream format) as columns. The bytes are checked first
 * (`arrow-check.ts`), then decoded synchronously with `@uwdata/flechette` (arquero's own Arrow
 * reader), which generates no code at run time.
 */

/** A decoded Arrow table: column names and one value array per column. */
export interface ArrowColumns {
  names: string[];
  columns: ArrayLike<unknown>[];
  numRows: number;
}

/**
 * Decode Arrow IPC bytes (file or stream format) into columns, or null when they cannot be read.
 * Dates and timestamps come out as `Date`, 64-bit integers as numbers. Never throws.
 */
export function readArrow(bytes: Uint8Array): ArrowColumns | null {
  try {
    let stream: Uint8Array;
    if (bytes.length >= 6 && ARROW_MAGIC.every((b, i) => bytes[i] === b)) {
      // File format: magic, padding, the stream, footer, footer length, magic. Decode the stream
      // part directly, which avoids trusting the footer's block table.
      const n = bytes.length;
      if (n < 8 + 10 || !ARROW_MAGIC.every((b, i) => bytes[n - 6 + i] === b)) return null;
      const footerLength = int32(bytes, n - 10);
      const footerStart = n - 10 - footerLength;
      if (footerLength < 0 || footerStart < 8) return null;
      if (!checkMessages(bytes, 8, footerStart)) return null;
      stream = bytes.subarray(8, footerStart);
    } else {
      if (!checkMessages(bytes, 0, bytes.length)) return null;
      stream = bytes;
    }
    const table = tableFromIPC(stream, { useDate: true });
    const names = table.names.map((name) => String(name));
    const columns = table.children.map((column) => column.toArray() as ArrayLike<unknown>);
    const numRows = table.numRows;
    if (!Number.isSafeInteger(numRows) || numRows < 0) return null;
    return { names, columns, numRows };
  } catch {
    return null;
  }
}
