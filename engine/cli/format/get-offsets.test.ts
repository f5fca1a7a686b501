import { describe, expect, it } from 'vitest';
import { formatOffsets, getOffsetsError } from './get-offsets';

describe('kafka-get-offsets output', () => {
  it('sorts by the string topic-partition and leaves out offset -1', () => {
    const offsets = [2, 10, 1, 0].map((partition) => ({ topic: 'demo', partition, offset: partition * 2 }));
    expect(formatOffsets([...offsets, { topic: 'a', partition: 0, offset: -1 }])).toBe(
      'demo:0:0\ndemo:1:2\ndemo:10:20\ndemo:2:4\n',
    );
  });

  it('prints the KAFKA-REFERENCE §11.6 sample', () => {
    const offsets = [
      { topic: 'demo', partition: 0, offset: 5 },
      { topic: 'demo', partition: 1, offset: 7 },
      { topic: 'demo', partition: 2, offset: 3 },
    ];
    expect(formatOffsets(offsets)).toBe('demo:0:5\ndemo:1:7\ndemo:2:3\n');
  });

  it('reports errors as Error occurred', () => {
    expect(getOffsetsError('Could not match any topic-partitions with the specified filters')).toBe(
      'Error occurred: Could not match any topic-partitions with the specified filters\n',
    );
  });
});
