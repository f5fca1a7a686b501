import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  type ChunkedFile,
  Log,
  type LogConfig,
  LogManager,
  type LogManagerConfig,
  type LogManagerState,
  type LogState,
} from '../log';
import { seededInts, testConfig, utf8 } from '../log/test-kit';
import { FileIds } from './file-ids';
import { IdbSegmentStore } from './idb-store';
import { loadLogDir, readThrough } from './loader';
import { PageCache } from './page-cache';
import { LogPersister } from './persister';
import type { SegmentStore } from './segment-store';

/**
 * The browser's path end to end, on fake-indexeddb: a real Log and LogManager written behind by the
 * LogPersister into an IdbSegmentStore, the database closed and opened again, the log rebuilt with
 * loadLogDir + Log.restore. A log that never left memory runs the same script; the two must agree on
 * files, state and reads, and go on appending byte for byte alike. (The seeded, in-memory version of
 * this is log-persistence.fuzz.test.ts.)
 */
const DIR = 'broker-1/orders-0';
const META_KEY = 'sim';
const CONFIG: LogConfig = testConfig({
  segmentBytes: 400,
  indexIntervalBytes: 60,
  segmentIndexBytes: 60,
  segmentJitterMs: 300,
  retentionMs: 20_000,
  fileDeleteDelayMs: 5_000,
  cleanupPolicy: ['compact', 'delete'],
  minCleanableDirtyRatio: 0.2,
  deleteRetentionMs: 1_000,
});
const MANAGER: LogManagerConfig = {
  logRetentionCheckIntervalMs: 2_000,
  logInitialTaskDelayMs: 1_000,
  logCleanerBackoffMs: 1_000,
  logCleanerEnable: true,
};

interface Saved {
  readonly log: LogState;
  readonly manager: LogManagerState;
  readonly nowMs: number;
  readonly draws: number;
}

/** One broker's partition: the log, its manager, the clock, the PRNG (counted, to continue it). */
class Broker {
  nowMs = 0;
  draws: number;
  readonly log: Log;
  readonly manager: LogManager;
  private readonly ints: () => number;

  constructor(saved?: Saved, files?: ReadonlyMap<string, ChunkedFile>) {
    const base = seededInts(3);
    this.draws = saved?.draws ?? 0;
    for (let i = 0; i < this.draws; i++) base();
    this.ints = () => {
      this.draws++;
      return base();
    };
    if (saved === undefined || files === undefined) {
      this.log = Log.create({
        topic: 'orders',
        partition: 0,
        config: CONFIG,
        nowMs: 0,
        nextInt: this.ints,
        chunkBytes: 64,
      });
      this.manager = new LogManager(MANAGER, 0);
    } else {
      this.nowMs = saved.nowMs;
      this.log = Log.restore(saved.log, files, CONFIG, this.ints);
      this.manager = new LogManager(MANAGER, saved.manager.startMs, saved.manager);
    }
    this.manager.addLog(this.log);
  }

  saved(): Saved {
    return { log: this.log.toState(), manager: this.manager.state(), nowMs: this.nowMs, draws: this.draws };
  }

  produce(key: number, value: string | null, dtMs = 0): void {
    this.log.appendAsLeader(
      {
        records: [
          { timestamp: this.nowMs + dtMs, key: utf8(`k${key}`), value: value === null ? null : utf8(value) },
        ],
      },
      { leaderEpoch: 0, nowMs: this.nowMs },
    );
    this.log.maybeIncrementHighWatermark(this.log.logEndOffset);
  }

  /** Runs the manager's tasks at their own times up to `ms` later (the worker's catchUp). */
  advance(ms: number): void {
    const target = this.nowMs + ms;
    for (let due = this.manager.nextDueMs(); due !== null && due <= target; due = this.manager.nextDueMs()) {
      this.manager.tick(Math.max(due, this.nowMs));
    }
    this.nowMs = target;
  }
}

/** The script: produce, compact, expire, truncate; `act` retries a step after loading a cold chunk. */
async function script(
  broker: Broker,
  act: (step: () => void) => Promise<void>,
  persist: () => Promise<void>,
) {
  for (let i = 0; i < 12; i++) await act(() => broker.produce(i % 4, `value-${i}`.padEnd(40, '.'), i));
  await persist();
  await act(() => broker.produce(1, null)); // a tombstone
  for (let i = 12; i < 20; i++) await act(() => broker.produce(i % 5, `value-${i}`, 3));
  await act(() => broker.advance(3_000)); // the cleaner compacts
  await persist();
  await act(() => broker.advance(25_000)); // retention: older segments become .deleted
  await act(() => broker.produce(7, 'after retention'));
  await persist();
  await act(() => {
    broker.log.truncateTo(broker.log.logEndOffset - 1, broker.nowMs);
  });
  await act(() => broker.advance(4_000)); // some .deleted files go
  await act(() => broker.produce(8, 'after truncation'));
}

async function filesOf(
  log: Log,
  store?: SegmentStore,
  fileIds?: FileIds,
): Promise<Array<[string, number[]]>> {
  const out: Array<[string, number[]]> = [];
  for (const { name, file } of log.files()) {
    const bytes =
      store === undefined || fileIds === undefined
        ? file.readAll()
        : await readThrough(() => file.readAll(), store, { fileIds });
    out.push([name, Array.from(bytes)]);
  }
  return out;
}

describe('Log persisted in IndexedDB', () => {
  it('comes back after the database is reopened exactly as a log that never left memory', async () => {
    const reference = new Broker();
    await script(
      reference,
      async (step) => step(),
      async () => {},
    );

    const store = await IdbSegmentStore.open('kafkascope-log-persistence');
    const fileIds = new FileIds();
    const pageCache = new PageCache(0); // every committed chunk goes cold
    const persister = new LogPersister(store, { fileIds, pageCache });
    const live = new Broker();
    persister.attach(DIR, live.log);
    const meta = () => ({ [META_KEY]: live.saved() });
    const act = (step: () => void) => readThrough(step, store, { fileIds, pageCache });
    await script(live, act, async () => {
      await persister.flush({ meta });
      pageCache.evictToBudget();
    });
    void persister.flush({ meta }); // the last flush is still in flight at "close"
    await persister.idle();
    store.close();
    expect(live.log.toState()).toEqual(reference.log.toState());
    const events = reference.log.takeEvents().map((e) => e.type);
    expect(events).toContain('segments-compacted');
    expect(events).toContain('segment-deleted');
    expect(events).toContain('files-deleted');
    expect(events).toContain('truncated');

    const reopened = await IdbSegmentStore.open('kafkascope-log-persistence');
    const ids = await FileIds.forStore(reopened);
    const files = await loadLogDir(reopened, DIR, { fileIds: ids });
    const restored = new Broker((await reopened.getMeta(META_KEY)) as Saved, files);
    expect(restored.log.toState()).toEqual(reference.log.toState());
    expect(restored.manager.state()).toEqual(reference.manager.state());
    expect(await filesOf(restored.log, reopened, ids)).toEqual(await filesOf(reference.log));
    const readAll = (log: Log) => log.readRecords(log.logStartOffset, 1000);
    expect(await readThrough(() => readAll(restored.log), reopened, { fileIds: ids })).toEqual(
      readAll(reference.log),
    );

    for (const broker of [reference, restored]) {
      const act = (step: () => void) => readThrough(step, reopened, { fileIds: ids });
      await act(() => broker.produce(2, 'after reload'.padEnd(200, '!')));
      await act(() => broker.produce(3, 'and more'.padEnd(200, '?')));
      await act(() => broker.advance(30_000));
    }
    expect(restored.log.toState()).toEqual(reference.log.toState());
    expect(await filesOf(restored.log, reopened, ids)).toEqual(await filesOf(reference.log));
    reopened.close();
  });
});
