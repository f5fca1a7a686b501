/**
 * The Java producer (Kafka's `KafkaProducer` + `RecordAccumulator` + `Sender`, §7): partition each record
 * (explicit, murmur2 of the key, or the built-in sticky partitioner), collect records into one open batch
 * per partition, send a batch when it is full, `linger.ms` has passed or a flush asks, at most
 * `max.in.flight.requests.per.connection` requests per broker, and retry retriable errors after
 * `retry.backoff.ms` until `retries` or `delivery.timeout.ms` run out.
 */

import type {
  ProducerConfigInput,
  ProducerHandle,
  ProducerRecordInput,
  SendResult,
} from '../../cluster/cluster-api';
import { ERRORS, type ErrorName, exceptionClassName, isRetriable } from '../../cluster/errors';
import { brokerAddress } from '../../cluster/node-ids';
import type { ProducePartitionResponse, ProduceRequest, TopicMetadata } from '../../cluster/protocol';
import { encodeRecordBatch } from '../../codec';
import type { Timer } from '../../sim/scheduler';
import type { ClientContext, ClientLogEntry } from '../client-context';
import { type ProducerConfig, resolveProducerConfig } from './producer-config';
import { ProducerMetadata } from './producer-metadata';
import { type Batch, PendingRecord, RecordAccumulator, utf8Bytes } from './record-accumulator';

export class KafkaProducer implements ProducerHandle {
  readonly config: ProducerConfig;
  private readonly metadata: ProducerMetadata;
  /** Records waiting for their topic's metadata (send blocks up to max.block.ms in Java). */
  private readonly awaitingMetadata: PendingRecord[] = [];
  private readonly accumulator: RecordAccumulator;
  private readonly inFlightPerBroker = new Map<number, number>();
  /** Sends not yet completed (a count: every record completes exactly once). */
  private unfinished = 0;
  /** `send()` calls so far: each record's place in send order. */
  private sendCount = 0;
  private wakeTimer: Timer | null = null;
  private flushing = false;
  private closed = false;
  private maxBlockTimer: Timer | null = null;
  private readonly log: ClientLogEntry[] = [];
  /** The idempotent producer's identity (−1 until InitProducerId answers, and for a plain producer). */
  private producerId = -1;
  private producerEpoch = -1;
  private producerIdInFlight = false;
  private readonly nextSequence = new Map<string, number>();
  /** Nodes whose connection was refused: no sends before `untilMs`. */
  private readonly reconnect = new Map<number, { failures: number; untilMs: number }>();

  constructor(
    private readonly ctx: ClientContext,
    input: ProducerConfigInput = {},
  ) {
    this.config = resolveProducerConfig(input, `producer-${ctx.nodeId.replace('client-', '')}`);
    this.accumulator = new RecordAccumulator(this.config, ctx);
    this.metadata = new ProducerMetadata(ctx, this.config, this.log, () => {
      this.drainAwaiting();
      this.drain();
    });
  }

  /** Appends to the accumulator; a record for a partition the topic lacks fails at once. */
  private append(pending: PendingRecord, topic: TopicMetadata): Batch | undefined {
    const batch = this.accumulator.append(pending, topic);
    if (typeof batch !== 'string') return batch;
    this.fail([pending], 'UNKNOWN_TOPIC_OR_PARTITION', batch);
    return undefined;
  }

  get clientId(): string {
    return this.config.clientId;
  }

  send(record: ProducerRecordInput): SendResult {
    const nowMs = this.ctx.nowMs();
    const result: SendResult = {
      done: false,
      topic: record.topic,
      partition: record.partition ?? -1,
      offset: -1,
      timestampMs: record.timestampMs ?? nowMs,
      error: null,
      errorMessage: null,
      errorClass: null,
    };
    const key = record.key === null ? null : utf8Bytes(record.key);
    const value = record.value === null ? null : utf8Bytes(record.value);
    let headerBytes = 0;
    if (record.headers)
      for (const h of record.headers) headerBytes += h.key.length + (h.value?.length ?? 0) + 2;
    const headers =
      record.headers && record.headers.length > 0
        ? record.headers.map((h) => ({ key: h.key, value: h.value === null ? null : utf8Bytes(h.value) }))
        : undefined;
    const pending = new PendingRecord(
      record,
      key,
      value,
      result.timestampMs,
      headers,
      8 + (key?.length ?? 0) + (value?.length ?? 0) + headerBytes,
      result,
      this.sendCount++,
    );
    this.unfinished++;
    if (this.closed) {
      this.fail([pending], 'ILLEGAL_STATE', 'Cannot perform operation after producer has been closed');
      return result;
    }
    this.metadata.want(record.topic);
    const topic = this.metadata.get(record.topic);
    if (
      this.awaitingMetadata.length === 0 &&
      topic &&
      topic.error === 'NONE' &&
      topic.partitions.length > 0
    ) {
      // The common case: metadata known. Send only if this record made a batch sendable; otherwise the
      // linger timer will (the sender thread would find nothing new to send either).
      const batch = this.append(pending, topic);
      if (batch) {
        const readyAt = this.readyAtMs(batch);
        const next = this.nextToSend(batch.queue);
        // A new batch means the one before it is full: wake the sender, as Java's accumulator does.
        if ((readyAt <= this.ctx.nowMs() && !batch.inFlight) || (next !== undefined && next !== batch))
          this.drain();
        else this.wakeAt(readyAt);
      }
      return result;
    }
    this.awaitingMetadata.push(pending);
    // While metadata is on its way there is nothing to do per record (Java's send blocks on it).
    if (this.awaitingMetadata.length === 1 || !this.metadata.inFlight) {
      this.drainAwaiting();
      this.drain();
    }
    return result;
  }

  flush(): void {
    this.flushing = true;
    this.drain();
  }

  idle(): boolean {
    return this.unfinished === 0;
  }

  close(): void {
    this.flush();
    this.closed = true;
    this.releaseIfDone();
  }

  /** A closed producer whose every send has completed is gone: its client node leaves the network. */
  private releaseIfDone(): void {
    if (this.closed && this.unfinished === 0) this.ctx.release?.();
  }

  /** Queued batches per partition (the accumulator's queue sizes, for the view). */
  queuedBatches(): Array<{ topic: string; partition: number; batches: number; records: number }> {
    return [...this.accumulator.queues.values()]
      .filter((q) => q.length > 0)
      .map((q) => ({
        topic: (q[0] as Batch).topic,
        partition: (q[0] as Batch).partition,
        batches: q.length,
        records: q.reduce((n, b) => n + b.records.length, 0),
      }));
  }

  // ------------------------------------------------------------------ metadata

  /** Log lines the Java client would have written (log4j WARN and above), oldest first; drained. */
  takeLog(): ClientLogEntry[] {
    return this.log.splice(0);
  }

  /** Partitions records whose topic is known; fails those that waited longer than max.block.ms. */
  private drainAwaiting(): void {
    if (this.awaitingMetadata.length === 0) return;
    const nowMs = this.ctx.nowMs();
    const still: PendingRecord[] = [];
    for (const pending of this.awaitingMetadata) {
      const topic = this.metadata.get(pending.input.topic);
      if (topic && topic.error === 'NONE' && topic.partitions.length > 0) this.append(pending, topic);
      else if (nowMs - pending.timestamp >= this.config.maxBlockMs) {
        this.fail(
          [pending],
          'REQUEST_TIMED_OUT',
          `Topic ${pending.input.topic} not present in metadata after ${this.config.maxBlockMs} ms.`,
        );
      } else still.push(pending);
    }
    this.awaitingMetadata.length = 0;
    this.awaitingMetadata.push(...still);
    if (still.length === 0) return;
    if (!this.metadata.everFetched && !this.metadata.inFlight) this.metadata.refresh();
    else this.metadata.scheduleRetry();
    const first = still[0] as PendingRecord;
    const dueMs = first.timestamp + this.config.maxBlockMs;
    if (!this.maxBlockTimer || this.maxBlockTimer.cancelled || this.maxBlockTimer.atMs > dueMs) {
      this.ctx.cancel(this.maxBlockTimer);
      this.maxBlockTimer = this.ctx.after(Math.max(0, dueMs - nowMs), 'max.block.ms', () => {
        this.maxBlockTimer = null;
        this.drainAwaiting();
      });
    }
  }

  // ------------------------------------------------------------------ accumulator

  /** The next sequence of the batch's partition, advanced past its records. */
  private takeSequence(batch: Batch): number {
    const key = `${batch.topic}-${batch.partition}`;
    const next = this.nextSequence.get(key) ?? 0;
    this.nextSequence.set(key, (next + batch.records.length) % 2_147_483_648);
    return next;
  }

  /** `InitProducerId` to any broker, retried after retry.backoff.ms until it answers. */
  private initProducerId(): void {
    if (this.producerIdInFlight) return;
    const brokers = this.ctx.bootstrapBrokers();
    if (brokers.length === 0) return;
    this.producerIdInFlight = true;
    const retry = () => {
      this.producerIdInFlight = false;
      this.ctx.after(this.config.retryBackoffMs, 'init producer id retry', () => this.drain());
    };
    this.ctx.request(
      brokers[this.ctx.nextIntBelow(brokers.length)] as number,
      { api: 'InitProducerId', transactionalId: null, transactionTimeoutMs: 60_000 },
      this.config.requestTimeoutMs,
      (response) => {
        if (response.error !== 'NONE') {
          retry();
          return;
        }
        this.producerIdInFlight = false;
        this.producerId = response.producerId;
        this.producerEpoch = response.producerEpoch;
        this.drain();
      },
      retry,
    );
  }

  // ------------------------------------------------------------------ sender

  /** The sender loop: sends every ready batch whose leader is known and has a free in-flight slot. */
  private drain(): void {
    const nowMs = this.ctx.nowMs();
    this.expireBatches(nowMs);
    // An idempotent producer sends nothing before it has its producer id.
    if (this.config.enableIdempotence && this.producerId < 0) {
      this.initProducerId();
      return;
    }
    const byLeader = new Map<number, Batch[]>();
    let nextWakeMs = Number.POSITIVE_INFINITY;
    let needMetadata = false;
    for (const queue of this.accumulator.queues.values()) {
      const batch = this.nextToSend(queue);
      if (!batch) continue;
      const readyAt = batch.attempts > 0 ? batch.retryAtMs : this.readyAtMs(batch);
      if (readyAt > nowMs) {
        nextWakeMs = Math.min(nextWakeMs, readyAt);
        continue;
      }
      const leader = this.leaderOf(batch.topic, batch.partition);
      if (leader < 0) {
        needMetadata = true;
        continue;
      }
      const reconnectAt = this.reconnect.get(leader)?.untilMs ?? 0;
      if (reconnectAt > nowMs) {
        nextWakeMs = Math.min(nextWakeMs, reconnectAt);
        continue;
      }
      if (
        (this.inFlightPerBroker.get(leader) ?? 0) + (byLeader.get(leader)?.length ?? 0) >=
        this.config.maxInFlightRequestsPerConnection
      )
        continue;
      const list = byLeader.get(leader) ?? [];
      list.push(batch);
      byLeader.set(leader, list);
    }
    for (const [leader, batches] of byLeader) this.sendTo(leader, batches);
    if (needMetadata) this.metadata.scheduleRetry();
    if (Number.isFinite(nextWakeMs)) this.wakeAt(nextWakeMs);
  }

  /**
   * The partition's batch the sender may send next: the oldest one not in flight. Without idempotence
   * Java pipelines a partition's batches, up to max.in.flight.requests.per.connection (its accumulator
   * hands the sender each batch it drains), which is how a retried batch lands after a later one (§7.5).
   * An idempotent producer here keeps one batch per partition in flight (order kept, less pipelining).
   */
  private nextToSend(queue: readonly Batch[]): Batch | undefined {
    const head = queue[0];
    if (!head?.inFlight) return head;
    if (this.config.enableIdempotence || this.config.maxInFlightRequestsPerConnection <= 1) return undefined;
    for (let i = 1; i < queue.length; i++) {
      const batch = queue[i] as Batch;
      if (!batch.inFlight) return batch;
    }
    return undefined;
  }

  private readyAtMs(batch: Batch): number {
    const full = batch.closed || batch.sizeBytes >= this.config.batchSize;
    if (full || this.flushing || this.closed) return 0;
    return batch.createdMs + this.config.lingerMs;
  }

  private wakeAt(atMs: number): void {
    if (this.wakeTimer && !this.wakeTimer.cancelled && this.wakeTimer.atMs <= atMs) return;
    this.ctx.cancel(this.wakeTimer);
    this.wakeTimer = this.ctx.after(Math.max(0, atMs - this.ctx.nowMs()), 'producer linger', () => {
      this.wakeTimer = null;
      this.drain();
    });
  }

  private leaderOf(topic: string, partition: number): number {
    return this.metadata.get(topic)?.partitions.find((p) => p.partition === partition)?.leader ?? -1;
  }

  private sendTo(leader: number, batches: Batch[]): void {
    const request: ProduceRequest = {
      api: 'Produce',
      acks: this.config.acks,
      timeoutMs: this.config.requestTimeoutMs,
      partitions: batches.map((batch) => {
        batch.closed = true;
        batch.inFlight = true;
        // Sequence numbers are fixed at a batch's first send; a retry resends the very same batch, which
        // is how the broker recognises it (§7.5).
        if (batch.baseSequence < 0 && this.producerId >= 0) batch.baseSequence = this.takeSequence(batch);
        batch.attempts++;
        return {
          topic: batch.topic,
          partition: batch.partition,
          recordCount: batch.records.length,
          records: encodeRecordBatch(
            batch.baseSequence < 0
              ? { baseOffset: 0, records: batch.records }
              : {
                  baseOffset: 0,
                  producerId: this.producerId,
                  producerEpoch: this.producerEpoch,
                  baseSequence: batch.baseSequence,
                  records: batch.records,
                },
          ),
        };
      }),
    };
    if (this.config.acks === 0) {
      this.ctx.send(leader, request);
      for (const batch of batches) this.complete(batch, { baseOffset: -1 }, 0);
      return;
    }
    this.inFlightPerBroker.set(leader, (this.inFlightPerBroker.get(leader) ?? 0) + 1);
    const correlationId = this.ctx.request(
      leader,
      request,
      this.config.requestTimeoutMs,
      (response) => {
        this.releaseSlot(leader);
        this.reconnect.delete(leader);
        for (const batch of batches) {
          const data = response.partitions.find(
            (p) => p.topic === batch.topic && p.partition === batch.partition,
          );
          this.handlePartitionResponse(batch, data, correlationId);
        }
        this.drain();
      },
      (reason) => {
        this.releaseSlot(leader);
        if (reason === 'refused') {
          // The connection was never made: the batches were not sent, so no attempt is used up.
          this.connectionRefused(leader);
          for (const batch of batches) {
            batch.inFlight = false;
            batch.attempts--;
          }
        } else {
          const error: ErrorName = reason === 'timeout' ? 'REQUEST_TIMED_OUT' : 'NETWORK_EXCEPTION';
          for (const batch of batches) this.retryOrFail(batch, error, null);
        }
        this.metadata.refresh();
        this.drain();
      },
    );
  }

  /**
   * NetworkClient's reconnect backoff: `reconnect.backoff.ms` (50) doubling per failed attempt up to
   * `reconnect.backoff.max.ms` (1000), and its WARN line for each failed connection.
   */
  private connectionRefused(node: number): void {
    const state = this.reconnect.get(node) ?? { failures: 0, untilMs: 0 };
    state.failures++;
    state.untilMs = this.ctx.nowMs() + Math.min(50 * 2 ** (state.failures - 1), 1000);
    this.reconnect.set(node, state);
    this.log.push({
      atMs: this.ctx.nowMs(),
      level: 'WARN',
      logger: 'org.apache.kafka.clients.NetworkClient',
      message: `[Producer clientId=${this.clientId}] Connection to node ${node} (${brokerAddress(node)}) could not be established. Node may not be available.`,
    });
  }

  private releaseSlot(leader: number): void {
    this.inFlightPerBroker.set(leader, Math.max(0, (this.inFlightPerBroker.get(leader) ?? 1) - 1));
  }

  private handlePartitionResponse(
    batch: Batch,
    data: ProducePartitionResponse | undefined,
    correlationId: number,
  ): void {
    if (!data) {
      this.retryOrFail(batch, 'UNKNOWN_SERVER_ERROR', null);
      return;
    }
    if (data.error !== 'NONE' && isRetriable(data.error) && batch.attempts <= this.config.retries) {
      // Sender.completeBatch's warning before a retry.
      this.log.push({
        atMs: this.ctx.nowMs(),
        level: 'WARN',
        logger: 'org.apache.kafka.clients.producer.internals.Sender',
        message: `[Producer clientId=${this.clientId}] Got error produce response with correlation id ${correlationId} on topic-partition ${batch.topic}-${batch.partition}, retrying (${this.config.retries - batch.attempts} attempts left). Error: ${data.error}`,
      });
    }
    if (data.error === 'NONE') {
      this.complete(batch, data, this.config.acks);
      return;
    }
    if (['NOT_LEADER_OR_FOLLOWER', 'UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE'].includes(data.error))
      this.metadata.refresh();
    this.retryOrFail(batch, data.error, data.errorMessage);
  }

  private retryOrFail(batch: Batch, error: ErrorName, message: string | null): void {
    batch.inFlight = false;
    const nowMs = this.ctx.nowMs();
    const canRetry =
      isRetriable(error) &&
      batch.attempts <= this.config.retries &&
      nowMs - batch.createdMs + this.config.retryBackoffMs < this.config.deliveryTimeoutMs;
    this.ctx.emit({
      type: 'produce-failed',
      clientId: this.clientId,
      topic: batch.topic,
      partition: batch.partition,
      records: batch.records.length,
      error,
      message: message ?? ERRORS[error].message,
      willRetry: canRetry,
    });
    if (canRetry) {
      batch.retryAtMs = nowMs + this.config.retryBackoffMs;
      this.wakeAt(batch.retryAtMs);
      return;
    }
    this.removeBatch(batch);
    this.fail(batch.records, error, ERRORS[error].message);
  }

  private expireBatches(nowMs: number): void {
    for (const queue of this.accumulator.queues.values()) {
      for (const batch of [...queue]) {
        if (batch.inFlight || nowMs - batch.createdMs < this.config.deliveryTimeoutMs) continue;
        this.removeBatch(batch);
        const n = batch.records.length;
        this.fail(
          batch.records,
          'REQUEST_TIMED_OUT',
          `Expiring ${n} record(s) for ${batch.topic}-${batch.partition}:${nowMs - batch.createdMs} ms has passed since batch creation`,
        );
      }
    }
  }

  private complete(batch: Batch, data: { baseOffset: number }, acks: 0 | 1 | -1): void {
    this.removeBatch(batch);
    batch.records.forEach((r, i) => {
      r.result.offset = data.baseOffset < 0 ? -1 : data.baseOffset + i;
      r.result.done = true;
      this.unfinished--;
    });
    this.releaseIfDone();
    this.ctx.keyOrderLedger?.acknowledged(
      this.clientId,
      batch.topic,
      batch.partition,
      data.baseOffset,
      batch.records,
    );
    this.ctx.emit({
      type: 'produce-acked',
      clientId: this.clientId,
      topic: batch.topic,
      partition: batch.partition,
      baseOffset: data.baseOffset,
      records: batch.records.length,
      acks,
    });
  }

  private removeBatch(batch: Batch): void {
    this.accumulator.removeBatch(batch);
  }

  private fail(records: readonly PendingRecord[], error: ErrorName | 'ILLEGAL_STATE', message: string): void {
    for (const r of records) {
      r.result.done = true;
      r.result.error = error === 'ILLEGAL_STATE' ? 'UNKNOWN_SERVER_ERROR' : error;
      r.result.errorMessage = message;
      r.result.errorClass =
        error === 'ILLEGAL_STATE' ? 'java.lang.IllegalStateException' : exceptionClassName(error);
      this.unfinished--;
    }
    this.releaseIfDone();
  }
}
