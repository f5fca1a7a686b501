import type { ClientLogEntry } from '../clients/client-context';
/**
 * The fake cluster's producer and consumer (CLI unit tests only): a producer whose batches go out after
 * `linger.ms` or at `flush()` and are acknowledged 5 ms later, and a consumer that gets every partition
 * of its subscription 50 ms after subscribing, starting at the committed offset or `auto.offset.reset`.
 */
import type {
  ConsumedRecord,
  ConsumerConfigInput,
  ConsumerHandle,
  ProducerConfigInput,
  ProducerHandle,
  ProducerRecordInput,
  SendResult,
} from '../cluster/cluster-api';
import { ERRORS, exceptionClassName, KafkaError } from '../cluster/errors';
import type { TopicPartition } from '../cluster/protocol';
import type { FakeCluster } from './test-fake-cluster';

const ACK_MS = 5;
const JOIN_MS = 50;

export class FakeProducer implements ProducerHandle {
  readonly clientId: string;
  private pending: Array<{ record: ProducerRecordInput; result: SendResult }> = [];
  private inFlight = 0;
  private lingerTimer = false;

  constructor(
    private readonly cluster: FakeCluster,
    readonly config: ProducerConfigInput,
  ) {
    this.clientId = config.clientId ?? 'producer-1';
  }

  send(record: ProducerRecordInput): SendResult {
    const result: SendResult = {
      done: false,
      topic: record.topic,
      partition: -1,
      offset: -1,
      timestampMs: record.timestampMs ?? this.cluster.nowMs,
      error: null,
      errorMessage: null,
      errorClass: null,
    };
    this.pending.push({ record: { ...record, timestampMs: result.timestampMs }, result });
    if (!this.lingerTimer) {
      this.lingerTimer = true;
      this.cluster.schedule(this.config.lingerMs ?? 0, () => this.flush());
    }
    return result;
  }

  flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.lingerTimer = false;
    if (batch.length === 0) return;
    this.inFlight++;
    this.cluster.schedule(ACK_MS, () => {
      this.inFlight--;
      for (const { record, result } of batch) {
        try {
          Object.assign(result, this.cluster.append(record));
        } catch (e) {
          if (!(e instanceof KafkaError)) throw e;
          result.error = e.error;
          result.errorMessage = ERRORS[e.error].message;
          result.errorClass = exceptionClassName(e.error);
        }
        result.done = true;
      }
    });
  }

  takeLog(): ClientLogEntry[] {
    return [];
  }

  idle(): boolean {
    return this.pending.length === 0 && this.inFlight === 0;
  }

  close(): void {
    this.pending = [];
  }
}

export class FakeConsumer implements ConsumerHandle {
  readonly clientId: string;
  readonly groupId: string | null;
  memberId = '';
  closed = false;
  readonly pendingCommits = 0;
  readonly seeks: string[] = [];
  private assigned: TopicPartition[] = [];
  private readonly position = new Map<string, number>();

  constructor(
    private readonly cluster: FakeCluster,
    readonly config: ConsumerConfigInput,
  ) {
    this.clientId = config.clientId ?? 'consumer-1';
    this.groupId = config.groupId ?? null;
  }

  subscribe(topics: readonly string[]): void {
    this.cluster.schedule(JOIN_MS, () => {
      const group = this.cluster.group(this.groupId ?? '');
      this.memberId = `${this.clientId}-member-${group.members.size + 1}`;
      this.assigned = this.cluster
        .describeTopics(topics.filter((t) => this.cluster.topics.has(t)))
        .flatMap((td) => td.partitions.map((p) => ({ topic: td.name, partition: p.partition })));
      group.members.set(this.memberId, { clientId: this.clientId, assignment: this.assigned });
      for (const tp of this.assigned) {
        const committed = group.offsets.get(`${tp.topic}-${tp.partition}`)?.offset;
        const reset = this.config.autoOffsetReset === 'earliest' ? 0 : this.logEnd(tp);
        this.position.set(`${tp.topic}-${tp.partition}`, committed ?? reset);
      }
    });
  }

  private logEnd(tp: TopicPartition): number {
    return this.cluster.topics.get(tp.topic)?.partitions[tp.partition]?.log.length ?? 0;
  }

  assign(partitions: readonly TopicPartition[]): void {
    this.assigned = [...partitions];
    for (const tp of partitions) this.position.set(`${tp.topic}-${tp.partition}`, this.logEnd(tp));
  }

  seek(tp: TopicPartition, offset: number): void {
    this.seeks.push(`${tp.topic}-${tp.partition}@${offset}`);
    this.position.set(`${tp.topic}-${tp.partition}`, offset);
  }

  seekToBeginning(tps: readonly TopicPartition[]): void {
    for (const tp of tps) this.position.set(`${tp.topic}-${tp.partition}`, 0);
  }

  seekToEnd(tps: readonly TopicPartition[]): void {
    for (const tp of tps) this.position.set(`${tp.topic}-${tp.partition}`, this.logEnd(tp));
  }

  poll(max = 500): ConsumedRecord[] {
    const out: ConsumedRecord[] = [];
    for (const tp of this.assigned) {
      const key = `${tp.topic}-${tp.partition}`;
      const log = this.cluster.topics.get(tp.topic)?.partitions[tp.partition]?.log ?? [];
      let position = this.position.get(key) ?? 0;
      while (position < log.length && out.length < max) out.push(log[position++] as ConsumedRecord);
      this.position.set(key, position);
    }
    return out;
  }

  positions() {
    return this.assigned.map((tp) => ({
      ...tp,
      offset: this.position.get(`${tp.topic}-${tp.partition}`) ?? 0,
    }));
  }

  assignment(): readonly TopicPartition[] {
    return this.assigned;
  }

  commitSync(offsets = this.positions()): void {
    const group = this.cluster.group(this.groupId ?? '');
    for (const o of offsets) group.offsets.set(`${o.topic}-${o.partition}`, { ...o });
  }

  close(): void {
    if (this.groupId !== null && this.memberId !== '') {
      if (this.config.enableAutoCommit ?? true) this.commitSync();
      this.cluster.group(this.groupId).members.delete(this.memberId);
    }
    this.cluster.schedule(10, () => {
      this.closed = true;
    });
  }

  crash(): void {
    this.closed = true;
  }
}
