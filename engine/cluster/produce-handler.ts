/**
 * The leader side of Produce (Kafka's `ReplicaManager.appendRecords` + `DelayedProduce`, §5.7): append
 * each partition's batch, then answer at once for acks=1, never for acks=0, and for acks=all only when
 * the high watermark has passed the batch — or with REQUEST_TIMED_OUT after the request's timeout.
 */
import type { Timer } from '../sim/scheduler';
import { ERRORS, type ErrorName, KafkaError } from './errors';
import type { Partition } from './partition';
import type { ProducePartitionResponse, ProduceRequest, ProduceResponse } from './protocol';

export interface ProduceHost {
  readonly brokerId: number;
  nowMs(): number;
  after(delayMs: number, label: string, action: () => void): Timer;
  cancel(timer: Timer | null | undefined): void;
  partition(topic: string, partition: number): Partition | undefined;
  respond(to: string, correlationId: number, body: ProduceResponse): void;
  /** A leader append happened (events, waking follower fetches). */
  appended(partition: Partition, baseOffset: number, lastOffset: number): void;
  /** The broker is answering NONE for the batch at `baseOffset` (acks=1 or all). */
  acknowledged(partition: Partition, baseOffset: number): void;
}

interface Waiting {
  readonly partition: Partition;
  readonly requiredOffset: number;
  readonly index: number;
}

interface PendingProduce {
  readonly from: string;
  readonly partitions: ReadonlyArray<Partition | undefined>;
  readonly correlationId: number;
  readonly responses: ProducePartitionResponse[];
  readonly waiting: Waiting[];
  timer: Timer | null;
}

export class ProduceHandler {
  private readonly pending = new Set<PendingProduce>();

  constructor(private readonly host: ProduceHost) {}

  handle(from: string, correlationId: number, request: ProduceRequest): void {
    const responses: ProducePartitionResponse[] = [];
    const waiting: Waiting[] = [];
    const partitions = request.partitions.map((d) => this.host.partition(d.topic, d.partition));
    request.partitions.forEach((data, index) => {
      const partition = this.host.partition(data.topic, data.partition);
      const base = { topic: data.topic, partition: data.partition };
      if (!partition) {
        responses.push(failed(base, 'UNKNOWN_TOPIC_OR_PARTITION', null));
        return;
      }
      try {
        const result = partition.appendRecordsToLeader(data.records, request.acks);
        // A retried batch the log already has is answered with its offsets, not appended again.
        if (!('duplicate' in result)) this.host.appended(partition, result.baseOffset, result.lastOffset);
        responses.push({
          ...base,
          error: 'NONE',
          errorMessage: null,
          baseOffset: result.baseOffset,
          logAppendTimeMs: result.logAppendTime,
          logStartOffset: result.logStartOffset,
        });
        if (request.acks === -1 && partition.log.highWatermark <= result.lastOffset)
          waiting.push({ partition, requiredOffset: result.lastOffset + 1, index });
      } catch (e) {
        if (!(e instanceof KafkaError)) throw e;
        responses.push(failed(base, e.error, e.message));
      }
    });
    if (request.acks === 0) return;
    const produce: PendingProduce = { from, partitions, correlationId, responses, waiting, timer: null };
    if (waiting.length === 0) {
      this.finish(produce);
      return;
    }
    this.pending.add(produce);
    produce.timer = this.host.after(request.timeoutMs, 'produce timeout', () => this.expire(produce));
  }

  /** The HW or the role of `partition` changed: complete the produces waiting on it. */
  partitionChanged(partition: Partition): void {
    for (const produce of [...this.pending]) {
      for (const wait of [...produce.waiting]) {
        if (wait.partition !== partition) continue;
        const outcome = this.check(wait);
        if (outcome === null) continue;
        produce.waiting.splice(produce.waiting.indexOf(wait), 1);
        if (outcome !== 'NONE') {
          const prior = produce.responses[wait.index] as ProducePartitionResponse;
          produce.responses[wait.index] = { ...prior, error: outcome, errorMessage: null };
        }
      }
      if (produce.waiting.length === 0) this.finish(produce);
    }
  }

  clear(): void {
    for (const produce of this.pending) this.host.cancel(produce.timer);
    this.pending.clear();
  }

  private check(wait: Waiting): ErrorName | null {
    const partition = wait.partition;
    if (!partition.isLeader()) return 'NOT_LEADER_OR_FOLLOWER';
    if (partition.log.highWatermark < wait.requiredOffset) return null;
    return partition.isr.length < partition.effectiveMinIsr() ? 'NOT_ENOUGH_REPLICAS_AFTER_APPEND' : 'NONE';
  }

  private expire(produce: PendingProduce): void {
    for (const wait of produce.waiting) {
      const prior = produce.responses[wait.index] as ProducePartitionResponse;
      produce.responses[wait.index] = { ...prior, error: 'REQUEST_TIMED_OUT', errorMessage: null };
    }
    produce.waiting.length = 0;
    this.finish(produce);
  }

  private finish(produce: PendingProduce): void {
    this.host.cancel(produce.timer);
    this.pending.delete(produce);
    produce.responses.forEach((r, i) => {
      const partition = produce.partitions[i];
      if (r.error === 'NONE' && partition?.isLeader()) this.host.acknowledged(partition, r.baseOffset);
    });
    this.host.respond(produce.from, produce.correlationId, { api: 'Produce', partitions: produce.responses });
  }
}

function failed(
  base: { topic: string; partition: number },
  error: ErrorName,
  message: string | null,
): ProducePartitionResponse {
  return {
    ...base,
    error,
    errorMessage: message ?? ERRORS[error].message,
    baseOffset: -1,
    logAppendTimeMs: -1,
    logStartOffset: -1,
  };
}
