import { describe, expect, it } from 'vitest';
import { SAMPLE_EVENTS, sampleRecord } from './event-samples';
import { groupRepeats, repeatKey } from './timeline-groups';

const failed = SAMPLE_EVENTS['produce-failed'];

describe('groupRepeats', () => {
  it('folds a run of identical retries into one row with its count and start', () => {
    const newestFirst = [
      sampleRecord(failed, 5, 500),
      sampleRecord(failed, 4, 400),
      sampleRecord(failed, 3, 300),
      sampleRecord(SAMPLE_EVENTS['isr-shrunk'], 2, 200),
      sampleRecord(failed, 1, 100),
    ];
    const groups = groupRepeats(newestFirst);
    expect(groups.map((g) => [g.newest.seq, g.count, g.sinceMs])).toEqual([
      [5, 3, 300],
      [2, 1, 200],
      [1, 1, 100],
    ]);
  });

  it('never folds events that each say something new', () => {
    const shrink = SAMPLE_EVENTS['isr-shrunk'];
    const groups = groupRepeats([sampleRecord(shrink, 2), sampleRecord(shrink, 1)]);
    expect(groups).toHaveLength(2);
    expect(repeatKey(shrink)).toBeNull();
  });

  it('keeps different partitions, errors and links apart', () => {
    const groups = groupRepeats([
      sampleRecord(failed, 3),
      sampleRecord({ ...failed, partition: 1 }, 2),
      sampleRecord({ ...failed, error: 'REQUEST_TIMED_OUT' }, 1),
    ]);
    expect(groups).toHaveLength(3);
    const lost = SAMPLE_EVENTS['message-lost'];
    expect(groupRepeats([sampleRecord(lost, 2), sampleRecord(lost, 1)])).toHaveLength(1);
    expect(groupRepeats([sampleRecord(lost, 2), sampleRecord({ ...lost, to: 'broker-3' }, 1)])).toHaveLength(
      2,
    );
  });
});
