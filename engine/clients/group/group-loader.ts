/**
 * Rebuilding the groups of one `__consumer_offsets` partition from its records when this broker
 * becomes the partition's leader (Kafka's `doLoadGroupsAndOffsets`): the last record per key wins,
 * tombstones delete, groups that only ever committed offsets come back Empty.
 */
import { tpKey } from '../../cluster/protocol';
import { subscriptionFromBytes } from './consumer-protocol';
import { type CommittedOffset, GroupMetadata } from './group-metadata';
import { MemberMetadata } from './member-metadata';
import {
  decodeGroupMetadataValue,
  decodeOffsetCommitValue,
  decodeOffsetsKey,
  type GroupMetadataValue,
} from './offsets-records';

/** One record of the partition's log, in offset order. */
export interface OffsetsLogRecord {
  readonly offset: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
}

function groupFromRecord(groupId: string, value: GroupMetadataValue, nowMs: number): GroupMetadata {
  const group = new GroupMetadata(groupId, value.members.length === 0 ? 'Empty' : 'Stable', nowMs);
  group.generationId = value.generation;
  group.protocolType = value.protocolType === '' ? null : value.protocolType;
  group.protocolName = value.protocol;
  group.leaderId = value.leader;
  group.currentStateTimestamp = value.currentStateTimestamp === -1 ? null : value.currentStateTimestamp;
  const protocolName = value.protocol ?? '';
  for (const m of value.members) {
    const member = new MemberMetadata(
      m.memberId,
      m.groupInstanceId,
      m.clientId,
      m.clientHost,
      m.rebalanceTimeoutMs,
      m.sessionTimeoutMs,
      value.protocolType,
      [{ name: protocolName, metadata: subscriptionFromBytes(m.subscription), bytes: m.subscription }],
    );
    member.assignment = m.assignment;
    group.add(member);
  }
  // `add` makes the first member leader when none is set; the record's leader wins.
  group.leaderId = value.leader;
  group.subscribedTopics = group.computeSubscribedTopics();
  return group;
}

/**
 * Reads the records and returns the groups they describe, with their committed offsets. Records
 * whose key is null or of an unknown version are skipped, as Kafka skips unknown keys.
 *
 * @example
 *   loadGroups(records, ctx.nowMs()).get('my-group')?.offsets;
 */
export function loadGroups(records: Iterable<OffsetsLogRecord>, nowMs: number): Map<string, GroupMetadata> {
  const offsets = new Map<string, Map<string, CommittedOffset>>();
  const groupValues = new Map<string, GroupMetadataValue>();
  for (const record of records) {
    if (record.key === null) continue;
    const key = decodeOffsetsKey(record.key);
    if (key.type === 'offset-commit') {
      let byPartition = offsets.get(key.group);
      if (!byPartition) {
        byPartition = new Map();
        offsets.set(key.group, byPartition);
      }
      const partitionKey = tpKey(key.topic, key.partition);
      if (record.value === null) {
        byPartition.delete(partitionKey);
        continue;
      }
      const value = decodeOffsetCommitValue(record.value);
      byPartition.set(partitionKey, {
        topic: key.topic,
        partition: key.partition,
        ...value,
        recordOffset: record.offset,
      });
    } else if (key.type === 'group-metadata') {
      if (record.value === null) groupValues.delete(key.group);
      else groupValues.set(key.group, decodeGroupMetadataValue(record.value));
    }
  }
  const groups = new Map<string, GroupMetadata>();
  for (const [groupId, value] of groupValues) groups.set(groupId, groupFromRecord(groupId, value, nowMs));
  for (const [groupId, byPartition] of offsets) {
    if (byPartition.size === 0 && !groups.has(groupId)) continue;
    let group = groups.get(groupId);
    if (!group) {
      group = new GroupMetadata(groupId, 'Empty', nowMs);
      groups.set(groupId, group);
    }
    for (const [k, o] of byPartition) group.offsets.set(k, o);
  }
  return groups;
}
