import { describe, expect, it } from 'vitest';
import { ChunkedFile } from './chunked-file';
import { OffsetIndex } from './offset-index';
import { TimeIndex } from './time-index';

describe('OffsetIndex (KAFKA-REFERENCE §2.2)', () => {
  it('stores big-endian (relative offset, position) pairs of 8 bytes', () => {
    const index = new OffsetIndex(new ChunkedFile(), 100, 10_485_760);
    index.append(105, 4120);
    expect(Array.from(index.file.readAll())).toEqual([0, 0, 0, 5, 0, 0, 0x10, 0x18]);
    expect(index.maxEntries).toBe(1_310_720);
    expect([index.sizeInBytes, index.allocatedBytes]).toEqual([8, 10_485_760]);
  });

  it('looks up the largest entry at or below the target, or (base, 0)', () => {
    const index = new OffsetIndex(new ChunkedFile(), 100, 1000);
    for (const [o, p] of [
      [110, 500],
      [120, 1000],
      [130, 1500],
    ] as const)
      index.append(o, p);
    expect(index.lookup(99)).toEqual({ offset: 100, position: 0 });
    expect(index.lookup(109)).toEqual({ offset: 100, position: 0 });
    expect(index.lookup(110)).toEqual({ offset: 110, position: 500 });
    expect(index.lookup(125)).toEqual({ offset: 120, position: 1000 });
    expect(index.lookup(1_000_000)).toEqual({ offset: 130, position: 1500 });
  });

  it('rounds segment.index.bytes down to whole entries and refuses appends when full or out of order', () => {
    const index = new OffsetIndex(new ChunkedFile(), 0, 20);
    expect(index.maxEntries).toBe(2);
    index.append(1, 10);
    expect(() => index.append(1, 20)).toThrow(/no larger than/);
    index.append(2, 20);
    expect(index.isFull()).toBe(true);
    expect(() => index.append(3, 30)).toThrow(/full index/);
  });

  it('truncateTo drops entries at or above the offset', () => {
    const index = new OffsetIndex(new ChunkedFile(), 0, 1000);
    for (const o of [10, 20, 30]) index.append(o, o * 10);
    index.truncateTo(20);
    expect(index.allEntries()).toEqual([{ offset: 10, position: 100 }]);
    index.truncateTo(15);
    expect(index.lastOffset).toBe(10);
    index.truncateTo(5);
    expect(index.entries).toBe(0);
    expect(index.lastOffset).toBe(0);
  });
});

describe('TimeIndex (KAFKA-REFERENCE §2.3)', () => {
  it('stores 12-byte (int64 timestamp, int32 relative offset) entries, only for larger timestamps', () => {
    const index = new TimeIndex(new ChunkedFile(), 10, 10_485_760);
    index.maybeAppend(1_700_000_000_000, 12);
    index.maybeAppend(1_700_000_000_000, 15); // not larger: skipped
    expect(Array.from(index.file.readAll())).toEqual([0, 0, 1, 0x8b, 0xcf, 0xe5, 0x68, 0, 0, 0, 0, 2]);
    expect(index.maxEntries).toBe(873_813);
    expect(index.lookup(1_699_999_999_999)).toEqual({ timestamp: -1, offset: 10 });
    expect(index.lookup(1_800_000_000_000)).toEqual({ timestamp: 1_700_000_000_000, offset: 12 });
  });

  it('is full one entry early: the last slot is kept for the entry written at roll', () => {
    const index = new TimeIndex(new ChunkedFile(), 0, 36);
    index.maybeAppend(1, 1);
    index.maybeAppend(2, 2);
    expect(index.isFull()).toBe(true);
    index.maybeAppend(3, 3, true);
    expect(index.entries).toBe(3);
  });
});
