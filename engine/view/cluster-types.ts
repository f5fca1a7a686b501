/**
 * The cluster's view model: plain, serialisable records of what the UI draws — brokers, topics,
 * partitions with their replicas (LEO, HW, ISR membership), groups, messages in flight, the invariant
 * counters. Built on demand (at most once per frame) by `cluster/cluster-view.ts`; nothing here holds a
 * live engine object.
 */

export interface ClusterBrokerView {
  readonly id: number;
  readonly status: 'running' | 'stopped' | 'isolated';
  readonly lastStop: 'kill' | 'power-off' | null;
  readonly isController: boolean;
  /** `/brokers/ids/<id>` exists (its ZooKeeper session is alive). */
  readonly registered: boolean;
  /** Extra latency on everything it sends (`sim slow`). */
  readonly slowMs: number;
  readonly leaderCount: number;
  readonly replicaCount: number;
  readonly diskBytes: number;
}

export interface ClusterReplicaView {
  readonly broker: number;
  readonly role: 'leader' | 'follower' | 'offline';
  readonly inIsr: boolean;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  readonly segmentCount: number;
  readonly sizeBytes: number;
  /** Leaders only: ms since this follower last caught up (the `replica.lag.time.max.ms` countdown). */
  readonly lagMs: number | null;
}

export interface ClusterPartitionView {
  readonly topic: string;
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  /** Replicas − ISR: empty when healthy. */
  readonly outOfSync: readonly number[];
  readonly underReplicated: boolean;
  readonly offline: boolean;
  readonly replicaStates: readonly ClusterReplicaView[];
}

export interface ClusterTopicView {
  readonly name: string;
  readonly topicId: string;
  readonly internal: boolean;
  readonly partitionCount: number;
  readonly replicationFactor: number;
}

export interface ClusterGroupView {
  readonly groupId: string;
  readonly state: string;
  readonly protocol: string;
  readonly coordinator: number;
  readonly members: ReadonlyArray<{
    readonly memberId: string;
    readonly clientId: string;
    readonly partitions: readonly string[];
  }>;
  /** Committed offsets and lag = the partition's high watermark − committed offset (§8.5), null without a leader. */
  readonly offsets: ReadonlyArray<{
    readonly topicPartition: string;
    readonly offset: number;
    readonly lag: number | null;
  }>;
}

export interface InFlightMessageView {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly sendMs: number;
  readonly recvMs: number;
  readonly api: string;
  readonly kind: 'request' | 'response' | 'zk';
  readonly lost: 'isolated' | 'dropped' | null;
}

export interface ClusterView {
  readonly nowMs: number;
  readonly seed: number;
  readonly controllerId: number;
  readonly brokers: readonly ClusterBrokerView[];
  readonly topics: readonly ClusterTopicView[];
  readonly partitions: readonly ClusterPartitionView[];
  readonly groups: readonly ClusterGroupView[];
  readonly inFlight: readonly InFlightMessageView[];
  readonly underReplicatedPartitions: number;
  readonly offlinePartitions: number;
  /** Records acknowledged to a producer and later gone from every leader (unsafe settings). */
  readonly acknowledgedButLost: number;
  /** Where they were, to draw as ghosts: offsets `fromOffset..toOffset` of `topicPartition`. */
  readonly lostRanges: ReadonlyArray<{
    readonly topicPartition: string;
    readonly fromOffset: number;
    readonly toOffset: number;
  }>;
}
