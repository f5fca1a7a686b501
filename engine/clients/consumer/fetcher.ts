/**
 * The consumer's fetch loop (Kafka's `AbstractFetch`/`FetchCollector`): a Fetch to each leader for its
 * assigned partitions that have a position and nothing buffered, the returned batches decoded and
 * buffered until `poll()` takes them, positions advanced as records are handed out.
 *
 * Simulator difference: Kafka keeps at most one fetch in flight per broker. The simulated broker may
 * hold an idle fetch for up to 25 s (cluster/fetch-handler.ts), so a partition that becomes fetchable
 * meanwhile (its buffer drained, its position reset) gets a fetch of its own rather than waiting.
 */

import type { ConsumedRecord } from '../../cluster/cluster-api';
import type {
  FetchPartition,
  FetchPartitionResponse,
  FetchRequest,
  FetchResponse,
} from '../../cluster/protocol';
import { decodeRecordBatches } from '../../codec';
import type { ClientContext } from '../client-context';
import type { KafkaConsumerConfig } from './consumer-config';
import type { ConsumerMetadata } from './consumer-metadata';
import type { AssignedPartition, SubscriptionState } from './subscription-state';

const TIMESTAMP_TYPE_BIT = 0x08;
const NO_HEADERS: ConsumedRecord['headers'] = Object.freeze([]);
const CONTROL_BIT = 0x20;

/** One partition's records from one fetch response (Kafka's `CompletedFetch`). */
interface CompletedFetch {
  readonly key: string;
  readonly records: ConsumedRecord[];
  /** The position after each record: the batch's next offset for a batch's last record. */
  readonly nextPositions: number[];
  next: number;
  /** The position the partition must be at for these records to still apply. */
  expectedPosition: number;
  /** Where the position lands once the fetch is drained (past trailing control or empty batches). */
  readonly endPosition: number;
}

/** What a fetch response says about a partition that is not data. */
export type FetchPartitionError = Exclude<FetchPartitionResponse['error'], 'NONE'>;

export class Fetcher {
  private nextFetchId = 1;
  /** Partition key → id of the fetch carrying it. */
  private readonly inFlight = new Map<string, number>();
  private readonly nodeBackoffUntilMs = new Map<number, number>();
  private buffer: CompletedFetch[] = [];
  private closed = false;

  constructor(
    private readonly ctx: ClientContext,
    private readonly config: KafkaConsumerConfig,
    private readonly subscriptions: SubscriptionState,
    private readonly metadata: ConsumerMetadata,
    private readonly onPartitionError: (partition: AssignedPartition, error: FetchPartitionError) => void,
    private readonly wake: () => void,
  ) {}

  private isBuffered(key: string): boolean {
    return this.buffer.some((f) => f.key === key);
  }

  /** Sends fetches for every fetchable partition not already being fetched. */
  sendFetches(): void {
    if (this.closed) return;
    const nowMs = this.ctx.nowMs();
    const byNode = new Map<number, AssignedPartition[]>();
    for (const p of this.subscriptions.inState('fetching')) {
      if (this.inFlight.has(p.key) || this.isBuffered(p.key)) continue;
      const leader = this.metadata.leaderFor(p.topic, p.partition);
      if (!leader) {
        this.metadata.requestUpdate();
        continue;
      }
      if ((this.nodeBackoffUntilMs.get(leader.leader) ?? 0) > nowMs) continue;
      const list = byNode.get(leader.leader) ?? [];
      list.push(p);
      byNode.set(leader.leader, list);
    }
    for (const [node, partitions] of [...byNode].sort(([a], [b]) => a - b)) this.send(node, partitions);
  }

  private send(node: number, partitions: AssignedPartition[]): void {
    const fetchId = this.nextFetchId++;
    const request: FetchRequest = {
      api: 'Fetch',
      replicaId: -1,
      maxWaitMs: this.config.fetchMaxWaitMs,
      minBytes: this.config.fetchMinBytes,
      maxBytes: this.config.fetchMaxBytes,
      partitions: partitions.map((p) => this.fetchPartition(p)),
    };
    for (const p of partitions) this.inFlight.set(p.key, fetchId);
    this.ctx.request(
      node,
      request,
      this.config.requestTimeoutMs,
      (response) => this.onResponse(fetchId, request, response),
      () => this.onFailure(fetchId, node),
    );
  }

  private fetchPartition(p: AssignedPartition): FetchPartition {
    return {
      topic: p.topic,
      partition: p.partition,
      fetchOffset: p.position,
      currentLeaderEpoch: this.metadata.leaderFor(p.topic, p.partition)?.leaderEpoch ?? -1,
      lastFetchedEpoch: -1,
      // What this consumer last heard: the simulated broker parks a fetch until either changes.
      logStartOffset: p.logStartOffset,
      partitionMaxBytes: this.config.maxPartitionFetchBytes,
      knownHighWatermark: p.highWatermark,
    };
  }

  private onResponse(fetchId: number, request: FetchRequest, response: FetchResponse): void {
    if (this.closed) return;
    for (const data of response.partitions) {
      const key = `${data.topic}-${data.partition}`;
      if (this.inFlight.get(key) !== fetchId) continue;
      this.inFlight.delete(key);
      const sent = request.partitions.find((p) => p.topic === data.topic && p.partition === data.partition);
      const p = this.subscriptions.get(key);
      // Unassigned, reset or seeked while the fetch was out: the response no longer applies.
      if (!sent || !p || p.state !== 'fetching' || p.position !== sent.fetchOffset) continue;
      if (data.error !== 'NONE') {
        this.onPartitionError(p, data.error);
        continue;
      }
      p.highWatermark = data.highWatermark;
      p.logStartOffset = data.logStartOffset;
      this.bufferRecords(p, data);
    }
    // Partitions of the request the response left out can be fetched again.
    for (const sent of request.partitions) {
      const key = `${sent.topic}-${sent.partition}`;
      if (this.inFlight.get(key) === fetchId) this.inFlight.delete(key);
    }
    this.wake();
  }

  private onFailure(fetchId: number, node: number): void {
    if (this.closed) return;
    for (const [key, id] of [...this.inFlight]) if (id === fetchId) this.inFlight.delete(key);
    // Kafka disconnects the node and refreshes metadata; leadership may have moved.
    this.backOff(node);
    this.metadata.requestUpdate();
    this.wake();
  }

  /** No fetches to `node` for `retry.backoff.ms`. */
  backOff(node: number): void {
    this.nodeBackoffUntilMs.set(node, this.ctx.nowMs() + this.config.retryBackoffMs);
    this.ctx.after(this.config.retryBackoffMs, `fetch-backoff ${this.ctx.nodeId}`, () => this.wake());
  }

  private bufferRecords(p: AssignedPartition, data: FetchPartitionResponse): void {
    if (data.records.length === 0) return;
    const records: ConsumedRecord[] = [];
    const nextPositions: number[] = [];
    let endPosition = p.position;
    for (const batch of decodeRecordBatches(data.records)) {
      const batchNext = batch.baseOffset + batch.lastOffsetDelta + 1;
      if (batchNext <= p.position) continue;
      endPosition = Math.max(endPosition, batchNext);
      if ((batch.attributes & CONTROL_BIT) !== 0) continue;
      const timestampType = (batch.attributes & TIMESTAMP_TYPE_BIT) !== 0 ? 'LogAppendTime' : 'CreateTime';
      // A plain loop: this runs once per consumed record, so no intermediate arrays or closures.
      const all = batch.records;
      let last = -1;
      for (let i = 0; i < all.length; i++)
        if ((all[i] as (typeof all)[number]).offset >= p.position) last = i;
      for (let i = 0; i < all.length; i++) {
        const r = all[i] as (typeof all)[number];
        if (r.offset < p.position) continue;
        const record: ConsumedRecord = {
          topic: p.topic,
          partition: p.partition,
          offset: r.offset,
          timestampMs: timestampType === 'LogAppendTime' ? batch.maxTimestamp : r.timestamp,
          timestampType,
          leaderEpoch: batch.partitionLeaderEpoch,
          key: r.key,
          value: r.value,
          headers:
            r.headers.length === 0 ? NO_HEADERS : r.headers.map((h) => ({ key: h.key, value: h.value })),
        };
        records.push(record);
        nextPositions.push(i === last ? batchNext : r.offset + 1);
      }
    }
    if (records.length === 0) {
      // Only control or compacted-away batches: step over them without buffering anything.
      p.position = endPosition;
      return;
    }
    this.buffer.push({
      key: p.key,
      records,
      nextPositions,
      next: 0,
      expectedPosition: p.position,
      endPosition,
    });
  }

  /** Hands out up to `max` buffered records in arrival order, advancing positions. */
  poll(max: number): ConsumedRecord[] {
    const out: ConsumedRecord[] = [];
    while (out.length < max && this.buffer.length > 0) {
      const fetch = this.buffer[0] as CompletedFetch;
      const p = this.subscriptions.get(fetch.key);
      if (p?.state !== 'fetching' || p.position !== fetch.expectedPosition) {
        this.buffer.shift();
        continue;
      }
      while (out.length < max && fetch.next < fetch.records.length) {
        const record = fetch.records[fetch.next] as ConsumedRecord;
        p.position = fetch.nextPositions[fetch.next] as number;
        fetch.next++;
        out.push(record);
        p.positionEpoch = record.leaderEpoch;
      }
      fetch.expectedPosition = p.position;
      if (fetch.next >= fetch.records.length) {
        p.position = Math.max(p.position, fetch.endPosition);
        this.buffer.shift();
      }
    }
    return out;
  }

  bufferedRecordCount(): number {
    return this.buffer.reduce((n, f) => n + f.records.length - f.next, 0);
  }

  /** Drops buffered records of partitions no longer assigned (or of one partition, after a seek). */
  clearBuffered(key?: string): void {
    this.buffer = this.buffer.filter((f) =>
      key === undefined ? this.subscriptions.isAssigned(f.key) : f.key !== key,
    );
    for (const k of [...this.inFlight.keys()]) {
      if (key === undefined ? !this.subscriptions.isAssigned(k) : k === key) this.inFlight.delete(k);
    }
  }

  close(): void {
    this.closed = true;
    this.buffer = [];
    this.inFlight.clear();
  }
}
