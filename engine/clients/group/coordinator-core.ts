/**
 * State and helpers every part of the group coordinator shares: the group cache, the
 * `__consumer_offsets` partitions this broker leads, state transitions (with their events), the
 * response shapes, and writing a group's `GroupMetadata` record (Kafka's `storeGroup`).
 */
import type { ErrorName } from '../../cluster/errors';
import type { JoinGroupResponse, SyncGroupResponse } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import { coordinatorPartitionFor } from '../java-string-hash';
import { decodeAssignment } from './consumer-protocol';
import type { CoordinatorContext } from './coordinator-context';
import type { GroupMetadata, GroupState } from './group-metadata';
import type { MemberMetadata } from './member-metadata';
import { encodeGroupMetadataKey, encodeGroupMetadataValue } from './offsets-records';

/**
 * A new member cannot heartbeat while its first JoinGroup is parked; if it disconnects it would linger
 * for the whole rebalance, so its join expires after this long (`GroupCoordinator.NewMemberJoinTimeoutMs`).
 */
export const NEW_MEMBER_JOIN_TIMEOUT_MS = 5 * 60 * 1000;

/** How a failed `__consumer_offsets` append reads to a group client (`storeGroup`'s mapping). */
export function groupAppendError(error: ErrorName): ErrorName {
  switch (error) {
    case 'UNKNOWN_TOPIC_OR_PARTITION':
    case 'NOT_ENOUGH_REPLICAS':
    case 'NOT_ENOUGH_REPLICAS_AFTER_APPEND':
      return 'COORDINATOR_NOT_AVAILABLE';
    case 'NOT_LEADER_OR_FOLLOWER':
      return 'NOT_COORDINATOR';
    case 'REQUEST_TIMED_OUT':
      return 'REBALANCE_IN_PROGRESS';
    case 'MESSAGE_TOO_LARGE':
    case 'RECORD_LIST_TOO_LARGE':
      return 'UNKNOWN_SERVER_ERROR';
    default:
      return error;
  }
}

export class CoordinatorCore {
  readonly groups = new Map<string, GroupMetadata>();
  readonly ownedPartitions = new Set<number>();

  constructor(readonly ctx: CoordinatorContext) {}

  partitionFor(groupId: string): number {
    return coordinatorPartitionFor(groupId, this.ctx.config.offsetsTopicNumPartitions);
  }

  isCoordinatorFor(groupId: string): boolean {
    return this.ownedPartitions.has(this.partitionFor(groupId));
  }

  transition(group: GroupMetadata, to: GroupState, reason: string): void {
    const from = group.transitionTo(to, this.ctx.nowMs());
    this.ctx.emit({ type: 'group-state-changed', groupId: group.groupId, from, to, reason });
  }

  joinError(memberId: string, error: ErrorName): JoinGroupResponse {
    return {
      api: 'JoinGroup',
      error,
      generationId: -1,
      protocolName: null,
      leader: '',
      memberId,
      members: [],
    };
  }

  /** The current generation as `memberId` sees it; by default only the leader gets the member list. */
  joinResult(
    group: GroupMetadata,
    memberId: string,
    leader = group.leaderId ?? '',
    withMembers = group.isLeader(memberId),
  ): JoinGroupResponse {
    return {
      api: 'JoinGroup',
      error: 'NONE',
      generationId: group.generationId,
      protocolName: group.protocolName,
      leader,
      memberId,
      members: withMembers ? group.currentMemberMetadata() : [],
    };
  }

  syncResponse(error: ErrorName, assignment: Uint8Array = new Uint8Array(0)): SyncGroupResponse {
    return { api: 'SyncGroup', error, assignment: decodeAssignment(assignment).partitions };
  }

  /** Answers a parked JoinGroup, if there is one. */
  maybeInvokeJoin(member: MemberMetadata, response: JoinGroupResponse): void {
    const callback = member.awaitingJoin;
    if (!callback) return;
    member.awaitingJoin = null;
    callback(response);
  }

  /** Answers a parked SyncGroup; returns whether there was one. */
  maybeInvokeSync(member: MemberMetadata, response: SyncGroupResponse): boolean {
    const callback = member.awaitingSync;
    if (!callback) return false;
    member.awaitingSync = null;
    callback(response);
    return true;
  }

  setExpiration(group: GroupMetadata, memberId: string, timer: Timer): void {
    this.ctx.cancel(group.expirationTimers.get(memberId));
    group.expirationTimers.set(memberId, timer);
  }

  cancelExpiration(group: GroupMetadata, memberId: string): void {
    this.ctx.cancel(group.expirationTimers.get(memberId));
    group.expirationTimers.delete(memberId);
  }

  cancelAllTimers(group: GroupMetadata): void {
    for (const timer of group.expirationTimers.values()) this.ctx.cancel(timer);
    group.expirationTimers.clear();
    this.ctx.cancel(group.pendingJoin?.timer);
    group.pendingJoin = null;
    this.ctx.cancel(group.pendingSync?.timer);
    group.pendingSync = null;
  }

  /**
   * Appends the group's `GroupMetadata` record (every member with its subscription and assignment) and
   * reports the outcome mapped for clients. `assignment` maps member id → assignment bytes.
   */
  storeGroup(
    group: GroupMetadata,
    assignment: ReadonlyMap<string, Uint8Array>,
    callback: (error: ErrorName) => void,
  ): void {
    const protocol = group.protocolName;
    const members = [...group.members.values()].map((m) => {
      if (protocol === null)
        throw new Error(`Attempted to write non-empty group ${group.groupId} with no protocol`);
      return {
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: m.protocol(protocol).bytes,
        assignment: assignment.get(m.memberId) ?? new Uint8Array(0),
      };
    });
    const value = encodeGroupMetadataValue({
      protocolType: group.protocolType ?? '',
      generation: group.generationId,
      protocol,
      leader: group.leaderId,
      currentStateTimestamp: group.currentStateTimestamp ?? -1,
      members,
    });
    const record = { timestamp: this.ctx.nowMs(), key: encodeGroupMetadataKey(group.groupId), value };
    this.ctx.appendOffsetsRecords(this.partitionFor(group.groupId), [record], (error) =>
      callback(error === 'NONE' ? 'NONE' : groupAppendError(error)),
    );
  }
}
