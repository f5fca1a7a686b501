import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignNewPartitions,
  assignReplicasToBrokers,
  InvalidPartitionsError,
  InvalidReplicationFactorError,
} from './replica-assignment';

const noDraws = (): number => {
  throw new Error('drew a random number');
};
const canonical = { fixedStartIndex: 0, nextIntBelow: noDraws };
const lists = (m: Map<number, number[]>) => [...m.entries()];

describe('assignReplicasToBrokers (KAFKA-REFERENCE §6.1)', () => {
  it('brokers [1,2,3], 6 partitions, RF 2', () => {
    expect(lists(assignReplicasToBrokers([1, 2, 3], 6, 2, canonical))).toEqual([
      [0, [1, 2]],
      [1, [2, 3]],
      [2, [3, 1]],
      [3, [1, 3]],
      [4, [2, 1]],
      [5, [3, 2]],
    ]);
  });

  it('brokers [1,2,3], 6 partitions, RF 3', () => {
    expect([...assignReplicasToBrokers([1, 2, 3], 6, 3, canonical).values()]).toEqual([
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
      [1, 3, 2],
      [2, 1, 3],
      [3, 2, 1],
    ]);
  });

  it("brokers 0..4, 10 partitions, RF 3: the table in AdminUtils' own documentation", () => {
    expect([...assignReplicasToBrokers([0, 1, 2, 3, 4], 10, 3, canonical).values()]).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 0],
      [4, 0, 1],
      [0, 2, 3],
      [1, 3, 4],
      [2, 4, 0],
      [3, 0, 1],
      [4, 1, 2],
    ]);
  });

  it('sorts broker ids before assigning', () => {
    expect(lists(assignReplicasToBrokers([3, 1, 2], 3, 2, canonical))).toEqual([
      [0, [1, 2]],
      [1, [2, 3]],
      [2, [3, 1]],
    ]);
  });

  it('draws the start index, then the shift, as two independent draws', () => {
    const bounds: number[] = [];
    const draws = [2, 1];
    const result = assignReplicasToBrokers([1, 2, 3], 3, 2, {
      nextIntBelow: (bound) => {
        bounds.push(bound);
        return draws.shift() as number;
      },
    });
    expect(bounds).toEqual([3, 3]);
    // startIndex 2 puts partition 0 on broker 3; shift 1 puts its follower 2 places on, on broker 2.
    expect(lists(result)).toEqual([
      [0, [3, 2]],
      [1, [1, 3]],
      [2, [2, 1]],
    ]);
  });

  it('treats a negative fixedStartIndex as absent', () => {
    let calls = 0;
    assignReplicasToBrokers([1, 2], 1, 1, {
      fixedStartIndex: -1,
      nextIntBelow: () => {
        calls++;
        return 0;
      },
    });
    expect(calls).toBe(2);
  });

  it("rejects bad counts with Kafka's exceptions and texts", () => {
    const run =
      (p: number, rf: number, brokers = [1]) =>
      () =>
        assignReplicasToBrokers(brokers, p, rf, canonical);
    expect(run(0, 1)).toThrow(new InvalidPartitionsError('Number of partitions must be larger than 0.'));
    expect(run(1, 0)).toThrow('Replication factor must be larger than 0.');
    expect(run(1, 3)).toThrow('Replication factor: 3 larger than available brokers: 1.');
    expect(run(1, 3)).toThrow(InvalidReplicationFactorError);
    expect(run(0, 3)).toThrow(InvalidPartitionsError);
    expect(run(1, 1, [])).toThrow('Replication factor: 1 larger than available brokers: 0.');
    try {
      run(1, 3)();
    } catch (e) {
      expect((e as InvalidReplicationFactorError).kafkaName).toBe('InvalidReplicationFactorException');
      expect((e as Error).name).toBe('InvalidReplicationFactorException');
    }
  });

  const scenario = fc
    .uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 })
    .chain((brokers) =>
      fc.record({
        brokers: fc.constant(brokers),
        partitions: fc.integer({ min: 1, max: 40 }),
        rf: fc.integer({ min: 1, max: brokers.length }),
        draws: fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
      }),
    );

  it('gives every partition RF distinct brokers and leaders round-robin over the sorted brokers', () => {
    fc.assert(
      fc.property(scenario, ({ brokers, partitions, rf, draws }) => {
        const sorted = [...brokers].sort((a, b) => a - b);
        const d = [...draws];
        const result = assignReplicasToBrokers(brokers, partitions, rf, {
          nextIntBelow: (bound) => (d.shift() as number) % bound,
        });
        expect([...result.keys()]).toEqual(Array.from({ length: partitions }, (_, i) => i));
        const leaders = [...result.values()].map((r) => r[0] as number);
        const start = sorted.indexOf(leaders[0] as number);
        for (const [p, replicas] of result) {
          expect(replicas).toHaveLength(rf);
          expect(new Set(replicas).size).toBe(rf);
          for (const b of replicas) expect(sorted).toContain(b);
          expect(replicas[0]).toBe(sorted[(start + p) % sorted.length]);
        }
      }),
      { seed: 6101 },
    );
  });

  it('spreads replicas evenly when the partition count is a multiple of the broker count', () => {
    fc.assert(
      fc.property(scenario, ({ brokers, rf, draws }) => {
        const d = [...draws];
        const result = assignReplicasToBrokers(brokers, brokers.length * 3, rf, {
          nextIntBelow: (bound) => (d.shift() as number) % bound,
        });
        const perBroker = new Map<number, number>();
        for (const replicas of result.values()) {
          for (const b of replicas) perBroker.set(b, (perBroker.get(b) ?? 0) + 1);
        }
        expect([...perBroker.values()].every((c) => c === 3 * rf)).toBe(true);
      }),
      { seed: 6102 },
    );
  });
});

describe('assignNewPartitions (KAFKA-REFERENCE §6.4, ZooKeeper mode)', () => {
  const existing = [
    [1, 2],
    [2, 3],
    [3, 1],
  ];

  it('grows [1,2,3]-led RF 2 from 3 to 6 partitions', () => {
    expect(lists(assignNewPartitions([1, 2, 3], existing, 6))).toEqual([
      [3, [1, 3]],
      [4, [2, 1]],
      [5, [3, 2]],
    ]);
  });

  it('continues the canonical layout exactly where creation would have put those partitions', () => {
    const all = assignReplicasToBrokers([0, 1, 2, 3, 4], 10, 3, canonical);
    const firstFour = [...all.values()].slice(0, 4);
    expect(lists(assignNewPartitions([4, 3, 2, 1, 0], firstFour, 10))).toEqual(lists(all).slice(4));
  });

  it("starts at the first broker whose id is ≥ partition 0's leader", () => {
    // Partition 0 is led by broker 2, which is gone: start at broker 3 (index 1 of [1, 3, 4]).
    expect(lists(assignNewPartitions([1, 3, 4], [[2, 1]], 2))).toEqual([[1, [4, 3]]]);
    // No broker id ≥ 9: Kafka clamps indexWhere's −1 to 0.
    expect(lists(assignNewPartitions([1, 3, 4], [[9, 1]], 2))).toEqual([[1, [3, 4]]]);
  });

  it('takes the replication factor from partition 0', () => {
    const result = assignNewPartitions([1, 2, 3, 4], [[1, 2, 3], [2]], 4);
    expect([...result.values()].map((r) => r.length)).toEqual([3, 3]);
  });

  it("rejects anything but an increase with ZkAdminManager's texts", () => {
    expect(() => assignNewPartitions([1, 2, 3], existing, 2)).toThrow(
      new InvalidPartitionsError('Topic currently has 3 partitions, which is higher than the requested 2.'),
    );
    expect(() => assignNewPartitions([1, 2, 3], existing, 3)).toThrow('Topic already has 3 partitions.');
    expect(() => assignNewPartitions([1, 2, 3], existing, 3)).toThrow(InvalidPartitionsError);
  });

  it('rejects an RF larger than the brokers left', () => {
    expect(() => assignNewPartitions([1], existing, 4)).toThrow(
      'Replication factor: 2 larger than available brokers: 1.',
    );
  });
});
