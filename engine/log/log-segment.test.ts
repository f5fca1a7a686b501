import { describe, expect, it } from 'vitest';
import { encodeRecordBatch } from '../codec';
import { LogSegment, type RollParams } from './log-segment';
import { sizedBatch } from './test-kit';

/** Bytes of a one-record batch of exactly `size` bytes at `offset` with `timestamp`. */
function batch(size: number, offset: number, timestamp: number): Uint8Array {
  const { records } = sizedBatch(size, timestamp);
  return encodeRecordBatch({ baseOffset: offset, records: [...records] });
}

function segment(over: Partial<Parameters<typeof LogSegment.create>[0]> = {}): LogSegment {
  return LogSegment.create({
    baseOffset: 0,
    indexIntervalBytes: 4096,
    maxIndexBytes: 10_485_760,
    rollJitterMs: 0,
    nowMs: 0,
    ...over,
  });
}

/** Appends a batch the way the log does: offsets and max timestamp known from the batch. */
function append(s: LogSegment, size: number, offset: number, timestamp: number, nowMs = 0): void {
  s.append(offset, timestamp, offset, batch(size, offset, timestamp), nowMs);
}

const rollParams = (over: Partial<RollParams>): RollParams => ({
  maxSegmentMs: 604_800_000,
  maxSegmentBytes: 1_073_741_824,
  maxTimestampInMessages: 0,
  maxOffsetInMessages: 0,
  messagesSize: 1,
  nowMs: 0,
  ...over,
});

describe('index entries (KAFKA-REFERENCE §2.4)', () => {
  it('with 1 KiB appends and index.interval.bytes 4096, the first entry comes on the 6th append, at its position', () => {
    const s = segment();
    for (let i = 0; i < 5; i++) append(s, 1024, i, 1000 + i);
    expect(s.offsetIndex.entries).toBe(0);
    append(s, 1024, 5, 1005);
    expect(s.offsetIndex.allEntries()).toEqual([{ offset: 5, position: 5 * 1024 }]);
    expect(s.timeIndex.allEntries()).toEqual([{ timestamp: 1005, offset: 5 }]);
    expect(s.bytesSinceLastIndex).toBe(1024);
  });

  it('strictly greater: after exactly 4096 accumulated bytes no entry is added yet', () => {
    const s = segment();
    for (let i = 0; i < 4; i++) append(s, 1024, i, 0);
    append(s, 1024, 4, 0); // bytesSinceLastIndexEntry was 4096, not > 4096
    expect(s.offsetIndex.entries).toBe(0);
  });

  it('index.interval.bytes 0 still skips the first append of a segment, then indexes every append', () => {
    const s = segment({ indexIntervalBytes: 0 });
    append(s, 100, 0, 10);
    expect(s.offsetIndex.entries).toBe(0);
    append(s, 100, 1, 20);
    append(s, 100, 2, 30);
    expect(s.offsetIndex.allEntries()).toEqual([
      { offset: 1, position: 100 },
      { offset: 2, position: 200 },
    ]);
  });

  it('the time index only grows with strictly larger max timestamps', () => {
    const s = segment({ indexIntervalBytes: 0 });
    append(s, 100, 0, 50);
    append(s, 100, 1, 40); // max so far stays 50 at offset 0
    append(s, 100, 2, 60);
    append(s, 100, 3, 55);
    expect(s.timeIndex.allEntries()).toEqual([
      { timestamp: 50, offset: 0 },
      { timestamp: 60, offset: 2 },
    ]);
  });

  it('the rolling timestamp is the first append’s max timestamp', () => {
    const s = segment();
    append(s, 100, 0, 777);
    append(s, 100, 1, 900);
    expect(s.rollingTimestamp).toBe(777);
  });
});

describe('shouldRoll (KAFKA-REFERENCE §2.6)', () => {
  it('rolls by size when size > segment.bytes − messagesSize; exactly full does not roll', () => {
    const s = segment();
    append(s, 1000, 0, 0);
    expect(s.shouldRoll(rollParams({ maxSegmentBytes: 1000, messagesSize: 1 }))).toBe('segment.bytes');
    const t = segment();
    append(t, 999, 0, 0);
    expect(t.shouldRoll(rollParams({ maxSegmentBytes: 1000, messagesSize: 1 }))).toBeNull();
  });

  it('rolls by time using record timestamps, not the clock, minus the jitter', () => {
    const s = segment({ rollJitterMs: 100 });
    append(s, 100, 0, 10_000);
    const base = { maxSegmentMs: 1000, nowMs: 99_999_999 };
    expect(s.shouldRoll(rollParams({ ...base, maxTimestampInMessages: 10_900 }))).toBeNull();
    expect(s.shouldRoll(rollParams({ ...base, maxTimestampInMessages: 10_901 }))).toBe('segment.ms');
  });

  it('an empty segment never rolls for time', () => {
    const s = segment();
    expect(
      s.shouldRoll(rollParams({ maxSegmentMs: 1, nowMs: 1_000_000, maxTimestampInMessages: 1_000_000 })),
    ).toBeNull();
  });

  it('falls back to wall-clock age when records carry no timestamps (−1)', () => {
    const s = segment({ nowMs: 1000 });
    append(s, 100, 0, -1);
    expect(s.rollingTimestamp).toBe(-1);
    expect(
      s.shouldRoll(rollParams({ maxSegmentMs: 500, nowMs: 1500, maxTimestampInMessages: -1 })),
    ).toBeNull();
    expect(s.shouldRoll(rollParams({ maxSegmentMs: 500, nowMs: 1501, maxTimestampInMessages: -1 }))).toBe(
      'segment.ms',
    );
  });

  it('rolls when the offset index is full', () => {
    // The time index always fills first while timestamps grow; records without timestamps (−1) never
    // add time-index entries, which lets the offset index fill: 24 bytes hold three 8-byte entries.
    const s = segment({ indexIntervalBytes: 0, maxIndexBytes: 24 });
    expect(s.offsetIndex.maxEntries).toBe(3);
    for (let i = 0; i < 4; i++) append(s, 100, i, -1);
    expect(s.offsetIndex.entries).toBe(3);
    expect(s.timeIndex.entries).toBe(0);
    expect(s.shouldRoll(rollParams({ maxOffsetInMessages: 4, maxTimestampInMessages: -1 }))).toBe(
      'index full',
    );
  });

  it('rolls when the time index is full: it keeps its last slot for the entry written at roll', () => {
    const s = segment({ indexIntervalBytes: 0, maxIndexBytes: 36 }); // time index: 3 slots, full at 2
    for (let i = 0; i < 3; i++) append(s, 100, i, i + 1);
    expect(s.timeIndex.entries).toBe(2);
    expect(s.offsetIndex.isFull()).toBe(false);
    expect(s.shouldRoll(rollParams({ maxOffsetInMessages: 3 }))).toBe('time index full');
  });

  it('rolls when the last offset would not fit a 32-bit relative offset', () => {
    const s = segment({ baseOffset: 10 });
    append(s, 100, 10, 0);
    expect(s.shouldRoll(rollParams({ maxOffsetInMessages: 10 + 2_147_483_647 }))).toBeNull();
    expect(s.shouldRoll(rollParams({ maxOffsetInMessages: 10 + 2_147_483_648 }))).toBe('offset overflow');
  });
});

describe('reading and truncating', () => {
  it('translateOffset finds the batch holding an offset via the index floor', () => {
    const s = segment({ indexIntervalBytes: 0 });
    for (let i = 0; i < 10; i++)
      s.append(
        i * 3 + 2,
        0,
        i * 3 + 2,
        encodeRecordBatch({ baseOffset: i * 3, records: [...threeRecords] }),
        0,
      );
    const batchSize = s.size / 10;
    expect(s.translateOffset(13)).toEqual({ offset: 14, position: 4 * batchSize, size: batchSize });
    expect(s.translateOffset(0)).toEqual({ offset: 2, position: 0, size: batchSize });
    expect(s.translateOffset(30)).toBeNull();
  });

  it('truncateTo removes the whole batch holding the offset and re-allocates the indexes', () => {
    const s = segment({ indexIntervalBytes: 0 });
    for (let i = 0; i < 4; i++)
      s.append(
        i * 3 + 2,
        100 + i,
        i * 3 + 2,
        encodeRecordBatch({ baseOffset: i * 3, records: [...threeRecords] }),
        0,
      );
    s.onBecomeInactiveSegment();
    const batchSize = s.size / 4;
    expect(s.truncateTo(7, 5)).toBe(2 * batchSize); // offset 7 is inside batch [6..8]
    expect(s.size).toBe(2 * batchSize);
    expect(s.nextOffset).toBe(6);
    expect(s.offsetIndex.allEntries()).toEqual([{ offset: 5, position: batchSize }]);
    expect(s.offsetIndex.maxEntries).toBe(10_485_760 / 8);
  });

  it('onBecomeInactiveSegment adds the final time-index entry and trims both indexes', () => {
    const s = segment();
    append(s, 100, 0, 500);
    append(s, 100, 1, 700);
    s.onBecomeInactiveSegment();
    expect(s.timeIndex.allEntries()).toEqual([{ timestamp: 700, offset: 1 }]);
    expect(s.timeIndex.allocatedBytes).toBe(12);
    expect(s.offsetIndex.allocatedBytes).toBe(0);
  });
});

const threeRecords = [0, 1, 2].map((i) => ({ timestamp: i, key: null, value: new Uint8Array([i]) }));
