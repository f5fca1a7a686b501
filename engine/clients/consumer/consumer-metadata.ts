/**
 * The consumer's view of the cluster (Kafka's `ConsumerMetadata` + `NetworkClient`'s metadata
 * updater): brokers, and partition leaders of the topics it needs, refreshed on request (errors that
 * mean "your metadata is stale"), when a topic is missing, and every `metadata.max.age.ms`.
 */
import type { BrokerEndpoint, MetadataResponse, PartitionMetadata } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import type { ClientContext } from '../client-context';
import type { KafkaConsumerConfig } from './consumer-config';

export interface PartitionLeader {
  readonly leader: number;
  readonly leaderEpoch: number;
}

export class ConsumerMetadata {
  private readonly brokers = new Map<number, BrokerEndpoint>();
  private readonly partitionsByTopic = new Map<string, readonly PartitionMetadata[]>();
  private readonly wanted = new Set<string>();
  /** Bumped by every successful response: the leader compares snapshots against it. */
  version = 0;
  private needUpdate = true;
  private inFlight = false;
  private attempts = 0;
  private retryTimer: Timer | null = null;
  private maxAgeTimer: Timer | null = null;
  private nodeCursor = 0;
  private closed = false;

  constructor(
    private readonly ctx: ClientContext,
    private readonly config: KafkaConsumerConfig,
    private readonly wake: () => void,
  ) {}

  /** Topics the consumer needs (subscription, manual assignment, or every member's as leader). */
  setTopics(topics: Iterable<string>): void {
    const next = new Set(topics);
    const added = [...next].some((t) => !this.wanted.has(t));
    this.wanted.clear();
    for (const t of next) this.wanted.add(t);
    for (const t of [...this.partitionsByTopic.keys()]) if (!next.has(t)) this.partitionsByTopic.delete(t);
    if (added) this.requestUpdate();
  }

  get topics(): ReadonlySet<string> {
    return this.wanted;
  }

  requestUpdate(): void {
    this.needUpdate = true;
  }

  /** Sends a Metadata request when one is due and none is in flight. */
  maybeUpdate(): void {
    if (this.closed || !this.needUpdate || this.inFlight || this.retryTimer !== null) return;
    const node = this.leastLoadedNode();
    this.inFlight = true;
    this.needUpdate = false;
    const topics = [...this.wanted].sort();
    this.ctx.request(
      node,
      { api: 'Metadata', topics },
      this.config.requestTimeoutMs,
      (response) => this.onResponse(response),
      () => {
        this.inFlight = false;
        this.nodeFailed();
        this.retryLater();
      },
    );
  }

  /** A broker to ask for cluster-wide things: known brokers (or bootstrap servers) in turn. */
  leastLoadedNode(): number {
    const nodes =
      this.brokers.size > 0 ? [...this.brokers.keys()].sort((a, b) => a - b) : this.ctx.bootstrapBrokers();
    return nodes[this.nodeCursor % nodes.length] as number;
  }

  /** The last node asked did not answer: ask the next one next time. */
  nodeFailed(): void {
    this.nodeCursor++;
  }

  leaderFor(topic: string, partition: number): PartitionLeader | null {
    const p = this.partitionsByTopic.get(topic)?.find((m) => m.partition === partition);
    if (!p || p.leader < 0) return null;
    return { leader: p.leader, leaderEpoch: p.leaderEpoch };
  }

  /** Partition count of a topic the cluster knows, or undefined. */
  partitionCount(topic: string): number | undefined {
    return this.partitionsByTopic.get(topic)?.length;
  }

  broker(id: number): BrokerEndpoint | undefined {
    return this.brokers.get(id);
  }

  close(): void {
    this.closed = true;
    this.ctx.cancel(this.retryTimer);
    this.ctx.cancel(this.maxAgeTimer);
  }

  private onResponse(response: MetadataResponse): void {
    this.inFlight = false;
    if (this.closed) return;
    this.brokers.clear();
    for (const b of response.brokers) this.brokers.set(b.id, b);
    let incomplete = false;
    for (const topic of response.topics) {
      if (!this.wanted.has(topic.name)) continue;
      if (topic.error !== 'NONE') {
        this.partitionsByTopic.delete(topic.name);
        incomplete = true;
        continue;
      }
      const partitions = [...topic.partitions].sort((a, b) => a.partition - b.partition);
      this.partitionsByTopic.set(topic.name, partitions);
      if (partitions.some((p) => p.leader < 0)) incomplete = true;
    }
    this.version++;
    this.scheduleMaxAge();
    // A topic that does not exist yet or a partition without a leader: ask again with backoff.
    if (incomplete) this.retryLater();
    else this.attempts = 0;
    this.wake();
  }

  private scheduleMaxAge(): void {
    this.ctx.cancel(this.maxAgeTimer);
    this.maxAgeTimer = this.ctx.after(
      this.config.metadataMaxAgeMs,
      `metadata-max-age ${this.ctx.nodeId}`,
      () => {
        this.maxAgeTimer = null;
        this.requestUpdate();
        this.wake();
      },
    );
  }

  /** Exponential backoff (`retry.backoff.ms` doubling up to `retry.backoff.max.ms`; no jitter). */
  private retryLater(): void {
    const delayMs = Math.min(this.config.retryBackoffMs * 2 ** this.attempts, this.config.retryBackoffMaxMs);
    this.attempts++;
    this.needUpdate = true;
    this.ctx.cancel(this.retryTimer);
    this.retryTimer = this.ctx.after(delayMs, `metadata-retry ${this.ctx.nodeId}`, () => {
      this.retryTimer = null;
      this.wake();
    });
  }
}
