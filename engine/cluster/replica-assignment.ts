/**
 * Where a ZooKeeper-mode cluster puts a topic's replicas (KAFKA-REFERENCE §6.1, §6.4), following Kafka
 * 3.9's `AdminUtils.assignReplicasToBrokersRackUnaware` and `AdminZkClient.createNewPartitionsAssignment`:
 * first replicas go round-robin over the sorted brokers from a random start, followers follow at a
 * shift that grows by one after every full lap, so no two brokers always share partitions.
 */

/** `InvalidReplicationFactorException`: RF below 1 or above the number of brokers. */
export class InvalidReplicationFactorError extends Error {
  readonly kafkaName = 'InvalidReplicationFactorException';
  /** The protocol error a broker answers with. */
  readonly error = 'INVALID_REPLICATION_FACTOR';
  constructor(message: string) {
    super(message);
    this.name = this.kafkaName;
  }
}

/** `InvalidPartitionsException`: a partition count below 1, or one that would not grow the topic. */
export class InvalidPartitionsError extends Error {
  readonly kafkaName = 'InvalidPartitionsException';
  /** The protocol error a broker answers with. */
  readonly error = 'INVALID_PARTITIONS';
  constructor(message: string) {
    super(message);
    this.name = this.kafkaName;
  }
}

export interface AssignReplicasOptions {
  /** Index into the sorted broker list used as both start and shift; absent or < 0 draws both. */
  readonly fixedStartIndex?: number;
  /** The first partition id to assign (the current partition count when adding partitions). */
  readonly startPartitionId?: number;
  /** Uniform integer in [0, bound): the seeded RNG's `nextIntBelow`. */
  readonly nextIntBelow: (bound: number) => number;
}

/**
 * Replica lists for `nPartitions` partitions, keyed by partition id (ascending insertion order, from
 * `startPartitionId`); each list starts with the preferred leader. Broker ids are sorted ascending
 * first, as `AdminZkClient.getBrokerMetadatas` does. Without `fixedStartIndex` it draws the start index
 * and then, independently, the follower shift — two calls to `nextIntBelow(brokers)`, in that order.
 *
 * @example
 *   assignReplicasToBrokers([3, 1, 2], 3, 2, { fixedStartIndex: 0, nextIntBelow });
 *   // Map { 0 => [1, 2], 1 => [2, 3], 2 => [3, 1] }
 */
export function assignReplicasToBrokers(
  brokerIds: readonly number[],
  nPartitions: number,
  replicationFactor: number,
  options: AssignReplicasOptions,
): Map<number, number[]> {
  if (nPartitions <= 0) throw new InvalidPartitionsError('Number of partitions must be larger than 0.');
  if (replicationFactor <= 0) {
    throw new InvalidReplicationFactorError('Replication factor must be larger than 0.');
  }
  if (replicationFactor > brokerIds.length) {
    throw new InvalidReplicationFactorError(
      `Replication factor: ${replicationFactor} larger than available brokers: ${brokerIds.length}.`,
    );
  }
  const brokers = [...brokerIds].sort((a, b) => a - b);
  const n = brokers.length;
  const fixed = options.fixedStartIndex ?? -1;
  // Java evaluates startIndex before nextReplicaShift, so the draws happen in this order.
  const startIndex = fixed >= 0 ? fixed : options.nextIntBelow(n);
  let nextReplicaShift = fixed >= 0 ? fixed : options.nextIntBelow(n);
  let partitionId = Math.max(0, options.startPartitionId ?? 0);
  const assignment = new Map<number, number[]>();
  for (let i = 0; i < nPartitions; i++) {
    // Each lap over the brokers moves the followers one further away from the leader.
    if (partitionId > 0 && partitionId % n === 0) nextReplicaShift += 1;
    const firstReplicaIndex = (partitionId + startIndex) % n;
    const replicas = [brokers[firstReplicaIndex] as number];
    for (let j = 0; j < replicationFactor - 1; j++) {
      replicas.push(brokers[replicaIndex(firstReplicaIndex, nextReplicaShift, j, n)] as number);
    }
    assignment.set(partitionId, replicas);
    partitionId += 1;
  }
  return assignment;
}

/** `AdminUtils.replicaIndex`: follower j sits 1 + (shift + j) mod (n − 1) places after the leader. */
function replicaIndex(firstReplicaIndex: number, secondReplicaShift: number, j: number, n: number): number {
  const shift = 1 + ((secondReplicaShift + j) % (n - 1));
  return (firstReplicaIndex + shift) % n;
}

/**
 * Replica lists for the partitions `existing.length .. newCount − 1` of a topic growing to `newCount`
 * partitions, by the ZooKeeper-mode rule (`ZkAdminManager.createPartitions` then
 * `AdminZkClient.createNewPartitionsAssignment`): RF is partition 0's replica count, and start and shift
 * are both the index in the sorted broker list of the first broker whose id ≥ partition 0's first
 * replica (0 if none). That index is fixed, so nothing random is drawn. The existing partitions are
 * untouched and not returned.
 *
 * @example
 *   assignNewPartitions([1, 2, 3], [[1, 2], [2, 3], [3, 1]], 6);
 *   // Map { 3 => [1, 3], 4 => [2, 1], 5 => [3, 2] }
 */
export function assignNewPartitions(
  brokerIds: readonly number[],
  existing: readonly (readonly number[])[],
  newCount: number,
): Map<number, number[]> {
  const oldCount = existing.length;
  if (newCount < oldCount) {
    throw new InvalidPartitionsError(
      `Topic currently has ${oldCount} partitions, which is higher than the requested ${newCount}.`,
    );
  }
  if (newCount === oldCount) throw new InvalidPartitionsError(`Topic already has ${oldCount} partitions.`);
  const partition0 = existing[0];
  if (partition0 === undefined || partition0.length === 0) {
    throw new RangeError('the topic has no partition 0 to copy the replication factor from');
  }
  const firstReplica = partition0[0] as number;
  const brokers = [...brokerIds].sort((a, b) => a - b);
  const startIndex = Math.max(
    0,
    brokers.findIndex((id) => id >= firstReplica),
  );
  return assignReplicasToBrokers(brokers, newCount - oldCount, partition0.length, {
    fixedStartIndex: startIndex,
    startPartitionId: oldCount,
    nextIntBelow: () => {
      throw new Error('unreachable: a fixed start index draws nothing');
    },
  });
}
