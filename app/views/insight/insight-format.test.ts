import { describe, expect, it } from 'vitest';
import { acksLabel, brokerList, formatSpan, segmentFileName, tpName } from './insight-format';

describe('insight formatters', () => {
  it('names partitions, ISRs, segment files and acks as Kafka does', () => {
    expect(tpName('orders', 2)).toBe('orders-2');
    expect(brokerList([1, 2, 3])).toBe('[1, 2, 3]');
    expect(brokerList([])).toBe('[]');
    expect(segmentFileName(42)).toBe('00000000000000000042.log');
    expect(acksLabel(-1)).toBe('all');
    expect(acksLabel(1)).toBe('1');
  });

  it('writes spans with the two largest units', () => {
    expect(formatSpan('en', 250)).toBe('250 ms');
    expect(formatSpan('en', 10_500)).toBe('10.5 s');
    expect(formatSpan('en', 30_000)).toBe('30 s');
    expect(formatSpan('en', 3 * 60_000 + 5_000)).toBe('3 min');
    expect(formatSpan('en', 7 * 86_400_000 + 2 * 3_600_000 + 60_000)).toBe('7 d 2 h');
    expect(formatSpan('ko', 8 * 86_400_000)).toBe('8일');
    expect(formatSpan('ko', 90 * 60_000)).toBe('1시간 30분');
    expect(formatSpan('en', -5)).toBe('0 ms');
  });
});
