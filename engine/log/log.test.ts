import { describe, expect, it } from 'vitest';
import { decodeRecordBatches, encodeRecordBatch, readBatchHeader } from '../codec';
import { ColdChunkError } from './chunked-file';
import { Log } from './log';
import type { LogConfig } from './log-config';
import { LogError } from './log-errors';
import { keyedBatch, seededInts, sizedBatch, testConfig, text, utf8 } from './test-kit';

function newLog(config: Partial<LogConfig> = {}, nextInt = seededInts(7)): Log {
  return Log.create({ topic: 'demo', partition: 0, config: testConfig(config), nowMs: 0, nextInt });
}

const leader = (nowMs = 0) => ({ leaderEpoch: 0, nowMs });

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof LogError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('a new log', () => {
  it('has one empty segment at 0 with Kafka file names and an empty leader-epoch-checkpoint', () => {
    const log = newLog();
    expect(log.name).toBe('demo-0');
    expect(log.files().map((f) => f.name)).toEqual([
      '00000000000000000000.index',
      '00000000000000000000.log',
      '00000000000000000000.timeindex',
      'leader-epoch-checkpoint',
    ]);
    expect(text(log.file('leader-epoch-checkpoint')?.readAll() ?? null)).toBe('0\n0\n');
    expect([log.logStartOffset, log.logEndOffset, log.highWatermark]).toEqual([0, 0, 0]);
  });

  it('names segments by base offset with 20 digits (base 123 → 00000000000000000123.log)', () => {
    const log = Log.create({
      topic: 'demo',
      partition: 0,
      config: testConfig(),
      nowMs: 0,
      nextInt: seededInts(1),
      logStartOffset: 123,
    });
    expect(log.files().map((f) => f.name)).toContain('00000000000000000123.log');
  });
});

describe('appendAsLeader', () => {
  it('assigns contiguous offsets from the LEO and stamps the leader epoch', () => {
    const log = newLog();
    const a = log.appendAsLeader(keyedBatch(100, ['a', '1'], ['b', '2']), { leaderEpoch: 3, nowMs: 5 });
    const b = log.appendAsLeader(keyedBatch(101, ['c', '3']), { leaderEpoch: 3, nowMs: 6 });
    expect([a.baseOffset, a.lastOffset, b.baseOffset, b.lastOffset]).toEqual([0, 1, 2, 2]);
    expect(log.logEndOffset).toBe(3);
    expect(log.highWatermark).toBe(0); // the caller moves the HW
    const batches = decodeRecordBatches(log.activeSegment.log.readAll());
    expect(batches.map((x) => [x.baseOffset, x.partitionLeaderEpoch])).toEqual([
      [0, 3],
      [2, 3],
    ]);
    expect(log.leaderEpochEntries()).toEqual([{ epoch: 3, startOffset: 0 }]);
    expect(text(log.file('leader-epoch-checkpoint')?.readAll() ?? null)).toBe('0\n1\n3 0\n');
  });

  it('stores producer-built bytes with offsets rewritten in place and the CRC unchanged', () => {
    const log = newLog();
    log.appendAsLeader(keyedBatch(1, ['x', 'y']), leader());
    const produced = encodeRecordBatch({
      baseOffset: 0,
      records: [{ timestamp: 1700000000000, key: null, value: utf8('hello') }],
    });
    log.appendAsLeader(produced, leader());
    const stored = log.read(1, { maxBytes: 1000, upTo: 'logEndOffset' }).records;
    expect(readBatchHeader(stored, 0).baseOffset).toBe(1);
    expect(readBatchHeader(stored, 0).crc).toBe(3863061579); // KAFKA-REFERENCE §1.8 Example A
  });

  it('LogAppendTime: maxTimestamp becomes the broker time, attribute bit 3 set, CRC recomputed', () => {
    const log = newLog({ messageTimestampType: 'LogAppendTime' });
    const result = log.appendAsLeader(keyedBatch(5, ['k', 'v']), leader(9_999));
    expect(result.logAppendTime).toBe(9_999);
    const [batch] = decodeRecordBatches(log.activeSegment.log.readAll()); // throws on a bad CRC
    expect(batch?.maxTimestamp).toBe(9_999);
    expect((batch?.attributes ?? 0) & 0x08).toBe(0x08);
    expect(batch?.records[0]?.timestamp).toBe(9_999);
  });

  it('rejects records without a key on a compacted topic', () => {
    const log = newLog({ cleanupPolicy: ['compact'] });
    expect(codeOf(() => log.appendAsLeader(keyedBatch(0, [null, 'v']), leader()))).toBe(
      "INVALID_RECORD: One or more records have been rejected due to 1 record errors in total, and only showing the first three errors at most: [RecordError(batchIndex=0, message='Compacted topic cannot accept message without key in topic partition demo-0')]",
    );
    expect(log.logEndOffset).toBe(0);
  });

  it('rejects a batch above max.message.bytes (MESSAGE_TOO_LARGE) and an append above segment.bytes (RECORD_LIST_TOO_LARGE)', () => {
    expect(codeOf(() => newLog({ maxMessageBytes: 100 }).appendAsLeader(sizedBatch(101, 0), leader()))).toBe(
      'MESSAGE_TOO_LARGE: The record batch size in the append to demo-0 is 101 bytes which exceeds the maximum configured value of 100.',
    );
    expect(codeOf(() => newLog({ segmentBytes: 100 }).appendAsLeader(sizedBatch(101, 0), leader()))).toBe(
      'RECORD_LIST_TOO_LARGE: Message batch size is 101 bytes in append to partition demo-0, which exceeds the maximum configured segment size of 100.',
    );
  });

  it('rejects an empty batch and a corrupt one', () => {
    expect(codeOf(() => newLog().appendAsLeader({ records: [] }, leader()))).toBe(
      'INVALID_RECORD: Invalid reported count for record batch: 0 in topic partition demo-0.',
    );
    const bytes = encodeRecordBatch({
      baseOffset: 0,
      records: [{ timestamp: 0, key: null, value: utf8('v') }],
    });
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 1;
    expect(codeOf(() => newLog().appendAsLeader(bytes, leader()))).toMatch(
      /^CORRUPT_MESSAGE: Record is corrupt \(stored crc = \d+\) in topic partition demo-0\.$/,
    );
  });
});

describe('roll before append (KAFKA-REFERENCE §2.6)', () => {
  it('rolls by size: an append that would pass segment.bytes goes to a new segment at the LEO', () => {
    const log = newLog({ segmentBytes: 1000 });
    log.appendAsLeader(sizedBatch(500, 0), leader());
    expect(log.appendAsLeader(sizedBatch(500, 0), leader()).rolled).toBeNull(); // exactly 1000: no roll
    const third = log.appendAsLeader(sizedBatch(500, 0), leader());
    expect(third.rolled).toBe('segment.bytes');
    expect(log.segments.map((s) => [s.baseOffset, s.size])).toEqual([
      [0, 1000],
      [2, 500],
    ]);
    expect(log.takeEvents().filter((e) => e.type === 'segment-rolled')).toEqual([
      { type: 'segment-rolled', previousBaseOffset: 0, baseOffset: 2, reason: 'segment.bytes' },
    ]);
  });

  it('rolls by segment.ms measured on record timestamps, minus the segment’s jitter', () => {
    // Jitter: abs(nextInt) % min(segment.jitter.ms, segment.ms) = 250 % 1000.
    const log = newLog({ segmentMs: 10_000, segmentJitterMs: 1000 }, () => 250);
    expect(log.activeSegment.rollJitterMs).toBe(250);
    log.appendAsLeader(keyedBatch(1_000, ['k', 'v']), leader(0));
    // Wall clock far ahead: no roll, only record timestamps count.
    expect(log.appendAsLeader(keyedBatch(10_750, ['k', 'v']), leader(1e9)).rolled).toBeNull();
    expect(log.appendAsLeader(keyedBatch(10_751, ['k', 'v']), leader(1e9)).rolled).toBe('segment.ms');
  });

  it('rolls when the time index is full (tiny segment.index.bytes)', () => {
    const log = newLog({ segmentIndexBytes: 36, indexIntervalBytes: 0 });
    for (let i = 0; i < 4; i++) log.appendAsLeader(keyedBatch(i + 1, ['k', 'v']), leader());
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 3]);
    expect(log.takeEvents().some((e) => e.type === 'segment-rolled' && e.reason === 'time index full')).toBe(
      true,
    );
  });

  it('with segment.index.bytes 4 every append rolls, and the first replaces the empty segment 0 (KAFKA-6388 path)', () => {
    const log = newLog({ segmentIndexBytes: 4 });
    for (let i = 0; i < 3; i++) log.appendAsLeader(keyedBatch(i, ['k', 'v']), leader());
    expect(log.segments.map((s) => [s.baseOffset, s.recordCount])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    const deleted = log.takeEvents().filter((e) => e.type === 'segment-deleted');
    expect(deleted.map((e) => e.type === 'segment-deleted' && e.reason)).toEqual([{ kind: 'log roll' }]);
    expect(log.files().map((f) => f.name)).toContain('00000000000000000000.log.deleted');
  });

  it('rolls on relative-offset overflow, at the incoming batch’s first offset when above the LEO (follower)', () => {
    const log = newLog();
    log.appendAsFollower(
      encodeRecordBatch({
        baseOffset: 0,
        partitionLeaderEpoch: 0,
        records: [{ timestamp: 0, key: null, value: null }],
      }),
      { nowMs: 0 },
    );
    const far = 2 ** 31 + 5;
    const result = log.appendAsFollower(
      encodeRecordBatch({
        baseOffset: far,
        partitionLeaderEpoch: 0,
        records: [{ timestamp: 0, key: null, value: null }],
      }),
      { nowMs: 0 },
    );
    expect(result.rolled).toBe('offset overflow');
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, far]);
    expect(log.logEndOffset).toBe(far + 1);
  });
});

describe('read (KAFKA-REFERENCE §2.5)', () => {
  function logWith(batches: number, recordsPerBatch = 3): Log {
    const log = newLog({ indexIntervalBytes: 0, segmentBytes: 400 });
    for (let b = 0; b < batches; b++) {
      const pairs = Array.from({ length: recordsPerBatch }, (_, i): [string, string] => [
        `k${b}`,
        `v${b * recordsPerBatch + i}`,
      ]);
      log.appendAsLeader(keyedBatch(b, ...pairs), leader());
    }
    log.updateHighWatermark(log.logEndOffset);
    return log;
  }

  it('returns whole batches starting with the one holding the offset', () => {
    const log = logWith(6);
    const result = log.read(4, { maxBytes: 1, upTo: 'highWatermark', decode: true });
    expect(result.batches.map((b) => [b.baseOffset, b.lastOffset])).toEqual([[3, 5]]);
    expect(result.decoded?.[0]?.records.map((r) => r.offset)).toEqual([3, 4, 5]);
  });

  it('reads from one segment only and at most maxBytes of whole batches', () => {
    const log = logWith(6);
    expect(log.segments.length).toBeGreaterThan(1);
    const first = log.segments[0];
    const all = log.read(0, { maxBytes: 1_000_000, upTo: 'logEndOffset' });
    expect(all.batches.every((b) => b.segmentBaseOffset === 0)).toBe(true);
    expect(all.records.length).toBe(first?.size);
    const one = log.read(0, { maxBytes: all.batches[0]?.sizeInBytes ?? 0, upTo: 'logEndOffset' });
    expect(one.batches.length).toBe(1);
  });

  it('is empty at or above the high watermark, and out of range above the LEO or below the log start', () => {
    const log = logWith(3);
    log.updateHighWatermark(6);
    expect(log.read(6, { maxBytes: 1000, upTo: 'highWatermark' }).batches).toEqual([]);
    expect(log.read(7, { maxBytes: 1000, upTo: 'highWatermark' }).batches).toEqual([]);
    expect(log.read(3, { maxBytes: 1000, upTo: 'highWatermark' }).batches.map((b) => b.baseOffset)).toEqual([
      3,
    ]);
    expect(log.read(6, { maxBytes: 1000, upTo: 'logEndOffset' }).batches.map((b) => b.baseOffset)).toEqual([
      6,
    ]);
    expect(log.read(9, { maxBytes: 1000, upTo: 'logEndOffset' }).batches).toEqual([]);
    expect(codeOf(() => log.read(10, { maxBytes: 1000, upTo: 'logEndOffset' }))).toBe(
      'OFFSET_OUT_OF_RANGE: Received request for offset 10 for partition demo-0, but we only have log segments upto 9.',
    );
    log.updateHighWatermark(9);
    log.maybeIncrementLogStartOffset(4, 'client record deletion');
    expect(codeOf(() => log.read(3, { maxBytes: 1000, upTo: 'logEndOffset' }))).toBe(
      'OFFSET_OUT_OF_RANGE: Received request for offset 3 for partition demo-0, but we only have log segments starting from offset: 4.',
    );
  });

  it('readRecords walks segments and returns decoded records from an offset', () => {
    const log = logWith(6);
    const records = log.readRecords(4, 12);
    expect(records.map((r) => r.offset)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(text(records[0]?.value ?? null)).toBe('v4');
    expect(new Set(records.map((r) => r.segmentBaseOffset)).size).toBeGreaterThan(1);
  });
});

describe('truncation', () => {
  it('truncateTo cuts at batch boundaries, drops later segments as .deleted and resets LEO/HW', () => {
    const log = newLog({ segmentBytes: 200 });
    for (let i = 0; i < 6; i++)
      log.appendAsLeader(keyedBatch(i, ['k', `v${i}`], ['k', `w${i}`]), {
        leaderEpoch: i < 3 ? 0 : 1,
        nowMs: 0,
      });
    log.updateHighWatermark(12);
    const bases = log.segments.map((s) => s.baseOffset);
    expect(bases.length).toBeGreaterThan(2);
    log.takeFileOps();
    expect(log.truncateTo(6, 100)).toBe(true);
    expect(log.logEndOffset).toBe(6);
    expect(log.highWatermark).toBe(6);
    expect(log.segments.every((s) => s.baseOffset <= 6)).toBe(true);
    expect(log.readRecords(0, 100).map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(log.leaderEpochEntries()).toEqual([{ epoch: 0, startOffset: 0 }]);
    expect(log.files().some((f) => f.name.endsWith('.log.deleted'))).toBe(true);
    // Appending continues at 6.
    expect(log.appendAsLeader(keyedBatch(9, ['k', 'z']), { leaderEpoch: 2, nowMs: 0 }).baseOffset).toBe(6);
  });

  it('truncateFullyAndStartAt replaces every segment with one empty segment at the new offset', () => {
    const log = newLog();
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    log.truncateFullyAndStartAt(50, 0);
    expect([log.logStartOffset, log.logEndOffset, log.highWatermark]).toEqual([50, 50, 50]);
    expect(log.segments.map((s) => s.baseOffset)).toEqual([50]);
    expect(log.leaderEpochEntries()).toEqual([]);
    expect(log.files().map((f) => f.name)).toContain('00000000000000000000.log.deleted');
  });
});

describe('file ops', () => {
  it('reports creations and truncations in order for the persister', () => {
    const log = newLog({ segmentBytes: 100, retentionMs: 10, fileDeleteDelayMs: 60_000 });
    const ops0 = log.takeFileOps();
    expect(ops0.map((o) => o.kind)).toEqual(['create', 'create', 'create', 'create']);
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    expect(log.takeFileOps()).toEqual([
      // Epoch 0 starts at offset 0: the checkpoint file is rewritten (cut, then new bytes as dirty chunks).
      { kind: 'truncate', name: 'leader-epoch-checkpoint', size: 0 },
      { kind: 'create', name: '00000000000000000001.log' },
      { kind: 'create', name: '00000000000000000001.index' },
      { kind: 'create', name: '00000000000000000001.timeindex' },
      // UnifiedLog.roll snapshots the producer state at the new segment's base offset.
      { kind: 'create', name: '00000000000000000001.snapshot' },
    ]);
  });

  it('lists files with their on-disk sizes: the active segment’s indexes are pre-allocated', () => {
    const log = newLog({ segmentBytes: 100, segmentIndexBytes: 1000 });
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    log.writePartitionMetadata('W0b5ZGF3S0-9BaLwMI5B2A');
    const listing = new Map(log.fileListing().map((f) => [f.name, [f.sizeBytes, f.allocatedBytes]]));
    expect(listing.get('00000000000000000000.index')).toEqual([0, 0]); // rolled: trimmed
    expect(listing.get('00000000000000000000.timeindex')).toEqual([12, 12]); // the final entry at roll
    expect(listing.get('00000000000000000001.index')).toEqual([0, 1000]);
    expect(listing.get('00000000000000000001.timeindex')).toEqual([0, 996]);
    expect(text(log.file('partition.metadata')?.readAll() ?? null)).toBe(
      'version: 0\ntopic_id: W0b5ZGF3S0-9BaLwMI5B2A',
    );
  });
});

describe('page cache contract', () => {
  it('an append that needs an evicted chunk throws ColdChunkError before changing anything, and works once it is loaded', () => {
    const log = Log.create({
      topic: 'demo',
      partition: 0,
      config: testConfig(),
      nowMs: 0,
      nextInt: seededInts(1),
      chunkBytes: 64,
    });
    for (let i = 0; i < 3; i++) log.appendAsLeader(keyedBatch(i, ['k', `v${i}`]), leader());
    const file = log.activeSegment.log;
    const tail = Math.floor(file.size / 64);
    const saved = file.peekChunk(tail)?.slice() ?? new Uint8Array();
    file.takeDirty(); // persisted
    log.takeFileOps();
    expect(file.evict(tail)).toBeGreaterThan(0);
    expect(() => log.appendAsLeader(keyedBatch(9, ['k', 'x']), leader())).toThrow(ColdChunkError);
    expect(log.logEndOffset).toBe(3);
    expect(log.takeFileOps()).toEqual([]);
    expect(() => log.read(2, { maxBytes: 1000, upTo: 'logEndOffset' })).toThrow(ColdChunkError);
    file.load(tail, saved);
    expect(log.appendAsLeader(keyedBatch(9, ['k', 'x']), leader()).baseOffset).toBe(3);
    expect(log.readRecords(0, 10).map((r) => text(r.value))).toEqual(['v0', 'v1', 'v2', 'x']);
  });
});
