import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecordBatch } from '../codec';
import {
  LONG_MAX_VALUE,
  Log,
  type LogConfig,
  LogError,
  LogManager,
  type LogManagerConfig,
  type LogManagerState,
  type LogState,
  type ReadCap,
} from '../log';
import { batchesFrom } from '../log/file-records';
import { seededInts, testConfig, utf8 } from '../log/test-kit';
import { FileIds } from './file-ids';
import { loadLogDir, readThrough } from './loader';
import { MemorySegmentStore } from './memory-store';
import { PageCache } from './page-cache';
import { type FlushResult, LogPersister } from './persister';
import { GatedStore, settle } from './test-doubles';

/**
 * A real Log and LogManager persisted through the LogPersister, reloaded with loadLogDir + Log.restore.
 *
 * Two worlds run the same concrete ops: `reference` lives in memory only and is never evicted or
 * reloaded; `live` is written behind by the persister (transactions held in flight, refused, released),
 * has its page cache squeezed (every op is retried after loading the cold chunk it hit, as the worker
 * does), and is reloaded from the store — after draining every write, or as a crash that loses the
 * transactions not yet committed. A reload must find the log exactly as it was at the moment the last
 * committed transaction was built (its meta names how many ops it had seen; the reference is replayed
 * to that point): same files and bytes, same state, same reads; and both worlds then go on identically.
 */
const SEED = 20_251_126;
const RUNS = 200;
const DIR = 'broker-1/fuzz-0';
const META_KEY = 'sim';

type ConcreteRecord = { timestamp: number; key: string | null; value: string | null };

type ConcreteOp =
  | {
      readonly kind: 'append';
      readonly nowMs: number;
      readonly leaderEpoch: number;
      readonly records: readonly ConcreteRecord[];
    }
  /** A follower's append of a batch the leader wrote at `baseOffset` (past a compaction gap, maybe). */
  | {
      readonly kind: 'follow';
      readonly nowMs: number;
      readonly baseOffset: number;
      readonly leaderEpoch: number;
      readonly records: readonly ConcreteRecord[];
    }
  | { readonly kind: 'hw'; readonly highWatermark: number }
  /** DeleteRecords: the log start offset moves up (never past the HW). */
  | { readonly kind: 'deleteRecords'; readonly logStartOffset: number }
  | { readonly kind: 'advance'; readonly targetMs: number }
  | { readonly kind: 'truncate'; readonly targetOffset: number; readonly nowMs: number };

type Op =
  | {
      readonly t: 'append';
      readonly records: ReadonlyArray<{ dt: number; key: number; valueLength: number }>;
    }
  | { readonly t: 'follow'; readonly gap: number; readonly records: number }
  | { readonly t: 'epoch' }
  | { readonly t: 'deleteRecords'; readonly fraction: number }
  | { readonly t: 'hw'; readonly fraction: number }
  | { readonly t: 'advance'; readonly ms: number }
  | { readonly t: 'truncate'; readonly pick: number }
  | { readonly t: 'read'; readonly fraction: number; readonly maxBytes: number; readonly upTo: ReadCap }
  | { readonly t: 'evict'; readonly budgetBytes: number }
  | { readonly t: 'flush' }
  | { readonly t: 'persist' }
  | { readonly t: 'release' }
  | { readonly t: 'fail' }
  | { readonly t: 'reload'; readonly crash: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      t: fc.constant('append' as const),
      records: fc.array(
        fc.record({
          dt: fc.integer({ min: -100, max: 600 }),
          // −1: a null key; ≥ 8: a tombstone of key % 8.
          key: fc.integer({ min: -1, max: 10 }),
          valueLength: fc.integer({ min: 0, max: 80 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('follow' as const),
      gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })),
      records: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'epoch' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('deleteRecords' as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('hw' as const),
      fraction: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 12_000 }) }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('truncate' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('read' as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      maxBytes: fc.integer({ min: 1, max: 1500 }),
      upTo: fc.constantFrom<ReadCap>('highWatermark', 'logEndOffset'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ t: fc.constant('evict' as const), budgetBytes: fc.integer({ min: 0, max: 600 }) }),
  },
  { weight: 4, arbitrary: fc.constant({ t: 'flush' as const }) },
  { weight: 3, arbitrary: fc.constant({ t: 'persist' as const }) },
  { weight: 4, arbitrary: fc.constant({ t: 'release' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'fail' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('reload' as const), crash: fc.boolean() }),
  },
);

interface Setup {
  readonly config: LogConfig;
  readonly manager: LogManagerConfig;
  readonly chunkBytes: number;
  readonly pageCacheBytes: number;
}

const setupArb: fc.Arbitrary<Setup> = fc.record({
  config: fc
    .record({
      segmentBytes: fc.integer({ min: 250, max: 1500 }),
      segmentMs: fc.integer({ min: 500, max: 20_000 }),
      segmentJitterMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })),
      segmentIndexBytes: fc.constantFrom(24, 36, 60, 10_485_760),
      indexIntervalBytes: fc.integer({ min: 0, max: 300 }),
      retentionMs: fc.oneof(fc.constant(-1), fc.integer({ min: 1000, max: 30_000 })),
      retentionBytes: fc.oneof(fc.constant(-1), fc.integer({ min: 200, max: 4000 })),
      fileDeleteDelayMs: fc.integer({ min: 0, max: 5000 }),
      cleanupPolicy: fc.constantFrom<LogConfig['cleanupPolicy']>(
        ['delete'],
        ['compact'],
        ['compact', 'delete'],
      ),
      minCleanableDirtyRatio: fc.double({ min: 0.01, max: 0.9, noNaN: true }),
      deleteRetentionMs: fc.integer({ min: 0, max: 5000 }),
      minCompactionLagMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 })),
      maxCompactionLagMs: fc.oneof(fc.constant(LONG_MAX_VALUE), fc.integer({ min: 1000, max: 10_000 })),
      messageTimestampType: fc.constantFrom<LogConfig['messageTimestampType']>('CreateTime', 'LogAppendTime'),
    })
    .map((c) => testConfig(c)),
  manager: fc.record({
    logRetentionCheckIntervalMs: fc.integer({ min: 500, max: 5000 }),
    logInitialTaskDelayMs: fc.integer({ min: 0, max: 2000 }),
    logCleanerBackoffMs: fc.integer({ min: 200, max: 3000 }),
    logCleanerEnable: fc.boolean(),
  }),
  chunkBytes: fc.constantFrom(32, 100, 256, 65_536),
  pageCacheBytes: fc.constantFrom(0, 300, 1 << 20),
});

const PRNG_SEED = 7;

/** The owner's PRNG, counted so a reload can continue it from the saved position. */
class CountingInts {
  draws = 0;
  private readonly base: () => number;
  constructor(skip = 0) {
    this.base = seededInts(PRNG_SEED);
    for (let i = 0; i < skip; i++) this.base();
    this.draws = skip;
  }
  readonly next = (): number => {
    this.draws++;
    return this.base();
  };
}

/** What rides in every transaction's meta: the non-byte state of one moment. */
interface SavedSim {
  readonly log: LogState;
  readonly manager: LogManagerState;
  readonly nowMs: number;
  readonly draws: number;
  /** Concrete ops applied up to this moment (the reference is replayed to here). */
  readonly opCount: number;
}

function recordsOf(records: readonly ConcreteRecord[]) {
  return records.map((r) => ({
    timestamp: r.timestamp,
    key: r.key === null ? null : utf8(r.key),
    value: r.value === null ? null : utf8(r.value),
  }));
}

/** A log, its manager, the clock and the PRNG: one broker's worth of state for one partition. */
class World {
  constructor(
    readonly log: Log,
    readonly manager: LogManager,
    public nowMs: number,
    readonly ints: CountingInts,
    public opCount: number,
  ) {}

  static create(setup: Setup): World {
    const ints = new CountingInts();
    const log = Log.create({
      topic: 'fuzz',
      partition: 0,
      config: setup.config,
      nowMs: 0,
      nextInt: ints.next,
      chunkBytes: setup.chunkBytes,
    });
    const manager = new LogManager(setup.manager, 0);
    manager.addLog(log);
    return new World(log, manager, 0, ints, 0);
  }

  static replay(setup: Setup, ops: readonly ConcreteOp[]): World {
    const world = World.create(setup);
    for (const op of ops) world.apply(op);
    return world;
  }

  saved(): SavedSim {
    return {
      log: this.log.toState(),
      manager: this.manager.state(),
      nowMs: this.nowMs,
      draws: this.ints.draws,
      opCount: this.opCount,
    };
  }

  /**
   * Applies one op; returns the error code of a refused append. Retry-safe by the log's contract: a
   * ColdChunkError is thrown before anything changes (the clock moves only once everything ran).
   */
  apply(op: ConcreteOp): string | null {
    const outcome = this.applyOnce(op);
    this.opCount += 1;
    return outcome;
  }

  private applyOnce(op: ConcreteOp): string | null {
    switch (op.kind) {
      case 'append':
        try {
          this.log.appendAsLeader(
            {
              records: recordsOf(op.records),
            },
            { leaderEpoch: op.leaderEpoch, nowMs: op.nowMs },
          );
          return null;
        } catch (error) {
          if (error instanceof LogError) return error.code;
          throw error;
        }
      case 'follow':
        try {
          this.log.appendAsFollower(
            encodeRecordBatch({
              baseOffset: op.baseOffset,
              partitionLeaderEpoch: op.leaderEpoch,
              records: recordsOf(op.records),
            }),
            { nowMs: op.nowMs },
          );
          return null;
        } catch (error) {
          if (error instanceof LogError) return error.code;
          throw error;
        }
      case 'deleteRecords':
        this.log.maybeIncrementLogStartOffset(op.logStartOffset, 'client record deletion');
        return null;
      case 'hw':
        this.log.updateHighWatermark(op.highWatermark);
        return null;
      case 'advance':
        // The worker's catchUp: every task at its own time, up to the target.
        for (let due = this.manager.nextDueMs(); due !== null && due <= op.targetMs; ) {
          const actions = this.manager.tick(Math.max(due, this.nowMs));
          // A cleaner that keeps finding the same log filthy is stuck (it once was, across an offset gap).
          expect(actions.filter((a) => a.kind === 'log-cleaned').length).toBeLessThan(10);
          due = this.manager.nextDueMs();
        }
        this.nowMs = op.targetMs;
        return null;
      case 'truncate':
        this.log.truncateTo(op.targetOffset, op.nowMs);
        return null;
    }
  }
}

/** The persisting side: rebuilt from the store on reload. */
interface Session {
  readonly world: World;
  readonly gated: GatedStore;
  readonly fileIds: FileIds;
  readonly pageCache: PageCache;
  readonly persister: LogPersister;
}

/** Every file's name and bytes (reading cold chunks through the store), for comparison. */
async function filesOf(log: Log, session?: Session): Promise<Array<[string, number[]]>> {
  const out: Array<[string, number[]]> = [];
  for (const { name, file } of log.files()) {
    const bytes =
      session === undefined
        ? file.readAll()
        : await readThrough(() => file.readAll(), session.gated, {
            fileIds: session.fileIds,
            pageCache: session.pageCache,
          });
    out.push([name, Array.from(bytes)]);
  }
  return out;
}

class Run {
  readonly inner = new MemorySegmentStore();
  /** Concrete ops the reference has applied, in order. */
  readonly history: ConcreteOp[] = [];
  reference: World;
  session: Session;
  /** The leader epoch appends are stamped with (an 'epoch' op is a new leader election). */
  private leaderEpoch = 0;

  constructor(
    readonly setup: Setup,
    readonly coverage: Coverage,
  ) {
    this.reference = World.create(setup);
    this.session = this.newSession(World.create(setup), new FileIds(), new PageCache(setup.pageCacheBytes));
  }

  private newSession(world: World, fileIds: FileIds, pageCache: PageCache): Session {
    const gated = new GatedStore(this.inner);
    const persister = new LogPersister(gated, { fileIds, pageCache });
    persister.attach(DIR, world.log);
    return { world, gated, fileIds, pageCache, persister };
  }

  private get coldOptions() {
    return { fileIds: this.session.fileIds, pageCache: this.session.pageCache };
  }

  async step(op: Op): Promise<void> {
    const { gated, persister, pageCache, world } = this.session;
    switch (op.t) {
      case 'epoch':
        this.leaderEpoch += 1;
        return;
      case 'append':
      case 'follow':
      case 'deleteRecords':
      case 'hw':
      case 'advance':
      case 'truncate': {
        const concrete = this.concretize(op);
        if (concrete === null) return;
        const expected = this.reference.apply(concrete);
        this.history.push(concrete);
        const missesBefore = pageCache.misses;
        const outcome = await readThrough(() => world.apply(concrete), gated, this.coldOptions);
        if (pageCache.misses > missesBefore) this.coverage.coldRetries += 1;
        expect(outcome).toBe(expected);
        expect(world.log.toState()).toEqual(this.reference.log.toState());
        expect(world.manager.state()).toEqual(this.reference.manager.state());
        expect(world.ints.draws).toBe(this.reference.ints.draws);
        // Same events too: an op retried after a cold chunk must not report anything twice.
        const events = this.reference.log.takeEvents();
        expect(world.log.takeEvents()).toEqual(events);
        for (const event of events) this.coverage.count(event.type);
        return;
      }
      case 'read':
        await this.compareRead(op);
        return;
      case 'evict':
        pageCache.budgetBytes = op.budgetBytes;
        pageCache.evictToBudget();
        return;
      case 'flush':
        void persister.flush({ meta: () => ({ [META_KEY]: world.saved() }) });
        return;
      case 'persist': {
        // The worker's persist(): flush, wait for the commit, then let the cache drop clean chunks.
        let done = false;
        void persister.flush({ meta: () => ({ [META_KEY]: world.saved() }) }).then(() => {
          done = true;
        });
        for (let turns = 0; !done && turns < 1000; turns++) {
          if (gated.waiting > 0) await gated.release();
          else await settle();
        }
        pageCache.evictToBudget();
        return;
      }
      case 'release':
        if (gated.waiting > 0) await gated.release();
        return;
      case 'fail':
        if (gated.waiting > 0) await gated.fail();
        return;
      case 'reload':
        if (!op.crash) await this.drain();
        await this.reload();
        return;
    }
  }

  /** Turns a random op into the values both worlds apply, chosen from the reference (always resident). */
  private concretize(op: Op): ConcreteOp | null {
    const ref = this.reference;
    const log = ref.log;
    switch (op.t) {
      case 'append': {
        const compacted = this.setup.config.cleanupPolicy.includes('compact');
        const records = op.records.map((r, i) => {
          // Compacted topics refuse null keys (INVALID_RECORD); let that happen now and then only.
          const keyIndex = r.key < 0 && compacted && i > 0 ? 0 : r.key;
          const key = keyIndex < 0 ? null : `k${keyIndex % 8}`;
          const value = keyIndex >= 8 ? null : `v${this.history.length}`.padEnd(r.valueLength, '.');
          return { timestamp: ref.nowMs + r.dt, key, value };
        });
        return { kind: 'append', nowMs: ref.nowMs, leaderEpoch: this.leaderEpoch, records };
      }
      case 'follow': {
        const records = Array.from({ length: op.records }, (_, i) => ({
          timestamp: ref.nowMs + i,
          key: `k${(this.history.length + i) % 8}`,
          value: `f${this.history.length}`,
        }));
        const baseOffset = log.logEndOffset + op.gap;
        return { kind: 'follow', nowMs: ref.nowMs, baseOffset, leaderEpoch: this.leaderEpoch, records };
      }
      case 'deleteRecords':
        return {
          kind: 'deleteRecords',
          logStartOffset:
            log.logStartOffset + Math.floor(op.fraction * (log.highWatermark - log.logStartOffset)),
        };
      case 'hw':
        return {
          kind: 'hw',
          highWatermark:
            log.logStartOffset + Math.floor(op.fraction * (log.logEndOffset - log.logStartOffset)),
        };
      case 'advance':
        return { kind: 'advance', targetMs: ref.nowMs + op.ms };
      case 'truncate': {
        // A follower truncates to a batch boundary (or to its log start offset).
        const bases = [log.logStartOffset];
        for (const segment of log.segments) {
          for (const { header } of batchesFrom(segment.log)) {
            if (header.baseOffset > log.logStartOffset) bases.push(header.baseOffset);
          }
        }
        const targetOffset = bases[op.pick % bases.length] as number;
        if (targetOffset >= log.logEndOffset) return null;
        return { kind: 'truncate', targetOffset, nowMs: ref.nowMs };
      }
      default:
        return null;
    }
  }

  private async compareRead(op: Extract<Op, { t: 'read' }>): Promise<void> {
    const ref = this.reference.log;
    const live = this.session.world.log;
    const offset = ref.logStartOffset + Math.floor(op.fraction * (ref.logEndOffset - ref.logStartOffset));
    // Fetches ask for at least one batch; views and followers sometimes do not.
    const options = { maxBytes: op.maxBytes, upTo: op.upTo, minOneMessage: op.maxBytes % 2 === 0 };
    const expected = ref.read(offset, options);
    const actual = await readThrough(() => live.read(offset, options), this.session.gated, this.coldOptions);
    expect(actual).toEqual(expected);
  }

  /** Commits everything the session has, whatever was refused or queued. */
  async drain(): Promise<void> {
    const { gated, persister, world } = this.session;
    for (let rounds = 0; rounds < 100; rounds++) {
      let result: FlushResult | undefined;
      void persister.flush({ meta: () => ({ [META_KEY]: world.saved() }) }).then((r) => {
        result = r;
      });
      for (let turns = 0; result === undefined; turns++) {
        if (turns > 1000) throw new Error('flush never settled');
        if (gated.waiting > 0) await gated.release();
        else await settle();
      }
      if (result.committed && result.writes <= 1) return;
    }
    throw new Error('the persister never ran out of writes');
  }

  /**
   * A browser reload: whatever is in flight is lost; the new session is rebuilt only from what the
   * store committed, and the reference is replayed to the moment that was saved.
   */
  async reload(): Promise<void> {
    const saved = (await this.inner.getMeta(META_KEY)) as SavedSim | undefined;
    const opCount = saved?.opCount ?? 0;
    this.coverage.count(opCount < this.history.length ? 'reload losing ops' : 'reload');
    this.history.length = opCount;
    this.reference = World.replay(this.setup, this.history);
    this.reference.log.takeEvents();
    const fileIds = await FileIds.forStore(this.inner);
    const pageCache = new PageCache(this.session.pageCache.budgetBytes);
    if (saved === undefined) {
      expect(await this.inner.listFiles()).toEqual([]);
      this.session = this.newSession(World.create(this.setup), fileIds, pageCache);
      return;
    }
    const files = await loadLogDir(this.inner, DIR, { fileIds, pageCache });
    const ints = new CountingInts(saved.draws);
    const log = Log.restore(saved.log, files, this.setup.config, ints.next);
    const manager = new LogManager(this.setup.manager, saved.manager.startMs, saved.manager);
    manager.addLog(log);
    const world = new World(log, manager, saved.nowMs, ints, saved.opCount);
    if (world.log.segments.some((s) => !s.log.isResident(0)))
      this.coverage.count('cold segment after reload');
    this.session = this.newSession(world, fileIds, pageCache);
    await this.expectSame();
  }

  /** Live and reference agree on files, state and what reads return. */
  async expectSame(): Promise<void> {
    const ref = this.reference;
    const live = this.session.world;
    expect(live.log.toState()).toEqual(ref.log.toState());
    expect(live.manager.state()).toEqual(ref.manager.state());
    expect(live.nowMs).toBe(ref.nowMs);
    expect(live.ints.draws).toBe(ref.ints.draws);
    expect(await filesOf(live.log, this.session)).toEqual(await filesOf(ref.log));
    expect(live.log.fileListing()).toEqual(ref.log.fileListing());
    const records = await readThrough(
      () => live.log.readRecords(live.log.logStartOffset, 10_000),
      this.session.gated,
      this.coldOptions,
    );
    expect(records).toEqual(ref.log.readRecords(ref.log.logStartOffset, 10_000));
  }
}

/** Ops that end every run: a clean reload, then appends, time and retention on both worlds. */
const TAIL: readonly Op[] = [
  { t: 'reload', crash: false },
  { t: 'append', records: [{ dt: 0, key: 1, valueLength: 40 }] },
  { t: 'append', records: [{ dt: 5, key: 2, valueLength: 90 }] },
  { t: 'hw', fraction: 1 },
  { t: 'advance', ms: 40_000 },
  { t: 'append', records: [{ dt: 0, key: 3, valueLength: 10 }] },
  { t: 'advance', ms: 40_000 },
];

/** How often the runs hit what they are for, so a change that stops exercising it fails the test. */
class Coverage {
  coldRetries = 0;
  readonly counts = new Map<string, number>();
  count(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }
  of(what: string): number {
    return this.counts.get(what) ?? 0;
  }
}

async function runOps(setup: Setup, ops: readonly Op[], coverage: Coverage): Promise<void> {
  const run = new Run(setup, coverage);
  for (const op of [...ops, ...TAIL]) await run.step(op);
  await run.drain();
  await run.reload();
}

describe('Log + LogPersister + loadLogDir + Log.restore (fuzz, pinned seed)', () => {
  it('a reload finds the log as it was when its last transaction was built, and it goes on identically', async () => {
    const coverage = new Coverage();
    await fc.assert(
      fc.asyncProperty(setupArb, fc.array(opArb, { minLength: 10, maxLength: 120 }), (setup, ops) =>
        runOps(setup, ops, coverage),
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect(coverage.of('reload')).toBeGreaterThan(RUNS);
    expect(coverage.of('reload losing ops')).toBeGreaterThan(RUNS / 10);
    expect(coverage.of('cold segment after reload')).toBeGreaterThan(RUNS / 10);
    expect(coverage.coldRetries).toBeGreaterThan(RUNS / 5);
    for (const event of ['segments-compacted', 'segment-deleted', 'files-deleted', 'truncated'] as const) {
      expect(coverage.of(event), event).toBeGreaterThan(RUNS / 5);
    }
  });
});
