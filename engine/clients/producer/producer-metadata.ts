/**
 * The producer's view of the cluster (Kafka's `ProducerMetadata` + `Metadata`): Metadata requests for
 * the topics it sends to (which may auto-create them), retried after `retry.backoff.ms`, with the
 * NetworkClient's WARN line for topics that came back with an error (the famous
 * `{demo=LEADER_NOT_AVAILABLE}` of a first send to a new topic), and again every `metadata.max.age.ms`
 * (how a running producer learns of partitions added to its topics).
 */
import type { TopicMetadata } from '../../cluster/protocol';
import type { Timer } from '../../sim/scheduler';
import type { ClientContext, ClientLogEntry } from '../client-context';
import type { ProducerConfig } from './producer-config';

export class ProducerMetadata {
  private readonly topics = new Map<string, TopicMetadata>();
  private readonly wanted = new Set<string>();
  private fetchedMs = -1;
  private retry: Timer | null = null;
  private maxAgeTimer: Timer | null = null;
  inFlight = false;

  constructor(
    private readonly ctx: ClientContext,
    private readonly config: ProducerConfig,
    private readonly log: ClientLogEntry[],
    private readonly onUpdate: () => void,
  ) {}

  get(topic: string): TopicMetadata | undefined {
    return this.topics.get(topic);
  }

  /** The producer sends to `topic`: ask for it from now on. */
  want(topic: string): void {
    this.wanted.add(topic);
  }

  get everFetched(): boolean {
    return this.fetchedMs >= 0;
  }

  refresh(): void {
    if (this.inFlight) return;
    const brokers = this.ctx.bootstrapBrokers();
    if (brokers.length === 0) return;
    const target = brokers[this.ctx.nextIntBelow(brokers.length)] as number;
    this.inFlight = true;
    const topics = [...this.wanted].sort();
    const correlationId = this.ctx.request(
      target,
      { api: 'Metadata', topics },
      this.config.requestTimeoutMs,
      (response) => {
        this.inFlight = false;
        this.fetchedMs = this.ctx.nowMs();
        this.scheduleMaxAge();
        const errors: string[] = [];
        for (const topic of response.topics) {
          if (topic.error !== 'NONE') errors.push(`${topic.name}=${topic.error}`);
          this.topics.set(topic.name, topic);
        }
        if (errors.length > 0) {
          this.log.push({
            atMs: this.ctx.nowMs(),
            level: 'WARN',
            logger: 'org.apache.kafka.clients.NetworkClient',
            message: `[Producer clientId=${this.config.clientId}] Error while fetching metadata with correlation id ${correlationId} : {${errors.join(', ')}}`,
          });
        }
        this.onUpdate();
      },
      () => {
        this.inFlight = false;
        this.scheduleRetry();
      },
    );
  }

  /** Java's `Metadata` expires after `metadata.max.age.ms` and the sender's next poll asks again. */
  private scheduleMaxAge(): void {
    this.ctx.cancel(this.maxAgeTimer);
    this.maxAgeTimer = this.ctx.after(this.config.metadataMaxAgeMs, 'metadata.max.age.ms', () => {
      this.maxAgeTimer = null;
      this.refresh();
    });
  }

  scheduleRetry(): void {
    if (this.retry && !this.retry.cancelled) return;
    this.retry = this.ctx.after(this.config.retryBackoffMs, 'producer metadata retry', () => {
      this.retry = null;
      this.refresh();
    });
  }
}
