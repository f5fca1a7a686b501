import { describe, expect, it } from 'vitest';
import { ChunkedFile, ColdChunkError } from './chunked-file';

const bytes = (n: number, start = 0) => Uint8Array.from({ length: n }, (_, i) => (start + i) & 0xff);

describe('ChunkedFile', () => {
  it('appends across chunk boundaries and reads back any range', () => {
    const f = new ChunkedFile(16);
    f.append(bytes(10));
    f.append(bytes(30, 10));
    expect(f.size).toBe(40);
    expect(f.chunkCount).toBe(3);
    expect(f.readAll()).toEqual(bytes(40));
    expect(f.read(14, 5)).toEqual(bytes(5, 14));
    expect(() => f.read(38, 3)).toThrow(RangeError);
  });

  it('reports written chunks as dirty once, in order', () => {
    const f = new ChunkedFile(16);
    f.append(bytes(20));
    expect(f.takeDirty()).toEqual([0, 1]);
    expect(f.takeDirty()).toEqual([]);
    f.append(bytes(1));
    expect(f.takeDirty()).toEqual([1]);
  });

  it('evicts only clean chunks, and a cold read names the chunk to load', () => {
    const f = new ChunkedFile(16);
    f.append(bytes(20));
    expect(f.evict(0)).toBe(0); // dirty: pinned
    f.takeDirty();
    expect(f.evict(0)).toBeGreaterThan(0);
    expect(f.isResident(0)).toBe(false);
    try {
      f.read(0, 4);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ColdChunkError);
      expect((e as ColdChunkError).chunkIndex).toBe(0);
    }
    f.load(0, bytes(16));
    expect(f.read(0, 20)).toEqual(bytes(20));
  });

  it('truncates, zeroing the cut tail so a later append writes clean bytes', () => {
    const f = new ChunkedFile(16);
    f.append(bytes(40));
    f.takeDirty();
    f.truncate(18);
    expect(f.size).toBe(18);
    expect(f.chunkCount).toBe(2);
    expect(f.takeDirty()).toEqual([1]);
    f.append(Uint8Array.of(0xaa));
    expect(f.read(17, 2)).toEqual(Uint8Array.of(17, 0xaa));
  });

  it('rebuilds a cold file whose chunks are loaded on demand', () => {
    const f = ChunkedFile.cold(20, 16);
    expect(f.size).toBe(20);
    expect(() => f.read(0, 1)).toThrow(ColdChunkError);
    f.load(0, bytes(16));
    f.load(1, bytes(4, 16));
    expect(f.readAll()).toEqual(bytes(20));
    expect(f.takeDirty()).toEqual([]);
  });

  it('needs the tail chunk loaded before appending to a cold file', () => {
    const f = ChunkedFile.cold(20, 16);
    expect(() => f.append(bytes(1))).toThrow(ColdChunkError);
    f.load(1, bytes(4, 16));
    f.append(Uint8Array.of(9));
    expect(f.size).toBe(21);
    expect(f.takeDirty()).toEqual([1]);
  });
});
