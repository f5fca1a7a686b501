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
  /** Kafka's JMX metrics of this broker, by Kafka's names (see {@link BrokerMetricsView}). */
  readonly metrics: BrokerMetricsView;
  /** The machine's page cache (our model; survives a kill, lost at power-off). */
  readonly pageCache: PageCacheView;
}

/**
 * One broker's metrics, keyed by Kafka's own MBean names so the UI labels them as Kafka does.
 *
 * `…PerSec` entries are Kafka meters, and the value is the meter's `Count` attribute: cumulative since
 * the broker process started (a restart starts again from 0, as a new JVM does; a UI turning counts into
 * rates treats a drop as a restart). Internally the engine keeps them as `…Total` counters:
 * `BytesInPerSec` ← `bytesInTotal`, and so on (`cluster/broker-metrics.ts`). The rest are gauges, read
 * now. Like Kafka's, they count internal topics' partitions too (`__consumer_offsets`).
 */
export interface BrokerMetricsView {
  /** BrokerTopicMetrics: bytes producers (and the group coordinator) appended to partitions this broker leads. */
  readonly BytesInPerSec: number;
  /** BrokerTopicMetrics: records appended as leader. */
  readonly MessagesInPerSec: number;
  /** BrokerTopicMetrics: record bytes sent in Fetch responses to consumers (followers excluded). */
  readonly BytesOutPerSec: number;
  /** BrokerTopicMetrics: bytes this broker appended as a follower. */
  readonly ReplicationBytesInPerSec: number;
  /** BrokerTopicMetrics: record bytes sent in Fetch responses to followers. */
  readonly ReplicationBytesOutPerSec: number;
  /** ReplicaManager: ISR shrinks this broker made as leader (AlterPartition accepted), not the controller's. */
  readonly IsrShrinksPerSec: number;
  /** ReplicaManager: ISR expansions this broker made as leader. */
  readonly IsrExpandsPerSec: number;
  /** ReplicaManager: ISR changes the controller refused or found stale. */
  readonly FailedIsrUpdatesPerSec: number;
  /** ReplicaManager gauge: partitions this broker leads whose ISR is smaller than the replica set. */
  readonly UnderReplicatedPartitions: number;
  /** ReplicaManager gauge: partitions this broker leads. */
  readonly LeaderCount: number;
  /** ReplicaManager gauge: partitions this broker hosts (any role). */
  readonly PartitionCount: number;
  /** KafkaController gauge: 1 on the active controller, 0 elsewhere (the sum should be 1). */
  readonly ActiveControllerCount: number;
  /** KafkaController gauge: partitions without a live leader; reported by the active controller only. */
  readonly OfflinePartitionsCount: number;
}

/**
 * A broker machine's OS page cache as we model it (`cluster/page-cache-model.ts`): hits and misses are
 * bytes of fetch reads (consumers and followers), found cached or read from disk.
 */
export interface PageCacheView {
  readonly hitBytes: number;
  readonly missBytes: number;
  /** Bytes cached now (the notes' pageCacheBytes). */
  readonly usedBytes: number;
  readonly budgetBytes: number;
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
  readonly generationId: number;
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
  /** The active controller's `OfflinePartitionsCount` (internal topics included, as Kafka counts); 0 without one. */
  readonly offlinePartitionsCount: number;
  /** "Per-key order kept": acknowledged keyed records of one producer that landed out of send order. */
  readonly keyOrderViolations: number;
  /** The last few of them, oldest first. */
  readonly recentKeyOrderViolations: readonly KeyOrderViolationView[];
}

export interface KeyOrderViolationView {
  readonly clientId: string;
  readonly topic: string;
  readonly key: string;
  /** Where the record sent first landed. */
  readonly earlier: { readonly partition: number; readonly offset: number };
  /** Where a record sent after it landed: a lower offset of the same partition, or another partition. */
  readonly later: { readonly partition: number; readonly offset: number };
}
