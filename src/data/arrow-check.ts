/**
 * Checks of Apache Arrow IPC bytes before they are decoded: every length and offset in the
 * metadata of every message must lie inside the buffer. Flechette (arquero's Arrow reader)
 * trusts every length it finds, so a corrupt or hostile file could make it allocate gigabytes;
 * {@link checkMessages} walks the same structures with bounds-checked reads first.
 */

/** A little-endian signed 32-bit integer at `i`. */
export function int32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) | 0;
}

/** Thrown (and caught) by {@link FlatBuffer} when a read falls outside the buffer. */
class Corrupt extends Error {}

/** A flatbuffer table: its position, its vtable and the vtable's size in bytes. */
interface FlatTable {
  at: number;
  vtable: number;
  size: number;
}

/**
 * Bounds-checked reads of one flatbuffer (the metadata of one Arrow message), mirroring the reads
 * flechette makes. Flechette trusts every length it finds; a corrupt length could make it
 * allocate gigabytes. Every read here throws {@link Corrupt} when it leaves `[start, end)`.
 */
class FlatBuffer {
  constructor(
    private readonly b: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  private need(at: number, size: number): void {
    if (!(at >= this.start && size >= 0 && at + size <= this.end)) throw new Corrupt();
  }

  i32(at: number): number {
    this.need(at, 4);
    return int32(this.b, at);
  }

  u8(at: number): number {
    this.need(at, 1);
    return this.b[at]!;
  }

  u16(at: number): number {
    this.need(at, 2);
    return this.b[at]! | (this.b[at + 1]! << 8);
  }

  /** A non-negative int64 that fits a double exactly. */
  size64(at: number): number {
    this.need(at, 8);
    const low = int32(this.b, at) >>> 0;
    const high = int32(this.b, at + 4);
    if (high < 0 || high > 0x1fffff) throw new Corrupt();
    return high * 0x100000000 + low;
  }

  /** The table that the offset stored at `at` points to. */
  table(at: number): FlatTable {
    const table = at + this.i32(at);
    const vtable = table - this.i32(table);
    const size = this.u16(vtable);
    this.need(vtable, size);
    return { at: table, vtable, size };
  }

  /** Absolute position of field `slot` (the byte offset in the vtable: 4, 6, 8, …), or 0. */
  field(t: FlatTable, slot: number): number {
    if (slot >= t.size) return 0;
    const offset = this.u16(t.vtable + slot);
    if (!offset) return 0;
    return t.at + offset;
  }

  /** The vector that the offset stored at `at` points to; its elements must fit the buffer. */
  vector(at: number, stride: number): { first: number; length: number } {
    const base = at + this.i32(at);
    const length = this.i32(base);
    if (length < 0) throw new Corrupt();
    this.need(base + 4, length * stride);
    return { first: base + 4, length };
  }
}

const MESSAGE_SCHEMA = 1;
const MESSAGE_DICTIONARY_BATCH = 2;
const MESSAGE_RECORD_BATCH = 3;
const TYPE_UNION = 14;

function checkField(fb: FlatBuffer, at: number, depth: number): void {
  if (depth > 32) throw new Corrupt();
  const field = fb.table(at);
  const typeId = fb.field(field, 8);
  const typeAt = fb.field(field, 10);
  if (typeId && typeAt && fb.u8(typeId) === TYPE_UNION) {
    const union = fb.table(typeAt);
    const typeIds = fb.field(union, 6);
    if (typeIds) fb.vector(typeIds, 4);
  }
  const dictionary = fb.field(field, 12);
  if (dictionary) fb.table(dictionary);
  const children = fb.field(field, 14);
  if (children) {
    const { first, length } = fb.vector(children, 4);
    for (let i = 0; i < length; i++) checkField(fb, first + 4 * i, depth + 1);
  }
  const metadata = fb.field(field, 16);
  if (metadata) checkKeyValues(fb, metadata);
}

function checkKeyValues(fb: FlatBuffer, at: number): void {
  const { first, length } = fb.vector(at, 4);
  for (let i = 0; i < length; i++) fb.table(first + 4 * i);
}

/** Check a RecordBatch table: vectors in bounds, lengths no larger than the body can hold. */
function checkRecordBatch(fb: FlatBuffer, batch: FlatTable, bodyLength: number, version: number): void {
  // At most 8 values per body byte (a bit-packed boolean column); anything more is corrupt.
  const maxLength = bodyLength * 8 + 64;
  const length = fb.field(batch, 4);
  if (length && fb.size64(length) > maxLength) throw new Corrupt();
  const nodes = fb.field(batch, 6);
  if (nodes) {
    const { first, length: count } = fb.vector(nodes, 16);
    for (let i = 0; i < count; i++) {
      const nodeLength = fb.size64(first + 16 * i);
      const nullCount = fb.size64(first + 16 * i + 8);
      if (nodeLength > maxLength || nullCount > nodeLength) throw new Corrupt();
    }
  }
  const regions = fb.field(batch, 8);
  if (regions) {
    const stride = version < 3 ? 24 : 16; // V1-V3 had a page id before each buffer
    const skip = stride - 16;
    const { first, length: count } = fb.vector(regions, stride);
    for (let i = 0; i < count; i++) {
      const offset = fb.size64(first + stride * i + skip);
      const size = fb.size64(first + stride * i + skip + 8);
      if (offset + size > bodyLength) throw new Corrupt();
    }
  }
  const variadic = fb.field(batch, 12);
  if (variadic) fb.vector(variadic, 8);
}

/**
 * Walk the encapsulated messages of an IPC stream between `start` and `end` and check each one:
 * continuation marker, metadata and body inside the buffer, and the metadata itself (see
 * {@link FlatBuffer}). Returns false when anything is out of bounds.
 */
export function checkMessages(bytes: Uint8Array, start: number, end: number): boolean {
  let at = start;
  let messages = 0;
  try {
    while (at + 4 <= end) {
      if (int32(bytes, at) !== -1 || at + 8 > end) return false;
      const metaLength = int32(bytes, at + 4);
      const head = at + 8;
      if (metaLength === 0) break; // end-of-stream marker
      if (metaLength < 0 || head + metaLength > end) return false;
      const fb = new FlatBuffer(bytes, head, head + metaLength);
      const message = fb.table(head);
      const versionAt = fb.field(message, 4);
      const version = versionAt ? fb.u16(versionAt) << 16 >> 16 : 0;
      const typeAt = fb.field(message, 6);
      const type = typeAt ? fb.u8(typeAt) : 0;
      const headerAt = fb.field(message, 8);
      const bodyAt = fb.field(message, 10);
      const bodyLength = bodyAt ? fb.size64(bodyAt) : 0;
      if (headerAt) {
        if (type === MESSAGE_SCHEMA) {
          const schema = fb.table(headerAt);
          const fields = fb.field(schema, 6);
          if (fields) {
            const { first, length } = fb.vector(fields, 4);
            for (let i = 0; i < length; i++) checkField(fb, first + 4 * i, 0);
          }
          const metadata = fb.field(schema, 8);
          if (metadata) checkKeyValues(fb, metadata);
        } else if (type === MESSAGE_RECORD_BATCH) {
          checkRecordBatch(fb, fb.table(headerAt), bodyLength, version);
        } else if (type === MESSAGE_DICTIONARY_BATCH) {
          const dictionary = fb.table(headerAt);
          const data = fb.field(dictionary, 6);
          if (data) checkRecordBatch(fb, fb.table(data), bodyLength, version);
        } else {
          return false;
        }
      }
      const next = head + metaLength + bodyLength;
      if (next > end) return false;
      at = next;
      messages++;
    }
  } catch (error) {
    if (error instanceof Corrupt) return false;
    throw error;
  }
  return messages > 0;
}
