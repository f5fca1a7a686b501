/**
 * The classic consumer-group assignors without racks (KAFKA-REFERENCE §8.3), as the group leader runs
 * them in Kafka 3.9: `RangeAssignor`, `RoundRobinAssignor` and `CooperativeStickyAssignor` (whose
 * algorithm lives in `AbstractStickyAssignor`). Partitions of topics missing from `partitionsPerTopic`
 * (no metadata yet) or with no partitions are not assigned, as in `AbstractPartitionAssignor`.
 */
import { javaHashMapKeyOrder } from './java-string-hash';

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

export interface GroupMember {
  readonly memberId: string;
  /** `group.instance.id` of a static member. */
  readonly groupInstanceId?: string | null;
  readonly topics: readonly string[];
  /** Partitions the member owns as it joins (cooperative protocol), or held last time (eager). */
  readonly ownedPartitions?: readonly TopicPartition[];
  /** The generation the member last took part in; absent = -1 (`DEFAULT_GENERATION`). */
  readonly generation?: number;
}

/** Member id → its partitions, sorted by topic then partition. Every member has an entry. */
export type GroupAssignment = Map<string, TopicPartition[]>;

export const ASSIGNOR_NAMES = ['range', 'roundrobin', 'cooperative-sticky'] as const;
export type AssignorName = (typeof ASSIGNOR_NAMES)[number];

/** Java's `String.compareTo`: UTF-16 code unit order, which is also JavaScript's `<`. */
const javaCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byTopicThenPartition = (a: TopicPartition, b: TopicPartition): number =>
  javaCompare(a.topic, b.topic) || a.partition - b.partition;
const tpKey = (tp: TopicPartition): string => `${tp.topic}-${tp.partition}`;

/** `MemberInfo.compareTo`: static members first by instance id, then the rest by member id. */
function sortMembers(members: readonly GroupMember[]): GroupMember[] {
  return [...members].sort((a, b) => {
    const ia = a.groupInstanceId ?? null;
    const ib = b.groupInstanceId ?? null;
    if (ia !== null && ib !== null) return javaCompare(ia, ib);
    if (ia !== null) return -1;
    if (ib !== null) return 1;
    return javaCompare(a.memberId, b.memberId);
  });
}

function finish(members: readonly GroupMember[], lists: Map<string, TopicPartition[]>): GroupAssignment {
  return new Map(members.map((m) => [m.memberId, (lists.get(m.memberId) ?? []).sort(byTopicThenPartition)]));
}

/**
 * Range: per topic, its subscribers in member order take consecutive ranges; the first
 * `partitions % subscribers` of them get one extra.
 *
 * @example
 *   rangeAssign([{ memberId: 'm0', topics: ['A', 'B'] }, { memberId: 'm1', topics: ['A', 'B'] }],
 *     new Map([['A', 3], ['B', 3]])); // m0: A0 A1 B0 B1; m1: A2 B2
 */
export function rangeAssign(
  members: readonly GroupMember[],
  partitionsPerTopic: ReadonlyMap<string, number>,
): GroupAssignment {
  const lists = new Map<string, TopicPartition[]>(members.map((m) => [m.memberId, []]));
  const sorted = sortMembers(members);
  for (const [topic, count] of partitionsPerTopic) {
    const consumers = sorted.filter((m) => m.topics.includes(topic));
    if (count <= 0 || consumers.length === 0) continue;
    const quota = Math.floor(count / consumers.length);
    const extra = count % consumers.length;
    consumers.forEach((m, i) => {
      const start = quota * i + Math.min(i, extra);
      const length = quota + (i < extra ? 1 : 0);
      for (let p = start; p < start + length; p++) lists.get(m.memberId)?.push({ topic, partition: p });
    });
  }
  return finish(members, lists);
}

/**
 * RoundRobin: all partitions of all subscribed topics (topics by name) dealt in turn to the members in
 * member order, skipping members not subscribed to the partition's topic.
 *
 * @example
 *   roundRobinAssign([{ memberId: 'm0', topics: ['A', 'B'] }, { memberId: 'm1', topics: ['A', 'B'] }],
 *     new Map([['A', 3], ['B', 3]])); // m0: A0 A2 B1; m1: A1 B0 B2
 */
export function roundRobinAssign(
  members: readonly GroupMember[],
  partitionsPerTopic: ReadonlyMap<string, number>,
): GroupAssignment {
  const lists = new Map<string, TopicPartition[]>(members.map((m) => [m.memberId, []]));
  const sorted = sortMembers(members);
  const topics = [...new Set(members.flatMap((m) => m.topics))].sort(javaCompare);
  let cursor = 0;
  for (const topic of topics) {
    const count = partitionsPerTopic.get(topic) ?? 0;
    for (let partition = 0; partition < count; partition++) {
      while (!(sorted[cursor] as GroupMember).topics.includes(topic)) cursor = (cursor + 1) % sorted.length;
      lists.get((sorted[cursor] as GroupMember).memberId)?.push({ topic, partition });
      cursor = (cursor + 1) % sorted.length;
    }
  }
  return finish(members, lists);
}

interface StickyPlan {
  /** The balanced target assignment (what the eager `StickyAssignor` would hand out). */
  readonly assignment: Map<string, TopicPartition[]>;
  /** Partitions the target moves away from a current member, keyed by `tpKey`. */
  readonly transferring: ReadonlySet<string>;
}

/**
 * Cooperative-sticky: a balanced assignment that keeps as many owned partitions as it can, minus the
 * partitions that are moving away from a member that is still in the group — that member must revoke
 * them first, and a follow-up rebalance hands them to their new owner. So right after a member joins,
 * the result can be unbalanced (the newcomer may get nothing yet); the next round balances it.
 *
 * When every member has the same subscription this is `AbstractStickyAssignor`'s
 * `ConstrainedAssignmentBuilder`, step for step, including Java `HashMap` iteration order over member
 * ids (ties inside one hash bucket follow the order of `members`). Otherwise (`GeneralAssignmentBuilder`)
 * it is a simpler algorithm with the same guarantees — owned partitions kept, then each unassigned
 * partition to its least-loaded subscriber, then moves until no partition could go to a subscriber
 * holding two or more fewer — so it is as balanced as Kafka's but may pick different partitions.
 *
 * @example
 *   cooperativeStickyAssign([{ memberId: 'a', topics: ['t'], ownedPartitions: [{ topic: 't', partition: 0 }] },
 *     { memberId: 'b', topics: ['t'] }], new Map([['t', 2]])); // a: t0; b: t1
 */
export function cooperativeStickyAssign(
  members: readonly GroupMember[],
  partitionsPerTopic: ReadonlyMap<string, number>,
): GroupAssignment {
  const { assignment, transferring } = stickyPlan(members, partitionsPerTopic);
  for (const [memberId, list] of assignment) {
    assignment.set(
      memberId,
      list.filter((tp) => !transferring.has(tpKey(tp))),
    );
  }
  return finish(members, assignment);
}

/** Runs the named assignor. */
export function assign(
  name: AssignorName,
  members: readonly GroupMember[],
  partitionsPerTopic: ReadonlyMap<string, number>,
): GroupAssignment {
  if (name === 'range') return rangeAssign(members, partitionsPerTopic);
  if (name === 'roundrobin') return roundRobinAssign(members, partitionsPerTopic);
  return cooperativeStickyAssign(members, partitionsPerTopic);
}

function stickyPlan(
  members: readonly GroupMember[],
  partitionsPerTopic: ReadonlyMap<string, number>,
): StickyPlan {
  if (members.length === 0) return { assignment: new Map(), transferring: new Set() };
  const subscribed = new Set(members.flatMap((m) => m.topics));
  // Topics by name, each with its partition count: AbstractPartitionAssignor's partitionsPerTopic.
  const topics = [...partitionsPerTopic]
    .filter(([topic, count]) => count > 0 && subscribed.has(topic))
    .sort(([a], [b]) => javaCompare(a, b));
  const byId = new Map(members.map((m) => [m.memberId, m]));
  // Java iterates the subscriptions HashMap; the leader filled it in JoinGroup member order.
  const order = javaHashMapKeyOrder(members.map((m) => m.memberId));
  const { owned, multiplyClaimed } = resolveOwnership(order, byId, new Map(topics));
  const first = new Set(members[0]?.topics ?? []);
  const allEqual = members.every((m) => {
    const topicsOfM = new Set(m.topics);
    return topicsOfM.size === first.size && [...topicsOfM].every((t) => first.has(t));
  });
  if (allEqual) return constrainedPlan(order, owned, multiplyClaimed, topics);
  const assignment = generalAssignment(order, byId, owned, topics);
  return { assignment, transferring: transfersOf(byId, assignment) };
}

/**
 * `allSubscriptionsEqual`'s ownership pass: each member's owned partitions of known topics; when two
 * members claim one, the higher generation keeps it, and an equal generation voids both claims.
 */
function resolveOwnership(
  order: readonly string[],
  byId: ReadonlyMap<string, GroupMember>,
  counts: ReadonlyMap<string, number>,
): { owned: Map<string, TopicPartition[]>; multiplyClaimed: Set<string> } {
  const owned = new Map<string, TopicPartition[]>();
  const multiplyClaimed = new Set<string>();
  const ownerOf = new Map<string, string>();
  const generationOf = (id: string) => byId.get(id)?.generation ?? -1;
  for (const memberId of order) {
    const mine: TopicPartition[] = [];
    owned.set(memberId, mine);
    for (const tp of byId.get(memberId)?.ownedPartitions ?? []) {
      if (tp.partition >= (counts.get(tp.topic) ?? 0)) continue;
      const key = tpKey(tp);
      const other = ownerOf.get(key);
      const drop = (id: string) => {
        const list = owned.get(id) ?? [];
        const at = list.findIndex((x) => tpKey(x) === key);
        if (at >= 0) list.splice(at, 1);
      };
      if (other === undefined || generationOf(memberId) > generationOf(other)) {
        if (other !== undefined) drop(other);
        mine.push(tp);
        ownerOf.set(key, memberId);
      } else if (generationOf(memberId) === generationOf(other)) {
        multiplyClaimed.add(key);
        drop(other);
        ownerOf.set(key, memberId);
      }
    }
  }
  return { owned, multiplyClaimed };
}

/** `ConstrainedAssignmentBuilder.build` without racks. */
function constrainedPlan(
  order: readonly string[],
  owned: ReadonlyMap<string, TopicPartition[]>,
  multiplyClaimed: ReadonlySet<string>,
  topics: readonly (readonly [string, number])[],
): StickyPlan {
  const total = topics.reduce((sum, [, count]) => sum + count, 0);
  const minQuota = Math.floor(total / order.length);
  const maxQuota = Math.ceil(total / order.length);
  const expectedOverMin = total % order.length;
  let currentOverMin = 0;
  const assignment = new Map<string, TopicPartition[]>(order.map((id) => [id, []]));
  const assigned = new Set<string>();
  const maybeRevoked = new Map<string, string>();
  const underMin: string[] = [];
  let exactlyMin: string[] = [];

  // 1. Keep owned partitions, lowest partition numbers first, up to the member's quota.
  for (const memberId of order) {
    const mine = (owned.get(memberId) ?? [])
      .filter((tp) => !multiplyClaimed.has(tpKey(tp)))
      .sort((a, b) => a.partition - b.partition || javaCompare(a.topic, b.topic));
    let keep = minQuota;
    if (mine.length < minQuota) {
      keep = mine.length;
      underMin.push(memberId);
    } else if (mine.length >= maxQuota && currentOverMin < expectedOverMin) {
      keep = maxQuota;
      currentOverMin++;
      if (currentOverMin === expectedOverMin) exactlyMin = [];
    } else if (currentOverMin < expectedOverMin) {
      exactlyMin.push(memberId);
    }
    for (const tp of mine.slice(0, keep)) {
      assignment.get(memberId)?.push(tp);
      assigned.add(tpKey(tp));
    }
    for (const tp of mine.slice(keep)) maybeRevoked.set(tpKey(tp), memberId);
  }

  // 2. Deal the rest round-robin: first to members under minQuota, then to those that may reach maxQuota.
  underMin.sort(javaCompare);
  exactlyMin.sort(javaCompare);
  const transferring = new Set<string>();
  let next = 0; // Java's iterator over underMin: the index it returns next.
  for (const [topic, count] of topics) {
    for (let partition = 0; partition < count; partition++) {
      const tp = { topic, partition };
      const key = tpKey(tp);
      if (assigned.has(key)) continue;
      let memberId: string;
      let fromUnderMin = true;
      if (next < underMin.length) {
        memberId = underMin[next++] as string;
      } else if (underMin.length === 0) {
        const polled = exactlyMin.shift();
        if (polled === undefined) throw new Error('No more unfilled consumers to be assigned.');
        memberId = polled;
        fromUnderMin = false;
      } else {
        next = 0;
        memberId = underMin[next++] as string;
      }
      const list = assignment.get(memberId) as TopicPartition[];
      list.push(tp);
      const previousOwner = maybeRevoked.get(key);
      if ((previousOwner !== undefined && previousOwner !== memberId) || multiplyClaimed.has(key)) {
        transferring.add(key);
      }
      if (list.length === minQuota && fromUnderMin) {
        underMin.splice(--next, 1);
        exactlyMin.push(memberId);
      } else if (list.length === maxQuota) {
        currentOverMin++;
      }
    }
  }
  return { assignment, transferring };
}

/** A balanced stand-in for `GeneralAssignmentBuilder` (see `cooperativeStickyAssign`). */
function generalAssignment(
  order: readonly string[],
  byId: ReadonlyMap<string, GroupMember>,
  owned: ReadonlyMap<string, TopicPartition[]>,
  topics: readonly (readonly [string, number])[],
): Map<string, TopicPartition[]> {
  const subscriptions = new Map(order.map((id) => [id, new Set(byId.get(id)?.topics ?? [])]));
  const assignment = new Map<string, TopicPartition[]>(order.map((id) => [id, []]));
  const ownerOf = new Map<string, string>();
  for (const id of order) {
    for (const tp of owned.get(id) ?? []) {
      if (!subscriptions.get(id)?.has(tp.topic)) continue;
      assignment.get(id)?.push(tp);
      ownerOf.set(tpKey(tp), id);
    }
  }
  const load = (id: string) => assignment.get(id)?.length ?? 0;
  const leastLoaded = (topic: string) =>
    order
      .filter((id) => subscriptions.get(id)?.has(topic))
      .sort((a, b) => load(a) - load(b) || javaCompare(a, b))[0];
  // Topics with the fewest potential consumers go first (Kafka's TopicComparator).
  const consumersOf = (topic: string) => order.filter((id) => subscriptions.get(id)?.has(topic)).length;
  const ordered = [...topics].sort(([a], [b]) => consumersOf(a) - consumersOf(b) || javaCompare(a, b));
  const all = ordered.flatMap(([topic, count]) =>
    Array.from({ length: count }, (_, partition) => ({ topic, partition })),
  );
  for (const tp of all) {
    if (ownerOf.has(tpKey(tp))) continue;
    const target = leastLoaded(tp.topic);
    if (target === undefined) continue;
    assignment.get(target)?.push(tp);
    ownerOf.set(tpKey(tp), target);
  }
  // Each move cuts the sum of squared loads, so this ends; it ends balanced in Kafka's sense. Partitions
  // handed out just now move before owned ones, to keep owners where they are.
  const ownedBefore = new Set(order.flatMap((id) => (owned.get(id) ?? []).map(tpKey)));
  const movable = [...all].sort(
    (a, b) => Number(ownedBefore.has(tpKey(a))) - Number(ownedBefore.has(tpKey(b))),
  );
  for (let moved = true; moved; ) {
    moved = false;
    for (const tp of movable) {
      const from = ownerOf.get(tpKey(tp));
      const to = leastLoaded(tp.topic);
      if (from === undefined || to === undefined || load(from) <= load(to) + 1) continue;
      const list = assignment.get(from) as TopicPartition[];
      list.splice(
        list.findIndex((x) => tpKey(x) === tpKey(tp)),
        1,
      );
      assignment.get(to)?.push(tp);
      ownerOf.set(tpKey(tp), to);
      moved = true;
    }
  }
  return assignment;
}

/** `computePartitionsTransferringOwnership`: added to one member while revoked from another. */
function transfersOf(
  byId: ReadonlyMap<string, GroupMember>,
  assignment: Map<string, TopicPartition[]>,
): Set<string> {
  const added = new Set<string>();
  const revoked = new Set<string>();
  for (const [id, list] of assignment) {
    const ownedKeys = new Set((byId.get(id)?.ownedPartitions ?? []).map(tpKey));
    const assignedKeys = new Set(list.map(tpKey));
    for (const key of assignedKeys) if (!ownedKeys.has(key)) added.add(key);
    for (const key of ownedKeys) if (!assignedKeys.has(key)) revoked.add(key);
  }
  return new Set([...added].filter((key) => revoked.has(key)));
}
