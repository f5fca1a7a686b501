import { describe, expect, it } from 'vitest';
import {
  filenamePrefixFromOffset,
  parsePartitionDirName,
  parseSegmentFileName,
  partitionDirName,
  segmentFileName,
} from './file-names';

describe('file names (KAFKA-REFERENCE §2.1)', () => {
  it('pads base offsets to 20 digits', () => {
    expect(segmentFileName(123, 'log')).toBe('00000000000000000123.log');
    expect(segmentFileName(0, 'index')).toBe('00000000000000000000.index');
    expect(segmentFileName(9_007_199_254_740_991, 'timeindex')).toBe('00009007199254740991.timeindex');
    expect(segmentFileName(57, 'snapshot')).toBe('00000000000000000057.snapshot');
    expect(segmentFileName(0, 'log', '.deleted')).toBe('00000000000000000000.log.deleted');
    expect(() => filenamePrefixFromOffset(-1)).toThrow(RangeError);
  });

  it('parses names back, and ignores other files', () => {
    expect(parseSegmentFileName('00000000000000000123.timeindex.deleted')).toEqual({
      baseOffset: 123,
      kind: 'timeindex',
      extraSuffix: '.deleted',
    });
    expect(parseSegmentFileName('00000000000000000007.log.swap')).toEqual({
      baseOffset: 7,
      kind: 'log',
      extraSuffix: '.swap',
    });
    expect(parseSegmentFileName('leader-epoch-checkpoint')).toBeNull();
    expect(parseSegmentFileName('123.log')).toBeNull();
  });

  it('names partition directories topic-partition, splitting at the last dash', () => {
    expect(partitionDirName('demo', 0)).toBe('demo-0');
    expect(parsePartitionDirName('my-topic-12')).toEqual({ topic: 'my-topic', partition: 12 });
    expect(parsePartitionDirName('nodash')).toBeNull();
  });
});
