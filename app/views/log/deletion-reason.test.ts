import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../engine/view/types';
import { segmentViewId } from '../../../engine/view/types';
import { deletionsBySegment, describeDeletion, roughDuration } from './deletion-reason';

const deleted = (seq: number, baseOffset: number, kind: 'retention.ms' | 'log roll'): EventRecord => ({
  kind: 'event',
  id: `event:${seq}`,
  seq,
  atMs: seq,
  body: {
    type: 'segment-deleted',
    broker: 2,
    topic: 'logs',
    partition: 0,
    baseOffset,
    sizeInBytes: 100,
    reason:
      kind === 'log roll'
        ? { kind: 'log roll' }
        : { kind: 'retention.ms', largestTimestamp: 0, nowMs: 90_000, retentionMs: 60_000 },
  },
});

describe('segment deletion reasons', () => {
  it('keys the newest segment-deleted event by segment id, ignoring other events', () => {
    const other: EventRecord = {
      kind: 'event',
      id: 'event:9',
      seq: 9,
      atMs: 9,
      body: { type: 'topic-deleted', topic: 'x' },
    };
    const map = deletionsBySegment([
      deleted(5, 10, 'retention.ms'),
      other,
      deleted(3, 10, 'log roll'),
      deleted(4, 0, 'log roll'),
    ]);
    expect(map.size).toBe(2);
    expect(map.get(segmentViewId(2, 'logs', 0, 10, true))?.reason.kind).toBe('retention.ms');
    expect(map.get(segmentViewId(2, 'logs', 0, 0, true))?.reason.kind).toBe('log roll');
  });

  it('says which rule fired, with the numbers it compared, in both languages', () => {
    const reason = { kind: 'retention.ms', largestTimestamp: 0, nowMs: 90_000, retentionMs: 60_000 } as const;
    const en = describeDeletion('en', reason);
    expect(en.short).toBe('retention.ms');
    expect(en.long).toContain('largest timestamp');
    expect(en.long).toContain('1.5 min old');
    expect(en.long).toContain('retention.ms (1 min)');
    expect(describeDeletion('ko', reason).long).toContain('retention.ms(1분)');
    const bytes = describeDeletion('en', {
      kind: 'retention.bytes',
      logSizeBytes: 5000,
      retentionBytes: 4096,
      segmentSizeBytes: 800,
    });
    expect(bytes.long).toContain('retention.bytes (4 KiB)');
    expect(
      describeDeletion('en', { kind: 'log start offset', logStartOffset: 40, nextSegmentBaseOffset: 30 })
        .long,
    ).toContain('40');
  });

  it('rounds durations to one decimal in the largest unit that fits', () => {
    expect(roughDuration('en', 90_000)).toBe('1.5 min');
    expect(roughDuration('ko', 7 * 86_400_000)).toBe('7일');
    expect(roughDuration('en', 250)).toBe('250 ms');
  });
});
