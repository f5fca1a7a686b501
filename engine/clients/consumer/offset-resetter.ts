/**
 * Resetting positions by `auto.offset.reset` (Kafka's `OffsetFetcher.resetPositionsIfNeeded`): a
 * ListOffsets to each partition's leader for the earliest (−2, the log start offset) or latest (−1, the
 * high watermark) offset. Partitions with no policy (`none`) go to an error state instead.
 */
import type { ListOffsetsResponse } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import type { ClientContext } from '../client-context';
import type { KafkaConsumerConfig } from './consumer-config';
import type { ConsumerMetadata } from './consumer-metadata';
import type { AssignedPartition, SubscriptionState } from './subscription-state';

/** ListOffsets timestamps (`ListOffsetsRequest.EARLIEST_TIMESTAMP` / `LATEST_TIMESTAMP`). */
export const EARLIEST_TIMESTAMP = -2;
export const LATEST_TIMESTAMP = -1;

const RETRY_ON: ReadonlySet<string> = new Set([
  'NOT_LEADER_OR_FOLLOWER',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'REQUEST_TIMED_OUT',
]);

export class OffsetResetter {
  private readonly inFlight = new Set<string>();
  private retryTimer: Timer | null = null;
  private closed = false;

  constructor(
    private readonly ctx: ClientContext,
    private readonly config: KafkaConsumerConfig,
    private readonly subscriptions: SubscriptionState,
    private readonly metadata: ConsumerMetadata,
    /** A partition with `auto.offset.reset=none` needs a reset it cannot do. */
    private readonly onNoResetPolicy: (partition: AssignedPartition) => void,
    private readonly wake: () => void,
  ) {}

  resetPositionsIfNeeded(): void {
    if (this.closed || this.retryTimer !== null) return;
    const byNode = new Map<number, AssignedPartition[]>();
    for (const p of this.subscriptions.inState('awaiting-reset')) {
      if (this.inFlight.has(p.key)) continue;
      if (!p.reset?.strategy) {
        p.state = 'error';
        this.onNoResetPolicy(p);
        continue;
      }
      const leader = this.metadata.leaderFor(p.topic, p.partition);
      if (!leader) {
        this.metadata.requestUpdate();
        continue;
      }
      const list = byNode.get(leader.leader) ?? [];
      list.push(p);
      byNode.set(leader.leader, list);
    }
    for (const [node, partitions] of [...byNode].sort(([a], [b]) => a - b)) this.send(node, partitions);
  }

  private send(node: number, partitions: AssignedPartition[]): void {
    for (const p of partitions) this.inFlight.add(p.key);
    const request = {
      api: 'ListOffsets' as const,
      partitions: partitions.map((p) => ({
        topic: p.topic,
        partition: p.partition,
        timestamp: p.reset?.strategy === 'earliest' ? EARLIEST_TIMESTAMP : LATEST_TIMESTAMP,
      })),
    };
    const done = () => {
      for (const p of partitions) this.inFlight.delete(p.key);
    };
    this.ctx.request(
      node,
      request,
      this.config.requestTimeoutMs,
      (response) => {
        done();
        this.onResponse(response);
      },
      () => {
        done();
        this.metadata.requestUpdate();
        this.retryLater();
      },
    );
  }

  private onResponse(response: ListOffsetsResponse): void {
    if (this.closed) return;
    let retry = false;
    for (const r of response.partitions) {
      const key = `${r.topic}-${r.partition}`;
      const p = this.subscriptions.get(key);
      // Seeked or unassigned meanwhile: this answer is stale.
      if (p?.state !== 'awaiting-reset' || !p.reset?.strategy) continue;
      if (r.error !== 'NONE') {
        if (RETRY_ON.has(r.error)) this.metadata.requestUpdate();
        retry = true;
        continue;
      }
      const { strategy, cause, from } = p.reset;
      this.subscriptions.seek(key, r.offset, r.leaderEpoch);
      if (cause) {
        this.ctx.emit({
          type: 'offset-reset',
          clientId: this.config.clientId,
          topic: p.topic,
          partition: p.partition,
          from,
          to: r.offset,
          policy: strategy,
          cause,
        });
      }
    }
    if (retry) this.retryLater();
    this.wake();
  }

  private retryLater(): void {
    if (this.retryTimer !== null || this.closed) return;
    this.retryTimer = this.ctx.after(
      this.config.retryBackoffMs,
      `list-offsets-retry ${this.ctx.nodeId}`,
      () => {
        this.retryTimer = null;
        this.wake();
      },
    );
  }

  close(): void {
    this.closed = true;
    this.ctx.cancel(this.retryTimer);
  }
}
