import { describe, expect, it } from 'vitest';
import { Log } from './log';
import type { LogConfig } from './log-config';
import type { LogEvent } from './log-events';
import { seededInts, sizedBatch, testConfig, text } from './test-kit';

function newLog(config: Partial<LogConfig>): Log {
  return Log.create({
    topic: 'demo',
    partition: 0,
    config: testConfig(config),
    nowMs: 0,
    nextInt: seededInts(3),
  });
}

/** Appends `count` one-record batches of 100 bytes with the given timestamps, HW following the LEO. */
function append100(log: Log, count: number, timestamp: (i: number) => number = () => 0): void {
  for (let i = 0; i < count; i++) {
    log.appendAsLeader(sizedBatch(100, timestamp(i)), { leaderEpoch: 0, nowMs: 0 });
    log.updateHighWatermark(log.logEndOffset);
  }
}

const deletions = (events: LogEvent[]) => events.filter((e) => e.type === 'segment-deleted');

describe('retention.bytes (KAFKA-REFERENCE §3.5 worked example)', () => {
  it('segments 1000/1000/1000/400 with a 2500 limit: nothing; after +600 B one segment goes and the log starts at 10', () => {
    const log = newLog({ segmentBytes: 1000, retentionBytes: 2500, retentionMs: -1 });
    append100(log, 34);
    expect(log.segments.map((s) => [s.baseOffset, s.size])).toEqual([
      [0, 1000],
      [10, 1000],
      [20, 1000],
      [30, 400],
    ]);
    expect(log.deleteOldSegments(0)).toBe(0); // diff 900 < 1000
    append100(log, 6);
    expect(log.size).toBe(4000);
    log.takeEvents();
    expect(log.deleteOldSegments(0)).toBe(1); // diff 1500: segment 0 (→ 500), then 500 − 1000 < 0 stops
    expect(log.logStartOffset).toBe(10);
    expect(log.segments.map((s) => s.baseOffset)).toEqual([10, 20, 30]);
    const events = log.takeEvents();
    // UnifiedLog.deleteSegments (Kafka 3.9) increments the log start offset before removing the segments.
    expect(events.map((e) => e.type)).toEqual(['log-start-offset-advanced', 'segment-deleted']);
    expect(deletions(events)).toEqual([
      {
        type: 'segment-deleted',
        baseOffset: 0,
        sizeInBytes: 1000,
        reason: { kind: 'retention.bytes', logSizeBytes: 4000, retentionBytes: 2500, segmentSizeBytes: 1000 },
        renamedTo: [
          '00000000000000000000.log.deleted',
          '00000000000000000000.index.deleted',
          '00000000000000000000.timeindex.deleted',
        ],
        fileDeleteDueMs: 60_000,
      },
    ]);
    expect(events).toContainEqual({
      type: 'log-start-offset-advanced',
      from: 0,
      to: 10,
      reason: 'segment deletion',
    });
  });
});

describe('retention.ms', () => {
  it('compares now with the segment’s largest record timestamp, strictly greater', () => {
    const log = newLog({ segmentBytes: 1000, retentionMs: 1000 });
    append100(log, 10, (i) => (i === 9 ? 5000 : i)); // segment 0: newest record at 5000
    append100(log, 10, () => 100); // segment 10: all at 100, but the walk stops at segment 0
    append100(log, 1, () => 9000);
    expect(log.deleteOldSegments(6000)).toBe(0); // 6000 − 5000 = 1000, not > 1000
    expect(log.deleteOldSegments(6001)).toBe(2);
    expect(deletions(log.takeEvents()).map((e) => e.reason)).toEqual([
      { kind: 'retention.ms', largestTimestamp: 5000, nowMs: 6001, retentionMs: 1000 },
      { kind: 'retention.ms', largestTimestamp: 100, nowMs: 6001, retentionMs: 1000 },
    ]);
  });

  it('never deletes a segment whose upper bound is above the high watermark', () => {
    const log = newLog({ segmentBytes: 1000, retentionMs: 1000 });
    append100(log, 30);
    log.updateHighWatermark(19); // inside segment 10
    expect(log.deleteOldSegments(1_000_000)).toBe(1); // only segment 0 (upper bound 10 ≤ 19)
    expect(log.logStartOffset).toBe(10);
    log.updateHighWatermark(20);
    expect(log.deleteOldSegments(1_000_000)).toBe(1); // segment 10 (upper bound 20 ≤ 20)
    expect(log.segments.map((s) => s.baseOffset)).toEqual([20]);
  });

  it('an idle topic past retention ends with one empty segment at the LEO (the active segment is not exempt)', () => {
    const log = newLog({ segmentBytes: 1000, retentionMs: 1000 });
    append100(log, 25);
    log.takeEvents();
    expect(log.deleteOldSegments(10_000)).toBe(3);
    expect(log.segments.map((s) => [s.baseOffset, s.size])).toEqual([[25, 0]]);
    expect([log.logStartOffset, log.logEndOffset, log.highWatermark]).toEqual([25, 25, 25]);
    const events = log.takeEvents();
    expect(events[0]).toEqual({
      type: 'segment-rolled',
      previousBaseOffset: 20,
      baseOffset: 25,
      reason: 'retention',
    });
    expect(log.deleteOldSegments(20_000)).toBe(0); // the last segment, empty, never goes
    // Offsets are never reused.
    expect(log.appendAsLeader(sizedBatch(100, 0), { leaderEpoch: 0, nowMs: 0 }).baseOffset).toBe(25);
  });

  it('retention.ms −1 keeps everything', () => {
    const log = newLog({ segmentBytes: 1000, retentionMs: -1 });
    append100(log, 25);
    expect(log.deleteOldSegments(Number.MAX_SAFE_INTEGER)).toBe(0);
  });
});

describe('log start offset rule', () => {
  it('deletes segments that end at or below the log start offset, also for compact-only topics', () => {
    const log = newLog({ segmentBytes: 1000, cleanupPolicy: ['compact'] });
    for (let i = 0; i < 30; i++) {
      log.appendAsLeader(sizedBatch(100, 0, new Uint8Array([1])), { leaderEpoch: 0, nowMs: 0 });
    }
    log.updateHighWatermark(log.logEndOffset);
    log.maybeIncrementLogStartOffset(15, 'client record deletion');
    expect(log.deleteOldSegments(1e12)).toBe(1);
    expect(log.segments.map((s) => s.baseOffset)).toEqual([10, 20]);
    expect(log.logStartOffset).toBe(15); // never moved down to the first base offset
  });

  it('refuses to move the log start offset above the high watermark', () => {
    const log = newLog({});
    append100(log, 3);
    log.updateHighWatermark(2);
    expect(() => log.maybeIncrementLogStartOffset(3, 'client record deletion')).toThrow(
      /larger than the high watermark 2/,
    );
  });
});

describe('asynchronous deletion (KAFKA-REFERENCE §3.4)', () => {
  it('renames files to .deleted at once and removes them file.delete.delay.ms later', () => {
    const log = newLog({ segmentBytes: 1000, retentionMs: 10, fileDeleteDelayMs: 60_000 });
    append100(log, 15, (i) => (i < 10 ? 0 : 995)); // only segment 0 is past retention at 1000
    log.takeFileOps();
    log.deleteOldSegments(1000);
    expect(log.takeFileOps()).toEqual([
      // The log start offset moved to 10 first: epoch 0 now starts there (LeaderEpochFileCache.truncateFromStart).
      { kind: 'truncate', name: 'leader-epoch-checkpoint', size: 0 },
      { kind: 'rename', from: '00000000000000000000.log', to: '00000000000000000000.log.deleted' },
      { kind: 'rename', from: '00000000000000000000.index', to: '00000000000000000000.index.deleted' },
      {
        kind: 'rename',
        from: '00000000000000000000.timeindex',
        to: '00000000000000000000.timeindex.deleted',
      },
    ]);
    expect(text(log.file('leader-epoch-checkpoint')?.readAll() ?? null)).toBe('0\n1\n0 10\n');
    expect(log.files().filter((f) => f.name.endsWith('.deleted')).length).toBe(3);
    expect(log.nextFileDeletionDueMs()).toBe(61_000);
    expect(log.deleteExpiredFiles(60_999)).toEqual([]);
    expect(log.deleteExpiredFiles(61_000)).toEqual([
      '00000000000000000000.log.deleted',
      '00000000000000000000.index.deleted',
      '00000000000000000000.timeindex.deleted',
    ]);
    expect(log.takeFileOps().map((o) => o.kind)).toEqual(['delete', 'delete', 'delete']);
    expect(log.files().some((f) => f.name.endsWith('.deleted'))).toBe(false);
    expect(log.nextFileDeletionDueMs()).toBeNull();
  });
});
