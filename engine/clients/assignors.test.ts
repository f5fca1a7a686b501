import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNOR_NAMES,
  assign,
  cooperativeStickyAssign,
  type GroupAssignment,
  type GroupMember,
  rangeAssign,
  roundRobinAssign,
  type TopicPartition,
} from './assignors';

/** 'A-0 A-1 B-2' (Kafka's TopicPartition.toString) for each member's list. */
const show = (assignment: GroupAssignment) =>
  Object.fromEntries(
    [...assignment].map(([id, list]) => [id, list.map((tp) => `${tp.topic}-${tp.partition}`).join(' ')]),
  );
const tps = (spec: string): TopicPartition[] =>
  spec === ''
    ? []
    : spec.split(' ').map((s) => ({
        topic: s.slice(0, s.lastIndexOf('-')),
        partition: Number(s.slice(s.lastIndexOf('-') + 1)),
      }));
const member = (memberId: string, topics: string[], owned = '', generation?: number): GroupMember => ({
  memberId,
  topics,
  ownedPartitions: tps(owned),
  ...(generation === undefined ? {} : { generation }),
});

const AB = new Map([
  ['A', 3],
  ['B', 3],
]);
const twoOnAB = [member('m0', ['A', 'B']), member('m1', ['A', 'B'])];

describe('rangeAssign (KAFKA-REFERENCE §8.3)', () => {
  it('2 members, topics A and B × 3: the first member takes the extra partition of every topic', () => {
    expect(show(rangeAssign(twoOnAB, AB))).toEqual({ m0: 'A-0 A-1 B-0 B-1', m1: 'A-2 B-2' });
  });

  it('assigns each topic among its own subscribers (Kafka RangeAssignorTest mixed topics)', () => {
    const members = [member('c1', ['t']), member('c2', ['t', 'u']), member('c3', ['t'])];
    const result = rangeAssign(
      members,
      new Map([
        ['t', 3],
        ['u', 2],
      ]),
    );
    expect(show(result)).toEqual({ c1: 't-0', c2: 't-1 u-0 u-1', c3: 't-2' });
  });

  it('orders static members first by group.instance.id, then the rest by member id', () => {
    const members: GroupMember[] = [
      { memberId: 'a', topics: ['t'] },
      { memberId: 'z', groupInstanceId: 'i2', topics: ['t'] },
      { memberId: 'y', groupInstanceId: 'i1', topics: ['t'] },
      { memberId: 'B', groupInstanceId: null, topics: ['t'] },
    ];
    expect(show(rangeAssign(members, new Map([['t', 4]])))).toEqual({
      a: 't-3',
      z: 't-1',
      y: 't-0',
      B: 't-2',
    });
  });

  it("compares ids by UTF-16 code units like Java's compareTo, not by locale", () => {
    const members = [member('｡', ['t']), member('😀', ['t']), member('b', ['t']), member('B', ['t'])];
    expect(show(rangeAssign(members, new Map([['t', 4]])))).toEqual({
      B: 't-0',
      b: 't-1',
      '😀': 't-2',
      '｡': 't-3',
    });
  });

  it('skips topics without metadata or partitions and gives members without partitions an empty list', () => {
    const result = rangeAssign(
      [member('m0', ['A', 'gone']), member('m1', ['A'])],
      new Map([
        ['A', 1],
        ['empty', 0],
      ]),
    );
    expect(show(result)).toEqual({ m0: 'A-0', m1: '' });
  });
});

describe('roundRobinAssign (KAFKA-REFERENCE §8.3)', () => {
  it('2 members, topics A and B × 3', () => {
    expect(show(roundRobinAssign(twoOnAB, AB))).toEqual({ m0: 'A-0 A-2 B-1', m1: 'A-1 B-0 B-2' });
  });

  it('skips members not subscribed to the topic (Kafka RoundRobinAssignorTest mixed topics)', () => {
    const members = [member('c1', ['t']), member('c2', ['t', 'u']), member('c3', ['t'])];
    const result = roundRobinAssign(
      members,
      new Map([
        ['u', 2],
        ['t', 3],
      ]),
    );
    expect(show(result)).toEqual({ c1: 't-0', c2: 't-1 u-0 u-1', c3: 't-2' });
  });

  it('deals static members first', () => {
    const members: GroupMember[] = [
      { memberId: 'a', topics: ['t'] },
      { memberId: 'z', groupInstanceId: 'i', topics: ['t'] },
    ];
    expect(show(roundRobinAssign(members, new Map([['t', 3]])))).toEqual({ a: 't-1', z: 't-0 t-2' });
  });
});

/** Cooperative rounds until nothing moves: each round, members own what the last one gave them. */
function settle(members: GroupMember[], partitionsPerTopic: ReadonlyMap<string, number>, maxRounds = 4) {
  let current = members;
  for (let round = 1; round <= maxRounds; round++) {
    const result = cooperativeStickyAssign(current, partitionsPerTopic);
    const next = current.map((m) => ({
      ...m,
      ownedPartitions: result.get(m.memberId) ?? [],
      generation: (m.generation ?? 0) + 1,
    }));
    if (JSON.stringify(show(result)) === JSON.stringify(show(ownedOf(current))))
      return { result, rounds: round };
    current = next;
  }
  throw new Error('did not settle');
}
const ownedOf = (members: readonly GroupMember[]): GroupAssignment =>
  new Map(members.map((m) => [m.memberId, [...(m.ownedPartitions ?? [])]]));

describe('cooperativeStickyAssign: Kafka AbstractStickyAssignorTest / CooperativeStickyAssignorTest cases', () => {
  const t1t2 = (a: number, b: number) =>
    new Map([
      ['topic1', a],
      ['topic2', b],
    ]);
  const both = ['topic1', 'topic2'];

  it('testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers: revokes first, hands over next round', () => {
    const members = [
      member('consumer1', both, 'topic1-0 topic2-0', 1),
      member('consumer2', both, 'topic1-1 topic2-1', 1),
      member('consumer3', both, '', 1),
    ];
    // consumer2 comes first in HashMap order, keeps both, and consumer1 must give up topic2-0.
    const round1 = cooperativeStickyAssign(members, t1t2(2, 2));
    expect(show(round1)).toEqual({ consumer1: 'topic1-0', consumer2: 'topic1-1 topic2-1', consumer3: '' });
    const { result } = settle(members, t1t2(2, 2));
    expect(show(result)).toEqual({
      consumer1: 'topic1-0',
      consumer2: 'topic1-1 topic2-1',
      consumer3: 'topic2-0',
    });
  });

  it('testConsumerOwningMinQuotaExpectedMaxQuota', () => {
    const members = [
      member('consumer1', both, 'topic1-0 topic2-1', 1),
      member('consumer2', both, 'topic1-1 topic2-2', 1),
    ];
    expect(show(cooperativeStickyAssign(members, t1t2(2, 3)))).toEqual({
      consumer1: 'topic1-0 topic2-0 topic2-1',
      consumer2: 'topic1-1 topic2-2',
    });
  });

  it('testAllConsumersAreUnderMinQuota', () => {
    const members = [
      member('consumer1', both, 'topic1-0', 1),
      member('consumer2', both, 'topic1-1', 1),
      member('consumer3', both, '', 1),
    ];
    expect(show(cooperativeStickyAssign(members, t1t2(2, 3)))).toEqual({
      consumer1: 'topic1-0 topic2-1',
      consumer2: 'topic1-1 topic2-2',
      consumer3: 'topic2-0',
    });
  });

  it('testAllConsumersReachExpectedQuotaAndAreConsideredFilled', () => {
    const members = [
      member('consumer1', ['topic'], 'topic-0 topic-1', 1),
      member('consumer2', ['topic'], 'topic-2', 1),
      member('consumer3', ['topic'], '', 1),
    ];
    expect(show(cooperativeStickyAssign(members, new Map([['topic', 4]])))).toEqual({
      consumer1: 'topic-0 topic-1',
      consumer2: 'topic-2',
      consumer3: 'topic-3',
    });
  });

  it('gives a partition claimed by two members of the same generation to nobody until both revoke it', () => {
    const members = [
      member('consumer1', ['topic'], 'topic-0 topic-1', 1),
      member('consumer2', ['topic'], 'topic-0 topic-2', 1),
      member('consumer3', ['topic'], '', 1),
    ];
    expect(show(cooperativeStickyAssign(members, new Map([['topic', 4]])))).toEqual({
      consumer1: 'topic-1 topic-3',
      consumer2: 'topic-2',
      consumer3: '',
    });
  });

  it('testOwnedPartitionsAreInvalidatedForConsumerWithStaleGeneration: the higher generation keeps them', () => {
    const owned = 'topic-0 topic-2 topic2-1';
    const ppt = new Map([
      ['topic', 3],
      ['topic2', 3],
    ]);
    for (const staleGeneration of [9, undefined]) {
      const members = [
        member('consumer1', ['topic', 'topic2'], owned, 10),
        member('consumer2', ['topic', 'topic2'], owned, staleGeneration),
      ];
      expect(show(cooperativeStickyAssign(members, ppt))).toEqual({
        consumer1: 'topic-0 topic-2 topic2-1',
        consumer2: 'topic-1 topic2-0 topic2-2',
      });
    }
  });

  it('testNoReassignmentOnCurrentMembers', () => {
    const all = ['topic', 'topic2', 'topic3', 'topic1'];
    const members = [
      member('consumer1', all, '', -1),
      member('consumer2', all, 'topic-0 topic2-0 topic1-0', 9),
      member('consumer3', all, 'topic3-2 topic2-2 topic1-1', 8),
      member('consumer4', all, 'topic3-1 topic-1 topic-2', 7),
    ];
    const ppt = new Map(all.map((t) => [t, 3]));
    const result = cooperativeStickyAssign(members, ppt);
    expect(show(result).consumer1).toBe('topic1-2 topic2-1 topic3-0');
    expect(show(result).consumer2).toBe('topic-0 topic1-0 topic2-0');
  });

  it('testAddRemoveConsumerOneTopic', () => {
    const ppt = new Map([['topic', 3]]);
    expect(show(cooperativeStickyAssign([member('consumer1', ['topic'])], ppt))).toEqual({
      consumer1: 'topic-0 topic-1 topic-2',
    });
    const joined = [
      member('consumer1', ['topic'], 'topic-0 topic-1 topic-2', 1),
      member('consumer2', ['topic'], '', 1),
    ];
    expect(show(cooperativeStickyAssign(joined, ppt))).toEqual({
      consumer1: 'topic-0 topic-1',
      consumer2: '',
    });
    expect(show(settle(joined, ppt).result)).toEqual({ consumer1: 'topic-0 topic-1', consumer2: 'topic-2' });
    const left = [member('consumer2', ['topic'], 'topic-2', 2)];
    expect(show(cooperativeStickyAssign(left, ppt))).toEqual({ consumer2: 'topic-0 topic-1 topic-2' });
  });

  it('handles an empty group', () => {
    expect(cooperativeStickyAssign([], new Map([['t', 3]])).size).toBe(0);
  });
});

describe('assign', () => {
  it('dispatches by protocol name', () => {
    expect(ASSIGNOR_NAMES).toEqual(['range', 'roundrobin', 'cooperative-sticky']);
    expect(show(assign('range', twoOnAB, AB))).toEqual(show(rangeAssign(twoOnAB, AB)));
    expect(show(assign('roundrobin', twoOnAB, AB))).toEqual(show(roundRobinAssign(twoOnAB, AB)));
    expect(show(assign('cooperative-sticky', twoOnAB, AB))).toEqual(
      show(cooperativeStickyAssign(twoOnAB, AB)),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

const group = fc.record({
  ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
  counts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 3 }),
});
const topicsOf = (counts: number[]) => new Map(counts.map((c, i) => [`t${i}`, c]));
const sizes = (a: GroupAssignment) => [...a.values()].map((l) => l.length);
const spread = (a: GroupAssignment) => Math.max(...sizes(a)) - Math.min(...sizes(a));

function checkValid(
  result: GroupAssignment,
  members: readonly GroupMember[],
  ppt: ReadonlyMap<string, number>,
) {
  const seen = new Set<string>();
  for (const m of members) {
    for (const tp of result.get(m.memberId) ?? []) {
      const key = `${tp.topic}-${tp.partition}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(m.topics).toContain(tp.topic);
      expect(tp.partition).toBeLessThan(ppt.get(tp.topic) ?? 0);
    }
  }
  return seen.size;
}

describe('cooperativeStickyAssign properties (equal subscriptions)', () => {
  it('after a member leaves: balanced at once, and members keep what their quota allows', () => {
    fc.assert(
      fc.property(group, fc.nat(), ({ ids, counts }, pick) => {
        fc.pre(ids.length >= 2);
        const ppt = topicsOf(counts);
        const topics = [...ppt.keys()];
        const stable = settle(
          ids.map((id) => member(id, topics)),
          ppt,
        ).result;
        const leaver = ids[pick % ids.length] as string;
        const rest = ids
          .filter((id) => id !== leaver)
          .map((id) => ({ memberId: id, topics, ownedPartitions: stable.get(id) ?? [], generation: 5 }));
        const result = cooperativeStickyAssign(rest, ppt);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(checkValid(result, rest, ppt)).toBe(total);
        expect(spread(result)).toBeLessThanOrEqual(1);
        const minQuota = Math.floor(total / rest.length);
        for (const m of rest) {
          const kept = (result.get(m.memberId) ?? []).filter((tp) =>
            m.ownedPartitions.some((o) => o.topic === tp.topic && o.partition === tp.partition),
          );
          expect(kept.length).toBeGreaterThanOrEqual(Math.min(m.ownedPartitions.length, minQuota));
          if (m.ownedPartitions.length <= minQuota) expect(kept.length).toBe(m.ownedPartitions.length);
        }
      }),
      { seed: 8301, numRuns: 150 },
    );
  });

  it('after a member joins: no partition changes hands within a round, and the next round balances', () => {
    fc.assert(
      fc.property(group, fc.string({ minLength: 13, maxLength: 16 }), ({ ids, counts }, newcomer) => {
        const ppt = topicsOf(counts);
        const topics = [...ppt.keys()];
        const stable = settle(
          ids.map((id) => member(id, topics)),
          ppt,
        ).result;
        const joined: GroupMember[] = [
          ...ids.map((id) => ({
            memberId: id,
            topics,
            ownedPartitions: stable.get(id) ?? [],
            generation: 5,
          })),
          { memberId: newcomer, topics, ownedPartitions: [], generation: -1 },
        ];
        const round1 = cooperativeStickyAssign(joined, ppt);
        checkValid(round1, joined, ppt);
        // Cooperative rule: whatever a member lost this round, nobody else gained this round.
        const gained = new Set<string>();
        const lost = new Set<string>();
        for (const m of joined) {
          const now = new Set((round1.get(m.memberId) ?? []).map((tp) => `${tp.topic}-${tp.partition}`));
          const before = new Set((m.ownedPartitions ?? []).map((tp) => `${tp.topic}-${tp.partition}`));
          for (const k of now) if (!before.has(k)) gained.add(k);
          for (const k of before) if (!now.has(k)) lost.add(k);
        }
        expect([...gained].filter((k) => lost.has(k))).toEqual([]);
        const { result, rounds } = settle(joined, ppt);
        expect(rounds).toBeLessThanOrEqual(3);
        expect(checkValid(result, joined, ppt)).toBe(counts.reduce((a, b) => a + b, 0));
        expect(spread(result)).toBeLessThanOrEqual(1);
      }),
      { seed: 8302, numRuns: 150 },
    );
  });
});

describe('cooperativeStickyAssign properties (different subscriptions)', () => {
  it('settles valid, complete and balanced in the sense that no partition could go to a member 2 below', () => {
    const mixed = fc.record({
      counts: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 4 }),
      subs: fc.array(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(mixed, ({ counts, subs }) => {
        const ppt = topicsOf(counts);
        const members = subs.map((flags, i) => {
          const topics = counts.map((_, t) => `t${t}`).filter((_, t) => flags[t]);
          return member(`member-${i}`, topics.length > 0 ? topics : ['t0']);
        });
        const { result } = settle(members, ppt);
        const subscribed = new Set(members.flatMap((m) => m.topics));
        const expected = [...ppt].filter(([t]) => subscribed.has(t)).reduce((a, [, c]) => a + c, 0);
        expect(checkValid(result, members, ppt)).toBe(expected);
        for (const m of members) {
          for (const tp of result.get(m.memberId) ?? []) {
            for (const other of members) {
              if (!other.topics.includes(tp.topic)) continue;
              const diff = (result.get(m.memberId)?.length ?? 0) - (result.get(other.memberId)?.length ?? 0);
              expect(diff).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { seed: 8303, numRuns: 150 },
    );
  });
});
