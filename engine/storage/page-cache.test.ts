import { describe, expect, it } from 'vitest';
import { ChunkedFile, ColdChunkError } from '../log/chunked-file';
import { FileIds } from './file-ids';
import { loadChunk } from './loader';
import { MemorySegmentStore } from './memory-store';
import { PageCache } from './page-cache';
import { exactChunkCopy } from './segment-store';

/** A clean, resident file of `chunks` 4-byte chunks, chunk `i` holding `i` in every byte. */
function cleanFile(chunks: number): ChunkedFile {
  const bytes = new Uint8Array(chunks * 4);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(i / 4);
  return ChunkedFile.of(bytes, 4);
}

/** The ColdChunkError a read throws (fails the test if it throws nothing or something else). */
function coldChunkOf(read: () => unknown): ColdChunkError {
  try {
    read();
  } catch (error) {
    if (error instanceof ColdChunkError) return error;
    throw error;
  }
  throw new Error('expected a ColdChunkError');
}

function residentChunks(file: ChunkedFile): number[] {
  return Array.from({ length: file.chunkCount }, (_, i) => i).filter((i) => file.isResident(i));
}

describe('PageCache', () => {
  it('accounts the resident chunks of a tracked file', () => {
    const cache = new PageCache(100);
    const file = cleanFile(4);
    cache.track(file, 'broker-1/orders-0/00000000000000000000.log');
    expect(cache.usedBytes).toBe(16);
    expect(cache.residency()).toMatchObject([
      {
        label: 'broker-1/orders-0/00000000000000000000.log',
        chunkCount: 4,
        residentChunks: 4,
        residentBytes: 16,
      },
    ]);
    cache.forget(file);
    expect(cache.usedBytes).toBe(0);
    expect(cache.residency()).toEqual([]);
  });

  it('evicts the least recently used clean chunks down to the budget', () => {
    const cache = new PageCache(8);
    const file = cleanFile(4);
    cache.track(file);
    for (const index of [2, 0, 3, 1]) cache.touch(file, index);
    expect(cache.evictToBudget()).toBe(8);
    expect(residentChunks(file)).toEqual([1, 3]);
    expect(cache.usedBytes).toBe(8);
    expect(cache.evictions).toBe(2);
    expect(cache.evictedBytes).toBe(8);
    expect(cache.overBudgetBytes).toBe(0);
  });

  it('orders recency across files by access, not by file', () => {
    const cache = new PageCache(8);
    const a = cleanFile(2);
    const b = cleanFile(2);
    cache.track(a);
    cache.track(b);
    cache.touch(b, 0);
    cache.touch(a, 1);
    cache.touch(b, 1);
    cache.touch(a, 0);
    cache.evictToBudget();
    expect([residentChunks(a), residentChunks(b)]).toEqual([[0], [1]]);
  });

  it('never evicts dirty chunks, and reports how far over budget that leaves it', () => {
    const cache = new PageCache(4);
    const file = new ChunkedFile(4);
    file.append(new Uint8Array(12));
    cache.track(file);
    expect(cache.evictToBudget()).toBe(0);
    expect(residentChunks(file)).toEqual([0, 1, 2]);
    expect(cache.overBudgetBytes).toBe(8);
    file.takeDirty(); // persisted: now clean
    cache.evictToBudget();
    expect(residentChunks(file)).toEqual([2]);
    expect(cache.overBudgetBytes).toBe(0);
  });

  it('never evicts pinned chunks (their write is in flight) until unpinned', () => {
    const cache = new PageCache(0);
    const file = cleanFile(2);
    cache.track(file);
    cache.pin(file, 0);
    cache.pin(file, 0);
    cache.evictToBudget();
    expect(residentChunks(file)).toEqual([0]);
    expect(cache.chunkStates(file)).toEqual(['in-flight', 'cold']);
    cache.unpin(file, 0);
    cache.evictToBudget();
    expect(residentChunks(file)).toEqual([0]);
    cache.unpin(file, 0);
    cache.evictToBudget();
    expect(residentChunks(file)).toEqual([]);
    expect(cache.usedBytes).toBe(0);
  });

  it('counts a hit per access to a resident chunk and a miss per access to a cold one', () => {
    const cache = new PageCache(100);
    const file = cleanFile(2);
    cache.track(file);
    expect(cache.touch(file, 0)).toBe(true);
    cache.touchRange(file, 2, 4); // chunks 0 and 1
    expect([cache.hits, cache.misses]).toEqual([3, 0]);
    file.evict(1);
    expect(cache.touch(file, 1)).toBe(false);
    expect([cache.hits, cache.misses]).toEqual([3, 1]);
  });

  it('counts a cold read once: miss, load, retry', async () => {
    const store = new MemorySegmentStore();
    const fileIds = new FileIds();
    const cache = new PageCache(100);
    const file = cleanFile(3);
    const fileId = fileIds.assign(file);
    await store.apply([
      { kind: 'createFile', path: 'broker-1/t-0/a.log', fileId, chunkBytes: 4 },
      { kind: 'resizeFile', path: 'broker-1/t-0/a.log', size: 12 },
      ...[0, 1, 2].map((index) => ({
        kind: 'putChunk' as const,
        fileId,
        index,
        bytes: exactChunkCopy(file.peekChunk(index) ?? new Uint8Array()),
      })),
    ]);
    cache.track(file);
    cache.budgetBytes = 4;
    cache.touch(file, 2);
    cache.evictToBudget(); // chunks 0 and 1 go
    const hitsBefore = cache.hits;

    const first = coldChunkOf(() => file.read(2, 4));
    expect([first.file, first.chunkIndex]).toEqual([file, 0]);
    await loadChunk(store, file, first.chunkIndex, { fileIds, pageCache: cache });
    expect(cache.misses).toBe(1);
    const second = coldChunkOf(() => file.read(2, 4));
    expect(second.chunkIndex).toBe(1);
    await loadChunk(store, file, second.chunkIndex, { fileIds, pageCache: cache });
    expect([...file.read(2, 4)]).toEqual([0, 0, 1, 1]);
    cache.touchRange(file, 2, 4);
    // Both chunks were loaded for this read: two misses, no hit.
    expect([cache.hits - hitsBefore, cache.misses]).toEqual([0, 2]);
    cache.touchRange(file, 2, 4);
    expect([cache.hits - hitsBefore, cache.misses]).toEqual([2, 2]);
  });

  it('admits a chunk written without a touch, counting neither hit nor miss', () => {
    const cache = new PageCache(100);
    const file = new ChunkedFile(4);
    cache.track(file);
    file.append(new Uint8Array(6));
    cache.admit(file, 0);
    cache.admit(file, 1);
    expect([cache.hits, cache.misses, cache.usedBytes]).toEqual([0, 0, 8]);
  });

  it('stops counting chunks a truncate dropped', () => {
    const cache = new PageCache(100);
    const file = cleanFile(4);
    cache.track(file);
    file.truncate(5);
    cache.sync(file);
    expect(cache.usedBytes).toBe(8);
    file.truncate(0);
    cache.budgetBytes = 0;
    cache.evictToBudget(); // the two stale entries are dropped, not evicted
    expect([cache.usedBytes, cache.evictions]).toEqual([0, 0]);
  });

  it('charges a small chunk its whole buffer', () => {
    const cache = new PageCache(1 << 20);
    const file = new ChunkedFile(64 * 1024);
    file.append(new Uint8Array(14)); // a 14-byte segment, as in the segment.bytes lesson
    cache.track(file);
    expect(cache.usedBytes).toBe(256);
  });

  it('evicts the same chunks for the same accesses (no wall clock)', () => {
    const run = () => {
      const cache = new PageCache(20);
      const files = [cleanFile(5), cleanFile(5)];
      for (const file of files) cache.track(file);
      for (const [f, i] of [
        [1, 3],
        [0, 4],
        [1, 0],
        [0, 0],
        [1, 4],
      ] as const) {
        const file = files[f];
        if (file !== undefined) cache.touch(file, i);
      }
      cache.evictToBudget();
      return files.map(residentChunks);
    };
    expect(run()).toEqual(run());
    expect(run()).toEqual([
      [0, 4],
      [0, 3, 4],
    ]);
  });

  it('shows each chunk as cold, dirty, in flight or clean', () => {
    const cache = new PageCache(100);
    const file = cleanFile(3);
    file.append(new Uint8Array([9])); // chunk 3, dirty
    file.evict(0);
    cache.pin(file, 1);
    expect(cache.chunkStates(file)).toEqual(['cold', 'in-flight', 'clean', 'dirty']);
  });
});
