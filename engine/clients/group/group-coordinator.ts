/**
 * The classic-protocol group coordinator that lives in each broker (Kafka 3.9's ZooKeeper-mode
 * `kafka.coordinator.group.GroupCoordinator`, KAFKA-REFERENCE §8.1–8.4). It owns the groups whose
 * `__consumer_offsets` partition this broker leads, keeps them in memory, and writes every change
 * that must survive a failover (assignments, committed offsets, tombstones) to that partition.
 */

import type { GroupDescription } from '../../cluster/cluster-api';
import type {
  HeartbeatRequest,
  JoinGroupRequest,
  LeaveGroupRequest,
  OffsetCommitRequest,
  OffsetFetchRequest,
  ResponseFor,
  SyncGroupRequest,
} from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import { decodeAssignment } from './consumer-protocol';
import type { CoordinatorContext } from './coordinator-context';
import { CoordinatorCore } from './coordinator-core';
import { loadGroups, type OffsetsLogRecord } from './group-loader';
import type { CommittedOffset } from './group-metadata';
import { JoinGroupHandler } from './join-group';
import { OffsetStore } from './offset-store';
import { Rebalancer } from './rebalance';
import { MembershipHandler } from './sync-heartbeat-leave';

export type GroupRequest =
  | JoinGroupRequest
  | SyncGroupRequest
  | HeartbeatRequest
  | LeaveGroupRequest
  | OffsetCommitRequest
  | OffsetFetchRequest;

/**
 * @example
 *   const coordinator = new GroupCoordinator(ctx);
 *   coordinator.onElection(12, recordsOf('__consumer_offsets-12'));
 *   coordinator.handle(joinGroupRequest, (response) => rpc.respond(from, correlationId, response));
 */
export class GroupCoordinator {
  private readonly core: CoordinatorCore;
  private readonly rebalancer: Rebalancer;
  private readonly joins: JoinGroupHandler;
  private readonly membership: MembershipHandler;
  private readonly offsets: OffsetStore;
  private retentionTimer: Timer | null = null;

  constructor(private readonly ctx: CoordinatorContext) {
    this.core = new CoordinatorCore(ctx);
    this.rebalancer = new Rebalancer(this.core);
    this.joins = new JoinGroupHandler(this.core, this.rebalancer);
    this.membership = new MembershipHandler(this.core, this.rebalancer);
    this.offsets = new OffsetStore(this.core, this.rebalancer);
    // `enableMetadataExpiration`: the first check runs at once, then every interval.
    this.scheduleRetentionCheck(0);
  }

  /** Handles one group request; `respond` may run later (a parked JoinGroup or SyncGroup). */
  handle<R extends GroupRequest>(request: R, respond: (response: ResponseFor<R>) => void): void {
    const answer = respond as (response: ResponseFor<GroupRequest>) => void;
    const owned = this.core.isCoordinatorFor(request.groupId);
    switch (request.api) {
      case 'JoinGroup':
        if (!owned) answer(this.core.joinError(request.memberId, 'NOT_COORDINATOR'));
        else this.joins.handle(request, answer);
        return;
      case 'SyncGroup':
        if (!owned) answer(this.core.syncResponse('NOT_COORDINATOR'));
        else this.membership.sync(request, answer);
        return;
      case 'Heartbeat':
        if (!owned) answer({ api: 'Heartbeat', error: 'NOT_COORDINATOR' });
        else this.membership.heartbeat(request, answer);
        return;
      case 'LeaveGroup':
        if (!owned) answer({ api: 'LeaveGroup', error: 'NOT_COORDINATOR' });
        else this.membership.leave(request, answer);
        return;
      case 'OffsetCommit':
        if (!owned) {
          const partitions = request.offsets.map((o) => ({
            topic: o.topic,
            partition: o.partition,
            error: 'NOT_COORDINATOR' as const,
          }));
          answer({ api: 'OffsetCommit', partitions });
        } else this.offsets.commit(request, answer);
        return;
      case 'OffsetFetch':
        if (!owned) answer({ api: 'OffsetFetch', error: 'NOT_COORDINATOR', offsets: [] });
        else this.offsets.fetch(request, answer);
        return;
    }
  }

  /**
   * This broker now leads `__consumer_offsets-<partition>`: load its groups and offsets from the
   * partition's records (in offset order) and start coordinating them. A repeated election of a
   * partition already served (a leader epoch bump) keeps the groups as they are.
   */
  onElection(partition: number, records: Iterable<OffsetsLogRecord>): void {
    if (this.core.ownedPartitions.has(partition)) return;
    this.core.ownedPartitions.add(partition);
    for (const [groupId, group] of loadGroups(records, this.ctx.nowMs())) {
      if (this.core.partitionFor(groupId) !== partition || this.core.groups.has(groupId)) continue;
      this.core.groups.set(groupId, group);
      this.rebalancer.onGroupLoaded(group);
    }
  }

  /** This broker no longer leads the partition: unload its groups (their clients get NOT_COORDINATOR). */
  onResignation(partition: number): void {
    this.core.ownedPartitions.delete(partition);
    for (const group of [...this.core.groups.values()]) {
      if (this.core.partitionFor(group.groupId) !== partition) continue;
      this.rebalancer.onGroupUnloaded(group);
      this.core.groups.delete(group.groupId);
    }
  }

  /** Partitions of `__consumer_offsets` this coordinator currently serves. */
  ownedPartitions(): number[] {
    return [...this.core.ownedPartitions].sort((a, b) => a - b);
  }

  /** The broker stops: forget everything without writing (its timers must not fire). */
  shutdown(): void {
    this.ctx.cancel(this.retentionTimer);
    this.retentionTimer = null;
    for (const group of this.core.groups.values()) this.core.cancelAllTimers(group);
    this.core.groups.clear();
    this.core.ownedPartitions.clear();
  }

  /** Runs the offset-expiration pass now (tests and tools; normally on its timer). */
  runRetentionCheck(): void {
    this.offsets.cleanupGroupMetadata();
  }

  /**
   * `kafka-consumer-groups --describe` data, or undefined when this broker does not coordinate a live
   * group of that id. Members' assignments and the protocol show only once the group is Stable.
   *
   * @example
   *   coordinator.describeGroup('my-group')?.state; // 'Stable'
   */
  describeGroup(groupId: string): GroupDescription | undefined {
    const group = this.core.isCoordinatorFor(groupId) ? this.core.groups.get(groupId) : undefined;
    if (!group || group.is('Dead')) return undefined;
    const stable = group.is('Stable');
    return {
      groupId,
      state: group.state,
      generationId: group.generationId,
      protocol: stable ? (group.protocolName ?? '') : '',
      coordinator: { id: this.ctx.brokerId, host: this.ctx.host, port: this.ctx.port },
      members: [...group.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        host: m.clientHost,
        assignment: stable ? decodeAssignment(m.assignment).partitions : [],
      })),
      offsets: group
        .committedOffsets()
        .map((o) => ({ topic: o.topic, partition: o.partition, offset: o.offset })),
    };
  }

  /** Ids of the live groups this broker coordinates, sorted. */
  listGroups(): string[] {
    return [...this.core.groups.values()]
      .filter((g) => !g.is('Dead') && this.core.isCoordinatorFor(g.groupId))
      .map((g) => g.groupId)
      .sort();
  }

  /** The group's committed offsets (sorted by topic, partition), or [] when it is not coordinated here. */
  committedOffsets(groupId: string): CommittedOffset[] {
    const group = this.core.isCoordinatorFor(groupId) ? this.core.groups.get(groupId) : undefined;
    return group && !group.is('Dead') ? group.committedOffsets() : [];
  }

  private scheduleRetentionCheck(delayMs: number): void {
    this.retentionTimer = this.ctx.after(
      delayMs,
      `offsets-retention-check broker-${this.ctx.brokerId}`,
      () => {
        this.offsets.cleanupGroupMetadata();
        this.scheduleRetentionCheck(this.ctx.config.offsetsRetentionCheckIntervalMs);
      },
    );
  }
}
