/**
 * The consumer protocol's opaque bytes, as `ConsumerProtocol.serializeSubscription/Assignment` write
 * them (schemas `ConsumerProtocolSubscription.json` and `ConsumerProtocolAssignment.json`, version 3,
 * the highest in 3.9): what a JoinGroup carries as protocol metadata, a SyncGroup as an assignment,
 * and a `GroupMetadataValue` record stores per member.
 */
import type { ConsumerSubscription, TopicPartition } from '../../cluster/protocol';
import { WireReader, WireWriter } from './wire';

/** `ConsumerProtocolSubscription.HIGHEST_SUPPORTED_VERSION` (= the assignment's) in 3.9. */
export const CONSUMER_PROTOCOL_VERSION = 3;

export interface DecodedSubscription {
  readonly version: number;
  readonly topics: string[];
  readonly userData: Uint8Array | null;
  readonly ownedPartitions: TopicPartition[];
  /** −1 when absent (version < 2). */
  readonly generationId: number;
  readonly rackId: string | null;
}

export interface DecodedAssignment {
  readonly version: number;
  readonly partitions: TopicPartition[];
  readonly userData: Uint8Array | null;
}

const byTopicThenPartition = (a: TopicPartition, b: TopicPartition): number =>
  (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0) || a.partition - b.partition;

/** Consecutive runs of one topic, in the given order (Java groups on first appearance). */
function groupByTopic(partitions: readonly TopicPartition[]): Array<{ topic: string; partitions: number[] }> {
  const groups: Array<{ topic: string; partitions: number[] }> = [];
  const byTopic = new Map<string, number[]>();
  for (const tp of partitions) {
    let list = byTopic.get(tp.topic);
    if (!list) {
      list = [];
      byTopic.set(tp.topic, list);
      groups.push({ topic: tp.topic, partitions: list });
    }
    list.push(tp.partition);
  }
  return groups;
}

function writeTopicPartitions(writer: WireWriter, partitions: readonly TopicPartition[]): void {
  writer.array(groupByTopic(partitions), (w, group) => {
    w.string(group.topic).array(group.partitions, (w2, p) => w2.int32(p));
  });
}

function readTopicPartitions(reader: WireReader): TopicPartition[] {
  return reader
    .array((r) => {
      const topic = r.string();
      return r.array((r2) => r2.int32()).map((partition) => ({ topic, partition }));
    })
    .flat();
}

/**
 * The user data an assignor adds to its subscription: `CooperativeStickyAssignor` writes its last
 * generation as one int32 (`COOPERATIVE_STICKY_ASSIGNOR_USER_DATA_V0`); range and roundrobin write none.
 *
 * @example
 *   assignorUserData('cooperative-sticky', 3); // Uint8Array [0, 0, 0, 3]
 */
export function assignorUserData(protocolName: string, generationId: number): Uint8Array | null {
  if (protocolName !== 'cooperative-sticky') return null;
  return new WireWriter().int32(generationId).bytesWritten();
}

/**
 * `ConsumerProtocol.serializeSubscription` at version 3: topics sorted, owned partitions sorted by topic
 * then partition and grouped per topic, rack id null (the simulator has no racks).
 *
 * @example
 *   encodeSubscription({ topics: ['demo'], ownedPartitions: [], generationId: -1 }, null);
 *   // 00 03 | 00 00 00 01 00 04 'demo' | ff ff ff ff | 00 00 00 00 | ff ff ff ff | ff ff
 */
export function encodeSubscription(
  subscription: ConsumerSubscription,
  userData: Uint8Array | null,
): Uint8Array {
  const topics = [...subscription.topics].sort();
  const owned = [...subscription.ownedPartitions].sort(byTopicThenPartition);
  const writer = new WireWriter().int16(CONSUMER_PROTOCOL_VERSION);
  writer.array(topics, (w, topic) => w.string(topic));
  writer.nullableBytes(userData);
  writeTopicPartitions(writer, owned);
  writer.int32(subscription.generationId);
  writer.nullableString(null);
  return writer.bytesWritten();
}

/** Reads any version 0..3 (newer versions are read as version 3, as Kafka does). */
export function decodeSubscription(bytes: Uint8Array): DecodedSubscription {
  const reader = new WireReader(bytes);
  const version = reader.int16();
  const topics = reader.array((r) => r.string());
  const userData = reader.nullableBytes();
  const ownedPartitions = version >= 1 ? readTopicPartitions(reader) : [];
  const generationId = version >= 2 ? reader.int32() : -1;
  const rackId = version >= 3 ? reader.nullableString() : null;
  return { version, topics, userData, ownedPartitions, generationId, rackId };
}

/** The structured form the simulator's JoinGroup bodies carry. */
export function subscriptionFromBytes(bytes: Uint8Array): ConsumerSubscription {
  const decoded = decodeSubscription(bytes);
  return {
    topics: decoded.topics,
    ownedPartitions: decoded.ownedPartitions,
    generationId: decoded.generationId,
  };
}

/**
 * `ConsumerProtocol.serializeAssignment` at version 3: partitions grouped per topic in order of first
 * appearance, user data null.
 *
 * @example
 *   encodeAssignment([{ topic: 'demo', partition: 0 }]);
 *   // 00 03 | 00 00 00 01 00 04 'demo' 00 00 00 01 00 00 00 00 | ff ff ff ff
 */
export function encodeAssignment(
  partitions: readonly TopicPartition[],
  userData: Uint8Array | null = null,
): Uint8Array {
  const writer = new WireWriter().int16(CONSUMER_PROTOCOL_VERSION);
  writeTopicPartitions(writer, partitions);
  writer.nullableBytes(userData);
  return writer.bytesWritten();
}

/** An empty byte array (what the coordinator stores for a member the leader left out) is no partitions. */
export function decodeAssignment(bytes: Uint8Array): DecodedAssignment {
  if (bytes.length === 0) return { version: -1, partitions: [], userData: null };
  const reader = new WireReader(bytes);
  const version = reader.int16();
  const partitions = readTopicPartitions(reader);
  const userData = reader.nullableBytes();
  return { version, partitions, userData };
}
