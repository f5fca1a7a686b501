import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileIds } from './file-ids';
import { loadLogDir, readThrough } from './loader';
import { MemorySegmentStore } from './memory-store';
import { PageCache } from './page-cache';
import { type FlushResult, LogPersister } from './persister';
import { GatedStore, settle, TestLog } from './test-doubles';

/**
 * Random file histories (append, truncate, rename, delete, create over, evict, cold reads) persisted
 * behind the "simulation" with transactions held in flight, refused, released, and the cluster
 * reloaded midway. Checks: every read, cold or not, returns what was written; every committed
 * transaction's meta snapshot matches the files it committed; a reload finds exactly the live files
 * with identical bytes.
 */
const SEED = 20251125;
const DIR = 'broker-1/orders-0';
const NAMES = [
  '00000000000000000000.log',
  '00000000000000000000.index',
  '00000000000000000010.log',
  '00000000000000000010.timeindex',
  '00000000000000000000.log.deleted',
  '00000000000000000010.log.cleaned',
];

const nameArb = fc.constantFrom(...NAMES);
/** Picks one of the files that exist when the op runs (ops on files are useless on missing ones). */
const pickArb = fc.nat();
const opArb = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('create' as const),
      name: nameArb,
      chunkBytes: fc.constantFrom(4, 8, 16),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      t: fc.constant('append' as const),
      pick: pickArb,
      length: fc.nat(40),
      seed: fc.nat(255),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('truncate' as const), pick: pickArb, percent: fc.nat(100) }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rename' as const), pick: pickArb, to: nameArb }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), pick: pickArb }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('flush' as const) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('release' as const) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('fail' as const) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('evict' as const), budgetBytes: fc.nat(64) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('read' as const),
      pick: pickArb,
      percent: fc.nat(100),
      length: fc.nat(30),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('reload' as const) }) },
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function pattern(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (seed * 13 + i * 7 + 1) & 0xff);
}

/** The persisting side of a session: rebuilt from the store on `reload`. */
interface Session {
  log: TestLog;
  fileIds: FileIds;
  pageCache: PageCache;
  persister: LogPersister;
}

class Run {
  /** What the files must hold: name → bytes. */
  readonly model = new Map<string, number[]>();
  readonly inner = new MemorySegmentStore();
  readonly store = new GatedStore(this.inner);
  session: Session;

  constructor() {
    const fileIds = new FileIds();
    this.session = this.newSession(new TestLog(), fileIds);
  }

  async step(op: Op): Promise<void> {
    const { log, persister, pageCache, fileIds } = this.session;
    const name = 'pick' in op ? this.pick(op.pick) : undefined;
    const bytes = name === undefined ? undefined : this.model.get(name);
    switch (op.t) {
      case 'create':
        log.create(op.name, op.chunkBytes);
        this.model.set(op.name, []);
        break;
      case 'append': {
        if (name === undefined || bytes === undefined)
          return this.step({ t: 'create', name: NAMES[0] ?? '', chunkBytes: 8 });
        const more = pattern(op.length, op.seed);
        const file = log.file(name);
        // The tail chunk may be cold: an append throws ColdChunkError before writing anything.
        await readThrough(() => file.append(more), this.store, { fileIds, pageCache });
        pageCache.touchRange(file, file.size - more.length, more.length);
        bytes.push(...more);
        break;
      }
      case 'truncate': {
        if (name === undefined || bytes === undefined) return;
        const size = Math.floor((bytes.length * op.percent) / 100);
        log.truncate(name, size);
        bytes.length = size;
        break;
      }
      case 'rename':
        if (name === undefined || bytes === undefined || name === op.to) return;
        log.rename(name, op.to);
        this.model.delete(name);
        this.model.set(op.to, bytes);
        break;
      case 'delete':
        if (name === undefined) return;
        log.delete(name);
        this.model.delete(name);
        break;
      case 'flush':
        void persister.flush({ meta: () => ({ dir: sizesOf(log) }) });
        break;
      case 'release':
        if (this.store.waiting > 0) await this.releaseChecked();
        break;
      case 'fail':
        if (this.store.waiting > 0) await this.store.fail();
        break;
      case 'evict':
        pageCache.budgetBytes = op.budgetBytes;
        pageCache.evictToBudget();
        break;
      case 'read':
        if (name !== undefined) await this.read(name, op.percent, op.length);
        break;
      case 'reload':
        await this.reload();
        break;
    }
  }

  private pick(n: number): string | undefined {
    const names = [...this.model.keys()];
    return names.length === 0 ? undefined : names[n % names.length];
  }

  /** Commits the waiting transaction and checks its meta snapshot against the files it committed. */
  async releaseChecked(): Promise<void> {
    await this.store.release();
    const meta = await this.inner.getMeta('dir');
    if (meta === undefined) return;
    const stored = await this.inner.listFiles(`${DIR}/`);
    expect(Object.fromEntries(stored.map((f) => [f.path.slice(DIR.length + 1), f.size]))).toEqual(meta);
  }

  async read(name: string, percent: number, length: number): Promise<void> {
    const bytes = this.model.get(name) ?? [];
    const position = Math.floor((bytes.length * percent) / 100);
    const n = Math.min(length, bytes.length - position);
    const { log, fileIds, pageCache } = this.session;
    const file = log.file(name);
    const read = await readThrough(() => file.read(position, n), this.store, { fileIds, pageCache });
    pageCache.touchRange(file, position, n);
    expect([...read]).toEqual(bytes.slice(position, position + n));
  }

  /** Commits everything the session has, whatever was refused or queued. */
  async drain(): Promise<void> {
    for (let rounds = 0; rounds < 100; rounds++) {
      let result: FlushResult | undefined;
      void this.session.persister.flush({ meta: () => ({ dir: sizesOf(this.session.log) }) }).then((r) => {
        result = r;
      });
      // A queued transaction reaches the store a few promise turns after the one before commits.
      for (let turns = 0; result === undefined; turns++) {
        if (turns > 1000) throw new Error('flush never settled');
        if (this.store.waiting > 0) await this.releaseChecked();
        else await settle();
      }
      // Only the meta snapshot left to write: everything else is committed.
      if (result.committed && result.writes <= 1) return;
    }
    throw new Error('the persister never ran out of writes');
  }

  /** A browser reload: a new session rebuilt only from what the store holds. */
  async reload(): Promise<void> {
    await this.drain();
    const fileIds = await FileIds.forStore(this.inner);
    const pageCache = new PageCache(64);
    const files = await loadLogDir(this.inner, DIR, { fileIds, pageCache });
    expect([...files.keys()].sort()).toEqual([...this.model.keys()].sort());
    for (const [name, file] of files) {
      const read = await readThrough(() => file.readAll(), this.inner, { fileIds, pageCache });
      expect([...read], name).toEqual(this.model.get(name));
    }
    this.session = this.newSession(new TestLog(files), fileIds, pageCache);
  }

  private newSession(log: TestLog, fileIds: FileIds, pageCache = new PageCache(64)): Session {
    const persister = new LogPersister(this.store, { fileIds, pageCache });
    persister.attach(DIR, log);
    return { log, fileIds, pageCache, persister };
  }
}

function sizesOf(log: TestLog): Record<string, number> {
  return Object.fromEntries(log.files().map(({ name, file }) => [name, file.size]));
}

describe('LogPersister + loader (fuzz)', () => {
  it('round-trips random file histories through the store, reads never stale', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 10, maxLength: 150, size: 'max' }), async (ops) => {
        const run = new Run();
        for (const op of ops) await run.step(op);
        await run.reload();
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
