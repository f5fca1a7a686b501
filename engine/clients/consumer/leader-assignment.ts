/**
 * What the group leader does between JoinGroup and SyncGroup (Kafka's `ConsumerCoordinator.onLeaderElected`
 * / `performAssignment`): make sure metadata covers every member's topics, run the selected assignor
 * over the members' subscriptions and the topics' partition counts, and remember those counts so a
 * later change (partitions added) makes the leader rejoin.
 */
import type { JoinGroupResponse, TopicPartition } from '../../cluster/protocol';
import { assign, type GroupMember } from '../assignors';
import type { KafkaConsumerConfig } from './consumer-config';
import type { ConsumerMetadata } from './consumer-metadata';

export type GroupAssignmentList = Array<{ memberId: string; partitions: TopicPartition[] }>;

export class LeaderAssignment {
  private pending: { readonly response: JoinGroupResponse; readonly minMetadataVersion: number } | null =
    null;
  /** Partition counts the last assignment used; null on followers. */
  private snapshot: ReadonlyMap<string, number> | null = null;
  /** Every member's topics, which the leader needs metadata for ([] on followers). */
  groupTopics: readonly string[] = [];

  constructor(
    private readonly config: KafkaConsumerConfig,
    private readonly metadata: ConsumerMetadata,
  ) {}

  /** This member leads `response`'s generation. */
  elected(response: JoinGroupResponse, ownTopics: readonly string[]): void {
    const topics = new Set(ownTopics);
    for (const m of response.members) for (const t of m.metadata.topics) topics.add(t);
    this.groupTopics = [...topics].sort();
    const missing = this.groupTopics.some((t) => !this.metadata.topics.has(t));
    // New topics: wait for metadata that includes them before assigning (`ensureFreshMetadata`).
    this.pending = {
      response,
      minMetadataVersion: missing ? this.metadata.version + 1 : this.metadata.version,
    };
  }

  /** This member follows: nothing to assign or watch. */
  follower(): void {
    this.pending = null;
    this.snapshot = null;
    this.groupTopics = [];
  }

  /**
   * The assignment, once metadata is fresh enough; null while waiting or when `generationId` moved on.
   * Throws for a protocol this member does not have (the coordinator chose badly).
   */
  tryAssign(generationId: number): GroupAssignmentList | null {
    const pending = this.pending;
    if (!pending) return null;
    if (pending.response.generationId !== generationId) {
      this.pending = null;
      return null;
    }
    if (this.metadata.version < pending.minMetadataVersion) return null;
    this.pending = null;
    const protocol = this.config.partitionAssignmentStrategy.find((n) => n === pending.response.protocolName);
    if (!protocol)
      throw new Error(`Coordinator selected invalid assignment protocol: ${pending.response.protocolName}`);
    const members: GroupMember[] = pending.response.members.map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      topics: m.metadata.topics,
      ownedPartitions: m.metadata.ownedPartitions,
      generation: m.metadata.generationId,
    }));
    const counts = this.partitionCounts();
    this.snapshot = counts;
    return [...assign(protocol, members, counts)].map(([memberId, partitions]) => ({ memberId, partitions }));
  }

  /** The leader saw partition counts change since it assigned: the group must rebalance. */
  metadataChanged(): boolean {
    const before = this.snapshot;
    if (before === null) return false;
    const now = this.partitionCounts();
    return now.size !== before.size || [...now].some(([t, n]) => before.get(t) !== n);
  }

  clear(): void {
    this.pending = null;
    this.snapshot = null;
  }

  private partitionCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const t of this.groupTopics) {
      const n = this.metadata.partitionCount(t);
      if (n !== undefined) counts.set(t, n);
    }
    return counts;
  }
}
