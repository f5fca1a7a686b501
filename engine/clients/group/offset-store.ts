/**
 * Committed offsets on the coordinator (Kafka's `handleCommitOffsets`, `storeOffsets`, `getOffsets`
 * and the periodic `cleanupGroupMetadata`): commits are written to `__consumer_offsets` and cached
 * once the append is acknowledged; fetches answer from the cache; offsets of a group that has been
 * Empty for `offsets.retention.minutes` expire and are tombstoned.
 */
import type { ErrorName } from '../../cluster/errors';
import {
  type OffsetCommitRequest,
  type OffsetCommitResponse,
  type OffsetFetchRequest,
  type OffsetFetchResponse,
  type TopicPartition,
  tpKey,
} from '../../cluster/protocol';
import type { AppendRecord } from '../../log';
import type { CoordinatorCore } from './coordinator-core';
import { type CommittedOffset, GroupMetadata } from './group-metadata';
import { encodeGroupMetadataKey, encodeOffsetCommitKey, encodeOffsetCommitValue } from './offsets-records';
import type { Rebalancer } from './rebalance';

type CommitOffsets = OffsetCommitRequest['offsets'];

/** `GroupMetadataManager.maybeConvertOffsetCommitError`: append errors as a committing client reads them. */
export function offsetCommitAppendError(error: ErrorName): ErrorName {
  switch (error) {
    case 'UNKNOWN_TOPIC_OR_PARTITION':
    case 'NOT_ENOUGH_REPLICAS':
    case 'NOT_ENOUGH_REPLICAS_AFTER_APPEND':
      return 'COORDINATOR_NOT_AVAILABLE';
    case 'NOT_LEADER_OR_FOLLOWER':
      return 'NOT_COORDINATOR';
    default:
      return error;
  }
}

export class OffsetStore {
  constructor(
    private readonly core: CoordinatorCore,
    private readonly rebalancer: Rebalancer,
  ) {}

  commit(request: OffsetCommitRequest, respond: (response: OffsetCommitResponse) => void): void {
    const answer = (error: ErrorName) =>
      respond({
        api: 'OffsetCommit',
        partitions: request.offsets.map((o) => ({ topic: o.topic, partition: o.partition, error })),
      });
    let group = this.core.groups.get(request.groupId);
    if (!group) {
      // No group: a commit from outside group management creates an Empty one to hold the offsets;
      // a commit carrying a generation is from a group this coordinator has forgotten.
      if (request.generationId >= 0) {
        answer('ILLEGAL_GENERATION');
        return;
      }
      group = new GroupMetadata(request.groupId, 'Empty', this.core.ctx.nowMs());
      this.core.groups.set(request.groupId, group);
    }
    const invalid = this.validateCommit(group, request);
    if (invalid !== null) {
      answer(invalid);
      return;
    }
    if (group.is('CompletingRebalance')) {
      // The member has the new generation but no assignment yet: let it retry after SyncGroup.
      answer('REBALANCE_IN_PROGRESS');
      return;
    }
    if (group.has(request.memberId)) {
      const member = group.get(request.memberId);
      this.rebalancer.scheduleExpiration(group, member, member.sessionTimeoutMs);
    }
    this.storeOffsets(group, request.offsets, (error) => answer(error));
  }

  /** `validateOffsetCommit`: generation −1 commits are accepted only while the group is Empty. */
  private validateCommit(group: GroupMetadata, request: OffsetCommitRequest): ErrorName | null {
    if (group.is('Dead')) return 'COORDINATOR_NOT_AVAILABLE';
    if (request.generationId < 0 && group.is('Empty')) return null;
    if (request.generationId >= 0 || request.memberId !== '') {
      if (!group.has(request.memberId)) return 'UNKNOWN_MEMBER_ID';
      if (request.generationId !== group.generationId) return 'ILLEGAL_GENERATION';
      return null;
    }
    return group.is('Empty') ? null : 'UNKNOWN_MEMBER_ID';
  }

  private storeOffsets(group: GroupMetadata, offsets: CommitOffsets, done: (error: ErrorName) => void): void {
    const { ctx } = this.core;
    const commitTimestamp = ctx.nowMs();
    const records: AppendRecord[] = offsets.map((o) => ({
      timestamp: commitTimestamp,
      key: encodeOffsetCommitKey({ group: group.groupId, topic: o.topic, partition: o.partition }),
      value: encodeOffsetCommitValue({
        offset: o.offset,
        leaderEpoch: o.leaderEpoch,
        metadata: o.metadata,
        commitTimestamp,
        expireTimestamp: -1,
      }),
    }));
    const keys = offsets.map((o) => tpKey(o.topic, o.partition));
    for (const key of keys)
      group.pendingOffsetCommits.set(key, (group.pendingOffsetCommits.get(key) ?? 0) + 1);
    ctx.appendOffsetsRecords(this.core.partitionFor(group.groupId), records, (error, baseOffset) => {
      for (const key of keys) {
        const n = (group.pendingOffsetCommits.get(key) ?? 1) - 1;
        if (n > 0) group.pendingOffsetCommits.set(key, n);
        else group.pendingOffsetCommits.delete(key);
      }
      if (error !== 'NONE') {
        done(offsetCommitAppendError(error));
        return;
      }
      // An unloaded group keeps nothing: the new coordinator reads the commit from the log.
      if (!group.is('Dead')) this.cacheCommits(group, offsets, commitTimestamp, baseOffset);
      done('NONE');
    });
  }

  private cacheCommits(
    group: GroupMetadata,
    offsets: CommitOffsets,
    commitTimestamp: number,
    baseOffset: number,
  ): void {
    for (const o of offsets) {
      const key = tpKey(o.topic, o.partition);
      const current = group.offsets.get(key);
      // A commit acknowledged out of order must not replace a newer one (`onOffsetCommitAppend`).
      if (current && current.recordOffset > baseOffset) continue;
      group.offsets.set(key, {
        topic: o.topic,
        partition: o.partition,
        offset: o.offset,
        leaderEpoch: o.leaderEpoch,
        metadata: o.metadata,
        commitTimestamp,
        expireTimestamp: -1,
        recordOffset: baseOffset,
      });
      this.core.ctx.emit({
        type: 'offset-committed',
        groupId: group.groupId,
        topic: o.topic,
        partition: o.partition,
        offset: o.offset,
      });
    }
  }

  /** Answers from the cache, whatever the group's state (simple consumers have no members). */
  fetch(request: OffsetFetchRequest, respond: (response: OffsetFetchResponse) => void): void {
    const group = this.core.groups.get(request.groupId);
    const live = group && !group.is('Dead') ? group : undefined;
    const partitions: readonly TopicPartition[] = request.partitions ?? live?.committedOffsets() ?? [];
    const offsets = partitions.map((tp) => {
      const committed = live?.offset(tp);
      return {
        topic: tp.topic,
        partition: tp.partition,
        offset: committed?.offset ?? -1,
        leaderEpoch: committed?.leaderEpoch ?? -1,
        error: 'NONE' as ErrorName,
      };
    });
    respond({ api: 'OffsetFetch', error: 'NONE', offsets });
  }

  /**
   * The `offsets.retention.check.interval.ms` task: expire offsets, turn Empty groups without offsets
   * Dead and drop them, and tombstone what was removed.
   */
  cleanupGroupMetadata(): void {
    const { ctx } = this.core;
    const nowMs = ctx.nowMs();
    const retentionMs = ctx.config.offsetsRetentionMinutes * 60_000;
    for (const group of [...this.core.groups.values()]) {
      if (!this.core.isCoordinatorFor(group.groupId)) continue;
      const removed = this.removeExpiredOffsets(group, nowMs, retentionMs);
      if (group.is('Empty') && !group.hasOffsets) {
        this.core.transition(group, 'Dead', 'group is Empty and its offsets expired');
      }
      const tombstones: AppendRecord[] = removed.map((o) => ({
        timestamp: nowMs,
        key: encodeOffsetCommitKey({ group: group.groupId, topic: o.topic, partition: o.partition }),
        value: null,
      }));
      if (group.is('Dead') && this.core.groups.get(group.groupId) === group) {
        this.core.groups.delete(group.groupId);
        this.core.cancelAllTimers(group);
        // Generation 0 means the group only stored offsets: it never had a metadata record.
        if (group.generationId > 0)
          tombstones.push({ timestamp: nowMs, key: encodeGroupMetadataKey(group.groupId), value: null });
      }
      // Kafka appends these with acks=0: a lost tombstone is simply written again next pass.
      if (tombstones.length > 0)
        ctx.appendOffsetsRecords(this.core.partitionFor(group.groupId), tombstones, () => {});
    }
  }

  /** `GroupMetadata.removeExpiredOffsets`. */
  private removeExpiredOffsets(group: GroupMetadata, nowMs: number, retentionMs: number): CommittedOffset[] {
    let base: ((o: CommittedOffset) => number) | null = null;
    let keepTopics: ReadonlySet<string> = new Set();
    if (group.protocolType !== null && group.is('Empty')) {
      // Retention counts from when the group became Empty (2.1+, KIP-211).
      base = (o) => group.currentStateTimestamp ?? o.commitTimestamp;
    } else if (group.protocolType === 'consumer' && group.subscribedTopics !== null && group.is('Stable')) {
      // A live consumer group loses only offsets of topics nobody subscribes to any more.
      base = (o) => o.commitTimestamp;
      keepTopics = group.subscribedTopics;
    } else if (group.protocolType === null) {
      base = (o) => o.commitTimestamp;
    }
    if (base === null) return [];
    const expired: CommittedOffset[] = [];
    for (const [key, o] of group.offsets) {
      if (keepTopics.has(o.topic) || group.pendingOffsetCommits.has(key)) continue;
      const isExpired =
        o.expireTimestamp !== -1 ? nowMs >= o.expireTimestamp : nowMs - base(o) >= retentionMs;
      if (isExpired) expired.push(o);
    }
    for (const o of expired) group.offsets.delete(tpKey(o.topic, o.partition));
    return expired;
  }
}
