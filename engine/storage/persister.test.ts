import { describe, expect, it } from 'vitest';
import { FileIds } from './file-ids';
import { loadLogDir, readThrough } from './loader';
import { MemorySegmentStore } from './memory-store';
import { PageCache } from './page-cache';
import { LogPersister } from './persister';
import type { ApplyOptions, SegmentStore, StoreWrite } from './segment-store';
import { GatedStore, TestLog } from './test-doubles';

const DIR = 'broker-1/orders-0';
const SEG = '00000000000000000000.log';
const IDX = '00000000000000000000.index';

function bytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (seed * 31 + i * 7) & 0xff);
}

function setup(store: SegmentStore = new MemorySegmentStore(), budgetBytes = 1 << 20) {
  const fileIds = new FileIds();
  const pageCache = new PageCache(budgetBytes);
  let nowMs = 0;
  const clock = () => {
    nowMs += 5;
    return nowMs;
  };
  const persister = new LogPersister(store, { fileIds, pageCache, clock });
  const log = new TestLog();
  persister.attach(DIR, log);
  return { store, fileIds, pageCache, persister, log };
}

/** Every file of the directory as a fresh session would see it: name → bytes. */
async function reload(store: SegmentStore): Promise<Map<string, number[]>> {
  const fileIds = await FileIds.forStore(store);
  const files = await loadLogDir(store, DIR, { fileIds, loadWhole: () => false });
  const out = new Map<string, number[]>();
  for (const [name, file] of files)
    out.set(name, [...(await readThrough(() => file.readAll(), store, { fileIds }))]);
  return out;
}

function contents(log: TestLog): Map<string, number[]> {
  return new Map(log.names().map((name) => [name, [...log.file(name).readAll()]]));
}

function kinds(batch: readonly StoreWrite[] | undefined): string[] {
  return (batch ?? []).map((write) => write.kind);
}

describe('LogPersister', () => {
  it('writes new files, their sizes and chunks in one transaction, and a reload reads them back', async () => {
    const { store, persister, log } = setup();
    log.create(SEG, 16).append(bytes(40, 1));
    log.create(IDX, 16).append(bytes(8, 2));
    const result = await persister.flush();
    expect(result).toEqual({ committed: true, writes: 8, chunkPuts: 4, chunkBytes: 48 });
    expect(store.stats.transactions).toBe(1);
    expect(await reload(store)).toEqual(contents(log));
  });

  it('writes only the chunks dirtied since the last flush', async () => {
    const { store, persister, log } = setup();
    log.create(SEG, 16).append(bytes(40, 1));
    await persister.flush();
    log.file(SEG).append(bytes(4, 2)); // lands in chunk 2 only
    const result = await persister.flush();
    expect(result.chunkPuts).toBe(1);
    expect(store.stats.chunkPuts).toBe(4);
    expect(await reload(store)).toEqual(contents(log));
  });

  it('renames a segment to .deleted without rewriting its chunks', async () => {
    const store = new MemorySegmentStore();
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(64, 1));
    await persister.flush();
    const before = { puts: store.stats.chunkPuts, values: await store.chunkValueCount() };
    log.rename(SEG, `${SEG}.deleted`);
    expect(await persister.flush()).toMatchObject({ committed: true, chunkPuts: 0 });
    expect(store.stats.chunkPuts).toBe(before.puts);
    expect(await store.chunkValueCount()).toBe(before.values);
    expect(await reload(store)).toEqual(new Map([[`${SEG}.deleted`, [...bytes(64, 1)]]]));
  });

  it('renames a file with dirty chunks: rename first, then the chunks by fileId', async () => {
    const store = new GatedStore(new MemorySegmentStore());
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(20, 1));
    const first = persister.flush();
    await store.release();
    await first;
    log.file(SEG).append(bytes(20, 2));
    log.rename(SEG, `${SEG}.deleted`);
    const second = persister.flush();
    expect(kinds(store.batches[1])).toEqual(['renameFile', 'resizeFile', 'putChunk', 'putChunk']);
    await store.release();
    expect((await second).committed).toBe(true);
    expect(await reload(store)).toEqual(contents(log));
  });

  it('writes nothing for a file created and deleted between two flushes', async () => {
    const store = new MemorySegmentStore();
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(20, 1));
    log.create('00000000000000000000.log.cleaned', 16).append(bytes(40, 2));
    log.delete('00000000000000000000.log.cleaned');
    await persister.flush();
    expect((await store.listFiles()).map((f) => f.path)).toEqual([`${DIR}/${SEG}`]);
    expect(await store.chunkValueCount()).toBe(2);
    expect(store.stats.chunkPuts).toBe(2);
  });

  it('applies truncate then append in order, dropping chunks past the cut', async () => {
    const store = new MemorySegmentStore();
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(60, 1));
    await persister.flush();
    log.truncate(SEG, 10); // a follower truncating to the leader's epoch end
    log.file(SEG).append(bytes(12, 3));
    await persister.flush();
    expect(await reload(store)).toEqual(contents(log));
    expect(await store.chunkValueCount()).toBe(2);
  });

  it('keeps a truncated cold chunk right: the store copy is read up to the new size', async () => {
    const store = new MemorySegmentStore();
    const { persister, log, pageCache, fileIds } = setup(store, 0);
    log.create(SEG, 16).append(bytes(40, 1));
    await persister.flush();
    pageCache.evictToBudget(); // every chunk cold
    log.truncate(SEG, 20); // cuts cold chunk 1 at 4 bytes
    await persister.flush();
    const file = log.file(SEG);
    const read = await readThrough(() => file.readAll(), store, { fileIds, pageCache });
    expect([...read]).toEqual([...bytes(40, 1).subarray(0, 20)]);
    expect(await reload(store)).toEqual(new Map([[SEG, [...read]]]));
  });

  it('replaces the target of a rename that exists (POSIX rename, as Kafka swaps cleaned segments)', async () => {
    const store = new MemorySegmentStore();
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(20, 1));
    await persister.flush();
    log.create(`${SEG}.swap`, 16).append(bytes(8, 2));
    log.rename(`${SEG}.swap`, SEG);
    await persister.flush();
    expect(await reload(store)).toEqual(new Map([[SEG, [...bytes(8, 2)]]]));
    expect(await store.chunkValueCount()).toBe(1);
  });

  it('writes whole a file it learns of without a create op', async () => {
    const store = new MemorySegmentStore();
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(40, 1));
    log.takeFileOps(); // lost
    log.file(SEG).takeDirty(); // and its dirty marks too
    await persister.flush();
    expect(await reload(store)).toEqual(contents(log));
  });

  it('coalesces flushes called while one is in flight into the next transaction', async () => {
    const store = new GatedStore(new MemorySegmentStore());
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(20, 1));
    const first = persister.flush();
    log.file(SEG).append(bytes(20, 2));
    const second = persister.flush();
    log.file(SEG).append(bytes(20, 3));
    const third = persister.flush();
    expect(store.waiting).toBe(1);
    expect(second).toBe(third);
    await store.release();
    expect(store.waiting).toBe(1); // the queued one started as soon as the first committed
    expect(kinds(store.batches[1])).toEqual(['resizeFile', 'putChunk', 'putChunk', 'putChunk']);
    await store.release();
    expect([(await first).committed, (await second).committed]).toEqual([true, true]);
    expect(store.batches.length).toBe(2);
    expect(await reload(store)).toEqual(contents(log));
  });

  it('pins chunks while their write is in flight, so they cannot go cold before it commits', async () => {
    const store = new GatedStore(new MemorySegmentStore());
    const { persister, log, pageCache } = setup(store, 0);
    const file = log.create(SEG, 16);
    file.append(bytes(40, 1));
    const done = persister.flush();
    expect(pageCache.chunkStates(file)).toEqual(['in-flight', 'in-flight', 'in-flight']);
    pageCache.evictToBudget();
    expect(pageCache.chunkStates(file)).toEqual(['in-flight', 'in-flight', 'in-flight']);
    expect(pageCache.overBudgetBytes).toBeGreaterThan(0);
    await store.release();
    await done;
    pageCache.evictToBudget();
    expect(pageCache.chunkStates(file)).toEqual(['cold', 'cold', 'cold']);
  });

  it('keeps a refused transaction, pins and all, and sends it first in the next one', async () => {
    const store = new GatedStore(new MemorySegmentStore());
    const { persister, log, pageCache } = setup(store, 0);
    const file = log.create(SEG, 16);
    file.append(bytes(20, 1));
    const failed = persister.flush();
    await store.fail();
    expect(await failed).toMatchObject({ committed: false, chunkPuts: 2 });
    expect(persister.stats).toMatchObject({ failures: 1, transactions: 0, pendingBytes: 20 });
    pageCache.evictToBudget();
    expect(pageCache.chunkStates(file)).toEqual(['in-flight', 'in-flight']);
    file.append(bytes(4, 2));
    const retried = persister.flush();
    expect(kinds(store.batches[1])).toEqual([
      'createFile',
      'resizeFile',
      'putChunk',
      'putChunk',
      'resizeFile',
      'putChunk',
    ]);
    await store.release();
    expect(await retried).toMatchObject({ committed: true, chunkPuts: 3 });
    expect(persister.stats).toMatchObject({
      failures: 1,
      transactions: 1,
      pendingBytes: 0,
      bytesWritten: 28,
    });
    expect(await reload(store)).toEqual(contents(log));
  });

  it('reads the meta snapshot when the transaction is built, not when flush is called', async () => {
    const store = new GatedStore(new MemorySegmentStore());
    const { persister, log } = setup(store);
    let logEndOffset = 0;
    log.create(SEG, 16).append(bytes(4, 1));
    const first = persister.flush({ meta: () => ({ state: { logEndOffset } }) });
    logEndOffset = 1;
    log.file(SEG).append(bytes(4, 2));
    const second = persister.flush({ meta: () => ({ state: { logEndOffset } }) });
    logEndOffset = 2; // the queued transaction is built after this
    log.file(SEG).append(bytes(4, 3));
    await store.release();
    expect(await store.getMeta('state')).toEqual({ logEndOffset: 0 });
    await store.release();
    await Promise.all([first, second]);
    expect(await store.getMeta('state')).toEqual({ logEndOffset: 2 });
    expect((await reload(store)).get(SEG)?.length).toBe(12);
  });

  it('counts bytes, chunks, transactions and the last duration by the injected clock', async () => {
    const { persister, log } = setup();
    log.create(SEG, 16).append(bytes(40, 1));
    await persister.flush();
    log.file(SEG).append(bytes(1, 1));
    await persister.flush();
    expect(await persister.flush()).toEqual({ committed: true, writes: 0, chunkPuts: 0, chunkBytes: 0 });
    expect(persister.stats).toMatchObject({
      transactions: 2,
      bytesWritten: 49,
      chunksWritten: 4,
      lastFlushMs: 5,
      pendingBytes: 0,
      failures: 0,
    });
  });

  it('deletes a detached directory when asked to', async () => {
    const store = new MemorySegmentStore();
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(20, 1));
    await persister.flush();
    persister.detach(DIR, { deleteFiles: true });
    await persister.flush();
    expect(await store.listFiles()).toEqual([]);
    expect(await store.chunkValueCount()).toBe(0);
  });

  it('writes what a log did before it was detached', async () => {
    const store = new MemorySegmentStore();
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(20, 1));
    persister.detach(DIR);
    await persister.flush();
    expect(await reload(store)).toEqual(contents(log));
  });

  it('carries on a reloaded log: appends to the loaded active segment and new segments', async () => {
    const first = setup();
    first.log.create(SEG, 16).append(bytes(40, 1));
    first.log.create(IDX, 16).append(bytes(8, 1));
    await first.persister.flush();

    const store = first.store;
    const fileIds = await FileIds.forStore(store);
    const pageCache = new PageCache(1 << 20);
    const log = new TestLog(await loadLogDir(store, DIR, { fileIds, pageCache }));
    const persister = new LogPersister(store, { fileIds, pageCache });
    persister.attach(DIR, log);
    log.file(SEG).append(bytes(10, 2));
    log.create('00000000000000000050.log', 16).append(bytes(3, 3));
    await persister.flush();
    expect(await reload(store)).toEqual(contents(log));
    // Loaded files keep their fileIds; the new segment gets the next free one.
    expect((await store.listFiles()).map((f) => [f.path.slice(DIR.length + 1), f.fileId])).toEqual([
      [IDX, 2],
      [SEG, 1],
      ['00000000000000000050.log', 3],
    ]);
  });

  // Fuzz regression (seed 20251125): the persister learned the loaded files only at its first drain,
  // after the log had already replaced one, so it created a path that the store still held.
  it('replaces a loaded file that the log recreates before the first flush', async () => {
    const first = setup();
    first.log.create(SEG, 4).append(bytes(6, 1));
    await first.persister.flush();

    const store = first.store;
    const fileIds = await FileIds.forStore(store);
    const log = new TestLog(await loadLogDir(store, DIR, { fileIds }));
    const persister = new LogPersister(store, { fileIds });
    persister.attach(DIR, log);
    log.create(SEG, 4).append(bytes(2, 2));
    expect(await persister.flush()).toMatchObject({ committed: true });
    expect(await reload(store)).toEqual(contents(log));
  });

  it('takes a directory detached and attached again before a flush (a replica moving away and back)', async () => {
    const store = new MemorySegmentStore();
    const { persister, log } = setup(store);
    log.create(SEG, 16).append(bytes(20, 1));
    persister.detach(DIR);
    persister.attach(DIR, log);
    log.file(SEG).append(bytes(4, 2));
    expect(await persister.flush()).toMatchObject({ committed: true });
    expect(await reload(store)).toEqual(contents(log));

    persister.detach(DIR, { deleteFiles: true });
    const fresh = new TestLog();
    persister.attach(DIR, fresh);
    fresh.create(SEG, 16).append(bytes(3, 3));
    expect(await persister.flush()).toMatchObject({ committed: true });
    expect(await reload(store)).toEqual(contents(fresh));
  });

  it('hands its chunk copies over, and rebuilds a refused transaction from the pinned chunks', async () => {
    // The gated store takes handed-over buffers as a disk worker does: the persister's are detached.
    const store = new GatedStore(new MemorySegmentStore());
    const { persister, log, pageCache } = setup(store, 0);
    const file = log.create(SEG, 16);
    file.append(bytes(20, 1));
    const failed = persister.flush();
    await store.fail();
    expect(await failed).toMatchObject({ committed: false, chunkPuts: 2 });
    file.append(bytes(20, 2)); // chunk 1 changes, chunk 2 is new
    const retried = persister.flush();
    const resent = store.batches[1] ?? [];
    // Chunk 0 as it was (and still is); chunk 1 first as refused (4 bytes), then as it is now.
    const puts = resent.flatMap((w) =>
      w.kind === 'putChunk' ? [[w.index, [...new Uint8Array(w.bytes)]]] : [],
    );
    expect(puts).toEqual([
      [0, [...bytes(20, 1).subarray(0, 16)]],
      [1, [...bytes(20, 1).subarray(16, 20)]],
      [1, [...file.read(16, 16)]],
      [2, [...file.read(32, 8)]],
    ]);
    await store.release();
    expect(await retried).toMatchObject({ committed: true });
    expect(pageCache.chunkStates(file).includes('in-flight')).toBe(false);
    expect(await reload(store)).toEqual(contents(log));
  });

  it('leaves out of a resent transaction the chunks a truncate cut away since, and unpins them', async () => {
    const store = new GatedStore(new MemorySegmentStore());
    const { persister, log, pageCache } = setup(store, 0);
    log.create(SEG, 16).append(bytes(40, 1));
    const failed = persister.flush();
    await store.fail();
    await failed;
    log.truncate(SEG, 10); // chunks 1 and 2 are gone from memory
    const retried = persister.flush();
    expect((store.batches[1] ?? []).filter((w) => w.kind === 'putChunk').map((w) => w.index)).toEqual([0, 0]);
    await store.release();
    expect(await retried).toMatchObject({ committed: true });
    const expected = contents(log);
    pageCache.evictToBudget(); // nothing is left pinned: all of it can go
    expect(pageCache.chunkStates(log.file(SEG))).toEqual(['cold']);
    expect(await reload(store)).toEqual(expected);
  });

  it('copies later chunks into the buffers the store gives back', async () => {
    const given: ArrayBuffer[] = [];
    // A store that is done with each batch's buffers once it has copied them, and says so.
    const inner = new MemorySegmentStore();
    const store: SegmentStore = Object.assign(Object.create(inner) as MemorySegmentStore, {
      apply: async (batch: readonly StoreWrite[], options?: ApplyOptions) => {
        await inner.apply(batch);
        const buffers = batch.flatMap((w) => (w.kind === 'putChunk' ? [w.bytes] : []));
        given.push(...buffers);
        options?.onChunksReturned?.(buffers);
      },
    });
    const { persister, log } = setup(store);
    const file = log.create(SEG, 16);
    file.append(bytes(32, 1)); // two full chunks
    await persister.flush();
    const givenBack = [...given];
    file.append(bytes(42, 2)); // two more full chunks and a tail of 10 bytes
    const writes: StoreWrite[] = [];
    const spy = store.apply.bind(store);
    store.apply = (batch, options) => {
      writes.push(...batch);
      return spy(batch, options);
    };
    await persister.flush();
    const puts = writes.filter((w) => w.kind === 'putChunk');
    expect(puts.map((w) => givenBack.includes(w.bytes))).toEqual([true, true, false]);
    expect(await reload(inner)).toEqual(contents(log));
  });
});
