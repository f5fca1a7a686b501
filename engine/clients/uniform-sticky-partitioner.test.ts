import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BuiltInPartitioner,
  partitionForRecord,
  type TopicPartitionsInfo,
  UNKNOWN_PARTITION,
} from './uniform-sticky-partitioner';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Kafka's BuiltInPartitionerTest.SequentialPartitioner: the "random" numbers 0, 1, 2, … */
function sequential() {
  let next = 0;
  return (bound: number) => next++ % bound;
}

const threePartitions: TopicPartitionsInfo = { numPartitions: 3, availablePartitions: [0, 1, 2] };

describe('partitionForRecord (KAFKA-REFERENCE §7.1, §7.2)', () => {
  it.each([
    ['21', 0, 0, 0],
    ['foobar', 0, 2, 0],
    ['a-little-bit-long-string', 2, 0, 2],
    ['a-little-bit-longer-string', 2, 3, 5],
    ['abc', 0, 3, 3],
    ['', 0, 1, 3],
    ['a', 1, 0, 4],
    ['key', 1, 1, 1],
    ['key1', 2, 0, 2],
    ['key2', 2, 3, 5],
    ['key3', 1, 1, 1],
    ['hello', 0, 1, 3],
    ['user-1', 2, 0, 2],
  ])('key %j → %i of 3, %i of 4, %i of 6', (key, of3, of4, of6) => {
    const at = (numPartitions: number) =>
      partitionForRecord({ key: utf8(key), numPartitions, ignoreKeys: false });
    expect([at(3), at(4), at(6)]).toEqual([of3, of4, of6]);
  });

  it('uses an explicit partition as is, ahead of the key', () => {
    expect(
      partitionForRecord({ key: utf8('key2'), explicitPartition: 0, numPartitions: 6, ignoreKeys: false }),
    ).toBe(0);
    expect(partitionForRecord({ key: null, explicitPartition: 4, numPartitions: 6, ignoreKeys: true })).toBe(
      4,
    );
  });

  it('leaves null keys, and all keys under partitioner.ignore.keys, to the built-in partitioner', () => {
    expect(partitionForRecord({ key: null, numPartitions: 6, ignoreKeys: false })).toBe(UNKNOWN_PARTITION);
    expect(partitionForRecord({ key: utf8('key2'), numPartitions: 6, ignoreKeys: true })).toBe(
      UNKNOWN_PARTITION,
    );
  });
});

describe('BuiltInPartitioner', () => {
  it('rejects a batch size below 1', () => {
    expect(() => new BuiltInPartitioner('demo', 0)).toThrow('stickyBatchSize must be >= 1 but got 0');
  });

  it('chooses lazily, then stays until batch.size bytes went to the partition (Kafka testStickyPartitioning)', () => {
    const p = new BuiltInPartitioner('topicA', 3);
    const next = sequential();
    expect(p.stickyPartition).toBeUndefined();
    const first = p.peekCurrentPartition(threePartitions, next);
    expect(first).toBe(0);
    expect(p.updatePartitionInfo(1, true, threePartitions, next)).toBe(false);
    expect(p.peekCurrentPartition(threePartitions, next)).toBe(first);
    expect(p.updatePartitionInfo(1, true, threePartitions, next)).toBe(false);
    expect(p.updatePartitionInfo(1, true, threePartitions, next)).toBe(true);
    expect(p.peekCurrentPartition(threePartitions, next)).toBe(1);
    expect(p.producedBytes).toBe(0);
  });

  it('switches even when the topic has one partition, landing on it again', () => {
    const p = new BuiltInPartitioner('topicB', 1);
    const one = { numPartitions: 1, availablePartitions: [0] };
    const next = sequential();
    for (let i = 0; i < 10; i++) {
      expect(p.peekCurrentPartition(one, next)).toBe(0);
      expect(p.updatePartitionInfo(1, true, one, next)).toBe(true);
    }
  });

  it('holds the switch while the batch is unfinished, up to 2 × batch.size', () => {
    const p = new BuiltInPartitioner('demo', 100);
    const next = sequential();
    p.peekCurrentPartition(threePartitions, next);
    expect(p.updatePartitionInfo(150, false, threePartitions, next)).toBe(false);
    // The accumulator's pre-append check: the batch is now full, so the held switch happens.
    expect(p.updatePartitionInfo(0, true, threePartitions, next)).toBe(true);
    p.updatePartitionInfo(199, false, threePartitions, next);
    expect(p.stickyPartition).toBe(1);
    expect(p.updatePartitionInfo(1, false, threePartitions, next)).toBe(true);
    expect(p.stickyPartition).toBe(2);
  });

  it('only picks partitions with a leader, and any partition when none has one', () => {
    const p = new BuiltInPartitioner('topicA', 1);
    const cluster = { numPartitions: 3, availablePartitions: [0, 2] };
    const next = sequential();
    const seen = new Set<number>();
    for (let i = 0; i < 20; i++) {
      seen.add(p.peekCurrentPartition(cluster, next));
      p.updatePartitionInfo(1, true, cluster, next);
    }
    expect([...seen].sort()).toEqual([0, 2]);

    const bounds: number[] = [];
    const leaderless = new BuiltInPartitioner('topicC', 1);
    leaderless.peekCurrentPartition({ numPartitions: 3, availablePartitions: [] }, (b) => {
      bounds.push(b);
      return 2;
    });
    expect(bounds).toEqual([3]);
    expect(leaderless.stickyPartition).toBe(2);
  });

  it('weights partitions by maxQueueSize + 1 − queueSize (Kafka adaptivePartitionsTest)', () => {
    const p = new BuiltInPartitioner('topicA', 1);
    const cluster = { numPartitions: 5, availablePartitions: [0, 1, 2, 3, 4] };
    p.updatePartitionLoadStats([5, 0, 3, 0, 1], [0, 1, 2, 3, 4]);
    const next = sequential();
    const frequencies = [0, 0, 0, 0, 0];
    // Weights 1, 6, 3, 6, 5 sum to 21; two cycles of the sequential draws hit each slice twice.
    for (let i = 0; i < 42; i++) {
      const partition = p.peekCurrentPartition(cluster, next);
      frequencies[partition] = (frequencies[partition] ?? 0) + 1;
      p.updatePartitionInfo(1, true, cluster, next);
    }
    expect(frequencies).toEqual([2, 12, 6, 12, 10]);
  });

  it('stays uniform when queue sizes are equal, null, or fewer than 2 partitions have queues', () => {
    const cluster = { numPartitions: 4, availablePartitions: [0, 1, 2, 3] };
    const p = new BuiltInPartitioner('demo', 1);
    const boundOfNextDraw = () => {
      let bound = 0;
      p.stickyPartition = undefined;
      p.peekCurrentPartition(cluster, (b) => {
        bound = b;
        return 0;
      });
      return bound;
    };
    p.updatePartitionLoadStats([2, 2, 2, 2], [0, 1, 2, 3]);
    expect(boundOfNextDraw()).toBe(4);
    p.updatePartitionLoadStats([2, 0, 2, 2], [0, 1, 2, 3]);
    // Unequal: weights 1, 3, 1, 1 make the draw bound their sum.
    expect(boundOfNextDraw()).toBe(6);
    p.updatePartitionLoadStats(null);
    expect(boundOfNextDraw()).toBe(4);
    p.updatePartitionLoadStats([7], [0]);
    expect(boundOfNextDraw()).toBe(4);
  });

  it('goes adaptive on equal queues when a partition is left out, over the ones left in', () => {
    const p = new BuiltInPartitioner('demo', 1);
    // Partition 3 has no leader: 4 queues, 3 of them counted. Equal sizes → weight 1 each.
    p.updatePartitionLoadStats([2, 2, 2, 0], [0, 1, 2, 0], 3, 4);
    const bounds: number[] = [];
    const chosen = p.peekCurrentPartition({ numPartitions: 4, availablePartitions: [0, 1, 2] }, (b) => {
      bounds.push(b);
      return 2;
    });
    expect(bounds).toEqual([3]);
    expect(chosen).toBe(2);
  });

  const appends = fc.record({
    batchSize: fc.integer({ min: 1, max: 500 }),
    sizes: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 200 }),
    full: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
    seed: fc.nat(),
  });

  it('gives each sticky partition between batch.size and 2 × batch.size bytes (plus the last append)', () => {
    fc.assert(
      fc.property(appends, ({ batchSize, sizes, full, seed }) => {
        const p = new BuiltInPartitioner('demo', batchSize);
        let s = seed;
        const next = (b: number) => (s++ * 7919) % b;
        p.peekCurrentPartition(threePartitions, next);
        let stint = 0;
        sizes.forEach((size, i) => {
          stint += size;
          const switched = p.updatePartitionInfo(size, full[i] as boolean, threePartitions, next);
          if (switched) {
            expect(stint).toBeGreaterThanOrEqual(batchSize);
            expect(stint - size).toBeLessThan(2 * batchSize);
            stint = 0;
          } else {
            expect(stint < batchSize || (!full[i] && stint < 2 * batchSize)).toBe(true);
          }
        });
      }),
      { seed: 7301 },
    );
  });

  it('is deterministic for a fixed nextIntBelow', () => {
    const run = () => {
      const p = new BuiltInPartitioner('demo', 16384);
      let s = 12345;
      const next = (b: number) => {
        s = (Math.imul(s, 1103515245) + 12345) | 0;
        return (s >>> 8) % b;
      };
      const cluster = { numPartitions: 6, availablePartitions: [0, 1, 2, 3, 4, 5] };
      const out: number[] = [];
      for (let i = 0; i < 500; i++) {
        out.push(p.peekCurrentPartition(cluster, next));
        p.updatePartitionInfo(1000, i % 3 !== 0, cluster, next);
      }
      return out;
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });
});
