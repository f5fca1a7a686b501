/**
 * SyncGroup, Heartbeat and LeaveGroup on the coordinator (Kafka's `handleSyncGroup`, `handleHeartbeat`,
 * `handleLeaveGroup`). The caller has checked that this broker coordinates the group.
 */
import type { ErrorName } from '../../cluster/errors';
import type {
  HeartbeatRequest,
  HeartbeatResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  SyncGroupRequest,
  SyncGroupResponse,
} from '../../cluster/protocol';
import { decodeAssignment, encodeAssignment } from './consumer-protocol';
import type { CoordinatorCore } from './coordinator-core';
import type { GroupMetadata } from './group-metadata';
import type { Rebalancer } from './rebalance';

export class MembershipHandler {
  constructor(
    private readonly core: CoordinatorCore,
    private readonly rebalancer: Rebalancer,
  ) {}

  /** Dead group, unknown member or wrong generation (`validateSyncGroup` / `validateHeartbeat`). */
  private validate(group: GroupMetadata, memberId: string, generationId: number): ErrorName | null {
    if (group.is('Dead')) return 'COORDINATOR_NOT_AVAILABLE';
    if (!group.has(memberId)) return 'UNKNOWN_MEMBER_ID';
    if (generationId !== group.generationId) return 'ILLEGAL_GENERATION';
    return null;
  }

  sync(request: SyncGroupRequest, respond: (response: SyncGroupResponse) => void): void {
    const { core, rebalancer } = this;
    const group = core.groups.get(request.groupId);
    if (!group) {
      respond(core.syncResponse('UNKNOWN_MEMBER_ID'));
      return;
    }
    const error = this.validate(group, request.memberId, request.generationId);
    if (error !== null) {
      respond(core.syncResponse(error));
      return;
    }
    switch (group.state) {
      case 'Empty':
        respond(core.syncResponse('UNKNOWN_MEMBER_ID'));
        return;
      case 'PreparingRebalance':
        respond(core.syncResponse('REBALANCE_IN_PROGRESS'));
        return;
      case 'Stable': {
        rebalancer.removePendingSyncMember(group, request.memberId);
        const member = group.get(request.memberId);
        respond(core.syncResponse('NONE', member.assignment));
        rebalancer.scheduleExpiration(group, member, member.sessionTimeoutMs);
        return;
      }
      case 'CompletingRebalance':
        group.get(request.memberId).awaitingSync = respond;
        rebalancer.removePendingSyncMember(group, request.memberId);
        if (group.isLeader(request.memberId)) this.completeSync(group, request);
        return;
      default:
        respond(core.syncResponse('COORDINATOR_NOT_AVAILABLE'));
    }
  }

  /** The leader's assignment: persist it, then hand every member its part and go Stable. */
  private completeSync(group: GroupMetadata, request: SyncGroupRequest): void {
    const { core, rebalancer } = this;
    const assignment = new Map<string, Uint8Array>();
    for (const a of request.assignments) assignment.set(a.memberId, encodeAssignment(a.partitions));
    // Members the leader left out get an empty assignment.
    for (const memberId of group.members.keys())
      if (!assignment.has(memberId)) assignment.set(memberId, new Uint8Array(0));
    const generationId = group.generationId;
    core.storeGroup(group, assignment, (error) => {
      // Another member may have joined meanwhile: only the same CompletingRebalance generation proceeds.
      if (!group.is('CompletingRebalance') || group.generationId !== generationId) return;
      if (error !== 'NONE') {
        rebalancer.resetAndPropagateAssignmentError(group, error);
        rebalancer.maybePrepareRebalance(
          group,
          `Error ${error} when storing group assignment during SyncGroup`,
        );
        return;
      }
      rebalancer.setAndPropagateAssignment(group, assignment);
      core.transition(
        group,
        'Stable',
        `leader ${request.memberId} sent the assignment of generation ${generationId}`,
      );
      core.ctx.emit({
        type: 'group-rebalanced',
        groupId: group.groupId,
        generationId,
        protocol: group.protocolName ?? '',
        leader: group.leaderId ?? '',
        assignments: [...group.members.values()].map((m) => ({
          memberId: m.memberId,
          partitions: decodeAssignment(m.assignment).partitions,
        })),
      });
    });
  }

  heartbeat(request: HeartbeatRequest, respond: (response: HeartbeatResponse) => void): void {
    const group = this.core.groups.get(request.groupId);
    const error = group ? this.heartbeatError(group, request) : 'UNKNOWN_MEMBER_ID';
    respond({ api: 'Heartbeat', error });
  }

  private heartbeatError(group: GroupMetadata, request: HeartbeatRequest): ErrorName {
    const invalid = this.validate(group, request.memberId, request.generationId);
    if (invalid !== null) return invalid;
    if (group.is('Empty')) return 'UNKNOWN_MEMBER_ID';
    const member = group.get(request.memberId);
    this.rebalancer.scheduleExpiration(group, member, member.sessionTimeoutMs);
    // During PreparingRebalance the heartbeat still counts, but tells the member to rejoin.
    return group.is('PreparingRebalance') ? 'REBALANCE_IN_PROGRESS' : 'NONE';
  }

  leave(request: LeaveGroupRequest, respond: (response: LeaveGroupResponse) => void): void {
    const group = this.core.groups.get(request.groupId);
    respond({
      api: 'LeaveGroup',
      error: group ? this.leaveError(group, request.memberId) : 'UNKNOWN_MEMBER_ID',
    });
  }

  private leaveError(group: GroupMetadata, memberId: string): ErrorName {
    if (group.is('Dead')) return 'COORDINATOR_NOT_AVAILABLE';
    if (group.pendingMembers.has(memberId)) {
      this.rebalancer.removePendingMemberAndUpdateGroup(group, memberId);
      return 'NONE';
    }
    if (!group.has(memberId)) return 'UNKNOWN_MEMBER_ID';
    this.rebalancer.removeMemberAndUpdateGroup(
      group,
      group.get(memberId),
      'leave',
      `Removing member ${memberId} on LeaveGroup`,
    );
    return 'NONE';
  }
}
