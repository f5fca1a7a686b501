/**
 * `kafka-consumer-groups.sh --reset-offsets --execute` (Kafka 3.9's `ConsumerGroupCommand.resetOffsets`):
 * refused unless the group is inactive (Empty, or Dead / unknown); the new offsets come from ListOffsets
 * (earliest = log start offset, latest = high watermark) and an explicit or shifted offset is clamped to
 * that range as the tool does; then the tool commits them with `alterConsumerGroupOffsets` — a plain
 * OffsetCommit (generation −1, no member) to the group's coordinator, written to `__consumer_offsets`
 * like any commit, so it survives a coordinator failover.
 */
import type { GroupCoordinator } from '../clients/group/group-coordinator';
import { coordinatorPartitionFor } from '../clients/java-string-hash';
import { OFFSETS_TOPIC } from './broker-requests';
import type { Cluster } from './cluster';
import type { OffsetSpec } from './cluster-api';
import { KafkaError } from './errors';
import { type OffsetCommitResponse, type TopicPartition, tpKey } from './protocol';

/** The AdminClient's `default.api.timeout.ms`. */
const DEFAULT_API_TIMEOUT_MS = 60_000;
/** The AdminClient's `retry.backoff.ms` between coordinator lookups. */
const RETRY_BACKOFF_MS = 100;

/** The tool's reset scenarios: `--to-earliest`, `--to-latest`, `--to-offset`, `--shift-by`, `--to-datetime`. */
export type OffsetResetSpec =
  | { readonly to: 'earliest' }
  | { readonly to: 'latest' }
  | { readonly to: 'offset'; readonly offset: number }
  | { readonly shiftBy: number }
  | { readonly to: 'datetime'; readonly timestampMs: number };

export interface PartitionOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

/**
 * Resets the group's committed offsets for `topics` (every partition of each), or with `null` for every
 * partition it has a committed offset for (`--all-topics`). Returns the offsets committed, sorted.
 * Throws (changing nothing) when the group is active, a topic is unknown, a partition has no leader, or
 * `shiftBy` meets a partition without a committed offset.
 *
 * @example
 *   resetGroupOffsets(cluster, 'billing', ['orders'], { to: 'earliest' });
 *   // → [{ topic: 'orders', partition: 0, offset: 0 }, { topic: 'orders', partition: 1, offset: 0 }]
 */
export function resetGroupOffsets(
  cluster: Cluster,
  groupId: string,
  topics: readonly string[] | null,
  spec: OffsetResetSpec,
): PartitionOffset[] {
  validateSpec(spec);
  refuseBeforeCreatingOffsetsTopic(cluster, topics, spec);
  const coordinator = awaitCoordinator(cluster, groupId);
  const state = coordinator.describeGroup(groupId)?.state ?? 'Dead';
  if (state !== 'Empty' && state !== 'Dead')
    throw new KafkaError(
      'NON_EMPTY_GROUP',
      `Assignments can only be reset if the group '${groupId}' is inactive, but the current state is ${state}.`,
    );
  const current = coordinator.committedOffsets(groupId);
  const committed = new Map(current.map((o) => [tpKey(o.topic, o.partition), o.offset]));
  const partitions =
    topics === null
      ? current.map((o) => ({ topic: o.topic, partition: o.partition }))
      : partitionsOf(cluster, topics);
  const offsets = prepareOffsets(cluster, partitions, spec, committed).sort((a, b) =>
    a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition,
  );
  if (offsets.length > 0) commit(cluster, coordinator, groupId, offsets);
  return offsets;
}

function validateSpec(spec: OffsetResetSpec): void {
  const n =
    'shiftBy' in spec
      ? spec.shiftBy
      : spec.to === 'offset'
        ? spec.offset
        : spec.to === 'datetime'
          ? spec.timestampMs
          : 0;
  if (!Number.isSafeInteger(n)) throw new RangeError(`Offset reset needs a whole number, got ${n}`);
  if (!('shiftBy' in spec) && !['earliest', 'latest', 'offset', 'datetime'].includes(spec.to))
    throw new RangeError(`Unknown offset reset ${JSON.stringify(spec)}`);
}

/**
 * Finding a coordinator creates `__consumer_offsets` when it does not exist yet. Then no group has an
 * offset, so the refusals that would follow (an unknown topic, nothing to shift) are certain: make them
 * first, so that a refused reset leaves the cluster as it was (a recorded cluster does not record it).
 */
function refuseBeforeCreatingOffsetsTopic(
  cluster: Cluster,
  topics: readonly string[] | null,
  spec: OffsetResetSpec,
): void {
  if (topics === null || cluster.admin.topicNames().includes(OFFSETS_TOPIC)) return;
  const first = partitionsOf(cluster, topics)[0];
  if ('shiftBy' in spec && first) throw noCommittedOffset(first);
}

function noCommittedOffset(tp: TopicPartition): RangeError {
  return new RangeError(
    `Cannot shift offset for partition ${tpKey(tp.topic, tp.partition)} since there is no current committed offset`,
  );
}

/** `--topic t`: every partition of t, as `describeTopics` lists them (an unknown topic fails the call). */
function partitionsOf(cluster: Cluster, topics: readonly string[]): TopicPartition[] {
  const names = [...new Set(topics)];
  return cluster
    .describeTopics(names)
    .flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partition })));
}

/** `prepareOffsetsToReset`. */
function prepareOffsets(
  cluster: Cluster,
  partitions: readonly TopicPartition[],
  spec: OffsetResetSpec,
  committed: ReadonlyMap<string, number>,
): PartitionOffset[] {
  if ('shiftBy' in spec) {
    const requested = partitions.map((tp) => {
      const current = committed.get(tpKey(tp.topic, tp.partition));
      if (current === undefined) throw noCommittedOffset(tp);
      return { ...tp, offset: current + spec.shiftBy };
    });
    return clampToLog(cluster, requested);
  }
  switch (spec.to) {
    case 'earliest':
      return listOffsets(cluster, partitions, 'earliest');
    case 'latest':
      return listOffsets(cluster, partitions, 'latest');
    case 'offset':
      return clampToLog(
        cluster,
        partitions.map((tp) => ({ ...tp, offset: spec.offset })),
      );
    case 'datetime': {
      // No record at or after the time: the tool warns the partition "is empty" and takes the latest.
      const byTime = listOffsets(cluster, partitions, { timestampMs: spec.timestampMs });
      const missing = byTime.filter((o) => o.offset === -1);
      const latest = new Map(
        listOffsets(cluster, missing, 'latest').map((o) => [tpKey(o.topic, o.partition), o]),
      );
      return byTime.map((o) => latest.get(tpKey(o.topic, o.partition)) ?? o);
    }
  }
}

/** `checkOffsetsRange`: above the latest offset → latest; below the log start offset → log start offset. */
function clampToLog(cluster: Cluster, requested: readonly PartitionOffset[]): PartitionOffset[] {
  const earliest = listOffsets(cluster, requested, 'earliest');
  const latest = listOffsets(cluster, requested, 'latest');
  return requested.map((r, i) => {
    const end = latest[i]?.offset ?? r.offset;
    const start = earliest[i]?.offset ?? r.offset;
    return { ...r, offset: r.offset > end ? end : Math.max(r.offset, start) };
  });
}

function listOffsets(
  cluster: Cluster,
  partitions: readonly TopicPartition[],
  spec: OffsetSpec,
): PartitionOffset[] {
  if (partitions.length === 0) return [];
  return cluster.listOffsets(partitions, spec).map((o) => {
    if (o.error !== 'NONE') throw new KafkaError(o.error);
    return { topic: o.topic, partition: o.partition, offset: o.offset };
  });
}

/**
 * The group's coordinator, found as the AdminClient finds it: FindCoordinator to a reachable broker
 * (which creates `__consumer_offsets` on first use), then the leader of the group's partition, once it
 * has loaded that partition. Retried every `retry.backoff.ms` for `default.api.timeout.ms`.
 */
function awaitCoordinator(cluster: Cluster, groupId: string): GroupCoordinator {
  const deadlineMs = cluster.nowMs + DEFAULT_API_TIMEOUT_MS;
  for (;;) {
    const found = findCoordinator(cluster, groupId);
    if (found) return found;
    if (cluster.nowMs >= deadlineMs) {
      if (!cluster.adminBroker())
        throw new KafkaError(
          'REQUEST_TIMED_OUT',
          'Timed out waiting for a node assignment. Call: describeConsumerGroups',
        );
      throw new KafkaError('COORDINATOR_NOT_AVAILABLE');
    }
    cluster.advance(Math.min(RETRY_BACKOFF_MS, deadlineMs - cluster.nowMs));
  }
}

function findCoordinator(cluster: Cluster, groupId: string): GroupCoordinator | null {
  const asked = cluster.adminBroker();
  if (!asked) return null;
  const answer = cluster.requests.findCoordinator(asked, groupId);
  if (answer.api !== 'FindCoordinator' || answer.error !== 'NONE') return null;
  const broker = cluster.brokers.get(answer.nodeId);
  if (!broker?.isUp() || cluster.network.isIsolated(broker.nodeId)) return null;
  const coordinator = cluster.requests.coordinator(broker);
  const partition = coordinatorPartitionFor(groupId, broker.config.offsetsTopicNumPartitions);
  return coordinator.ownedPartitions().includes(partition) ? coordinator : null;
}

/** `alterConsumerGroupOffsets`: one OffsetCommit from outside the group, waited for in simulated time. */
function commit(
  cluster: Cluster,
  coordinator: GroupCoordinator,
  groupId: string,
  offsets: readonly PartitionOffset[],
): void {
  const answer: { response?: OffsetCommitResponse } = {};
  coordinator.handle(
    {
      api: 'OffsetCommit',
      groupId,
      generationId: -1,
      memberId: '',
      offsets: offsets.map((o) => ({ ...o, leaderEpoch: -1, metadata: '' })),
    },
    (response) => {
      answer.response = response;
    },
  );
  cluster.runUntil(() => answer.response !== undefined, DEFAULT_API_TIMEOUT_MS);
  if (!answer.response) throw new KafkaError('REQUEST_TIMED_OUT');
  const failed = answer.response.partitions.find((p) => p.error !== 'NONE');
  if (failed) throw new KafkaError(failed.error);
}
