import { describe, expect, it } from 'vitest';
import { hashSteps, MAX_LISTED_BYTES, partitionSteps } from './partition-steps';

// KAFKA-REFERENCE §7.2 / §13: key, Java's Utils.murmur2, toPositive, % 3, % 4, % 6.
const vectors: Array<[string, number, number, number, number, number]> = [
  ['21', -973932308, 1173551340, 0, 0, 0],
  ['foobar', -790332482, 1357151166, 0, 2, 0],
  ['a-little-bit-long-string', -985981536, 1161502112, 2, 0, 2],
  ['abc', 479470107, 479470107, 0, 3, 3],
  ['', 275646681, 275646681, 0, 1, 3],
  ['key2', 1674751211, 1674751211, 2, 3, 5],
  ['key3', -1745673403, 401810245, 1, 1, 1],
  ['user-1', 1404122828, 1404122828, 2, 0, 2],
];

describe('hashSteps', () => {
  it.each(vectors)('walks %j to the Java client partition', (key, hash, positive, mod3, mod4, mod6) => {
    const steps = hashSteps(key, 3);
    expect(steps.murmur2).toBe(hash);
    expect(steps.positive).toBe(positive);
    expect(steps.partition).toBe(mod3);
    expect(hashSteps(key, 4).partition).toBe(mod4);
    expect(hashSteps(key, 6).partition).toBe(mod6);
  });

  it('shows the UTF-8 bytes, not UTF-16 code units', () => {
    expect(hashSteps('21', 3).bytesHex).toEqual(['32', '31']);
    const korean = hashSteps('키', 3);
    expect(korean.bytesHex).toEqual(['ed', '82', 'a4']);
    expect(korean.byteCount).toBe(3);
  });

  it('shows the sign bit cleared in hex', () => {
    const steps = hashSteps('21', 3); // −973932308
    expect(steps.murmur2Hex).toBe('0xc5f2f8ec');
    expect(steps.positiveHex).toBe('0x45f2f8ec');
  });

  it('lists only the first bytes of a long key but counts them all', () => {
    const steps = hashSteps('a-little-bit-longer-string', 6);
    expect(steps.bytesHex).toHaveLength(MAX_LISTED_BYTES);
    expect(steps.byteCount).toBe(26);
    expect(steps.partition).toBe(5);
  });

  it('leaves the modulo open without a partition count', () => {
    expect(hashSteps('key2', null).partition).toBeNull();
    expect(hashSteps('key2', 0).partition).toBeNull();
  });
});

describe('partitionSteps', () => {
  const base = { key: 'key2', partitioner: 'default' as const, explicitPartition: null, numPartitions: 6 };

  it('hashes a key with the default partitioner', () => {
    const steps = partitionSteps(base);
    expect(steps.kind).toBe('hashed');
    if (steps.kind === 'hashed') expect(steps.hash.partition).toBe(5);
  });

  it('gives a null key to the sticky partitioner, without a hash', () => {
    expect(partitionSteps({ ...base, key: null })).toEqual({
      kind: 'sticky',
      reason: 'null-key',
      hash: null,
    });
  });

  it('treats an empty key as a key (zero bytes hash too)', () => {
    const steps = partitionSteps({ ...base, key: '' });
    expect(steps.kind).toBe('hashed');
    if (steps.kind === 'hashed') expect(steps.hash.partition).toBe(3);
  });

  it('with partitioner.ignore.keys=true goes sticky but still shows the unused hash', () => {
    const steps = partitionSteps({ ...base, partitioner: 'ignore-keys' });
    expect(steps.kind).toBe('sticky');
    if (steps.kind === 'sticky') {
      expect(steps.reason).toBe('ignore-keys');
      expect(steps.hash?.murmur2).toBe(1674751211);
    }
  });

  it('uses an explicit partition as is and says whether the topic has it', () => {
    expect(partitionSteps({ ...base, explicitPartition: 4 })).toEqual({
      kind: 'explicit',
      partition: 4,
      valid: true,
    });
    expect(partitionSteps({ ...base, explicitPartition: 6 })).toEqual({
      kind: 'explicit',
      partition: 6,
      valid: false,
    });
    expect(partitionSteps({ ...base, explicitPartition: -1 }).kind).toBe('explicit');
    expect(partitionSteps({ ...base, explicitPartition: 2, numPartitions: null })).toEqual({
      kind: 'explicit',
      partition: 2,
      valid: null,
    });
  });
});
