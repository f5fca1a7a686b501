/**
 * The leader side of Fetch (Kafka's `ReplicaManager.fetchMessages` + `DelayedFetch`) for followers and
 * consumers alike. A fetch that finds nothing new is parked and completed as soon as there is data for
 * it (§5.2: "completed early as soon as new data is appended").
 *
 * One simulator rule differs on purpose: Kafka answers an idle fetch every `replica.fetch.wait.max.ms`
 * (500 ms) with an empty response and the fetcher asks again at once. Those empty round trips change
 * nothing a student can see when the fetcher already knows everything the leader would tell it, and
 * they would cost two million events per broker pair for a 7-day fast-forward. So an idle fetch is held
 * until there is news — data, a high watermark or log start offset the fetcher has not seen, a
 * leadership change — answered at its `maxWaitMs` deadline when the news is only a new high
 * watermark. A fetcher whose request or answer is lost, or whose leader dies, still notices exactly as
 * it would in Kafka — by its request timeout or a reset connection (rpc.ts).
 */
import { LogError, type LogReadResult } from '../log';
import type { Timer } from '../sim/scheduler';
import type { ErrorName } from './errors';
import type { Partition } from './partition';
import type { FetchPartition, FetchPartitionResponse, FetchRequest, FetchResponse } from './protocol';

export interface FetchHost {
  readonly brokerId: number;
  nowMs(): number;
  after(delayMs: number, label: string, action: () => void): Timer;
  cancel(timer: Timer | null | undefined): void;
  partition(topic: string, partition: number): Partition | undefined;
  respond(to: string, correlationId: number, body: FetchResponse): void;
  onFollowerFetched(partition: Partition, followerId: number, fetchOffset: number, records: number): void;
  /** Every log read answered to a fetcher (metrics and the page cache model count it). */
  onFetchRead(partition: Partition, fromFollower: boolean, read: LogReadResult): void;
}

interface ParkedFetch {
  readonly from: string;
  readonly correlationId: number;
  readonly request: FetchRequest;
  readonly arrivedMs: number;
  timer: Timer | null;
  dueMs: number;
}

export class FetchHandler {
  private readonly parkedByPartition = new Map<string, Set<ParkedFetch>>();

  constructor(private readonly host: FetchHost) {}

  handle(from: string, correlationId: number, request: FetchRequest): void {
    const isFollower = request.replicaId >= 0;
    if (isFollower) this.recordFollowerFetch(request);
    const responses = request.partitions.map((p) => this.readPartition(request, p));
    const hasNews = responses.some((r) => r.error !== 'NONE' || r.records.length > 0 || r.divergingEpoch);
    if (hasNews || request.maxWaitMs <= 0) {
      this.host.respond(from, correlationId, { api: 'Fetch', partitions: responses });
      return;
    }
    const parked: ParkedFetch = {
      from,
      correlationId,
      request,
      arrivedMs: this.host.nowMs(),
      timer: null,
      dueMs: Number.POSITIVE_INFINITY,
    };
    for (const p of request.partitions) this.parkedSet(`${p.topic}-${p.partition}`).add(parked);
    if (this.hasMetadataNews(request) || this.awaitsIsrJoin(request))
      this.completeAt(parked, parked.arrivedMs + request.maxWaitMs);
  }

  /** Something changed on `partition` (append, HW, role): wake the fetches parked on it. */
  partitionChanged(partition: Partition): void {
    const parked = this.parkedByPartition.get(partition.key);
    if (!parked || parked.size === 0) return;
    for (const fetch of [...parked]) {
      if (this.hasData(fetch.request)) this.complete(fetch);
      else if (this.hasMetadataNews(fetch.request) || this.awaitsIsrJoin(fetch.request))
        this.completeAt(fetch, fetch.arrivedMs + fetch.request.maxWaitMs);
    }
  }

  /** A newer fetch from the same follower replaces a parked one (its connection gave up on it). */
  dropParkedFrom(from: string): void {
    for (const set of this.parkedByPartition.values()) {
      for (const fetch of set) if (fetch.from === from) this.unpark(fetch);
    }
  }

  clear(): void {
    for (const set of this.parkedByPartition.values()) for (const fetch of set) this.host.cancel(fetch.timer);
    this.parkedByPartition.clear();
  }

  parkedCount(): number {
    const all = new Set<ParkedFetch>();
    for (const set of this.parkedByPartition.values()) for (const f of set) all.add(f);
    return all.size;
  }

  private parkedSet(key: string): Set<ParkedFetch> {
    let set = this.parkedByPartition.get(key);
    if (!set) {
      set = new Set();
      this.parkedByPartition.set(key, set);
    }
    return set;
  }

  private completeAt(fetch: ParkedFetch, atMs: number): void {
    if (atMs >= fetch.dueMs) return;
    this.host.cancel(fetch.timer);
    fetch.dueMs = atMs;
    fetch.timer = this.host.after(Math.max(0, atMs - this.host.nowMs()), 'fetch wait', () =>
      this.complete(fetch),
    );
  }

  private complete(fetch: ParkedFetch): void {
    this.unpark(fetch);
    const responses = fetch.request.partitions.map((p) => this.readPartition(fetch.request, p));
    this.host.respond(fetch.from, fetch.correlationId, { api: 'Fetch', partitions: responses });
  }

  private unpark(fetch: ParkedFetch): void {
    this.host.cancel(fetch.timer);
    for (const p of fetch.request.partitions)
      this.parkedByPartition.get(`${p.topic}-${p.partition}`)?.delete(fetch);
  }

  private recordFollowerFetch(request: FetchRequest): void {
    for (const p of request.partitions) {
      const partition = this.host.partition(p.topic, p.partition);
      if (!partition?.isLeader() || this.checkEpoch(partition, p) !== 'NONE') continue;
      if (this.divergence(partition, p)) continue;
      partition.updateFollowerFetchState(request.replicaId, p.fetchOffset);
    }
  }

  private hasData(request: FetchRequest): boolean {
    return request.partitions.some((p) => {
      const partition = this.host.partition(p.topic, p.partition);
      if (
        !partition?.isLeader() ||
        (partition.leaderEpoch !== p.currentLeaderEpoch && p.currentLeaderEpoch >= 0)
      )
        return true;
      const end = request.replicaId >= 0 ? partition.log.logEndOffset : partition.log.highWatermark;
      return p.fetchOffset < end || p.fetchOffset > partition.log.logEndOffset;
    });
  }

  private hasMetadataNews(request: FetchRequest): boolean {
    return request.partitions.some((p) => {
      const partition = this.host.partition(p.topic, p.partition);
      if (!partition) return true;
      return (
        partition.log.highWatermark !== p.knownHighWatermark ||
        partition.log.logStartOffset > p.logStartOffset
      );
    });
  }

  /**
   * A follower outside the ISR joins it only when one of its fetches finds it caught up (§5.5), so its
   * fetches keep Kafka's 500 ms rhythm until it is in — as they would if it were never parked.
   */
  private awaitsIsrJoin(request: FetchRequest): boolean {
    if (request.replicaId < 0) return false;
    return request.partitions.some((p) => {
      const partition = this.host.partition(p.topic, p.partition);
      return partition?.isLeader() === true && !partition.isr.includes(request.replicaId);
    });
  }

  private checkEpoch(partition: Partition, p: FetchPartition): ErrorName {
    if (p.currentLeaderEpoch < 0) return 'NONE';
    if (p.currentLeaderEpoch < partition.leaderEpoch) return 'FENCED_LEADER_EPOCH';
    if (p.currentLeaderEpoch > partition.leaderEpoch) return 'UNKNOWN_LEADER_EPOCH';
    return 'NONE';
  }

  /** §5.8: the follower's last fetched epoch ends earlier in the leader's log than its fetch offset. */
  private divergence(partition: Partition, p: FetchPartition): { epoch: number; endOffset: number } | null {
    if (p.lastFetchedEpoch < 0) return null;
    const end = partition.log.endOffsetForEpoch(p.lastFetchedEpoch);
    if (end.epoch < p.lastFetchedEpoch || end.startOffset < p.fetchOffset)
      return { epoch: end.epoch, endOffset: end.startOffset };
    return null;
  }

  private readPartition(request: FetchRequest, p: FetchPartition): FetchPartitionResponse {
    const partition = this.host.partition(p.topic, p.partition);
    const base = { topic: p.topic, partition: p.partition };
    if (!partition) return emptyResponse(base, 'UNKNOWN_TOPIC_OR_PARTITION', -1, -1);
    const log = partition.log;
    if (!partition.isLeader()) return emptyResponse(base, 'NOT_LEADER_OR_FOLLOWER', -1, -1);
    const epochError = this.checkEpoch(partition, p);
    if (epochError !== 'NONE') return emptyResponse(base, epochError, log.highWatermark, log.logStartOffset);
    const isFollower = request.replicaId >= 0;
    if (isFollower) {
      const diverging = this.divergence(partition, p);
      if (diverging)
        return {
          ...emptyResponse(base, 'NONE', log.highWatermark, log.logStartOffset),
          divergingEpoch: diverging,
        };
    }
    try {
      const result = log.read(p.fetchOffset, {
        maxBytes: p.partitionMaxBytes,
        upTo: isFollower ? 'logEndOffset' : 'highWatermark',
        minOneMessage: true,
      });
      const recordCount = result.batches.reduce(
        (n, b) => n + (b.lastOffset - Math.max(b.baseOffset, p.fetchOffset) + 1),
        0,
      );
      if (isFollower && recordCount > 0)
        this.host.onFollowerFetched(partition, request.replicaId, p.fetchOffset, recordCount);
      if (result.records.length > 0) this.host.onFetchRead(partition, isFollower, result);
      return {
        ...base,
        error: 'NONE',
        highWatermark: log.highWatermark,
        lastStableOffset: log.highWatermark,
        logStartOffset: log.logStartOffset,
        records: result.records,
        recordCount,
        divergingEpoch: null,
      };
    } catch (e) {
      if (e instanceof LogError && e.code === 'OFFSET_OUT_OF_RANGE')
        return emptyResponse(base, 'OFFSET_OUT_OF_RANGE', log.highWatermark, log.logStartOffset);
      throw e;
    }
  }
}

const EMPTY = new Uint8Array(0);

function emptyResponse(
  base: { topic: string; partition: number },
  error: ErrorName,
  highWatermark: number,
  logStartOffset: number,
): FetchPartitionResponse {
  return {
    ...base,
    error,
    highWatermark,
    lastStableOffset: highWatermark,
    logStartOffset,
    records: EMPTY,
    recordCount: 0,
    divergingEpoch: null,
  };
}
