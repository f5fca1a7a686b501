/**
 * The rebalance machinery of the classic protocol (Kafka's `GroupCoordinator`): starting a rebalance,
 * the DelayedJoin / InitialDelayedJoin wait, completing the join into a new generation, the DelayedSync
 * wait, session expiry and member removal. Request handlers (join-group.ts, sync-group.ts) call in here.
 */
import type { ErrorName } from '../../cluster/errors';
import { type CoordinatorCore, NEW_MEMBER_JOIN_TIMEOUT_MS } from './coordinator-core';
import type { GroupMetadata } from './group-metadata';
import type { MemberMetadata } from './member-metadata';

export class Rebalancer {
  constructor(private readonly core: CoordinatorCore) {}

  private get ctx() {
    return this.core.ctx;
  }

  /** A member arrived (or a pending one came back with its id): add it and rebalance. */
  addMemberAndRebalance(group: GroupMetadata, member: MemberMetadata, reason: string): void {
    member.isNew = true;
    // Only the very first rebalance of a group (generation 0) keeps extending its initial delay.
    if (group.is('PreparingRebalance') && group.generationId === 0) group.newMemberAdded = true;
    group.add(member);
    this.ctx.emit({ type: 'member-joined', groupId: group.groupId, memberId: member.memberId });
    this.scheduleExpiration(group, member, NEW_MEMBER_JOIN_TIMEOUT_MS);
    this.maybePrepareRebalance(group, reason);
  }

  maybePrepareRebalance(group: GroupMetadata, reason: string): void {
    if (group.canRebalance) this.prepareRebalance(group, reason);
  }

  prepareRebalance(group: GroupMetadata, reason: string): void {
    if (group.is('CompletingRebalance'))
      this.resetAndPropagateAssignmentError(group, 'REBALANCE_IN_PROGRESS');
    this.removeSyncExpiration(group);
    const wasEmpty = group.is('Empty');
    this.core.transition(group, 'PreparingRebalance', reason);
    if (wasEmpty) {
      const delayMs = this.ctx.config.groupInitialRebalanceDelayMs;
      this.scheduleJoin(group, true, delayMs, Math.max(group.rebalanceTimeoutMs - delayMs, 0));
      return;
    }
    this.scheduleJoin(group, false, group.rebalanceTimeoutMs, 0);
    this.checkAndCompleteJoin(group);
  }

  private scheduleJoin(group: GroupMetadata, initial: boolean, delayMs: number, remainingMs: number): void {
    const label = `${initial ? 'initial-delayed-join' : 'delayed-join'} ${group.groupId}`;
    const timer = this.ctx.after(delayMs, label, () => this.onJoinTimer(group));
    group.pendingJoin = { initial, timer, delayMs, remainingMs };
  }

  private onJoinTimer(group: GroupMetadata): void {
    const op = group.pendingJoin;
    if (!op) return;
    group.pendingJoin = null;
    if (op.initial && group.newMemberAdded && op.remainingMs !== 0) {
      // InitialDelayedJoin.onComplete: someone joined during the delay, so wait once more (capped).
      group.newMemberAdded = false;
      const delayMs = Math.min(this.ctx.config.groupInitialRebalanceDelayMs, op.remainingMs);
      this.scheduleJoin(group, true, delayMs, Math.max(op.remainingMs - op.delayMs, 0));
      return;
    }
    this.onCompleteJoin(group);
  }

  /** DelayedJoin.tryComplete: done as soon as every known member has rejoined. */
  checkAndCompleteJoin(group: GroupMetadata): void {
    const op = group.pendingJoin;
    if (!op || op.initial || !group.hasAllMembersJoined) return;
    this.ctx.cancel(op.timer);
    group.pendingJoin = null;
    this.onCompleteJoin(group);
  }

  private onCompleteJoin(group: GroupMetadata): void {
    for (const member of [...group.members.values()]) {
      if (member.isAwaitingJoin || member.isStatic) continue;
      // Did not rejoin within the rebalance timeout.
      group.remove(member.memberId);
      this.core.cancelExpiration(group, member.memberId);
      this.ctx.emit({
        type: 'member-left',
        groupId: group.groupId,
        memberId: member.memberId,
        reason: 'session-timeout',
      });
    }
    if (group.is('Dead')) return;
    if (!group.maybeElectNewJoinedLeader() && group.size > 0) {
      // Nobody rejoined: wait another rebalance timeout for session expiry to clear the members.
      this.scheduleJoin(group, false, group.rebalanceTimeoutMs, 0);
      return;
    }
    const from = group.state;
    group.initNextGeneration(this.ctx.nowMs());
    const to = group.state;
    this.ctx.emit({
      type: 'group-state-changed',
      groupId: group.groupId,
      from,
      to,
      reason:
        to === 'Empty'
          ? `generation ${group.generationId} has no members`
          : `all members joined generation ${group.generationId}`,
    });
    if (group.is('Empty')) {
      // Failing to write the empty generation is harmless: a reload would expire the old members.
      this.core.storeGroup(group, new Map(), () => {});
      return;
    }
    for (const member of group.members.values()) {
      this.core.maybeInvokeJoin(member, this.core.joinResult(group, member.memberId));
      this.scheduleExpiration(group, member, member.sessionTimeoutMs);
      member.isNew = false;
      group.pendingSyncMembers.add(member.memberId);
    }
    this.schedulePendingSync(group);
  }

  private schedulePendingSync(group: GroupMetadata): void {
    const generationId = group.generationId;
    const timer = this.ctx.after(group.rebalanceTimeoutMs, `delayed-sync ${group.groupId}`, () =>
      this.onExpirePendingSync(group, generationId),
    );
    group.pendingSync = { timer, generationId };
  }

  /** DelayedSync.tryComplete: finished once every member synced or the generation moved on. */
  maybeCompleteSyncExpiration(group: GroupMetadata): void {
    const op = group.pendingSync;
    if (!op) return;
    const finished =
      op.generationId !== group.generationId ||
      group.is('Dead') ||
      group.is('Empty') ||
      group.is('PreparingRebalance') ||
      group.pendingSyncMembers.size === 0;
    if (!finished) return;
    this.ctx.cancel(op.timer);
    group.pendingSync = null;
  }

  removePendingSyncMember(group: GroupMetadata, memberId: string): void {
    group.pendingSyncMembers.delete(memberId);
    this.maybeCompleteSyncExpiration(group);
  }

  private removeSyncExpiration(group: GroupMetadata): void {
    group.pendingSyncMembers.clear();
    this.maybeCompleteSyncExpiration(group);
  }

  private onExpirePendingSync(group: GroupMetadata, generationId: number): void {
    group.pendingSync = null;
    if (generationId !== group.generationId) return;
    if (!group.is('CompletingRebalance') && !group.is('Stable')) return;
    if (group.pendingSyncMembers.size === 0) return;
    const missing = [...group.pendingSyncMembers];
    for (const memberId of missing) {
      group.remove(memberId);
      this.core.cancelExpiration(group, memberId);
      this.ctx.emit({ type: 'member-left', groupId: group.groupId, memberId, reason: 'session-timeout' });
    }
    this.prepareRebalance(group, `Removing ${missing.join(', ')} on pending sync request expiration`);
  }

  setAndPropagateAssignment(group: GroupMetadata, assignment: ReadonlyMap<string, Uint8Array>): void {
    for (const member of group.members.values())
      member.assignment = assignment.get(member.memberId) ?? new Uint8Array(0);
    this.propagateAssignment(group, 'NONE');
  }

  resetAndPropagateAssignmentError(group: GroupMetadata, error: ErrorName): void {
    for (const member of group.members.values()) member.assignment = new Uint8Array(0);
    this.propagateAssignment(group, error);
  }

  private propagateAssignment(group: GroupMetadata, error: ErrorName): void {
    for (const member of group.members.values()) {
      const response = this.core.syncResponse(error, error === 'NONE' ? member.assignment : undefined);
      // The session clock restarts once the member has its assignment: an expiry that fell while it
      // waited was ignored, and nothing else would schedule the next one.
      if (this.core.maybeInvokeSync(member, response))
        this.scheduleExpiration(group, member, member.sessionTimeoutMs);
    }
  }

  /** Restarts the member's expiry clock (`completeAndScheduleNextExpiration`). */
  scheduleExpiration(group: GroupMetadata, member: MemberMetadata, timeoutMs: number): void {
    const memberId = member.memberId;
    const timer = this.ctx.after(timeoutMs, `heartbeat-expiry ${group.groupId} ${memberId}`, () =>
      this.onExpireHeartbeat(group, memberId),
    );
    this.core.setExpiration(group, memberId, timer);
  }

  /** A member given an id by MEMBER_ID_REQUIRED must come back within its session timeout. */
  schedulePendingExpiration(group: GroupMetadata, memberId: string, timeoutMs: number): void {
    const timer = this.ctx.after(timeoutMs, `pending-member-expiry ${group.groupId} ${memberId}`, () => {
      group.expirationTimers.delete(memberId);
      if (group.is('Dead') || !group.pendingMembers.has(memberId)) return;
      this.removePendingMemberAndUpdateGroup(group, memberId);
    });
    this.core.setExpiration(group, memberId, timer);
  }

  private onExpireHeartbeat(group: GroupMetadata, memberId: string): void {
    group.expirationTimers.delete(memberId);
    if (group.is('Dead') || !group.has(memberId)) return;
    const member = group.get(memberId);
    // Parked in a rebalance: the rebalance timeout, not the session, decides (and nothing reschedules).
    if (member.satisfiesHeartbeatWhileWaiting) return;
    this.removeMemberAndUpdateGroup(
      group,
      member,
      'session-timeout',
      `removing member ${memberId} on heartbeat expiration`,
    );
  }

  removeMemberAndUpdateGroup(
    group: GroupMetadata,
    member: MemberMetadata,
    why: 'leave' | 'session-timeout',
    reason: string,
  ): void {
    // A new member may still have its first JoinGroup parked: answer it so the client retries.
    this.core.maybeInvokeJoin(member, this.core.joinError('', 'UNKNOWN_MEMBER_ID'));
    group.remove(member.memberId);
    this.core.cancelExpiration(group, member.memberId);
    this.ctx.emit({ type: 'member-left', groupId: group.groupId, memberId: member.memberId, reason: why });
    if (group.is('Stable') || group.is('CompletingRebalance')) this.maybePrepareRebalance(group, reason);
    else if (group.is('PreparingRebalance')) this.checkAndCompleteJoin(group);
  }

  removePendingMemberAndUpdateGroup(group: GroupMetadata, memberId: string): void {
    group.remove(memberId);
    this.core.cancelExpiration(group, memberId);
    if (group.is('PreparingRebalance')) this.checkAndCompleteJoin(group);
  }

  /** A group just loaded from the log: every member must heartbeat within its session timeout. */
  onGroupLoaded(group: GroupMetadata): void {
    for (const member of group.members.values())
      this.scheduleExpiration(group, member, member.sessionTimeoutMs);
  }

  /** This broker stopped leading the group's partition: fail parked requests with NOT_COORDINATOR. */
  onGroupUnloaded(group: GroupMetadata): void {
    const previous = group.state;
    this.core.transition(group, 'Dead', 'coordinator unloaded the group (leadership moved)');
    this.core.cancelAllTimers(group);
    for (const member of group.members.values()) {
      if (previous === 'PreparingRebalance') {
        this.core.maybeInvokeJoin(member, this.core.joinError(member.memberId, 'NOT_COORDINATOR'));
      } else if (previous === 'Stable' || previous === 'CompletingRebalance') {
        this.core.maybeInvokeSync(member, this.core.syncResponse('NOT_COORDINATOR'));
      }
    }
  }
}
