/**
 * The follower side of replication (Kafka's `ReplicaFetcherThread`, §5.2 and §5.8): one fetcher per
 * leader broker, one Fetch in flight at a time covering every partition this broker follows there.
 * Each response's batches are appended unchanged; the follower's HW becomes min(leader HW, own LEO);
 * a diverging epoch truncates the log first.
 */
import type { Timer } from '../sim/scheduler';
import type { EmitEvent } from './events';
import type { Partition } from './partition';
import type { FetchPartitionResponse, FetchRequest, FetchResponse } from './protocol';
import type { RpcFailure } from './rpc';

export interface FetcherHost {
  readonly brokerId: number;
  nowMs(): number;
  after(delayMs: number, label: string, action: () => void): Timer;
  cancel(timer: Timer | null | undefined): void;
  emit: EmitEvent;
  replicaFetchWaitMaxMs(): number;
  replicaFetchMaxBytes(): number;
  replicaFetchResponseMaxBytes(): number;
  replicaFetchBackoffMs(): number;
  replicaSocketTimeoutMs(): number;
  fetch(
    leaderId: number,
    request: FetchRequest,
    timeoutMs: number,
    onResponse: (response: FetchResponse) => void,
    onFailure: (reason: RpcFailure) => void,
  ): void;
  /** Log events (roll, truncation) happened: let the broker publish them. */
  logChanged(partition: Partition): void;
}

export class ReplicaFetcher {
  private readonly partitions = new Map<string, Partition>();
  private inFlight = false;
  /** Bumped when the in-flight fetch is abandoned; its late answer is then ignored. */
  private generation = 0;
  private backoff: Timer | null = null;
  private stopped = false;

  constructor(
    readonly leaderId: number,
    private readonly host: FetcherHost,
  ) {}

  add(partition: Partition): void {
    this.partitions.set(partition.key, partition);
    // A fetch already parked at the leader does not cover this partition and may be held there for a
    // while: ask again now with the full set (the leader drops the parked one, as a new fetch session would).
    if (this.inFlight) {
      this.generation++;
      this.inFlight = false;
    }
    this.maybeFetch();
  }

  remove(partition: Partition): void {
    this.partitions.delete(partition.key);
  }

  isEmpty(): boolean {
    return this.partitions.size === 0;
  }

  stop(): void {
    this.stopped = true;
    this.host.cancel(this.backoff);
  }

  private maybeFetch(): void {
    if (this.stopped || this.inFlight || this.backoff !== null || this.partitions.size === 0) return;
    const partitions = [...this.partitions.values()].map((p) => {
      const log = p.log;
      return {
        topic: p.topic,
        partition: p.partition,
        fetchOffset: log.logEndOffset,
        currentLeaderEpoch: p.leaderEpoch,
        lastFetchedEpoch: log.latestEpoch() ?? -1,
        logStartOffset: log.logStartOffset,
        partitionMaxBytes: this.host.replicaFetchMaxBytes(),
        knownHighWatermark: log.highWatermark,
      };
    });
    const request: FetchRequest = {
      api: 'Fetch',
      replicaId: this.host.brokerId,
      maxWaitMs: this.host.replicaFetchWaitMaxMs(),
      minBytes: 1,
      maxBytes: this.host.replicaFetchResponseMaxBytes(),
      partitions,
    };
    this.inFlight = true;
    const generation = this.generation;
    this.host.fetch(
      this.leaderId,
      request,
      this.host.replicaSocketTimeoutMs(),
      (response) => {
        if (generation === this.generation) this.onResponse(response);
      },
      () => {
        if (generation === this.generation) this.onFailure();
      },
    );
  }

  private onResponse(response: FetchResponse): void {
    this.inFlight = false;
    if (this.stopped) return;
    let failed = false;
    for (const data of response.partitions) {
      const partition = this.partitions.get(`${data.topic}-${data.partition}`);
      if (!partition) continue;
      if (!this.applyPartition(partition, data)) failed = true;
    }
    if (failed) this.backOff();
    else this.maybeFetch();
  }

  private onFailure(): void {
    this.inFlight = false;
    if (this.stopped) return;
    this.backOff();
  }

  private backOff(): void {
    this.host.cancel(this.backoff);
    this.backoff = this.host.after(this.host.replicaFetchBackoffMs(), 'replica fetch backoff', () => {
      this.backoff = null;
      this.maybeFetch();
    });
  }

  /** Returns false on an error that calls for a backoff. */
  private applyPartition(partition: Partition, data: FetchPartitionResponse): boolean {
    const log = partition.log;
    const nowMs = this.host.nowMs();
    if (data.error === 'OFFSET_OUT_OF_RANGE') {
      // §5.8: below the leader's log start → start over there; otherwise the leader has less than
      // us (an unclean election): keep only what it has committed.
      const from = log.logEndOffset;
      if (from < data.logStartOffset) log.truncateFullyAndStartAt(data.logStartOffset, nowMs);
      else log.truncateTo(Math.max(data.highWatermark, log.logStartOffset), nowMs);
      this.emitTruncation(partition, from, 'above-leader-end');
      return true;
    }
    if (data.error !== 'NONE') return false;
    if (data.divergingEpoch) {
      const from = log.logEndOffset;
      const local = log.endOffsetForEpoch(data.divergingEpoch.epoch);
      const target = Math.min(
        data.divergingEpoch.endOffset,
        local.startOffset < 0 ? from : local.startOffset,
        from,
      );
      log.truncateTo(Math.max(target, log.logStartOffset), nowMs);
      if (log.highWatermark > log.logEndOffset) log.updateHighWatermark(log.logEndOffset);
      this.emitTruncation(partition, from, 'diverging-epoch');
      return true;
    }
    if (data.records.length > 0) {
      const result = log.appendAsFollower(data.records, { nowMs });
      this.host.emit({
        type: 'records-appended',
        broker: this.host.brokerId,
        topic: partition.topic,
        partition: partition.partition,
        baseOffset: result.baseOffset,
        lastOffset: result.lastOffset,
        leaderEpoch: partition.leaderEpoch,
        origin: 'follower',
      });
    }
    const hwBefore = log.highWatermark;
    log.updateHighWatermark(Math.min(data.highWatermark, log.logEndOffset));
    if (log.highWatermark !== hwBefore) {
      this.host.emit({
        type: 'high-watermark-advanced',
        broker: this.host.brokerId,
        topic: partition.topic,
        partition: partition.partition,
        from: hwBefore,
        to: log.highWatermark,
      });
    }
    if (data.logStartOffset > log.logStartOffset)
      log.maybeIncrementLogStartOffset(data.logStartOffset, 'leader offset incremented');
    this.host.logChanged(partition);
    return true;
  }

  private emitTruncation(
    partition: Partition,
    from: number,
    cause: 'diverging-epoch' | 'above-leader-end',
  ): void {
    this.host.emit({
      type: 'log-truncated',
      broker: this.host.brokerId,
      topic: partition.topic,
      partition: partition.partition,
      fromLogEndOffset: from,
      toOffset: partition.log.logEndOffset,
      cause,
    });
    this.host.logChanged(partition);
  }
}
