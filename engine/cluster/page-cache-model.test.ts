import { describe, expect, it } from 'vitest';
import { PAGE_CACHE_CHUNK_BYTES as CHUNK, PageCacheModel } from './page-cache-model';

describe('PageCacheModel', () => {
  it('serves a read of freshly written bytes from memory: all hit bytes', () => {
    const cache = new PageCacheModel(1024 * 1024);
    cache.written('t-0', 0, 0, 1000);
    cache.written('t-0', 0, 1000, 500);
    cache.read('t-0', 0, 200, 1300);
    expect(cache.counters()).toMatchObject({ hitBytes: 1300, missBytes: 0, usedBytes: 1500 });
  });

  it('counts a read of evicted bytes as misses, then caches them (the next read hits)', () => {
    // Budget for two chunks: writing four evicts the first two, least recently used first.
    const cache = new PageCacheModel(2 * CHUNK);
    for (let i = 0; i < 4; i++) cache.written('t-0', 0, i * CHUNK, CHUNK);
    expect(cache.isCached('t-0', 0, 0, 2 * CHUNK)).toBe(false);
    expect(cache.isCached('t-0', 0, 2 * CHUNK, 2 * CHUNK)).toBe(true);
    expect(cache.counters()).toMatchObject({ usedBytes: 2 * CHUNK, evictedBytes: 2 * CHUNK });
    cache.read('t-0', 0, 100, 1000);
    expect(cache.counters()).toMatchObject({ hitBytes: 0, missBytes: 1000 });
    cache.read('t-0', 0, 100, 1000);
    expect(cache.counters()).toMatchObject({ hitBytes: 1000, missBytes: 1000 });
  });

  it('keeps recently read chunks over older written ones (LRU, not FIFO)', () => {
    const cache = new PageCacheModel(2 * CHUNK);
    cache.written('t-0', 0, 0, CHUNK);
    cache.written('t-0', 0, CHUNK, CHUNK);
    cache.read('t-0', 0, 0, 10); // chunk 0 is now the most recent
    cache.written('t-0', 0, 2 * CHUNK, CHUNK); // evicts chunk 1
    expect(cache.isCached('t-0', 0, 0, 10)).toBe(true);
    expect(cache.isCached('t-0', 0, CHUNK, 10)).toBe(false);
  });

  it('splits a read across chunks into hit and miss bytes', () => {
    const cache = new PageCacheModel(1024 * 1024);
    cache.written('t-0', 0, CHUNK, 100); // only the start of chunk 1
    cache.read('t-0', 0, CHUNK - 50, 100); // 50 bytes of chunk 0 (missing) + 50 of chunk 1 (cached)
    expect(cache.counters()).toMatchObject({ hitBytes: 50, missBytes: 50 });
  });

  it('frees a deleted segment and the pages past a truncation', () => {
    const cache = new PageCacheModel(1024 * 1024);
    cache.written('t-0', 0, 0, 5000);
    cache.written('t-0', 100, 0, 3000);
    cache.segmentDeleted('t-0', 0);
    expect(cache.counters().usedBytes).toBe(3000);
    cache.segmentTruncated('t-0', 100, 1000);
    expect(cache.counters().usedBytes).toBe(1000);
    expect(cache.isCached('t-0', 100, 1000, 2000)).toBe(false);
    cache.logDeleted('t-0');
    expect(cache.counters().usedBytes).toBe(0);
  });

  it('forgets everything at a power cut', () => {
    const cache = new PageCacheModel(1024 * 1024);
    cache.written('t-0', 0, 0, 5000);
    cache.read('t-0', 0, 0, 5000);
    cache.clear();
    expect(cache.counters()).toMatchObject({ hitBytes: 0, missBytes: 0, usedBytes: 0 });
    expect(cache.isCached('t-0', 0, 0, 5000)).toBe(false);
  });

  it('refuses a negative budget', () => {
    expect(() => new PageCacheModel(-1)).toThrow(RangeError);
  });
});
