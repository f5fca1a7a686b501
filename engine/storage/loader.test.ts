import { describe, expect, it } from 'vitest';
import { ChunkedFile } from '../log/chunked-file';
import { FileIds } from './file-ids';
import { activeSegmentBase, ChunkLoadError, loadChunk, loadLogDir, readThrough } from './loader';
import { MemorySegmentStore } from './memory-store';
import { PageCache } from './page-cache';
import { LogPersister } from './persister';
import { TestLog } from './test-doubles';

const DIR = 'broker-1/orders-0';

function bytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (seed + i) & 0xff);
}

function residentChunks(file: ChunkedFile | undefined): number[] {
  if (file === undefined) return [];
  return Array.from({ length: file.chunkCount }, (_, i) => i).filter((i) => file.isResident(i));
}

/** A directory of two segments (16-byte chunks) persisted through the persister. */
async function storedDir() {
  const store = new MemorySegmentStore();
  const log = new TestLog();
  const persister = new LogPersister(store, { fileIds: new FileIds() });
  persister.attach(DIR, log);
  log.create('00000000000000000000.log', 16).append(bytes(50, 1));
  log.create('00000000000000000000.index', 16).append(bytes(8, 2));
  log.create('00000000000000000042.log', 16).append(bytes(40, 3));
  log.create('00000000000000000042.index', 16).append(bytes(24, 4));
  log.create('00000000000000000000.log.deleted', 16).append(bytes(40, 5));
  await persister.flush();
  // Same prefix, other directories: never part of DIR.
  persister.attach(`${DIR}0`, new TestLog());
  const other = new TestLog();
  persister.attach('broker-2/orders-0', other);
  other.create('00000000000000000000.log', 16).append(bytes(4, 6));
  await persister.flush();
  return { store, log };
}

describe('loadLogDir', () => {
  it('rebuilds every file of the directory with its size and bytes', async () => {
    const { store, log } = await storedDir();
    const fileIds = new FileIds();
    const files = await loadLogDir(store, DIR, { fileIds });
    expect([...files.keys()]).toEqual(log.names().sort());
    for (const [name, file] of files) {
      const read = await readThrough(() => file.readAll(), store, { fileIds });
      expect([...read]).toEqual([...log.file(name).readAll()]);
    }
  });

  it('reads small files and the active segment whole, leaves the rest cold', async () => {
    const { store } = await storedDir();
    const files = await loadLogDir(store, DIR, { fileIds: new FileIds() });
    expect(residentChunks(files.get('00000000000000000000.log'))).toEqual([]);
    expect(residentChunks(files.get('00000000000000000000.log.deleted'))).toEqual([]);
    expect(residentChunks(files.get('00000000000000000000.index'))).toEqual([0]);
    expect(residentChunks(files.get('00000000000000000042.log'))).toEqual([0, 1, 2]);
    expect(residentChunks(files.get('00000000000000000042.index'))).toEqual([0, 1]);
  });

  it('registers fileIds and tells the page cache, counting no hit or miss', async () => {
    const { store } = await storedDir();
    const fileIds = new FileIds();
    const pageCache = new PageCache(1 << 20);
    const files = await loadLogDir(store, DIR, { fileIds, pageCache });
    const stored = await store.listFiles(`${DIR}/`);
    for (const record of stored) {
      const file = files.get(record.path.slice(DIR.length + 1));
      expect(file && fileIds.idOf(file)).toBe(record.fileId);
    }
    expect(pageCache.residency().map((r) => [r.label, r.residentChunks])).toEqual(
      stored.map((record) => [
        record.path,
        residentChunks(files.get(record.path.slice(DIR.length + 1))).length,
      ]),
    );
    expect([pageCache.hits, pageCache.misses]).toEqual([0, 0]);
    expect(fileIds.assign(new ChunkedFile())).toBeGreaterThan(Math.max(...stored.map((r) => r.fileId)));
  });

  it('loads nothing up front when asked not to', async () => {
    const { store } = await storedDir();
    const files = await loadLogDir(store, DIR, { fileIds: new FileIds(), loadWhole: () => false });
    expect([...files.values()].flatMap(residentChunks)).toEqual([]);
  });
});

describe('loadChunk', () => {
  it('finds a chunk by fileId while a rename is still on its way to the store', async () => {
    const store = new MemorySegmentStore();
    const fileIds = new FileIds();
    const pageCache = new PageCache(0);
    const log = new TestLog();
    const persister = new LogPersister(store, { fileIds, pageCache });
    persister.attach(DIR, log);
    const file = log.create('00000000000000000000.log', 16);
    file.append(bytes(40, 1));
    await persister.flush();
    pageCache.evictToBudget();
    log.rename('00000000000000000000.log', '00000000000000000000.log.deleted'); // not flushed
    await loadChunk(store, file, 1, { fileIds, pageCache });
    expect([...file.read(16, 16)]).toEqual([...bytes(40, 1).subarray(16, 32)]);
    expect(pageCache.misses).toBe(1);
  });

  it('does nothing for a resident chunk', async () => {
    const pageCache = new PageCache(100);
    const file = ChunkedFile.of(bytes(4, 1), 16);
    await loadChunk(new MemorySegmentStore(), file, 0, { fileIds: new FileIds(), pageCache });
    expect(pageCache.misses).toBe(0);
  });

  it('refuses a file the store never had, and a chunk the store lacks', async () => {
    const store = new MemorySegmentStore();
    const fileIds = new FileIds();
    await expect(loadChunk(store, ChunkedFile.cold(10, 16), 0, { fileIds })).rejects.toThrow(ChunkLoadError);
    const file = ChunkedFile.cold(40, 16);
    fileIds.register(file, 7);
    await store.apply([
      { kind: 'createFile', path: `${DIR}/a.log`, fileId: 7, chunkBytes: 16 },
      { kind: 'resizeFile', path: `${DIR}/a.log`, size: 40 },
      { kind: 'putChunk', fileId: 7, index: 2, bytes: new ArrayBuffer(4) },
    ]);
    await expect(loadChunk(store, file, 0, { fileIds })).rejects.toThrow(/no such chunk/);
    await expect(loadChunk(store, file, 2, { fileIds })).rejects.toThrow(/holds 4 of its 8 bytes/);
  });
});

describe('readThrough', () => {
  it('passes errors other than ColdChunkError through', async () => {
    const file = ChunkedFile.of(bytes(4, 1), 16);
    const options = { fileIds: new FileIds() };
    await expect(readThrough(() => file.read(2, 4), new MemorySegmentStore(), options)).rejects.toThrow(
      RangeError,
    );
  });
});

describe('activeSegmentBase', () => {
  it('is the highest base offset among live .log files', () => {
    expect(
      activeSegmentBase([
        '00000000000000000000.log',
        '00000000000000000100.log.deleted',
        '00000000000000000090.log.cleaned',
        '00000000000000000042.log',
        '00000000000000000042.index',
        'leader-epoch-checkpoint',
      ]),
    ).toBe('00000000000000000042');
    expect(activeSegmentBase(['partition.metadata'])).toBeUndefined();
  });
});
