/**
 * Producer-state snapshot files as a Kafka 3.9 broker writes, renames and deletes them. Scenarios come
 * from Kafka's own tests in core/src/test/scala/unit/kafka/log/UnifiedLogTest.scala (3.9), named in
 * each test; the rules from core/src/main/scala/kafka/log/UnifiedLog.scala (`roll`, `deleteSegments`,
 * `truncateTo`, `truncateFullyAndStartAt`, `rebuildProducerState`, `deleteProducerSnapshots`) and
 * storage/.../internals/log/ProducerStateManager.java (`takeSnapshot`, `truncateAndReload`).
 */
import { describe, expect, it } from 'vitest';
import { ChunkedFile, ColdChunkError } from './chunked-file';
import { Log } from './log';
import { cleanLog, logToClean } from './log-cleaner';
import type { LogConfig } from './log-config';
import { decodeProducerSnapshot, encodeProducerSnapshot } from './producer-snapshot';
import { keyedBatch, seededInts, testConfig, utf8 } from './test-kit';

const EMPTY_SNAPSHOT = [0x00, 0x01, 0x48, 0x67, 0x4b, 0xc7, 0x00, 0x00, 0x00, 0x00];

function newLog(config: Partial<LogConfig> = {}, chunkBytes?: number): Log {
  return Log.create({
    topic: 'demo',
    partition: 0,
    config: testConfig(config),
    nowMs: 0,
    nextInt: seededInts(5),
    ...(chunkBytes === undefined ? {} : { chunkBytes }),
  });
}

const leader = (nowMs = 0) => ({ leaderEpoch: 0, nowMs });
const name = (offset: number, suffix = '') => `${String(offset).padStart(20, '0')}.snapshot${suffix}`;

/** Snapshot files in the directory, `.deleted` ones included, sorted as `ls` sorts them. */
function snapshotFiles(log: Log): string[] {
  return log
    .files()
    .map((f) => f.name)
    .filter((n) => n.includes('.snapshot'));
}

function bytesOf(log: Log, fileName: string): number[] {
  const file = log.file(fileName);
  if (file === undefined) throw new Error(`no ${fileName}`);
  return Array.from(file.readAll());
}

/** One record "v" from idempotent producer `producerId` with sequence `sequence`, at `timestamp`. */
function idempotent(producerId: number, sequence: number, timestamp = 1000, key = 'k') {
  return {
    records: [{ timestamp, key: utf8(key), value: utf8('v') }],
    producerId,
    producerEpoch: 0,
    baseSequence: sequence,
  };
}

describe('a snapshot at every roll (UnifiedLog.roll → takeSnapshot)', () => {
  it('names it after the new segment’s base offset and, with plain producers, writes the 10 empty-state bytes', () => {
    const log = newLog({ segmentBytes: 100 });
    expect(snapshotFiles(log)).toEqual([]); // a new log has none
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    expect(snapshotFiles(log)).toEqual([]); // appends alone write none
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader()); // 2 × 72 B > 100: rolls at offset 1
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 1]);
    expect(snapshotFiles(log)).toEqual([name(1)]);
    expect(bytesOf(log, name(1))).toEqual(EMPTY_SNAPSHOT);
    const listing = log.fileListing().find((f) => f.name === name(1));
    expect(listing).toEqual({ name: name(1), sizeBytes: 10, allocatedBytes: 10 });
  });

  it('testTakeSnapshotOnRollAndDeleteSnapshotOnRecoveryPointCheckpoint: one per roll, all kept', () => {
    const log = newLog();
    for (const [i, value] of ['a', 'b', 'c'].entries()) {
      log.appendAsLeader(keyedBatch(0, [null, value]), leader());
      log.roll(0, i + 1, 'segment.bytes');
    }
    expect(snapshotFiles(log)).toEqual([name(1), name(2), name(3)]);
  });

  it('is not written again when nothing was appended since the last one (lastMapOffset > lastSnapOffset)', () => {
    const log = newLog();
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    log.roll(0, undefined, 'segment.bytes');
    log.takeFileOps();
    // The empty active segment at 1 is replaced (the KAFKA-6388 path); the map still ends at 1.
    log.roll(0, undefined, 'index full');
    expect(snapshotFiles(log)).toEqual([name(1)]);
    expect(log.takeFileOps().filter((op) => op.kind === 'create' && op.name.endsWith('.snapshot'))).toEqual(
      [],
    );
    log.close(); // clean shutdown: nothing new since offset 1 either
    expect(snapshotFiles(log)).toEqual([name(1)]);
  });

  it('is written at the LEO at a clean shutdown when something was appended (UnifiedLog.close)', () => {
    const log = newLog();
    log.appendAsLeader(keyedBatch(0, ['k', 'v'], ['k', 'w']), leader());
    log.close();
    expect(snapshotFiles(log)).toEqual([name(2)]);
    expect(bytesOf(log, name(2))).toEqual(EMPTY_SNAPSHOT);
  });
});

describe('idempotent producers: real entries', () => {
  it('a roll snapshot holds each producer’s last batch, in java.util.HashMap order', () => {
    const log = newLog({ segmentBytes: 10_000 });
    log.appendAsLeader(idempotent(17, 0, 500), leader());
    log.appendAsLeader(idempotent(1, 0, 600), leader());
    log.appendAsLeader(
      {
        ...idempotent(17, 1, 700),
        records: [0, 1, 2].map((i) => ({ timestamp: 700 + i, key: null, value: null })),
      },
      leader(),
    ); // offsets 2–4, sequences 1–3
    log.appendAsLeader(idempotent(16, 5, 800), leader());
    log.roll(1000, undefined, 'segment.ms');
    const entries = decodeProducerSnapshot(new Uint8Array(bytesOf(log, name(6))));
    // Buckets of a 16-slot table: 16 → 0, then 17 and 1 → 1 in insertion order.
    expect(entries).toEqual([
      {
        producerId: 16,
        producerEpoch: 0,
        lastSequence: 5,
        lastOffset: 5,
        offsetDelta: 0,
        timestamp: 800,
        coordinatorEpoch: -1,
        currentTxnFirstOffset: -1,
      },
      {
        producerId: 17,
        producerEpoch: 0,
        lastSequence: 3,
        lastOffset: 4,
        offsetDelta: 2,
        timestamp: 702,
        coordinatorEpoch: -1,
        currentTxnFirstOffset: -1,
      },
      {
        producerId: 1,
        producerEpoch: 0,
        lastSequence: 0,
        lastOffset: 1,
        offsetDelta: 0,
        timestamp: 600,
        coordinatorEpoch: -1,
        currentTxnFirstOffset: -1,
      },
    ]);
    expect(bytesOf(log, name(6))).toEqual(Array.from(encodeProducerSnapshot(entries)));
    expect(bytesOf(log, name(6)).length).toBe(10 + 3 * 46);
  });

  it('testProducerSnapshotAfterSegmentRollOnAppend: truncating to the snapshot reloads the producer from it', () => {
    const log = newLog({ segmentBytes: 1024 });
    const big = (sequence: number) => ({
      ...idempotent(1, sequence),
      records: [{ timestamp: 0, key: null, value: new Uint8Array(512) }],
    });
    log.appendAsLeader(big(0), leader());
    log.appendAsLeader(big(1), leader()); // overflows the segment: rolls at 1
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 1]);
    expect(snapshotFiles(log)).toEqual([name(1)]);
    log.truncateTo(1, 0);
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 1]);
    expect(snapshotFiles(log)).toEqual([name(1)]);
    expect(log.producerStateManager.activeProducers().get(1)).toMatchObject({
      lastOffset: 0,
      lastSequence: 0,
    });
  });

  it('testProducerIdMapTruncateToWithNoSnapshots: with no snapshot, truncation replays the batches below the offset', () => {
    const log = newLog();
    log.appendAsLeader(idempotent(1, 0), leader());
    log.appendAsLeader(idempotent(1, 1), leader());
    expect(snapshotFiles(log)).toEqual([]);
    log.truncateTo(1, 0);
    expect([...log.producerStateManager.activeProducers().keys()]).toEqual([1]);
    expect(log.producerStateManager.activeProducers().get(1)?.lastSequence).toBe(0);
    expect(snapshotFiles(log)).toEqual([name(1)]); // rebuildProducerState ends with takeSnapshot at 1
    expect(decodeProducerSnapshot(new Uint8Array(bytesOf(log, name(1))))).toMatchObject([
      { producerId: 1, lastSequence: 0 },
    ]);
  });

  it('a truncation that must replay batches throws ColdChunkError before changing anything', () => {
    const log = newLog({}, 64);
    for (let i = 0; i < 4; i++) log.appendAsLeader(idempotent(1, i), leader());
    const file = log.activeSegment.log;
    file.takeDirty();
    log.takeFileOps();
    const saved = file.peekChunk(0)?.slice() ?? new Uint8Array();
    file.evict(0);
    expect(() => log.truncateTo(3, 0)).toThrow(ColdChunkError);
    expect([log.logEndOffset, log.takeFileOps()]).toEqual([4, []]);
    file.load(0, saved);
    expect(log.truncateTo(3, 0)).toBe(true);
    expect(log.producerStateManager.activeProducers().get(1)?.lastSequence).toBe(2);
  });
});

describe('retention takes a segment’s snapshot with it (UnifiedLog.deleteSegments → deleteProducerSnapshots)', () => {
  /** Three segments [0] [1] [2] written by producer 1, as in UnifiedLogTest. */
  function threeSegments(config: Partial<LogConfig>, emptyActive: boolean): Log {
    const log = newLog(config);
    log.appendAsLeader(idempotent(1, 0, 0), leader());
    log.roll(0, undefined, 'segment.bytes');
    log.appendAsLeader(idempotent(1, 1, 0), leader());
    log.roll(0, undefined, 'segment.bytes');
    log.appendAsLeader(idempotent(1, 2, 0), leader());
    if (emptyActive) log.roll(0, undefined, 'segment.bytes');
    log.updateHighWatermark(log.logEndOffset);
    return log;
  }

  for (const emptyActive of [false, true]) {
    it(`testRetentionDeletesProducerStateSnapshots (createEmptyActiveSegment = ${emptyActive}): .snapshot.deleted, gone after file.delete.delay.ms`, () => {
      const log = threeSegments(
        { retentionBytes: 0, retentionMs: 60_000, fileDeleteDelayMs: 60_000 },
        emptyActive,
      );
      expect(snapshotFiles(log)).toEqual(emptyActive ? [name(1), name(2), name(3)] : [name(1), name(2)]);
      log.takeFileOps();
      log.deleteOldSegments(60_001);
      expect(log.logStartOffset).toBe(3);
      const ops = log.takeFileOps();
      // Renamed after the segments' own files, as one batch due file.delete.delay.ms later.
      expect(ops.slice(-2)).toEqual([
        { kind: 'rename', from: name(1), to: name(1, '.deleted') },
        { kind: 'rename', from: name(2), to: name(2, '.deleted') },
      ]);
      expect(snapshotFiles(log)).toEqual([name(1, '.deleted'), name(2, '.deleted'), name(3)]);
      // Without an empty active segment every segment was deletable: the roll to 3 wrote 3.snapshot.
      expect(decodeProducerSnapshot(new Uint8Array(bytesOf(log, name(3))))).toEqual([
        {
          producerId: 1,
          producerEpoch: 0,
          lastSequence: 2,
          lastOffset: 2,
          offsetDelta: 0,
          timestamp: 0,
          coordinatorEpoch: -1,
          currentTxnFirstOffset: -1,
        },
      ]);
      expect(log.pendingDeletions().at(-1)).toEqual({
        dueMs: 120_001,
        names: [name(1, '.deleted'), name(2, '.deleted')],
      });
      log.deleteExpiredFiles(120_000);
      expect(snapshotFiles(log)).toHaveLength(3);
      log.deleteExpiredFiles(120_001);
      expect(snapshotFiles(log)).toEqual([name(3)]); // "expect a single producer state snapshot remaining"
      // Kafka keeps the producers: segment deletion does not expire them (testProducerIdExpirationOnSegmentDeletion).
      expect([...log.producerStateManager.activeProducers().keys()]).toEqual([1]);
    });
  }

  it('testLogStartOffsetMovementDeletesSnapshots: DeleteRecords, then the start-offset rule', () => {
    const log = threeSegments({ retentionBytes: -1, fileDeleteDelayMs: 0 }, false);
    expect(snapshotFiles(log)).toEqual([name(1), name(2)]);
    log.maybeIncrementLogStartOffset(log.logEndOffset - 1, 'client record deletion');
    log.deleteOldSegments(0);
    log.deleteExpiredFiles(0);
    expect(snapshotFiles(log)).toEqual([name(2)]);
  });

  it('the same with a plain producer: the empty snapshots follow their segments', () => {
    const log = newLog({ segmentBytes: 100, retentionMs: 1000, fileDeleteDelayMs: 60_000 });
    for (let i = 0; i < 4; i++) {
      log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
      log.updateHighWatermark(log.logEndOffset);
    }
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 1, 2, 3]);
    log.deleteOldSegments(1001);
    expect(
      log
        .files()
        .map((f) => f.name)
        .filter((n) => n.startsWith('0000000000000000000')),
    ).toEqual([
      '00000000000000000000.index.deleted',
      '00000000000000000000.log.deleted',
      '00000000000000000000.timeindex.deleted',
      '00000000000000000001.index.deleted',
      '00000000000000000001.log.deleted',
      name(1, '.deleted'),
      '00000000000000000001.timeindex.deleted',
      '00000000000000000002.index.deleted',
      '00000000000000000002.log.deleted',
      name(2, '.deleted'),
      '00000000000000000002.timeindex.deleted',
      '00000000000000000003.index.deleted',
      '00000000000000000003.log.deleted',
      name(3, '.deleted'),
      '00000000000000000003.timeindex.deleted',
      '00000000000000000004.index',
      '00000000000000000004.log',
      name(4),
      '00000000000000000004.timeindex',
    ]);
    expect(bytesOf(log, name(4))).toEqual(EMPTY_SNAPSHOT);
  });
});

describe('truncation (UnifiedLog.truncateTo → deleteProducerSnapshots + rebuildProducerState)', () => {
  it('testProducerIdMapTruncateTo: snapshots above the offset go, one is written at the offset', () => {
    const log = newLog({ segmentBytes: 10_240 });
    log.appendAsLeader(keyedBatch(0, [null, 'a']), leader());
    log.appendAsLeader(keyedBatch(0, [null, 'b']), leader());
    log.close(); // Kafka's test calls takeProducerSnapshot()
    log.appendAsLeader(keyedBatch(0, [null, 'c']), leader());
    log.close();
    expect(snapshotFiles(log)).toEqual([name(2), name(3)]);
    log.takeFileOps();

    log.truncateTo(2, 0);
    expect(snapshotFiles(log)).toEqual([name(2)]);
    expect(log.producerStateManager.mapEndOffset).toBe(2);
    // Not a segment's snapshot, so ProducerStateManager.truncateAndReload deletes it at once.
    expect(log.takeFileOps().filter((op) => op.kind !== 'truncate')).toEqual([
      { kind: 'delete', name: name(3) },
    ]);

    log.truncateTo(1, 0);
    expect(snapshotFiles(log)).toEqual([name(1)]);
    expect(log.producerStateManager.mapEndOffset).toBe(1);
    expect(bytesOf(log, name(1))).toEqual(EMPTY_SNAPSHOT);

    log.truncateTo(0, 0);
    expect(snapshotFiles(log)).toEqual([]);
    expect(log.producerStateManager.mapEndOffset).toBe(0);
  });

  it('the snapshot of a removed segment becomes .snapshot.deleted; the cut segment gets one at the offset', () => {
    const log = newLog({ fileDeleteDelayMs: 60_000 });
    for (let base = 0; base < 6; base += 2) {
      if (base > 0) log.roll(0, undefined, 'segment.bytes');
      log.appendAsLeader(keyedBatch(0, ['k', `v${base}`]), leader());
      log.appendAsLeader(keyedBatch(0, ['k', `v${base + 1}`]), leader());
    }
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 2, 4]);
    expect(snapshotFiles(log)).toEqual([name(2), name(4)]);
    log.truncateTo(3, 100);
    expect(snapshotFiles(log)).toEqual([name(2), name(3), name(4, '.deleted')]);
    expect(log.pendingDeletions().at(-1)).toEqual({ dueMs: 60_100, names: [name(4, '.deleted')] });
  });

  it('testProducerIdMapTruncateFullyAndStartAt: every snapshot deleted at once, none written', () => {
    const log = newLog({ segmentBytes: 72 });
    log.appendAsLeader(keyedBatch(0, [null, 'foo']), leader());
    log.close();
    log.appendAsLeader(keyedBatch(0, [null, 'bar']), leader());
    log.appendAsLeader(keyedBatch(0, [null, 'baz']), leader());
    log.close();
    expect(log.segments).toHaveLength(3);
    expect(snapshotFiles(log)).toEqual([name(1), name(2), name(3)]);
    log.takeFileOps();
    log.truncateFullyAndStartAt(29, 0);
    expect(log.segments).toHaveLength(1);
    expect(snapshotFiles(log)).toEqual([]);
    expect(log.producerStateManager.mapEndOffset).toBe(29);
    const snapshotOps = log.takeFileOps().filter((op) => 'name' in op && op.name.includes('.snapshot'));
    expect(snapshotOps).toEqual([1, 2, 3].map((o) => ({ kind: 'delete', name: name(o) })));
  });
});

describe('compaction (UnifiedLog.replaceSegments → deleteProducerSnapshots)', () => {
  it('testCompactionDeletesProducerStateSnapshots: merged-away segments lose their snapshots', () => {
    const log = newLog({ cleanupPolicy: ['compact'], fileDeleteDelayMs: 0 });
    for (const [i, value] of ['a', 'b', 'c'].entries()) {
      if (i > 0) log.roll(0, undefined, 'segment.bytes');
      log.appendAsLeader(
        { ...idempotent(1, i, 0, 'a'), records: [{ timestamp: 0, key: utf8('a'), value: utf8(value) }] },
        leader(),
      );
    }
    log.updateHighWatermark(log.logEndOffset);
    const bases = () => log.segments.map((s) => s.baseOffset);
    expect(snapshotFiles(log)).toEqual(
      bases()
        .slice(1)
        .map((o) => name(o)),
    );
    cleanLog(logToClean(log, 0), 0);
    log.deleteOldSegments(0);
    log.deleteExpiredFiles(0);
    expect(bases()).toEqual([0, 2]);
    expect(snapshotFiles(log)).toEqual(
      bases()
        .slice(1)
        .map((o) => name(o)),
    );
  });
});

describe('recovery from the files alone (LogLoader.load, unclean shutdown)', () => {
  function filesOf(log: Log): Map<string, ChunkedFile> {
    return new Map(
      log.files().map(({ name: n, file }) => [n, ChunkedFile.of(file.readAll(), file.chunkBytes)]),
    );
  }

  it('rewrites a snapshot at every segment base but the first, and one at the LEO', () => {
    const log = newLog({ segmentBytes: 100 });
    for (let i = 0; i < 3; i++) log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    expect(snapshotFiles(log)).toEqual([name(1), name(2)]);
    const recovered = Log.recover({
      topic: 'demo',
      partition: 0,
      files: filesOf(log),
      config: testConfig({ segmentBytes: 100 }),
      nowMs: 0,
      nextInt: seededInts(5),
    });
    expect(snapshotFiles(recovered)).toEqual([name(1), name(2), name(3)]);
    for (const n of snapshotFiles(recovered)) expect(bytesOf(recovered, n)).toEqual(EMPTY_SNAPSHOT);
    expect(recovered.producerStateManager.mapEndOffset).toBe(3);
  });

  it('testLoadingLogDeletesProducerStateSnapshotsPastLogEndOffset: a stray snapshot past the LEO goes', () => {
    const files = filesOf(newLog());
    files.set(name(42), new ChunkedFile()); // an empty file, as Files.createFile leaves it
    const recovered = Log.recover({
      topic: 'demo',
      partition: 0,
      files,
      config: testConfig(),
      nowMs: 0,
      nextInt: seededInts(5),
    });
    expect(snapshotFiles(recovered)).toEqual([]);
  });

  it('keeps the producers found in the batches', () => {
    const log = newLog({ segmentBytes: 100 });
    log.appendAsLeader(idempotent(7, 0), leader());
    log.appendAsLeader(idempotent(7, 1), leader());
    const recovered = Log.recover({
      topic: 'demo',
      partition: 0,
      files: filesOf(log),
      config: testConfig({ segmentBytes: 100 }),
      nowMs: 0,
      nextInt: seededInts(5),
    });
    expect(snapshotFiles(recovered)).toEqual([name(1), name(2)]);
    expect(decodeProducerSnapshot(new Uint8Array(bytesOf(recovered, name(2))))).toMatchObject([
      { producerId: 7, lastSequence: 1, lastOffset: 1 },
    ]);
    expect(recovered.producerStateManager.activeProducers().get(7)?.lastSequence).toBe(1);
  });
});

describe('toState / restore', () => {
  it('round-trips producers and snapshots, and the restored log snapshots exactly like the original', () => {
    const log = newLog({ segmentBytes: 200 });
    for (let i = 0; i < 3; i++) log.appendAsLeader(idempotent(3 + (i % 2), i), leader());
    const state = JSON.parse(JSON.stringify(log.toState()));
    const files = new Map(
      log.files().map(({ name: n, file }) => [n, ChunkedFile.of(file.readAll(), file.chunkBytes)]),
    );
    const restored = Log.restore(state, files, log.config, seededInts(5));
    for (const l of [log, restored]) {
      l.appendAsLeader(idempotent(5, 0), leader());
      l.roll(0, undefined, 'segment.ms');
    }
    expect(snapshotFiles(restored)).toEqual(snapshotFiles(log));
    for (const n of snapshotFiles(log)) expect(bytesOf(restored, n)).toEqual(bytesOf(log, n));
    expect(restored.toState()).toEqual(log.toState());
  });

  it('a state saved before snapshots existed restores with no producers and snapshots from the next roll', () => {
    const log = newLog();
    log.appendAsLeader(keyedBatch(0, ['k', 'v']), leader());
    const { producerState: _, ...legacy } = log.toState();
    const files = new Map(
      log.files().map(({ name: n, file }) => [n, ChunkedFile.of(file.readAll(), file.chunkBytes)]),
    );
    const restored = Log.restore(legacy, files, log.config, seededInts(5));
    restored.appendAsLeader(keyedBatch(0, ['k', 'w']), leader());
    restored.roll(0, undefined, 'segment.ms');
    expect(snapshotFiles(restored)).toEqual([name(2)]);
  });
});
