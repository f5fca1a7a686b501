import { describe, expect, it } from 'vitest';
import { crc32c } from '../codec';
import {
  CorruptSnapshotError,
  decodeProducerSnapshot,
  encodeProducerSnapshot,
  PRODUCER_SNAPSHOT_ENTRY_BYTES,
  PRODUCER_SNAPSHOT_HEADER_BYTES,
  type ProducerSnapshotEntry,
} from './producer-snapshot';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

/** Producer 1000, epoch 0, after a 3-record batch at offsets 10–12 with sequences 5–7, at t = 1.7e12. */
const ENTRY: ProducerSnapshotEntry = {
  producerId: 1000,
  producerEpoch: 0,
  lastSequence: 7,
  lastOffset: 12,
  offsetDelta: 2,
  timestamp: 1_700_000_000_000,
  coordinatorEpoch: -1,
  currentTxnFirstOffset: -1,
};

// ProducerStateManager.writeSnapshot (storage/src/main/java/org/apache/kafka/storage/internals/log/
// ProducerStateManager.java, Kafka 3.9): PID_SNAPSHOT_MAP_SCHEMA = version int16, crc uint32,
// producer_entries array of PRODUCER_SNAPSHOT_ENTRY_SCHEMA; CRC-32C over bytes 6..end.
describe('producer snapshot bytes', () => {
  it('an empty snapshot is 10 bytes: version 1, CRC-32C of the zero entry count, count 0', () => {
    const bytes = encodeProducerSnapshot([]);
    expect(bytes.length).toBe(PRODUCER_SNAPSHOT_HEADER_BYTES);
    expect(hex(bytes)).toBe('00 01 48 67 4b c7 00 00 00 00');
    // 0x48674bc7 = CRC-32C of four zero bytes, the only bytes after the crc field.
    expect(crc32c(new Uint8Array(4))).toBe(0x48674bc7);
  });

  it('one entry adds 46 bytes in schema order, big-endian, with −1 as all ones', () => {
    const bytes = encodeProducerSnapshot([ENTRY]);
    expect(bytes.length).toBe(PRODUCER_SNAPSHOT_HEADER_BYTES + PRODUCER_SNAPSHOT_ENTRY_BYTES);
    const body = [
      '00 00 00 01', // producer_entries: 1 entry
      '00 00 00 00 00 00 03 e8', // producer_id 1000
      '00 00', // epoch 0
      '00 00 00 07', // last_sequence 7
      '00 00 00 00 00 00 00 0c', // last_offset 12
      '00 00 00 02', // offset_delta 2
      '00 00 01 8b cf e5 68 00', // timestamp 1_700_000_000_000
      'ff ff ff ff', // coordinator_epoch −1
      'ff ff ff ff ff ff ff ff', // current_txn_first_offset −1
    ].join(' ');
    expect(hex(bytes.subarray(6))).toBe(body);
    const crc = crc32c(bytes, 6);
    expect(hex(bytes.subarray(0, 6))).toBe(
      `00 01 ${hex(new Uint8Array([crc >>> 24, crc >>> 16, crc >>> 8, crc]))}`,
    );
  });

  it('reads back what it wrote, in order', () => {
    const second = { ...ENTRY, producerId: 2 ** 40 + 5, producerEpoch: 3, lastSequence: -1, lastOffset: -1 };
    expect(decodeProducerSnapshot(encodeProducerSnapshot([ENTRY, second]))).toEqual([ENTRY, second]);
    expect(decodeProducerSnapshot(encodeProducerSnapshot([]))).toEqual([]);
  });

  it('rejects what readSnapshot rejects: bad schema, unknown version, CRC mismatch', () => {
    const good = encodeProducerSnapshot([ENTRY]);
    const short = good.slice(0, good.length - 1);
    expect(() => decodeProducerSnapshot(short)).toThrow(CorruptSnapshotError);
    expect(() => decodeProducerSnapshot(short)).toThrow(/schema validation/);
    expect(() => decodeProducerSnapshot(new Uint8Array(3))).toThrow(/schema validation/);

    const version2 = good.slice();
    version2[1] = 2;
    expect(() => decodeProducerSnapshot(version2)).toThrow('Snapshot contained an unknown file version 2');

    const flipped = good.slice();
    flipped[20] = (flipped[20] as number) ^ 1;
    expect(() => decodeProducerSnapshot(flipped)).toThrow(
      /^Snapshot is corrupt \(CRC is no longer valid\)\. Stored crc: \d+\. Computed crc: \d+$/,
    );
  });
});
