/**
 * One partition replica on one broker (Kafka's `Partition` + `Replica`): its log, its role, and — when
 * it leads — what it knows of each follower: their LEOs, when each last caught up, the ISR, the high
 * watermark (§5.2–§5.7). The broker feeds it requests; it never sends anything itself, but asks its
 * host to (AlterPartition to the controller) and tells the host when waiting requests may complete.
 */
import { RECORD_BATCH_OVERHEAD, readBatchHeader } from '../codec';
import { type Log, type LogAppendResult, LogError } from '../log';
import { KafkaError } from './errors';
import type { EmitEvent } from './events';
import type { PartitionState } from './protocol';

export interface FollowerState {
  readonly brokerId: number;
  /** −1 until the follower's first fetch since this broker became leader. */
  logEndOffset: number;
  lastFetchTimeMs: number;
  /** The leader's LEO when that fetch arrived (for the "caught up at previous fetch" rule, §5.4). */
  lastFetchLeaderLogEndOffset: number;
  lastCaughtUpTimeMs: number;
}

export interface PartitionHost {
  readonly brokerId: number;
  nowMs(): number;
  emit: EmitEvent;
  replicaLagTimeMaxMs(): number;
  /** Effective topic settings (broker defaults overlaid with topic overrides). */
  minInsyncReplicas(topic: string): number;
  /** Whether a broker is alive as far as this broker's metadata cache knows (ISR expansion, §5.5). */
  isBrokerAlive(brokerId: number): boolean;
  /** A leader partition may now need the periodic ISR check (see {@link Partition.isrQuiet}). */
  isrCheckNeeded(): void;
  /** Sends an AlterPartition for `newIsr` to the controller. */
  proposeIsr(partition: Partition, newIsr: readonly number[]): void;
  /** The high watermark moved or the role changed: waiting produces and fetches may complete. */
  partitionChanged(partition: Partition): void;
}

export class Partition {
  leaderId = -1;
  leaderEpoch = -1;
  partitionEpoch = -1;
  replicas: readonly number[] = [];
  isr: readonly number[] = [];
  /** The ISR proposed to the controller and not yet answered (one change in flight, §5.5). */
  pendingIsr: readonly number[] | null = null;
  /** First offset written in the current leader epoch (ISR expansion needs followers past it). */
  leaderEpochStartOffset = -1;
  private readonly followers = new Map<number, FollowerState>();

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly log: Log,
    private readonly host: PartitionHost,
  ) {}

  get key(): string {
    return `${this.topic}-${this.partition}`;
  }

  isLeader(): boolean {
    return this.leaderId === this.host.brokerId;
  }

  followerStates(): readonly FollowerState[] {
    return [...this.followers.values()];
  }

  /** The ISR the HW is computed over: the committed one plus pending additions (Kafka's maximal ISR). */
  maximalIsr(): readonly number[] {
    if (!this.pendingIsr) return this.isr;
    const union = new Set([...this.isr, ...this.pendingIsr]);
    return [...union];
  }

  /** LeaderAndIsr made this broker the leader (Kafka's `makeLeader`). */
  makeLeader(state: PartitionState): void {
    const nowMs = this.host.nowMs();
    const isNewLeader = !this.isLeader();
    const epochChanged = state.leaderEpoch !== this.leaderEpoch;
    this.applyState(state);
    if (isNewLeader || epochChanged) {
      // Kafka's makeLeader: the new epoch starts at the current LEO (the epoch cache and the
      // "follower must reach the epoch start before joining the ISR" rule both use it).
      this.log.maybeAssignEpochStartOffset(state.leaderEpoch, this.log.logEndOffset);
      this.leaderEpochStartOffset = this.log.logEndOffset;
    }
    if (isNewLeader) this.followers.clear();
    for (const id of [...this.followers.keys()]) if (!state.replicas.includes(id)) this.followers.delete(id);
    for (const id of state.replicas) {
      if (id === this.host.brokerId || this.followers.has(id)) continue;
      this.followers.set(id, {
        brokerId: id,
        logEndOffset: -1,
        lastFetchTimeMs: 0,
        lastFetchLeaderLogEndOffset: -1,
        // A new leader trusts the ISR it was given for one lag period (Kafka's resetReplicaState).
        lastCaughtUpTimeMs: state.isr.includes(id) ? nowMs : 0,
      });
    }
    this.maybeIncrementHighWatermark();
    this.host.isrCheckNeeded();
    this.host.partitionChanged(this);
  }

  /** LeaderAndIsr made this broker a follower of `state.leader` (or of nobody, leader −1). */
  makeFollower(state: PartitionState): void {
    this.applyState(state);
    this.followers.clear();
    this.leaderEpochStartOffset = -1;
    this.host.partitionChanged(this);
  }

  /** An AlterPartition answer (or an UpdateMetadata-free ISR change) from the controller. */
  applyIsrChange(isr: readonly number[], partitionEpoch: number): void {
    this.pendingIsr = null;
    this.isr = isr;
    this.partitionEpoch = partitionEpoch;
    this.maybeIncrementHighWatermark();
    this.host.partitionChanged(this);
  }

  private applyState(state: PartitionState): void {
    this.leaderId = state.leader;
    this.leaderEpoch = state.leaderEpoch;
    this.partitionEpoch = state.partitionEpoch;
    this.replicas = state.replicas;
    this.isr = state.isr;
    this.pendingIsr = null;
  }

  /** The ISR size acks=all needs: `min(min.insync.replicas, replication factor)` since 3.7 (§5.3). */
  effectiveMinIsr(): number {
    return Math.min(this.host.minInsyncReplicas(this.topic), this.replicas.length);
  }

  /** Produce as leader: the checks of `appendRecordsToLeader`, then the append (§5.7). */
  appendRecordsToLeader(bytes: Uint8Array, acks: 0 | 1 | -1) {
    if (!this.isLeader())
      throw new KafkaError('NOT_LEADER_OR_FOLLOWER', notLeaderMessage(this.key, this.host.brokerId));
    if (acks === -1 && this.isr.length < this.effectiveMinIsr()) {
      throw new KafkaError(
        'NOT_ENOUGH_REPLICAS',
        `The size of the current ISR Set(${this.isr.join(', ')}) is insufficient to satisfy the min.isr requirement of ${this.effectiveMinIsr()} for partition ${this.key}`,
      );
    }
    const duplicate = this.checkProducerSequence(bytes);
    if (duplicate) return duplicate;
    try {
      const result = this.log.appendAsLeader(bytes, {
        leaderEpoch: this.leaderEpoch,
        nowMs: this.host.nowMs(),
      });
      this.maybeIncrementHighWatermark();
      // The followers are behind now: the isr-expiration task, asleep while all were caught up, must run.
      if (this.isr.length > 1) this.host.isrCheckNeeded();
      return result;
    } catch (e) {
      if (e instanceof LogError) throw new KafkaError(e.code, e.message);
      throw e;
    }
  }

  /**
   * The idempotent producer's sequence check (`ProducerAppendInfo.checkSequence`, §7.5): a retry of the
   * producer's last batch is answered with that batch's offsets and not appended again; a gap or an old
   * epoch is refused. Returns the duplicate's result, or null to go on with the append.
   */
  private checkProducerSequence(bytes: Uint8Array): (LogAppendResult & { duplicate: true }) | null {
    if (bytes.length < RECORD_BATCH_OVERHEAD) return null;
    const header = readBatchHeader(bytes, 0);
    if (header.producerId < 0) return null;
    const entry = this.log.producerStateManager.activeProducers().get(header.producerId);
    const firstSeq = header.baseSequence;
    const lastSeq = firstSeq + header.lastOffsetDelta;
    const outOfOrder = (expected: string) =>
      new KafkaError(
        'OUT_OF_ORDER_SEQUENCE_NUMBER',
        `Out of order sequence number for producer ${header.producerId} at offset ${this.log.logEndOffset} in partition ${this.key}: ${firstSeq} (incoming seq. number), ${expected} (current end sequence number)`,
      );
    if (!entry) {
      if (firstSeq !== 0) throw outOfOrder('-1');
      return null;
    }
    if (header.producerEpoch < entry.producerEpoch) {
      throw new KafkaError(
        'INVALID_PRODUCER_EPOCH',
        `Epoch of producer ${header.producerId} at offset ${this.log.logEndOffset} in ${this.key} is ${header.producerEpoch}, which is smaller than the last seen epoch ${entry.producerEpoch}`,
      );
    }
    if (header.producerEpoch > entry.producerEpoch) {
      if (firstSeq !== 0) throw outOfOrder(String(entry.lastSequence));
      return null;
    }
    const entryFirstSeq = entry.lastSequence - entry.offsetDelta;
    if (firstSeq === entryFirstSeq && lastSeq === entry.lastSequence) {
      const baseOffset = entry.lastOffset - entry.offsetDelta;
      return {
        baseOffset,
        lastOffset: entry.lastOffset,
        logAppendTime: -1,
        maxTimestamp: entry.timestamp,
        sizeInBytes: 0,
        recordCount: header.lastOffsetDelta + 1,
        logStartOffset: this.log.logStartOffset,
        segmentBaseOffset: this.log.activeSegment.baseOffset,
        rolled: null,
        duplicate: true,
      };
    }
    if (firstSeq !== entry.lastSequence + 1) throw outOfOrder(String(entry.lastSequence));
    return null;
  }

  /**
   * A follower's fetch arrived (Kafka's `updateFollowerFetchState`): record its LEO and when it was
   * last caught up (§5.4), then try to expand the ISR (§5.5) and advance the HW (§5.3).
   */
  updateFollowerFetchState(followerId: number, fetchOffset: number): void {
    const follower = this.followers.get(followerId);
    if (!follower) return;
    const nowMs = this.host.nowMs();
    const leaderEnd = this.log.logEndOffset;
    if (fetchOffset >= leaderEnd) follower.lastCaughtUpTimeMs = Math.max(follower.lastCaughtUpTimeMs, nowMs);
    else if (fetchOffset >= follower.lastFetchLeaderLogEndOffset)
      follower.lastCaughtUpTimeMs = Math.max(follower.lastCaughtUpTimeMs, follower.lastFetchTimeMs);
    follower.logEndOffset = fetchOffset;
    follower.lastFetchLeaderLogEndOffset = leaderEnd;
    follower.lastFetchTimeMs = nowMs;
    this.maybeExpandIsr(follower);
    this.maybeIncrementHighWatermark();
  }

  /** Caught up: at the leader's LEO, or caught up within `replica.lag.time.max.ms` (§5.4). */
  isFollowerInSync(follower: FollowerState, nowMs: number): boolean {
    return (
      follower.logEndOffset === this.log.logEndOffset ||
      nowMs - follower.lastCaughtUpTimeMs <= this.host.replicaLagTimeMaxMs()
    );
  }

  private maybeExpandIsr(follower: FollowerState): void {
    if (this.pendingIsr !== null || this.isr.includes(follower.brokerId)) return;
    if (follower.logEndOffset < this.log.highWatermark) return;
    if (follower.logEndOffset < this.leaderEpochStartOffset) return;
    if (!this.host.isBrokerAlive(follower.brokerId)) return;
    this.pendingIsr = [...this.isr, follower.brokerId];
    this.host.proposeIsr(this, this.pendingIsr);
  }

  /** The periodic ISR check (every replica.lag.time.max.ms / 2): drop followers that are not caught up. */
  maybeShrinkIsr(): void {
    if (!this.isLeader() || this.pendingIsr !== null) return;
    const nowMs = this.host.nowMs();
    const outOfSync = this.isr.filter((id) => {
      if (id === this.host.brokerId) return false;
      const follower = this.followers.get(id);
      return !follower || !this.isFollowerInSync(follower, nowMs);
    });
    if (outOfSync.length === 0) return;
    const newIsr = this.isr.filter((id) => !outOfSync.includes(id));
    this.pendingIsr = newIsr;
    this.host.proposeIsr(this, newIsr);
  }

  /**
   * Nothing for the periodic ISR check to do until the next append: every ISR follower is at the
   * leader's LEO (so it is in sync whatever the time) and no change is in flight.
   */
  isrQuiet(): boolean {
    if (!this.isLeader()) return true;
    if (this.pendingIsr !== null) return false;
    const end = this.log.logEndOffset;
    for (const id of this.isr) {
      if (id === this.host.brokerId) continue;
      if (this.followers.get(id)?.logEndOffset !== end) return false;
    }
    return true;
  }

  /** Milliseconds since each ISR follower last caught up (for the shrink event's "why"). */
  lagMs(brokerId: number): number | null {
    const follower = this.followers.get(brokerId);
    return follower ? this.host.nowMs() - follower.lastCaughtUpTimeMs : null;
  }

  /**
   * §5.3: HW = min LEO over the (maximal) ISR and caught-up followers, frozen while the ISR is below the
   * effective min ISR; it never decreases on a leader.
   */
  maybeIncrementHighWatermark(): boolean {
    if (!this.isLeader()) return false;
    if (this.isr.length < this.effectiveMinIsr()) return false;
    let candidate = this.log.logEndOffset;
    const maximal = this.maximalIsr();
    for (const follower of this.followers.values()) {
      if (follower.logEndOffset >= candidate) continue;
      // Followers about to join are in the pending ISR already (maybeExpandIsr proposes at once).
      if (maximal.includes(follower.brokerId)) candidate = Math.max(follower.logEndOffset, 0);
    }
    const before = this.log.highWatermark;
    if (candidate <= before) return false;
    this.log.maybeIncrementHighWatermark(candidate);
    const after = this.log.highWatermark;
    if (after === before) return false;
    this.host.emit({
      type: 'high-watermark-advanced',
      broker: this.host.brokerId,
      topic: this.topic,
      partition: this.partition,
      from: before,
      to: after,
    });
    this.host.partitionChanged(this);
    return true;
  }
}

export function notLeaderMessage(partition: string, brokerId: number): string {
  return `Leader not local for partition ${partition} on broker ${brokerId}`;
}
