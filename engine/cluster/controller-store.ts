/**
 * The metadata store the controller reads and writes. In ZooKeeper mode it is the znode tree (`zk-
 * controller-store.ts`); a KRaft controller would implement the same calls over the `__cluster_metadata`
 * log, so the controller's rules (elections, ISR changes, topic life cycle) do not change with it.
 * Every call may throw {@link MetadataStoreUnavailable} (the controller lost its ZooKeeper connection).
 */

export interface StoredPartitionState {
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly isr: readonly number[];
  readonly controllerEpoch: number;
  readonly leaderRecoveryState: 0 | 1;
  /** The znode's data version (the partition epoch). */
  readonly version: number;
}

export interface StoredTopic {
  readonly name: string;
  readonly topicId: string;
  /** Replica lists by partition id. */
  readonly assignment: ReadonlyArray<readonly number[]>;
}

export class MetadataStoreUnavailable extends Error {
  constructor(message = 'KeeperErrorCode = ConnectionLoss') {
    super(message);
    this.name = 'KeeperException$ConnectionLossException';
  }
}

export interface ControllerStore {
  liveBrokerIds(): number[];
  topics(): StoredTopic[];
  topic(name: string): StoredTopic | undefined;
  partitionState(topic: string, partition: number): StoredPartitionState | undefined;
  /** Creates the state znode of a new partition; returns its version (0). */
  createPartitionState(
    topic: string,
    partition: number,
    state: Omit<StoredPartitionState, 'version'>,
  ): number;
  /** Conditional update; returns the new version, or null when `expectedVersion` is stale. */
  updatePartitionState(
    topic: string,
    partition: number,
    state: Omit<StoredPartitionState, 'version'>,
    expectedVersion: number,
  ): number | null;
  topicsMarkedForDeletion(): string[];
  /** Removes the topic's znodes and its deletion marker (end of topic deletion). */
  completeTopicDeletion(topic: string): void;
}
