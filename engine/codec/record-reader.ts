/**
 * A cursor over one batch's records area that parses record fields (KAFKA-REFERENCE §1.4). Every read is
 * bounded by an `end` the caller passes (the record's end), so a lying length can never read into the
 * next record or batch.
 *
 * Byte fields (keys, values, header values) are views of a private copy of the records area, never of
 * the caller's buffer: see `decode.ts` for why.
 */
import { CorruptRecordError } from './errors';
import type { RecordHeader } from './types';
import { readUtf8 } from './utf8';
import { readVarint, readVarlong } from './varint';

const NO_HEADERS: readonly RecordHeader[] = Object.freeze([]);

export class RecordReader {
  /** Next byte to read, in the caller's coordinates. */
  position: number;
  private readonly copy: ArrayBuffer;

  /** Reads `bytes[start, end)`; copies it first so byte fields can be cheap views of the copy. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    end: number,
  ) {
    this.position = start;
    // A fresh slice starts at byte 0 of its own buffer, so copy offsets are `position - start`.
    this.copy = bytes.slice(start, end).buffer;
  }

  /** A zig-zag varint; one-byte values (most lengths and deltas) skip the general loop. */
  varint(end: number): number {
    const p = this.position;
    const b = this.bytes[p] as number;
    if (p < end && b < 0x80) {
      this.position = p + 1;
      return (b >>> 1) ^ -(b & 1);
    }
    return this.longVarint(end, readVarint);
  }

  varlong(end: number): number {
    const p = this.position;
    const b = this.bytes[p] as number;
    if (p < end && b < 0x80) {
      this.position = p + 1;
      return (b >>> 1) ^ -(b & 1);
    }
    return this.longVarint(end, readVarlong);
  }

  /** The general varint path, reporting a truncated or over-long varint as a corrupt record. */
  private longVarint(end: number, read: typeof readVarint): number {
    try {
      return read(this.bytes, this, end);
    } catch (e) {
      if (e instanceof RangeError) throw corrupt(e.message, this.position);
      throw e;
    }
  }

  /** A varint length then that many bytes; length −1 is null. */
  bytesField(end: number): Uint8Array | null {
    const length = this.varint(end);
    const start = this.position;
    if (length < 0) {
      if (length === -1) return null;
      throw corrupt(`negative field length ${length}`, start);
    }
    if (start + length > end)
      throw corrupt(`field of ${length} bytes runs past its record end ${end}`, start);
    this.position = start + length;
    // The constructor, not `subarray`: subarray's species lookup makes it about twice as slow.
    return new Uint8Array(this.copy, start - this.start, length);
  }

  /** A header count then that many headers (non-null UTF-8 key, nullable value). */
  headers(end: number): RecordHeader[] {
    const count = this.varint(end);
    if (count < 0) throw corrupt(`negative header count ${count}`, this.position);
    // Most records have none: share one frozen empty list rather than allocate one per record.
    if (count === 0) return NO_HEADERS as RecordHeader[];
    const headers: RecordHeader[] = [];
    for (let i = 0; i < count; i++) {
      const keyLength = this.varint(end);
      const keyStart = this.position;
      if (keyLength < 0 || keyStart + keyLength > end) {
        throw corrupt(`header key length ${keyLength} is invalid`, keyStart);
      }
      this.position = keyStart + keyLength;
      const key = readUtf8(this.bytes, keyStart, keyStart + keyLength);
      headers.push({ key, value: this.bytesField(end) });
    }
    return headers;
  }
}

/** An error about record structure at `position` (relative to the decoded view). */
export function corrupt(what: string, position: number): CorruptRecordError {
  return new CorruptRecordError(`invalid record batch: ${what} (at byte ${position})`, position);
}
