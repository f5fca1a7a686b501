import { describe, expect, it } from 'vitest';
import {
  copiedHashMapCapacity,
  hashMapCapacity,
  hashSetCapacity,
  javaHashOrder,
  javaStringHash,
  optionSpecHash,
  tableSizeFor,
  topicPartitionHash,
} from './java-hash-map';

describe('Java hashes', () => {
  it('String.hashCode wraps at 32 bits', () => {
    expect(javaStringHash('my-group')).toBe(-1906497762); // KAFKA-REFERENCE §13 (coordinator of my-group)
    expect(javaStringHash('')).toBe(0);
    expect(javaStringHash('a')).toBe(97);
  });

  it('TopicPartition.hashCode is 31 * (31 + partition) + topic.hashCode()', () => {
    expect(topicPartitionHash('demo', 0)).toBe((961 + javaStringHash('demo')) | 0);
    expect(topicPartitionHash('demo', 5)).toBe((31 * 36 + javaStringHash('demo')) | 0);
  });

  it('an option spec hashes as the list of its one name', () => {
    expect(optionSpecHash('list')).toBe((31 + javaStringHash('list')) | 0);
  });
});

describe('HashMap capacities (JDK 21)', () => {
  it('tableSizeFor rounds up to a power of two', () => {
    expect([0, 1, 2, 3, 5, 16, 17].map(tableSizeFor)).toEqual([1, 1, 2, 4, 8, 16, 32]);
  });

  it('new HashMap<>() grows past 0.75 of its table', () => {
    expect(hashMapCapacity(12)).toBe(16);
    expect(hashMapCapacity(13)).toBe(32);
  });

  it('new HashMap<>(n) starts at tableSizeFor(n) and grows from there', () => {
    expect(hashMapCapacity(1, 1)).toBe(2);
    expect(hashMapCapacity(3, 3)).toBe(4);
    expect(hashMapCapacity(4, 4)).toBe(8);
    expect(hashMapCapacity(7, 7)).toBe(16);
  });

  it('copies and HashSet(collection) presize with ceil(n / 0.75)', () => {
    expect(copiedHashMapCapacity(3)).toBe(4);
    expect(copiedHashMapCapacity(4)).toBe(8);
    expect(hashSetCapacity(4)).toBe(16);
    expect(hashSetCapacity(13)).toBe(32);
  });
});

describe('javaHashOrder', () => {
  it('orders by bucket, keeping insertion order within a bucket', () => {
    expect(javaHashOrder(['b', 'a'], javaStringHash, 16)).toEqual(['a', 'b']);
    // 'Aa' and 'BB' share a hash code: same bucket, insertion order kept.
    expect(javaHashOrder(['BB', 'Aa'], javaStringHash, 16)).toEqual(['BB', 'Aa']);
  });

  it('prints demo-5 first for partitions 0-5 in a default HashMap (KAFKA-REFERENCE §11.4)', () => {
    const tps = [0, 1, 2, 3, 4, 5];
    const order = javaHashOrder(tps, (p) => topicPartitionHash('demo', p), hashMapCapacity(6));
    expect(order).toEqual([5, 0, 1, 2, 3, 4]);
  });
});
