import { describe, expect, it } from 'vitest';
import { ChunkedFile } from './chunked-file';
import { Log } from './log';
import type { LogConfig } from './log-config';
import { keyedBatch, seededInts, sizedBatch, testConfig } from './test-kit';

const config: LogConfig = testConfig({
  segmentBytes: 600,
  segmentMs: 5000,
  segmentJitterMs: 1000,
  indexIntervalBytes: 150,
  retentionMs: 20_000,
});

/** A PRNG whose position can be replayed: the saved log and its restored twin must draw the same ints. */
function countingInts(seed: number) {
  const state = { draws: 0 };
  const base = seededInts(seed);
  const next = (): number => {
    state.draws++;
    return base();
  };
  return { state, next };
}

function advancedInts(seed: number, draws: number): () => number {
  const next = seededInts(seed);
  for (let i = 0; i < draws; i++) next();
  return next;
}

/** A scripted workload: appends with moving timestamps, a retention pass, more appends. */
function work(log: Log, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const t = i * 700;
    log.appendAsLeader(
      i % 3 === 0 ? sizedBatch(120 + (i % 5) * 10, t) : keyedBatch(t, [`k${i % 4}`, `v${i}`]),
      {
        leaderEpoch: Math.floor(i / 10),
        nowMs: t,
      },
    );
    log.updateHighWatermark(log.logEndOffset - (i % 2));
    if (i % 7 === 6) log.deleteOldSegments(t);
    if (i % 11 === 10) log.deleteExpiredFiles(t);
  }
}

/** Copies of every file as a reload would hand them back (resident, clean). */
function reloadFiles(log: Log): Map<string, ChunkedFile> {
  return new Map(
    log.files().map(({ name, file }) => [name, ChunkedFile.of(file.readAll(), file.chunkBytes)]),
  );
}

function snapshotOf(log: Log) {
  return {
    files: log.files().map(({ name, file }) => [name, Array.from(file.readAll())]),
    state: log.toState(),
  };
}

describe('toState / restore', () => {
  it('a restored log continues byte for byte like one that never restarted', () => {
    const rng = countingInts(42);
    const original = Log.create({ topic: 'demo', partition: 0, config, nowMs: 0, nextInt: rng.next });
    work(original, 0, 40);
    const state = JSON.parse(JSON.stringify(original.toState()));
    const restored = Log.restore(state, reloadFiles(original), config, advancedInts(42, rng.state.draws));
    expect(snapshotOf(restored)).toEqual(snapshotOf(original));
    work(original, 40, 90);
    work(restored, 40, 90);
    expect(snapshotOf(restored)).toEqual(snapshotOf(original));
    expect(original.segments.length).toBeGreaterThan(2);
    expect(original.logStartOffset).toBeGreaterThan(0);
  });

  it('restore reads no bytes: the files may all be cold', () => {
    const original = Log.create({ topic: 'demo', partition: 0, config, nowMs: 0, nextInt: seededInts(1) });
    work(original, 0, 30);
    const cold = new Map(
      original.files().map(({ name, file }) => [name, ChunkedFile.cold(file.size, file.chunkBytes)]),
    );
    const restored = Log.restore(original.toState(), cold, config, seededInts(1));
    expect(restored.logEndOffset).toBe(original.logEndOffset);
    expect(restored.segments.map((s) => s.largestTimestamp)).toEqual(
      original.segments.map((s) => s.largestTimestamp),
    );
  });

  it('refuses a state whose files are missing', () => {
    const original = Log.create({ topic: 'demo', partition: 0, config, nowMs: 0, nextInt: seededInts(1) });
    expect(() => Log.restore(original.toState(), new Map(), config, seededInts(1))).toThrow(/missing/);
  });
});

describe('recover from the files alone', () => {
  it('rebuilds segments, indexes, LEO and the epoch cache as Kafka’s recovery does', () => {
    const original = Log.create({ topic: 'demo', partition: 0, config, nowMs: 0, nextInt: seededInts(3) });
    work(original, 0, 40);
    const files = reloadFiles(original);
    const recovered = Log.recover({
      topic: 'demo',
      partition: 0,
      files,
      config,
      nowMs: 99_000,
      nextInt: seededInts(3),
      highWatermark: original.highWatermark,
    });
    expect(recovered.segments.map((s) => s.baseOffset)).toEqual(original.segments.map((s) => s.baseOffset));
    expect([recovered.logStartOffset, recovered.logEndOffset, recovered.highWatermark]).toEqual([
      original.segments[0]?.baseOffset,
      original.logEndOffset,
      original.highWatermark,
    ]);
    expect(recovered.readRecords(0, 1000)).toEqual(original.readRecords(0, 1000));
    // Inactive segments: recovery builds the same index bytes the appends built.
    for (const [i, segment] of original.segments.slice(0, -1).entries()) {
      expect(recovered.segments[i]?.offsetIndex.file.readAll()).toEqual(segment.offsetIndex.file.readAll());
      expect(recovered.segments[i]?.timeIndex.file.readAll()).toEqual(segment.timeIndex.file.readAll());
    }
    expect(recovered.leaderEpochEntries().map((e) => e.epoch)).toEqual(
      original.leaderEpochEntries().map((e) => e.epoch),
    );
    expect(recovered.files().some((f) => f.name.endsWith('.deleted'))).toBe(false);
  });

  it('cuts a torn or corrupt tail at the last valid batch', () => {
    const original = Log.create({
      topic: 'demo',
      partition: 0,
      config: testConfig(),
      nowMs: 0,
      nextInt: seededInts(3),
    });
    for (let i = 0; i < 5; i++)
      original.appendAsLeader(keyedBatch(i, ['k', `v${i}`]), { leaderEpoch: 0, nowMs: 0 });
    const bytes = original.activeSegment.log.readAll();
    const torn = bytes.slice(0, bytes.length - 3);
    const files = reloadFiles(original);
    files.set('00000000000000000000.log', ChunkedFile.of(torn));
    const recovered = Log.recover({
      topic: 'demo',
      partition: 0,
      files,
      config: testConfig(),
      nowMs: 0,
      nextInt: seededInts(3),
    });
    expect(recovered.logEndOffset).toBe(4);
    expect(recovered.takeFileOps()).toContainEqual({
      kind: 'truncate',
      name: '00000000000000000000.log',
      size: (bytes.length / 5) * 4,
    });
  });
});
