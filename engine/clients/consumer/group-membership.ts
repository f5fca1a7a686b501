/**
 * The consumer's side of the classic rebalance protocol (Kafka's `AbstractCoordinator` +
 * `ConsumerCoordinator`, KAFKA-REFERENCE §8.2): JoinGroup (retrying with the id MEMBER_ID_REQUIRED
 * gives), the leader running the assignor, SyncGroup, heartbeats from a timer, and rejoining when the
 * coordinator says REBALANCE_IN_PROGRESS — committing first with auto-commit, revoking everything
 * (eager) or only what moves (cooperative).
 */
import type { ErrorName } from '../../cluster/errors';
import type { JoinGroupResponse, SyncGroupResponse, TopicPartition } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import { type CommitGeneration, type MembershipHooks, sameGeneration } from './consumer-coordinator';
import { Heartbeater } from './heartbeater';
import { type GroupAssignmentList, LeaderAssignment } from './leader-assignment';
import {
  type Generation,
  JOIN_GROUP_TIMEOUT_LAPSE_MS,
  type MemberState,
  type MembershipHost,
  NO_GENERATION,
} from './membership-types';
import { applyAssignment, revokeBeforeRejoin } from './rebalance-partitions';

export class GroupMembership implements MembershipHooks {
  state: MemberState = 'unjoined';
  generation: Generation = NO_GENERATION;
  /** Eager unless every configured assignor is cooperative (`ConsumerCoordinator`'s protocol choice). */
  readonly cooperative: boolean;
  private rejoinNeeded = true;
  private needsJoinPrepare = true;
  private joinRetryTimer: Timer | null = null;
  private prepareCommit: 'idle' | 'in-flight' | 'done' = 'idle';
  private prepareRound = 0;
  private requestSeq = 0;
  private joinedSubscription: readonly string[] | null = null;
  private readonly leader: LeaderAssignment;
  private readonly heartbeater: Heartbeater;
  private fatal = false;
  private closed = false;

  constructor(private readonly host: MembershipHost) {
    this.cooperative = host.config.partitionAssignmentStrategy.every((n) => n === 'cooperative-sticky');
    this.heartbeater = new Heartbeater(host, this);
    this.leader = new LeaderAssignment(host.config, host.metadata);
  }

  /** Every member's topics when this member leads (the leader needs their metadata). */
  get groupTopics(): readonly string[] {
    return this.leader.groupTopics;
  }

  private get ctx() {
    return this.host.ctx;
  }

  requestRejoin(): void {
    this.rejoinNeeded = true;
    this.host.wake();
  }

  /** One turn of `joinGroupIfNeeded`, run whenever something changed. */
  poll(): void {
    const { subscriptions, coordinator } = this.host;
    if (this.closed || this.fatal || subscriptions.type !== 'auto') return;
    this.checkForRejoinTriggers();
    this.maybeCompleteLeaderAssignment();
    this.heartbeater.poll();
    if (!this.rejoinNeeded || this.state === 'preparing-rebalance' || this.state === 'completing-rebalance')
      return;
    if (this.joinRetryTimer !== null || coordinator.coordinatorId === null) return;
    if (this.needsJoinPrepare) {
      if (!this.onJoinPrepare()) return;
      this.needsJoinPrepare = false;
    }
    this.sendJoinGroup();
  }

  private checkForRejoinTriggers(): void {
    const sub = this.host.subscriptions.subscription;
    if (this.joinedSubscription !== null && this.joinedSubscription.join('\u0000') !== sub.join('\u0000')) {
      this.rejoinNeeded = true;
    }
    if (this.state === 'stable' && this.leader.metadataChanged()) this.rejoinNeeded = true;
  }

  /** Commit (auto-commit) and revoke before rejoining; false while the commit is still out. */
  private onJoinPrepare(): boolean {
    const { config, subscriptions, coordinator } = this.host;
    if (config.enableAutoCommit && this.state === 'stable' && this.prepareCommit !== 'done') {
      if (this.prepareCommit === 'idle') {
        this.prepareCommit = 'in-flight';
        const round = ++this.prepareRound;
        coordinator.commit({
          offsets: subscriptions.allConsumed(),
          retryUntilMs: this.ctx.nowMs() + config.maxPollIntervalMs,
          onDone: () => {
            // A commit from an abandoned preparation must not stand in for the next one.
            if (round !== this.prepareRound) return;
            this.prepareCommit = 'done';
            this.host.wake();
          },
        });
      }
      return false;
    }
    this.prepareCommit = 'idle';
    this.prepareRound++;
    const generationValid = this.generation.generationId !== -1 && this.generation.memberId !== '';
    if (revokeBeforeRejoin(subscriptions, { cooperative: this.cooperative, generationValid })) {
      this.host.onPartitionsRevoked();
    }
    return true;
  }

  private sendJoinGroup(): void {
    const { config, subscriptions, coordinator, groupId } = this.host;
    this.state = 'preparing-rebalance';
    const seq = ++this.requestSeq;
    const sent = this.generation;
    const metadata = {
      topics: [...subscriptions.subscription],
      ownedPartitions: subscriptions.assignedPartitions(),
      generationId: this.generation.generationId,
    };
    this.ctx.request(
      coordinator.coordinatorId as number,
      {
        api: 'JoinGroup',
        groupId,
        sessionTimeoutMs: config.sessionTimeoutMs,
        rebalanceTimeoutMs: config.maxPollIntervalMs,
        memberId: this.generation.memberId,
        groupInstanceId: config.groupInstanceId,
        clientId: config.clientId,
        clientHost: this.ctx.host,
        protocolType: 'consumer',
        protocols: config.partitionAssignmentStrategy.map((name) => ({ name, metadata })),
      },
      Math.max(config.requestTimeoutMs, config.maxPollIntervalMs + JOIN_GROUP_TIMEOUT_LAPSE_MS),
      (response) => {
        if (!this.closed && seq === this.requestSeq) this.onJoinResponse(response, sent);
      },
      () => {
        if (!this.closed && seq === this.requestSeq) this.failRound(true);
      },
    );
  }

  private onJoinResponse(response: JoinGroupResponse, sent: Generation): void {
    switch (response.error) {
      case 'NONE':
        this.state = 'completing-rebalance';
        this.generation = {
          generationId: response.generationId,
          memberId: response.memberId,
          protocolName: response.protocolName,
        };
        this.heartbeater.enable();
        if (response.leader === response.memberId) {
          this.leader.elected(response, this.host.subscriptions.subscription);
          this.host.wake();
          return;
        }
        this.leader.follower();
        this.sendSyncGroup([]);
        return;
      case 'MEMBER_ID_REQUIRED':
        // Rejoin at once with the id the coordinator chose.
        this.generation = { generationId: -1, memberId: response.memberId, protocolName: null };
        this.state = 'unjoined';
        this.requestRejoin();
        return;
      case 'UNKNOWN_MEMBER_ID':
      case 'ILLEGAL_GENERATION':
        if (sameGeneration(sent, this.generation)) this.resetState(true);
        else this.state = 'unjoined';
        this.requestRejoin();
        return;
      case 'REBALANCE_IN_PROGRESS':
        this.state = 'unjoined';
        this.requestRejoin();
        return;
      case 'NOT_COORDINATOR':
      case 'COORDINATOR_NOT_AVAILABLE':
        this.failRound(true);
        return;
      case 'COORDINATOR_LOAD_IN_PROGRESS':
        this.failRound(false);
        return;
      default:
        this.fatal = true;
        this.state = 'unjoined';
        this.host.onFatalError(response.error, `JoinGroup failed: ${response.error}`);
    }
  }

  /** A join or sync round failed in a way that needs backoff (and maybe a new coordinator). */
  private failRound(coordinatorLost: boolean): void {
    if (coordinatorLost) this.host.coordinator.markCoordinatorUnknown();
    this.state = 'unjoined';
    this.rejoinNeeded = true;
    this.joinRetryTimer = this.ctx.after(
      this.host.config.retryBackoffMs,
      `join-retry ${this.ctx.nodeId}`,
      () => {
        this.joinRetryTimer = null;
        this.host.wake();
      },
    );
    this.host.wake();
  }

  private maybeCompleteLeaderAssignment(): void {
    if (this.state !== 'completing-rebalance') return;
    let assignments: GroupAssignmentList | null;
    try {
      assignments = this.leader.tryAssign(this.generation.generationId);
    } catch (e) {
      this.fatal = true;
      this.host.onFatalError('INCONSISTENT_GROUP_PROTOCOL', (e as Error).message);
      return;
    }
    if (assignments) this.sendSyncGroup(assignments);
  }

  private sendSyncGroup(assignments: GroupAssignmentList): void {
    const { config, coordinator, groupId } = this.host;
    const seq = ++this.requestSeq;
    const sent = this.generation;
    this.ctx.request(
      coordinator.coordinatorId as number,
      {
        api: 'SyncGroup',
        groupId,
        generationId: sent.generationId,
        memberId: sent.memberId,
        groupInstanceId: config.groupInstanceId,
        assignments,
      },
      config.requestTimeoutMs,
      (response) => {
        if (!this.closed && seq === this.requestSeq) this.onSyncResponse(response, sent);
      },
      () => {
        if (!this.closed && seq === this.requestSeq) this.failRound(true);
      },
    );
  }

  private onSyncResponse(response: SyncGroupResponse, sent: Generation): void {
    switch (response.error) {
      case 'NONE':
        if (this.state !== 'completing-rebalance' || !sameGeneration(sent, this.generation)) {
          this.state = 'unjoined';
          this.requestRejoin();
          return;
        }
        this.state = 'stable';
        this.rejoinNeeded = false;
        this.onJoinComplete(response.assignment);
        return;
      case 'REBALANCE_IN_PROGRESS':
        this.state = 'unjoined';
        this.requestRejoin();
        return;
      case 'UNKNOWN_MEMBER_ID':
      case 'ILLEGAL_GENERATION':
        if (sameGeneration(sent, this.generation)) this.resetState(response.error === 'UNKNOWN_MEMBER_ID');
        else this.state = 'unjoined';
        this.requestRejoin();
        return;
      case 'NOT_COORDINATOR':
      case 'COORDINATOR_NOT_AVAILABLE':
        this.failRound(true);
        return;
      default:
        this.fatal = true;
        this.host.onFatalError(response.error, `SyncGroup failed: ${response.error}`);
    }
  }

  private onJoinComplete(assigned: readonly TopicPartition[]): void {
    const { subscriptions } = this.host;
    const outcome = applyAssignment(subscriptions, assigned);
    if (outcome.mismatch) {
      // Subscribed to something else since joining: rejoin with the current subscription.
      this.requestRejoin();
      return;
    }
    // Cooperative: partitions moving elsewhere are revoked now and handed over in a follow-up rebalance.
    if (this.cooperative && outcome.revoked > 0) this.rejoinNeeded = true;
    if (outcome.revoked > 0) this.host.onPartitionsRevoked();
    this.joinedSubscription = [...subscriptions.subscription];
    this.needsJoinPrepare = true;
    this.host.onJoinComplete();
    this.host.wake();
  }

  /** `resetStateAndRejoin`: back to no generation (keeping the member id unless told otherwise). */
  resetState(resetMemberId: boolean): void {
    this.state = 'unjoined';
    this.generation = resetMemberId
      ? NO_GENERATION
      : { ...NO_GENERATION, memberId: this.generation.memberId };
    this.rejoinNeeded = true;
    this.needsJoinPrepare = true;
    this.leader.clear();
    this.heartbeater.disable();
  }

  commitGeneration(): CommitGeneration | ErrorName {
    if (this.state === 'stable') return this.generation;
    return this.state === 'unjoined' ? 'UNKNOWN_MEMBER_ID' : 'REBALANCE_IN_PROGRESS';
  }

  onCommitRejected(error: ErrorName, sent: CommitGeneration): void {
    if (error === 'REBALANCE_IN_PROGRESS') {
      this.requestRejoin();
      return;
    }
    if (sameGeneration(sent, this.generation)) this.resetState(true);
    this.host.wake();
  }

  /** `maybeLeaveGroup`: dynamic members that joined send LeaveGroup; `done` runs after the answer. */
  leaveGroup(done: () => void): void {
    const { coordinator, config, groupId } = this.host;
    const member = this.generation.memberId;
    const canLeave =
      config.groupInstanceId === null &&
      coordinator.coordinatorId !== null &&
      this.state !== 'unjoined' &&
      member !== '';
    this.resetState(true);
    this.close();
    if (!canLeave) {
      done();
      return;
    }
    this.ctx.request(
      coordinator.coordinatorId as number,
      { api: 'LeaveGroup', groupId, memberId: member },
      config.requestTimeoutMs,
      () => done(),
      () => done(),
    );
  }

  close(): void {
    this.closed = true;
    this.heartbeater.disable();
    this.ctx.cancel(this.joinRetryTimer);
    this.joinRetryTimer = null;
  }
}
