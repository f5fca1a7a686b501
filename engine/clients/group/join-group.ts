/**
 * JoinGroup on the coordinator (Kafka's `handleJoinGroup` and its `do*JoinGroup` helpers): new dynamic
 * members get MEMBER_ID_REQUIRED and an id, known members rejoin, static members replace their
 * previous incarnation. The response may come much later, when the rebalance completes.
 */
import type { ErrorName } from '../../cluster/errors';
import type { JoinGroupRequest, JoinGroupResponse } from '../../cluster/protocol';
import { assignorUserData, encodeSubscription } from './consumer-protocol';
import type { CoordinatorCore } from './coordinator-core';
import { GroupMetadata } from './group-metadata';
import { MemberMetadata, type MemberProtocol } from './member-metadata';
import type { Rebalancer } from './rebalance';

type Respond = (response: JoinGroupResponse) => void;

/** The request's protocols with their metadata encoded as the client would send it. */
export function memberProtocols(request: JoinGroupRequest): MemberProtocol[] {
  return request.protocols.map((p) => ({
    name: p.name,
    metadata: p.metadata,
    bytes: encodeSubscription(p.metadata, assignorUserData(p.name, p.metadata.generationId)),
  }));
}

export class JoinGroupHandler {
  constructor(
    private readonly core: CoordinatorCore,
    private readonly rebalancer: Rebalancer,
  ) {}

  /** Assumes the caller checked that this broker coordinates the group. */
  handle(request: JoinGroupRequest, respond: Respond): void {
    const { ctx } = this.core;
    const { groupMinSessionTimeoutMs: min, groupMaxSessionTimeoutMs: max } = ctx.config;
    if (request.sessionTimeoutMs < min || request.sessionTimeoutMs > max) {
      respond(this.core.joinError(request.memberId, 'INVALID_SESSION_TIMEOUT'));
      return;
    }
    const isUnknownMember = request.memberId === '';
    let group = this.core.groups.get(request.groupId);
    if (!group) {
      // A group is created by its first member; a known member id for a missing group is stale.
      if (!isUnknownMember) {
        respond(this.core.joinError(request.memberId, 'UNKNOWN_MEMBER_ID'));
        return;
      }
      group = new GroupMetadata(request.groupId, 'Empty', ctx.nowMs());
      this.core.groups.set(request.groupId, group);
    }
    if (isUnknownMember) this.newMemberJoin(group, request, respond);
    else this.currentMemberJoin(group, request, respond);
    if (group.is('PreparingRebalance')) this.rebalancer.checkAndCompleteJoin(group);
  }

  private rejectIfUnusable(group: GroupMetadata, request: JoinGroupRequest, respond: Respond): boolean {
    let error: ErrorName | null = null;
    if (group.is('Dead')) error = 'COORDINATOR_NOT_AVAILABLE';
    else if (
      !group.supportsProtocols(
        request.protocolType,
        request.protocols.map((p) => p.name),
      )
    ) {
      error = 'INCONSISTENT_GROUP_PROTOCOL';
    }
    if (error === null) return false;
    respond(this.core.joinError(request.memberId, error));
    return true;
  }

  private newMember(memberId: string, request: JoinGroupRequest): MemberMetadata {
    return new MemberMetadata(
      memberId,
      request.groupInstanceId,
      request.clientId,
      request.clientHost,
      request.rebalanceTimeoutMs,
      request.sessionTimeoutMs,
      request.protocolType,
      memberProtocols(request),
    );
  }

  private newMemberJoin(group: GroupMetadata, request: JoinGroupRequest, respond: Respond): void {
    if (this.rejectIfUnusable(group, request, respond)) return;
    const prefix = request.groupInstanceId ?? request.clientId;
    const memberId = `${prefix}-${this.core.ctx.randomUuid()}`;
    if (request.groupInstanceId !== null) {
      this.staticNewMemberJoin(group, request.groupInstanceId, memberId, request, respond);
      return;
    }
    // JoinGroup v4+: the member must come back with the id we give it, so a client that never gets
    // the response cannot leave a ghost member behind.
    group.pendingMembers.add(memberId);
    this.rebalancer.schedulePendingExpiration(group, memberId, request.sessionTimeoutMs);
    respond(this.core.joinError(memberId, 'MEMBER_ID_REQUIRED'));
  }

  private addAndRebalance(
    group: GroupMetadata,
    memberId: string,
    request: JoinGroupRequest,
    respond: Respond,
  ): void {
    const member = this.newMember(memberId, request);
    member.awaitingJoin = respond;
    this.rebalancer.addMemberAndRebalance(group, member, `Adding new member ${memberId}`);
  }

  private currentMemberJoin(group: GroupMetadata, request: JoinGroupRequest, respond: Respond): void {
    if (this.rejectIfUnusable(group, request, respond)) return;
    const { memberId } = request;
    if (group.pendingMembers.has(memberId)) {
      this.addAndRebalance(group, memberId, request, respond);
      return;
    }
    if (!group.has(memberId) || this.fencedStatic(group, request)) {
      respond(this.core.joinError(memberId, 'UNKNOWN_MEMBER_ID'));
      return;
    }
    const member = group.get(memberId);
    const protocols = memberProtocols(request);
    const update = (reason: string) =>
      this.updateMemberAndRebalance(group, member, request, protocols, respond, reason);
    switch (group.state) {
      case 'PreparingRebalance':
        update(`Member ${memberId} joining group during PreparingRebalance`);
        return;
      case 'CompletingRebalance':
        // Same metadata: it probably missed the JoinGroup response, so repeat it.
        if (member.matches(protocols)) respond(this.core.joinResult(group, memberId));
        else update(`Updating metadata for member ${memberId} during CompletingRebalance`);
        return;
      case 'Stable':
        // The leader rejoining forces a rebalance: it may have seen metadata changes followers cannot.
        if (group.isLeader(memberId)) update(`Leader ${memberId} re-joining group during Stable`);
        else if (!member.matches(protocols)) update(`Updating metadata for member ${memberId} during Stable`);
        else respond(this.core.joinResult(group, memberId, group.leaderId ?? '', false));
        return;
      default:
        respond(this.core.joinError(memberId, 'UNKNOWN_MEMBER_ID'));
    }
  }

  /**
   * Kafka answers FENCED_INSTANCE_ID when a static instance id now maps to another member id; the
   * simulator's error table lacks it, so the caller answers UNKNOWN_MEMBER_ID (also fatal for a static member).
   */
  private fencedStatic(group: GroupMetadata, request: JoinGroupRequest): boolean {
    if (request.groupInstanceId === null) return false;
    return group.staticMembers.get(request.groupInstanceId) !== request.memberId;
  }

  private updateMemberAndRebalance(
    group: GroupMetadata,
    member: MemberMetadata,
    request: JoinGroupRequest,
    protocols: MemberProtocol[],
    respond: Respond,
    reason: string,
  ): void {
    group.updateProtocols(member, protocols);
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    member.awaitingJoin = respond;
    this.rebalancer.maybePrepareRebalance(group, reason);
  }

  private staticNewMemberJoin(
    group: GroupMetadata,
    instanceId: string,
    newMemberId: string,
    request: JoinGroupRequest,
    respond: Respond,
  ): void {
    const oldMemberId = group.staticMembers.get(instanceId);
    if (oldMemberId === undefined) {
      this.addAndRebalance(group, newMemberId, request, respond);
      return;
    }
    this.replaceStaticMember(group, oldMemberId, newMemberId, request, respond);
  }

  /** A static member restarted: it takes over its old identity, without a rebalance when possible. */
  private replaceStaticMember(
    group: GroupMetadata,
    oldMemberId: string,
    newMemberId: string,
    request: JoinGroupRequest,
    respond: Respond,
  ): void {
    const { core, rebalancer } = this;
    const currentLeader = group.leaderId ?? '';
    const member = group.get(oldMemberId);
    // Fence the old incarnation's parked requests.
    core.maybeInvokeJoin(member, core.joinError(oldMemberId, 'UNKNOWN_MEMBER_ID'));
    core.maybeInvokeSync(member, core.syncResponse('UNKNOWN_MEMBER_ID'));
    core.cancelExpiration(group, oldMemberId);
    group.replaceMemberId(member, newMemberId);
    rebalancer.scheduleExpiration(group, member, member.sessionTimeoutMs);
    const old = {
      protocols: member.protocols,
      rebalance: member.rebalanceTimeoutMs,
      session: member.sessionTimeoutMs,
    };
    group.updateProtocols(member, memberProtocols(request));
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    member.awaitingJoin = respond;
    if (group.is('CompletingRebalance')) {
      rebalancer.prepareRebalance(group, `Updating metadata for static member ${newMemberId}`);
      return;
    }
    if (!group.is('Stable')) return;
    if (group.selectProtocol() !== group.protocolName) {
      rebalancer.maybePrepareRebalance(group, `Static member ${newMemberId} changed the group's protocol`);
      return;
    }
    const assignment = new Map([...group.members.values()].map((m) => [m.memberId, m.assignment] as const));
    core.storeGroup(group, assignment, (error) => {
      if (error === 'NONE') {
        // JoinGroup < v9: answer with the old leader id so the current leader does not reassign.
        core.maybeInvokeJoin(member, core.joinResult(group, newMemberId, currentLeader, false));
        return;
      }
      member.awaitingJoin = null;
      group.updateProtocols(member, old.protocols);
      member.rebalanceTimeoutMs = old.rebalance;
      member.sessionTimeoutMs = old.session;
      core.cancelExpiration(group, newMemberId);
      group.replaceMemberId(member, oldMemberId);
      rebalancer.scheduleExpiration(group, member, member.sessionTimeoutMs);
      respond(core.joinError('', error));
    });
  }
}
