/**
 * The consumer's heartbeat thread (Kafka's `AbstractCoordinator.HeartbeatThread` + `Heartbeat`):
 * once a JoinGroup succeeds, a Heartbeat every `heartbeat.interval.ms` from the last send, one at a
 * time, `retry.backoff.ms` after a failure; the answers tell the member to rejoin or that it was fenced.
 */
import type { HeartbeatResponse } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import { sameGeneration } from './consumer-coordinator';
import type { GroupMembership } from './group-membership';
import type { Generation, MembershipHost } from './membership-types';

export class Heartbeater {
  private timer: Timer | null = null;
  private enabled = false;
  private due = false;
  private inFlight = false;
  private lastReceiveMs = 0;

  constructor(
    private readonly host: MembershipHost,
    private readonly member: GroupMembership,
  ) {}

  /** After a successful JoinGroup (`heartbeatThread.enable()` resets the timers). */
  enable(): void {
    this.enabled = true;
    this.lastReceiveMs = this.host.ctx.nowMs();
    this.schedule(this.host.config.heartbeatIntervalMs);
  }

  disable(): void {
    this.enabled = false;
    this.due = false;
    this.host.ctx.cancel(this.timer);
    this.timer = null;
  }

  /** Sends a due heartbeat once the coordinator is known. */
  poll(): void {
    if (!this.enabled || !this.due || this.inFlight) return;
    const { ctx, config, coordinator, groupId } = this.host;
    if (this.member.state !== 'stable' && this.member.state !== 'completing-rebalance') return;
    if (ctx.nowMs() - this.lastReceiveMs > config.sessionTimeoutMs) {
      // No answer for a whole session: assume the coordinator is gone and look for it again.
      coordinator.markCoordinatorUnknown();
      this.lastReceiveMs = ctx.nowMs();
      this.host.wake();
      return;
    }
    const node = coordinator.coordinatorId;
    if (node === null) return;
    this.due = false;
    this.inFlight = true;
    const sent = this.member.generation;
    ctx.request(
      node,
      { api: 'Heartbeat', groupId, generationId: sent.generationId, memberId: sent.memberId },
      config.requestTimeoutMs,
      (response) => this.onResponse(response, sent),
      () => {
        this.inFlight = false;
        if (!this.enabled) return;
        coordinator.markCoordinatorUnknown();
        this.schedule(config.retryBackoffMs);
        this.host.wake();
      },
    );
    this.schedule(config.heartbeatIntervalMs);
  }

  private schedule(delayMs: number): void {
    const { ctx } = this.host;
    ctx.cancel(this.timer);
    this.timer = ctx.after(delayMs, `heartbeat ${ctx.nodeId}`, () => {
      this.timer = null;
      this.due = true;
      this.poll();
    });
  }

  private onResponse(response: HeartbeatResponse, sent: Generation): void {
    this.inFlight = false;
    if (!this.enabled) return;
    const { coordinator } = this.host;
    switch (response.error) {
      case 'NONE':
        this.lastReceiveMs = this.host.ctx.nowMs();
        return;
      case 'REBALANCE_IN_PROGRESS':
        this.lastReceiveMs = this.host.ctx.nowMs();
        // Only a stable member rejoins; one already rebalancing ignores it.
        if (this.member.state === 'stable') this.member.requestRejoin();
        return;
      case 'UNKNOWN_MEMBER_ID':
      case 'ILLEGAL_GENERATION':
        // A stale heartbeat's error means nothing for the generation that replaced it.
        if (!sameGeneration(sent, this.member.generation)) return;
        this.member.resetState(response.error === 'UNKNOWN_MEMBER_ID');
        this.member.requestRejoin();
        return;
      case 'NOT_COORDINATOR':
      case 'COORDINATOR_NOT_AVAILABLE':
        coordinator.markCoordinatorUnknown();
        this.schedule(this.host.config.retryBackoffMs);
        this.host.wake();
        return;
      default:
        this.schedule(this.host.config.retryBackoffMs);
    }
  }
}
