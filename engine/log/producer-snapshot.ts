/**
 * The bytes of a producer-state snapshot file, `<offset>.snapshot` (KAFKA-REFERENCE §2.1; Kafka's
 * `ProducerStateManager.writeSnapshot` / `readSnapshot`, storage module, 3.9). The file is one Kafka
 * protocol `Struct`, big-endian, with nothing around it:
 *
 * | bytes | field              | type   | value                                                      |
 * | ----- | ------------------ | ------ | ---------------------------------------------------------- |
 * | 0–1   | `version`          | int16  | 1                                                          |
 * | 2–5   | `crc`              | uint32 | CRC-32C of every byte after this field (byte 6 to the end) |
 * | 6–9   | `producer_entries` | int32  | entry count, then the entries, 46 bytes each:              |
 *
 * `producer_id` int64, `epoch` int16, `last_sequence` int32, `last_offset` int64, `offset_delta` int32,
 * `timestamp` int64, `coordinator_epoch` int32, `current_txn_first_offset` int64.
 *
 * A log written only by plain (non-idempotent) producers has no producer state, so every snapshot it
 * writes is the 10-byte empty one: `00 01 48 67 4b c7 00 00 00 00` (0x48674bc7 is CRC-32C of the four
 * zero bytes of the entry count).
 */
import { crc32c } from '../codec';

/** One producer's line in a snapshot: Kafka's `ProducerStateEntry` as `writeSnapshot` stores it. */
export interface ProducerSnapshotEntry {
  readonly producerId: number;
  /** `epoch` in the file. */
  readonly producerEpoch: number;
  /** Sequence number of the last record of the producer's last batch (−1 if none). */
  readonly lastSequence: number;
  /** Offset of the last record of the producer's last data batch, −1 if it has none (`lastDataOffset`). */
  readonly lastOffset: number;
  /** lastOffset − first offset of that batch. */
  readonly offsetDelta: number;
  /** Max timestamp of that batch (`lastTimestamp`). */
  readonly timestamp: number;
  /** Epoch of the transaction coordinator that wrote the producer's last marker (−1 if none). */
  readonly coordinatorEpoch: number;
  /** First offset of the producer's open transaction, −1 if none. */
  readonly currentTxnFirstOffset: number;
}

/** `PRODUCER_SNAPSHOT_VERSION`: the only version Kafka writes or reads. */
export const PRODUCER_SNAPSHOT_VERSION = 1;
/** version (2) + crc (4) + entry count (4): also the whole size of a snapshot with no producers. */
export const PRODUCER_SNAPSHOT_HEADER_BYTES = 10;
/** 8 + 2 + 4 + 8 + 4 + 8 + 4 + 8. */
export const PRODUCER_SNAPSHOT_ENTRY_BYTES = 46;
const CRC_OFFSET = 2;
/** `PRODUCER_ENTRIES_OFFSET`: where the CRC-covered bytes begin. */
const PRODUCER_ENTRIES_OFFSET = 6;
const TWO_POW_32 = 4_294_967_296;

/** Kafka's `CorruptSnapshotException`: a snapshot that fails its schema, version or CRC check. */
export class CorruptSnapshotError extends Error {
  override readonly name = 'CorruptSnapshotError';
}

/**
 * The bytes `writeSnapshot` puts in a snapshot file for these entries, in the order given (the
 * iteration order of the broker's producer map, see `java-hash-order.ts`).
 *
 * @example
 *   encodeProducerSnapshot([]); // Uint8Array [0, 1, 0x48, 0x67, 0x4b, 0xc7, 0, 0, 0, 0]
 */
export function encodeProducerSnapshot(entries: readonly ProducerSnapshotEntry[]): Uint8Array {
  const bytes = new Uint8Array(
    PRODUCER_SNAPSHOT_HEADER_BYTES + entries.length * PRODUCER_SNAPSHOT_ENTRY_BYTES,
  );
  const view = new DataView(bytes.buffer);
  view.setInt16(0, PRODUCER_SNAPSHOT_VERSION);
  view.setInt32(PRODUCER_ENTRIES_OFFSET, entries.length);
  let p = PRODUCER_SNAPSHOT_HEADER_BYTES;
  for (const e of entries) {
    writeInt64(view, p, e.producerId);
    view.setInt16(p + 8, e.producerEpoch);
    view.setInt32(p + 10, e.lastSequence);
    writeInt64(view, p + 14, e.lastOffset);
    view.setInt32(p + 22, e.offsetDelta);
    writeInt64(view, p + 26, e.timestamp);
    view.setInt32(p + 34, e.coordinatorEpoch);
    writeInt64(view, p + 38, e.currentTxnFirstOffset);
    p += PRODUCER_SNAPSHOT_ENTRY_BYTES;
  }
  view.setUint32(CRC_OFFSET, crc32c(bytes, PRODUCER_ENTRIES_OFFSET));
  return bytes;
}

/**
 * Kafka's `readSnapshot`: the entries of a snapshot file, checked as the broker checks them — schema
 * first, then version, then CRC. Throws {@link CorruptSnapshotError} with the broker's message.
 *
 * @example
 *   decodeProducerSnapshot(encodeProducerSnapshot([])); // []
 */
export function decodeProducerSnapshot(bytes: Uint8Array): ProducerSnapshotEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < PRODUCER_SNAPSHOT_HEADER_BYTES) {
    throw new CorruptSnapshotError(
      `Snapshot failed schema validation: Error reading field: a ${PRODUCER_SNAPSHOT_HEADER_BYTES}-byte header needs ${PRODUCER_SNAPSHOT_HEADER_BYTES} bytes, ${bytes.length} remain`,
    );
  }
  const count = view.getInt32(PRODUCER_ENTRIES_OFFSET);
  const available = bytes.length - PRODUCER_SNAPSHOT_HEADER_BYTES;
  if (count < 0 || count * PRODUCER_SNAPSHOT_ENTRY_BYTES > available) {
    throw new CorruptSnapshotError(
      `Snapshot failed schema validation: Error reading field 'producer_entries': Error reading array of size ${count}, only ${available} bytes available`,
    );
  }
  const version = view.getInt16(0);
  if (version !== PRODUCER_SNAPSHOT_VERSION)
    throw new CorruptSnapshotError(`Snapshot contained an unknown file version ${version}`);
  const stored = view.getUint32(CRC_OFFSET);
  const computed = crc32c(bytes, PRODUCER_ENTRIES_OFFSET);
  if (stored !== computed) {
    throw new CorruptSnapshotError(
      `Snapshot is corrupt (CRC is no longer valid). Stored crc: ${stored}. Computed crc: ${computed}`,
    );
  }
  const entries: ProducerSnapshotEntry[] = [];
  for (let i = 0, p = PRODUCER_SNAPSHOT_HEADER_BYTES; i < count; i++, p += PRODUCER_SNAPSHOT_ENTRY_BYTES) {
    entries.push({
      producerId: readInt64(view, p),
      producerEpoch: view.getInt16(p + 8),
      lastSequence: view.getInt32(p + 10),
      lastOffset: readInt64(view, p + 14),
      offsetDelta: view.getInt32(p + 22),
      timestamp: readInt64(view, p + 26),
      coordinatorEpoch: view.getInt32(p + 34),
      currentTxnFirstOffset: readInt64(view, p + 38),
    });
  }
  return entries;
}

/** Exact for safe integers, negatives included (−1 → ff ff ff ff ff ff ff ff). */
function writeInt64(view: DataView, position: number, value: number): void {
  view.setInt32(position, Math.floor(value / TWO_POW_32));
  view.setUint32(position + 4, value >>> 0);
}

function readInt64(view: DataView, position: number): number {
  return view.getInt32(position) * TWO_POW_32 + view.getUint32(position + 4);
}
