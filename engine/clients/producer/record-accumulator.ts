/**
 * The producer's accumulator (Kafka's `RecordAccumulator` with the built-in partitioner, §7.1–§7.4):
 * one queue of batches per partition, records appended to the open batch up to `batch.size`, and the
 * partition of a record chosen as `KafkaProducer.partition` and `BuiltInPartitioner` choose it.
 */
import type { ProducerRecordInput, SendResult } from '../../cluster/cluster-api';
import type { TopicMetadata } from '../../cluster/protocol';
import type { RecordHeader } from '../../codec';
import { utf8Length, writeUtf8 } from '../../codec/utf8';
import {
  BuiltInPartitioner,
  partitionForRecord,
  type TopicPartitionsInfo,
  UNKNOWN_PARTITION,
} from '../uniform-sticky-partitioner';
import type { ProducerConfig } from './producer-config';

export const encoder = new TextEncoder();
const RECORD_BATCH_OVERHEAD = 61;
const EMPTY_INFO: TopicPartitionsInfo = { numPartitions: 0, availablePartitions: [] };

/** UTF-8 bytes of a string; a plain loop beats TextEncoder's call cost for short keys and values. */
export function utf8Bytes(text: string): Uint8Array {
  if (text.length > 48) return encoder.encode(text);
  const bytes = new Uint8Array(utf8Length(text));
  writeUtf8(bytes, 0, text);
  return bytes;
}

/**
 * A record in the accumulator; shaped as the encoder's `RecordInput` so batches encode without copies.
 * A class, not a literal: one shape for every record keeps the per-record paths monomorphic.
 */
export class PendingRecord {
  readonly headers?: RecordHeader[];

  constructor(
    readonly input: ProducerRecordInput,
    readonly key: Uint8Array | null,
    readonly value: Uint8Array | null,
    readonly timestamp: number,
    headers: RecordHeader[] | undefined,
    readonly sizeBytes: number,
    readonly result: SendResult,
    /** Order of the `send()` call within its producer (the per-key order check compares it). */
    readonly sendSeq: number,
  ) {
    if (headers !== undefined) this.headers = headers;
  }
}

export interface Batch {
  readonly topic: string;
  readonly partition: number;
  /** The accumulator queue (of its partition) it sits in. */
  readonly queue: Batch[];
  readonly records: PendingRecord[];
  sizeBytes: number;
  readonly createdMs: number;
  attempts: number;
  /** Not sendable before this time (retry backoff). */
  retryAtMs: number;
  inFlight: boolean;
  /** Closed to new records (sent once, or full). */
  closed: boolean;
  /** Sequence of its first record, fixed at the first send (−1: not idempotent or not sent yet). */
  baseSequence: number;
}

export class RecordAccumulator {
  /** Queues by `topic-partition`, oldest batch first. */
  readonly queues = new Map<string, Batch[]>();
  private readonly queuesByTopic = new Map<string, Batch[][]>();
  private readonly partitioners = new Map<string, BuiltInPartitioner>();

  constructor(
    private readonly config: ProducerConfig,
    private readonly ctx: { nowMs(): number; nextIntBelow(bound: number): number },
  ) {}

  /** Adds the record to its partition's open batch; returns that batch, or Kafka's error text. */
  append(pending: PendingRecord, topic: TopicMetadata): Batch | string {
    const numPartitions = topic.partitions.length;
    const explicit = pending.input.partition;
    let partition =
      explicit !== undefined
        ? explicit
        : partitionForRecord({
            key: pending.key,
            numPartitions,
            ignoreKeys: this.config.partitionerIgnoreKeys,
          });
    if (partition >= numPartitions) {
      return `Partition ${partition} of topic ${topic.name} with partition count ${numPartitions} is not present in metadata after ${this.config.maxBlockMs} ms.`;
    }
    const sticky = partition === UNKNOWN_PARTITION;
    const partitioner = sticky ? this.partitionerFor(topic.name) : null;
    const info = partitioner ? this.partitionsInfo(topic) : EMPTY_INFO;
    const nextIntBelow = this.nextIntBelow;
    if (partitioner) {
      partition = partitioner.peekCurrentPartition(info, nextIntBelow);
      if (
        this.allBatchesFull(topic.name, partition) &&
        partitioner.updatePartitionInfo(0, true, info, nextIntBelow)
      )
        partition = partitioner.peekCurrentPartition(info, nextIntBelow);
    }
    pending.result.partition = partition;
    const queue = this.queueFor(topic.name, partition);
    let batch = queue.at(-1);
    let appended = pending.sizeBytes;
    if (!batch || batch.closed || batch.sizeBytes + pending.sizeBytes > this.config.batchSize) {
      if (batch) batch.closed = true;
      batch = {
        topic: topic.name,
        partition,
        queue,
        records: [],
        sizeBytes: RECORD_BATCH_OVERHEAD,
        createdMs: this.ctx.nowMs(),
        attempts: 0,
        retryAtMs: 0,
        inFlight: false,
        closed: false,
        baseSequence: -1,
      };
      queue.push(batch);
      appended += RECORD_BATCH_OVERHEAD;
    }
    batch.records.push(pending);
    batch.sizeBytes += pending.sizeBytes;
    if (partitioner)
      partitioner.updatePartitionInfo(
        appended,
        this.allBatchesFull(topic.name, partition),
        info,
        nextIntBelow,
      );
    return batch;
  }

  private readonly nextIntBelow = (n: number): number => this.ctx.nextIntBelow(n);
  private readonly infoCache = new WeakMap<TopicMetadata, TopicPartitionsInfo>();

  /** The partitioner's view of a topic, computed once per metadata response. */
  private partitionsInfo(topic: TopicMetadata): TopicPartitionsInfo {
    let info = this.infoCache.get(topic);
    if (!info) {
      info = {
        numPartitions: topic.partitions.length,
        availablePartitions: topic.partitions.filter((p) => p.leader >= 0).map((p) => p.partition),
      };
      this.infoCache.set(topic, info);
    }
    return info;
  }

  allBatchesFull(topic: string, partition: number): boolean {
    const last = this.queueFor(topic, partition).at(-1);
    return !last || last.closed || last.sizeBytes >= this.config.batchSize;
  }

  private partitionerFor(topic: string): BuiltInPartitioner {
    let p = this.partitioners.get(topic);
    if (!p) {
      p = new BuiltInPartitioner(topic, this.config.batchSize);
      this.partitioners.set(topic, p);
    }
    return p;
  }

  queueFor(topic: string, partition: number): Batch[] {
    // Looked up per record: an array per topic indexed by partition avoids building a string key.
    let byPartition = this.queuesByTopic.get(topic);
    if (!byPartition) {
      byPartition = [];
      this.queuesByTopic.set(topic, byPartition);
    }
    let queue = byPartition[partition];
    if (!queue) {
      queue = [];
      byPartition[partition] = queue;
      this.queues.set(`${topic}-${partition}`, queue);
    }
    return queue;
  }

  /** Takes a batch out of its queue (sent and answered, or expired). */
  removeBatch(batch: Batch): void {
    const queue = batch.queue;
    const i = queue.indexOf(batch);
    if (i >= 0) queue.splice(i, 1);
  }
}
