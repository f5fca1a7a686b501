/**
 * How the Java producer (3.3+, `partitioner.class` unset) picks a record's partition (KAFKA-REFERENCE
 * §7.1, §7.3): `KafkaProducer.partition` for explicit partitions and keys, and `BuiltInPartitioner`
 * (KIP-794, one per topic) for everything else: stick to one partition until about `batch.size` bytes
 * went there, then jump to a random one, weighted towards leaders with short queues.
 */
import { partitionForKey } from '../codec';

/** `RecordMetadata.UNKNOWN_PARTITION`: "let the accumulator's built-in partitioner choose". */
export const UNKNOWN_PARTITION = -1;

export interface RecordPartitionInput {
  /** The serialized key; null for a record without one. */
  readonly key: Uint8Array | null;
  /** `ProducerRecord.partition()`, when the application set one. */
  readonly explicitPartition?: number;
  /** All partitions of the topic, with or without a leader. */
  readonly numPartitions: number;
  /** `partitioner.ignore.keys`. */
  readonly ignoreKeys: boolean;
}

/**
 * `KafkaProducer.partition` without a custom partitioner: the explicit partition as is; else
 * `toPositive(murmur2(key)) % numPartitions` for a key (unless `partitioner.ignore.keys`); else
 * `UNKNOWN_PARTITION`, and the record goes to its topic's `BuiltInPartitioner`.
 *
 * @example
 *   partitionForRecord({ key: utf8('key2'), numPartitions: 6, ignoreKeys: false }); // 5
 */
export function partitionForRecord(record: RecordPartitionInput): number {
  if (record.explicitPartition !== undefined) return record.explicitPartition;
  if (record.key !== null && !record.ignoreKeys) return partitionForKey(record.key, record.numPartitions);
  return UNKNOWN_PARTITION;
}

/** What the partitioner needs of the producer's metadata for its topic. */
export interface TopicPartitionsInfo {
  /** `cluster.partitionsForTopic(topic).size()`. */
  readonly numPartitions: number;
  /** `cluster.availablePartitionsForTopic(topic)`: the partitions that have a leader, in metadata order. */
  readonly availablePartitions: readonly number[];
}

/**
 * Uniform integer in [0, bound): the seeded RNG's `nextIntBelow`. Kafka itself draws
 * `Utils.toPositive(ThreadLocalRandom.nextInt()) % bound`; pass that to copy its slight modulo bias.
 */
export type NextIntBelow = (bound: number) => number;

/**
 * One topic's sticky-partition state. The accumulator drives it as `RecordAccumulator.append` does:
 *
 * 1. `p = peekCurrentPartition(…)`.
 * 2. If every batch queued for `p` is full (or there is none), call `updatePartitionInfo(0, true, …)`:
 *    a switch that an unfinished batch held back happens now; if it switched, go back to 1.
 * 3. Append the record to `p`'s queue, then `updatePartitionInfo(appendedBytes, allBatchesFull, …)`,
 *    where appendedBytes is the growth of the batch (a new batch counts its whole estimated size, header
 *    included) and allBatchesFull is step 2's test after the append.
 *
 * Plain data apart from its methods, so a simulation snapshot can copy it.
 */
export class BuiltInPartitioner {
  /** The current sticky partition; undefined until the first record needs one. */
  stickyPartition: number | undefined = undefined;
  /** Bytes appended to the sticky partition since it was chosen. */
  producedBytes = 0;
  /** Cumulative weights and their partitions when queue sizes differ; undefined means uniform. */
  private loadStats:
    | { readonly cumulativeFrequencyTable: number[]; readonly partitionIds: number[] }
    | undefined;

  /** @param stickyBatchSizeBytes `batch.size`: how much to produce to a partition before switching. */
  constructor(
    readonly topic: string,
    readonly stickyBatchSizeBytes: number,
  ) {
    if (!Number.isInteger(stickyBatchSizeBytes) || stickyBatchSizeBytes < 1) {
      throw new RangeError(`stickyBatchSize must be >= 1 but got ${stickyBatchSizeBytes}`);
    }
  }

  /**
   * The partition a null-key record goes to now, choosing one if none is chosen yet.
   *
   * @example
   *   const partitioner = new BuiltInPartitioner('demo', 16384);
   *   partitioner.peekCurrentPartition({ numPartitions: 3, availablePartitions: [0, 1, 2] }, (n) => rng.nextIntBelow(n));
   */
  peekCurrentPartition(cluster: TopicPartitionsInfo, nextIntBelow: NextIntBelow): number {
    if (this.stickyPartition === undefined) this.switchPartition(cluster, nextIntBelow);
    return this.stickyPartition as number;
  }

  /**
   * Counts `appendedBytes` against the sticky partition and switches to a new random one once it has
   * had `batch.size` bytes and `enableSwitch` (its queue holds no unfinished batch), or `2 × batch.size`
   * bytes regardless. Returns whether it switched. The new partition may be the same one again.
   *
   * @example
   *   partitioner.updatePartitionInfo(16384, true, cluster, nextIntBelow); // true: switched
   */
  updatePartitionInfo(
    appendedBytes: number,
    enableSwitch: boolean,
    cluster: TopicPartitionsInfo,
    nextIntBelow: NextIntBelow,
  ): boolean {
    if (this.stickyPartition === undefined) return false;
    this.producedBytes += appendedBytes;
    const batch = this.stickyBatchSizeBytes;
    // Waiting for the batch to fill avoids sending a fragment; the 2× cap bounds the wait.
    if ((this.producedBytes >= batch && enableSwitch) || this.producedBytes >= batch * 2) {
      this.switchPartition(cluster, nextIntBelow);
      return true;
    }
    return false;
  }

  /**
   * `updatePartitionLoadStats`, which `RecordAccumulator.partitionReady` calls on every send loop when
   * `partitioner.adaptive.partitioning.enable` is true and every partition of the topic has had a
   * batch queued at least once (otherwise it passes null). `queueSizes[i]` is the number of batches
   * queued for `partitionIds[i]`; both cover the partitions that have a leader, the first `length` of
   * them not excluded by `partitioner.availability.timeout.ms`. `partitionsWithQueues` is the number
   * of partitions with a queue, leader or not (Java's array length). Uniform choice is kept when fewer
   * than 2 partitions have queues, or when all queue sizes are equal and nothing was left out;
   * otherwise partition i gets weight `maxQueueSize + 1 − queueSizes[i]`.
   *
   * @example
   *   partitioner.updatePartitionLoadStats([5, 0, 3, 0, 1], [0, 1, 2, 3, 4]); // weights 1, 6, 3, 6, 5
   */
  updatePartitionLoadStats(
    queueSizes: readonly number[] | null,
    partitionIds: readonly number[] = [],
    length: number = queueSizes?.length ?? 0,
    partitionsWithQueues: number = queueSizes?.length ?? 0,
  ): void {
    this.loadStats = undefined;
    if (queueSizes === null || length < 1 || partitionsWithQueues < 2) return;
    const sizes = queueSizes.slice(0, length);
    const max = Math.max(...sizes);
    const allEqual = sizes.every((size) => size === sizes[0]);
    if (allEqual && length === partitionsWithQueues) return;
    const cumulativeFrequencyTable: number[] = [];
    let sum = 0;
    for (const size of sizes) {
      sum += max + 1 - size;
      cumulativeFrequencyTable.push(sum);
    }
    this.loadStats = { cumulativeFrequencyTable, partitionIds: partitionIds.slice(0, length) };
  }

  /** `nextPartition`: weighted by load stats when there are some, else uniform over available ones. */
  private switchPartition(cluster: TopicPartitionsInfo, nextIntBelow: NextIntBelow): void {
    this.producedBytes = 0;
    const stats = this.loadStats;
    if (stats === undefined) {
      const available = cluster.availablePartitions;
      this.stickyPartition =
        available.length > 0
          ? (available[nextIntBelow(available.length)] as number)
          : nextIntBelow(cluster.numPartitions);
      return;
    }
    const table = stats.cumulativeFrequencyTable;
    const r = nextIntBelow(table[table.length - 1] as number);
    // The first entry strictly greater than r: r falls in that partition's slice of [0, total).
    let index = 0;
    while ((table[index] as number) <= r) index++;
    this.stickyPartition = stats.partitionIds[index] as number;
  }
}
