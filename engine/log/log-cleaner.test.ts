import { describe, expect, it } from 'vitest';
import { decodeRecordBatches, encodeRecordBatch } from '../codec';
import { batchesFrom } from './file-records';
import { Log } from './log';
import { cleanLog, grabFilthiestCompactedLog, groupSegmentsBySize, logToClean } from './log-cleaner';
import type { LogConfig } from './log-config';
import { keyedBatch, seededInts, testConfig, text, utf8 } from './test-kit';

function compactedLog(config: Partial<LogConfig> = {}): Log {
  return Log.create({
    topic: 'compacted',
    partition: 0,
    config: testConfig({ cleanupPolicy: ['compact'], segmentBytes: 200, ...config }),
    nowMs: 0,
    nextInt: seededInts(5),
  });
}

/** Appends one keyed record per batch (value null = tombstone), HW following the LEO. */
function put(log: Log, timestamp: number, key: string, value: string | null): void {
  log.appendAsLeader(keyedBatch(timestamp, [key, value]), { leaderEpoch: 0, nowMs: timestamp });
  log.updateHighWatermark(log.logEndOffset);
}

const contents = (log: Log) => log.readRecords(0, 1000).map((r) => [r.offset, text(r.key), text(r.value)]);

describe('cleaning a compacted log (KAFKA-REFERENCE §4)', () => {
  it('keeps the latest value per key, preserves offsets (with gaps) and leaves the active segment alone', () => {
    const log = compactedLog();
    for (const [k, v] of [
      ['a', '1'],
      ['b', '1'],
      ['a', '2'],
      ['c', '1'],
      ['b', '2'],
      ['a', '3'],
      ['c', null],
      ['d', '1'],
    ] as const) {
      put(log, 1000, k, v);
    }
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 2, 4, 6]);
    const activeBytes = log.activeSegment.log.readAll();
    const toClean = grabFilthiestCompactedLog([log], 2000);
    expect(toClean).toMatchObject({
      firstDirtyOffset: 0,
      firstUncleanableOffset: 6,
      cleanBytes: 0,
      cleanableRatio: 1,
    });
    const result = cleanLog(toClean as NonNullable<typeof toClean>, 2000);
    expect(result.endOffset).toBe(6);
    expect(log.cleanerCheckpoint).toBe(6);
    expect(contents(log)).toEqual([
      [3, 'c', '1'],
      [4, 'b', '2'],
      [5, 'a', '3'],
      [6, 'c', null],
      [7, 'd', '1'],
    ]);
    expect(log.activeSegment.log.readAll()).toEqual(activeBytes);
    expect(log.logEndOffset).toBe(8);
    // Segment 0 lost every record; its replacement is an empty segment that keeps base offset 0.
    expect(log.segments.map((s) => [s.baseOffset, s.recordCount])).toEqual([
      [0, 0],
      [2, 1],
      [4, 2],
      [6, 2],
    ]);
  });

  it('keeps a batch’s baseOffset and lastOffsetDelta when some of its records go', () => {
    const log = compactedLog({ segmentBytes: 1000 });
    log.appendAsLeader(keyedBatch(0, ['a', '1'], ['b', '1'], ['a', '2']), { leaderEpoch: 0, nowMs: 0 });
    log.roll(0, undefined, 'segment.bytes');
    log.appendAsLeader(keyedBatch(0, ['z', '1']), { leaderEpoch: 0, nowMs: 0 });
    log.updateHighWatermark(log.logEndOffset);
    cleanLog(logToClean(log, 0), 0);
    const [batch] = decodeRecordBatches(log.segments[0]?.log.readAll() ?? new Uint8Array());
    expect(batch?.baseOffset).toBe(0);
    expect(batch?.lastOffsetDelta).toBe(2);
    expect(batch?.records.map((r) => r.offset)).toEqual([1, 2]);
  });

  it('writes the replacement as .cleaned, swaps it in and leaves the replaced files as .deleted', () => {
    const log = compactedLog();
    for (const k of ['a', 'a', 'a', 'b']) put(log, 0, k, 'v');
    log.takeFileOps();
    cleanLog(logToClean(log, 0), 0);
    const ops = log.takeFileOps();
    expect(ops.slice(0, 6)).toEqual([
      { kind: 'create', name: '00000000000000000000.log.cleaned' },
      { kind: 'create', name: '00000000000000000000.index.cleaned' },
      { kind: 'create', name: '00000000000000000000.timeindex.cleaned' },
      { kind: 'rename', from: '00000000000000000000.log.cleaned', to: '00000000000000000000.log.swap' },
      { kind: 'rename', from: '00000000000000000000.index.cleaned', to: '00000000000000000000.index.swap' },
      {
        kind: 'rename',
        from: '00000000000000000000.timeindex.cleaned',
        to: '00000000000000000000.timeindex.swap',
      },
    ]);
    expect(ops.slice(6, 9).map((o) => o.kind === 'rename' && o.to)).toEqual([
      '00000000000000000000.log.deleted',
      '00000000000000000000.index.deleted',
      '00000000000000000000.timeindex.deleted',
    ]);
    expect(ops[9]).toEqual({
      kind: 'rename',
      from: '00000000000000000000.log.swap',
      to: '00000000000000000000.log',
    });
  });
});

describe('tombstones and delete.retention.ms (KIP-534)', () => {
  it('sets the delete horizon on first cleaning and drops the tombstone once now ≥ horizon', () => {
    const log = compactedLog({ deleteRetentionMs: 10_000, minCleanableDirtyRatio: 0.01 });
    put(log, 0, 'k', 'v1');
    put(log, 0, 'k', null);
    put(log, 0, 'x', '1'); // rolls: segments [0: k=v1, k=null] [2: x=1]
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 2]);
    cleanLog(logToClean(log, 1000), 1000);
    expect(contents(log)).toEqual([
      [1, 'k', null],
      [2, 'x', '1'],
    ]);
    const [batch] = decodeRecordBatches(log.segments[0]?.log.readAll() ?? new Uint8Array());
    expect((batch?.attributes ?? 0) & 0x40).toBe(0x40);
    expect(batch?.baseTimestamp).toBe(11_000); // cleaning time 1000 + delete.retention.ms

    put(log, 5000, 'x', '2'); // more dirty data so the cleaner comes back
    put(log, 5000, 'y', '1');
    cleanLog(logToClean(log, 10_999), 10_999);
    expect(contents(log).map((r) => r[0])).toContain(1); // 10999 < horizon: still there

    put(log, 20_000, 'y', '2');
    put(log, 20_000, 'z', '1');
    cleanLog(logToClean(log, 11_000), 11_000);
    expect(contents(log).some(([, key]) => key === 'k')).toBe(false);
  });
});

describe('when a log is cleaned', () => {
  it('the dirty ratio must be strictly above min.cleanable.dirty.ratio', () => {
    const log = compactedLog();
    for (const k of ['a', 'b', 'c', 'd', 'e']) put(log, 0, k, 'v');
    const ratio = logToClean(log, 0).cleanableRatio;
    log.updateConfig({ ...log.config, minCleanableDirtyRatio: ratio });
    expect(grabFilthiestCompactedLog([log], 0)).toBeNull();
    log.updateConfig({ ...log.config, minCleanableDirtyRatio: ratio - 1e-9 });
    expect(grabFilthiestCompactedLog([log], 0)?.log).toBe(log);
  });

  it('computes the ratio from clean bytes (below the checkpoint) and dirty bytes up to the active segment', () => {
    const log = compactedLog();
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) put(log, 0, k, 'v'); // 2 per segment: 0, 2, 4, 6
    log.cleanerCheckpoint = 4;
    const sizes = log.segments.map((s) => s.size);
    expect(logToClean(log, 0)).toMatchObject({
      firstDirtyOffset: 4,
      firstUncleanableOffset: 6,
      cleanBytes: (sizes[0] ?? 0) + (sizes[1] ?? 0),
      cleanableBytes: sizes[2],
    });
  });

  it('never cleans at or above the high watermark (rounded down to its segment)', () => {
    const log = compactedLog();
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) put(log, 0, k, 'v');
    log.updateHighWatermark(5);
    expect(logToClean(log, 0).firstUncleanableOffset).toBe(4);
  });

  it('min.compaction.lag.ms keeps young segments out of the cleanable range', () => {
    const log = compactedLog({ minCompactionLagMs: 1000 });
    put(log, 0, 'a', 'v');
    put(log, 0, 'b', 'v');
    put(log, 900, 'c', 'v');
    put(log, 900, 'd', 'v');
    put(log, 2000, 'e', 'v');
    expect(logToClean(log, 1500).firstUncleanableOffset).toBe(2); // segment 2 is 600 ms old
    expect(logToClean(log, 1901).firstUncleanableOffset).toBe(4);
  });

  it('max.compaction.lag.ms forces cleaning below the ratio', () => {
    const log = compactedLog({ maxCompactionLagMs: 5000, minCleanableDirtyRatio: 0.99 });
    for (const k of ['a', 'b', 'c', 'd', 'e']) put(log, 100, k, 'v');
    log.cleanerCheckpoint = 2;
    expect(grabFilthiestCompactedLog([log], 5100)).toBeNull();
    expect(grabFilthiestCompactedLog([log], 5101)?.needCompactionNow).toBe(true);
  });

  it('groups neighbouring segments up to segment.bytes, keeping the first base offset', () => {
    const log = compactedLog({ segmentBytes: 1000, segmentMs: 10 });
    for (let i = 0; i < 6; i++) put(log, i * 100, `k${i}`, 'v'); // each rolls by time: one batch per segment
    const groups = groupSegmentsBySize(log.segments.slice(0, 5), 1000, 10_485_760, 5);
    expect(groups.map((g) => g.map((s) => s.baseOffset))).toEqual([[0, 1, 2, 3, 4]]);
    cleanLog(logToClean(log, 1000), 1000);
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 5]);
    expect(contents(log).map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('the cleaned segment’s indexes', () => {
  // Kafka 3.9 clients/.../record/MemoryRecords.java `filterTo`: a rebuilt batch reports the offset of its
  // last RETAINED record as the filter result's maxOffset (the batch header keeps its original
  // lastOffset), and core/.../log/LogCleaner.scala `cleanInto` passes that maxOffset to
  // `LogSegment.append`, so it is what the offset-index entry of the cleaned segment records.
  it('indexes a rebuilt batch under its last retained record, not the batch’s last offset', () => {
    const log = compactedLog({ segmentBytes: 230, indexIntervalBytes: 0 });
    log.appendAsLeader(keyedBatch(0, ['a', '1']), { leaderEpoch: 0, nowMs: 0 }); // offset 0
    log.roll(0, undefined, 'segment.bytes');
    log.appendAsLeader(keyedBatch(0, ['x', '1'], ['y', '1']), { leaderEpoch: 0, nowMs: 0 }); // 1, 2
    log.roll(0, undefined, 'segment.bytes');
    log.appendAsLeader(keyedBatch(0, ['y', '2'.padEnd(120, '.')]), { leaderEpoch: 0, nowMs: 0 }); // 3
    log.roll(0, undefined, 'segment.bytes');
    log.appendAsLeader(keyedBatch(0, ['z', '1']), { leaderEpoch: 0, nowMs: 0 }); // 4, active
    log.updateHighWatermark(log.logEndOffset);
    cleanLog(logToClean(log, 0), 0);
    // Segments 0 and 1 fit one replacement; segment 3 (holding y=2) is a group of its own.
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 3, 4]);
    const cleaned = log.segments[0];
    const [, second] = decodeRecordBatches(cleaned?.log.readAll() ?? new Uint8Array());
    const secondPosition = cleaned === undefined ? -1 : [...batchesFrom(cleaned.log)][1]?.position;
    expect(second?.records.map((r) => r.offset)).toEqual([1]); // y=1 went
    expect(second?.baseOffset).toBe(1);
    expect(second?.lastOffsetDelta).toBe(1); // the header still ends at offset 2
    // The second source segment's append is indexed: offset 1 (x), at the rebuilt batch's position.
    expect(cleaned?.offsetIndex.allEntries()).toEqual([{ offset: 1, position: secondPosition }]);
    expect(cleaned?.nextOffset).toBe(3); // one past the header's last offset, as readNextOffset scans it
  });
});

describe('the cleaner checkpoint', () => {
  // Kafka 3.9 core/src/main/scala/kafka/log/LogCleaner.scala `buildOffsetMapForSegment` ends with
  // `map.updateLatestOffset(nextSegmentStartOffset - 1)` ("in the case of offsets gap, fast forward"), so
  // a cleaning round always checkpoints its first uncleanable offset, even when the offsets stop short of
  // it (a follower that appended past a gap left by the leader's compaction).
  it('moves to the first uncleanable offset across an offset gap, and the cleaner then rests', () => {
    const log = compactedLog({ segmentBytes: 1000, minCleanableDirtyRatio: 0.1 });
    log.appendAsFollower(
      encodeRecordBatch({ baseOffset: 0, records: [{ timestamp: 0, key: utf8('a'), value: utf8('1') }] }),
      { nowMs: 0 },
    );
    log.roll(0, 2, 'segment.ms'); // the next fetched batch starts at 2: offset 1 was compacted away
    log.appendAsFollower(
      encodeRecordBatch({ baseOffset: 2, records: [{ timestamp: 0, key: utf8('b'), value: utf8('1') }] }),
      { nowMs: 0 },
    );
    log.updateHighWatermark(log.logEndOffset);
    expect(log.segments.map((s) => [s.baseOffset, s.nextOffset])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const result = cleanLog(logToClean(log, 0), 0);
    expect(result.endOffset).toBe(2);
    expect(log.cleanerCheckpoint).toBe(2);
    expect(grabFilthiestCompactedLog([log], 0)).toBeNull(); // nothing dirty: no second pass
  });
});
