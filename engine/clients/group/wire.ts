/**
 * Kafka's non-flexible message encoding (the `MessageUtil`/`ByteBufferAccessor` layout of every
 * `*.json` schema whose version is below its first flexible version): big-endian fixed-width ints,
 * `string` = int16 length + UTF-8 (−1 = null), `bytes` = int32 length + bytes (−1 = null), arrays =
 * int32 count + elements. Enough for the `__consumer_offsets` records and the consumer protocol.
 */

import { utf8Length, writeUtf8 } from '../../codec/utf8';

// Java's `new String(bytes, UTF_8)` replaces malformed input rather than failing; so does this.
const decoder = new TextDecoder();
const TWO_POW_32 = 4294967296;

/** Grows as fields are written; `bytes()` returns exactly what was written. */
export class WireWriter {
  private buffer = new Uint8Array(64);
  private view = new DataView(this.buffer.buffer);
  private position = 0;

  int8(value: number): this {
    this.ensure(1);
    this.view.setInt8(this.position, value);
    this.position += 1;
    return this;
  }

  int16(value: number): this {
    this.ensure(2);
    this.view.setInt16(this.position, value);
    this.position += 2;
    return this;
  }

  int32(value: number): this {
    this.ensure(4);
    this.view.setInt32(this.position, value);
    this.position += 4;
    return this;
  }

  /** Exact for |value| ≤ 2^53 (offsets and timestamps). */
  int64(value: number): this {
    this.ensure(8);
    const high = Math.floor(value / TWO_POW_32);
    this.view.setInt32(this.position, high);
    this.view.setUint32(this.position + 4, value - high * TWO_POW_32);
    this.position += 8;
    return this;
  }

  string(value: string): this {
    // Written in place: group ids and topic names are short, and a commit writes one per partition.
    const length = utf8Length(value);
    if (length > 0x7fff) throw new RangeError(`string of ${length} bytes exceeds int16 length`);
    this.int16(length);
    this.ensure(length);
    this.position = writeUtf8(this.buffer, this.position, value);
    return this;
  }

  nullableString(value: string | null): this {
    return value === null ? this.int16(-1) : this.string(value);
  }

  bytes(value: Uint8Array): this {
    return this.int32(value.length).raw(value);
  }

  nullableBytes(value: Uint8Array | null): this {
    return value === null ? this.int32(-1) : this.bytes(value);
  }

  array<T>(items: readonly T[], writeItem: (writer: this, item: T) => void): this {
    this.int32(items.length);
    for (const item of items) writeItem(this, item);
    return this;
  }

  raw(value: Uint8Array): this {
    this.ensure(value.length);
    this.buffer.set(value, this.position);
    this.position += value.length;
    return this;
  }

  bytesWritten(): Uint8Array {
    return this.buffer.slice(0, this.position);
  }

  private ensure(extra: number): void {
    if (this.position + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.position + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.position));
    this.buffer = next;
    this.view = new DataView(next.buffer);
  }
}

/** Thrown when bytes end early or hold an impossible length (Kafka's `SchemaException`). */
export class WireFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireFormatError';
  }
}

/** Reads fields in order; throws {@link WireFormatError} on underflow. */
export class WireReader {
  private readonly view: DataView;
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.bytes.length - this.position;
  }

  int8(): number {
    this.need(1);
    const value = this.view.getInt8(this.position);
    this.position += 1;
    return value;
  }

  int16(): number {
    this.need(2);
    const value = this.view.getInt16(this.position);
    this.position += 2;
    return value;
  }

  int32(): number {
    this.need(4);
    const value = this.view.getInt32(this.position);
    this.position += 4;
    return value;
  }

  int64(): number {
    this.need(8);
    const high = this.view.getInt32(this.position);
    const low = this.view.getUint32(this.position + 4);
    this.position += 8;
    return high * TWO_POW_32 + low;
  }

  string(): string {
    const value = this.nullableString();
    if (value === null) throw new WireFormatError('non-nullable string was null');
    return value;
  }

  nullableString(): string | null {
    const length = this.int16();
    if (length < 0) return null;
    return decoder.decode(this.raw(length));
  }

  bytesField(): Uint8Array {
    const value = this.nullableBytes();
    if (value === null) throw new WireFormatError('non-nullable bytes were null');
    return value;
  }

  nullableBytes(): Uint8Array | null {
    const length = this.int32();
    if (length < 0) return null;
    return this.raw(length).slice();
  }

  array<T>(readItem: (reader: this) => T): T[] {
    const count = this.int32();
    if (count < 0) throw new WireFormatError(`negative array length ${count}`);
    const items: T[] = [];
    for (let i = 0; i < count; i++) items.push(readItem(this));
    return items;
  }

  private raw(length: number): Uint8Array {
    this.need(length);
    const slice = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  private need(n: number): void {
    if (this.position + n > this.bytes.length) {
      throw new WireFormatError(
        `buffer underflow: need ${n} bytes at ${this.position} of ${this.bytes.length}`,
      );
    }
  }
}
