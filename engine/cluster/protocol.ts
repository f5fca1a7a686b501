/**
 * The Kafka RPCs that travel the simulated network, one body type per API and direction, with the
 * fields a student would meet in Kafka's own request/response schemas (clients/src/main/resources/
 * common/message/*.json). Bodies are plain data: they are the "messages in flight" the UI animates,
 * and a rewind replays them, so nothing here holds a function or a live object.
 */
import type { ErrorName } from './errors';

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

/** `topic-partition`, Kafka's own string form (`TopicPartition.toString`). */
export function tpKey(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

// ---------------------------------------------------------------------------------------------------
// Client ↔ broker
// ---------------------------------------------------------------------------------------------------

export interface MetadataRequest {
  readonly api: 'Metadata';
  /** null = every topic. */
  readonly topics: readonly string[] | null;
}

export interface BrokerEndpoint {
  readonly id: number;
  readonly host: string;
  readonly port: number;
}

export interface PartitionMetadata {
  readonly partition: number;
  readonly error: ErrorName;
  /** −1 when the partition has no leader. */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly offlineReplicas: readonly number[];
}

export interface TopicMetadata {
  readonly name: string;
  readonly error: ErrorName;
  readonly topicId: string;
  readonly isInternal: boolean;
  readonly partitions: readonly PartitionMetadata[];
}

export interface MetadataResponse {
  readonly api: 'Metadata';
  readonly brokers: readonly BrokerEndpoint[];
  readonly controllerId: number;
  readonly topics: readonly TopicMetadata[];
}

export interface ProducePartitionData {
  readonly topic: string;
  readonly partition: number;
  /** One record batch as the producer encoded it (baseOffset 0). */
  readonly records: Uint8Array;
  readonly recordCount: number;
}

export interface ProduceRequest {
  readonly api: 'Produce';
  readonly acks: 0 | 1 | -1;
  readonly timeoutMs: number;
  readonly partitions: readonly ProducePartitionData[];
}

export interface ProducePartitionResponse {
  readonly topic: string;
  readonly partition: number;
  readonly error: ErrorName;
  /** Kafka's per-partition error message, when the broker gave one. */
  readonly errorMessage: string | null;
  readonly baseOffset: number;
  readonly logAppendTimeMs: number;
  readonly logStartOffset: number;
}

export interface ProduceResponse {
  readonly api: 'Produce';
  readonly partitions: readonly ProducePartitionResponse[];
}

export interface FetchPartition {
  readonly topic: string;
  readonly partition: number;
  readonly fetchOffset: number;
  /** The leader epoch the fetcher believes current; −1 = unknown (skip the check). */
  readonly currentLeaderEpoch: number;
  /** Followers: the epoch of their last batch, for divergence detection (§5.8, IBP ≥ 2.7). −1 = none. */
  readonly lastFetchedEpoch: number;
  readonly logStartOffset: number;
  readonly partitionMaxBytes: number;
  /**
   * What the fetcher last heard of the leader's high watermark. Not a Kafka field: the simulator uses
   * it to park idle fetches without a 500 ms wake-up loop when nothing would change for the fetcher
   * (see cluster/fetch-purgatory.ts), which keeps a 7-day fast-forward cheap.
   */
  readonly knownHighWatermark: number;
}

export interface FetchRequest {
  readonly api: 'Fetch';
  /** The fetching broker's id, or −1 for a consumer. */
  readonly replicaId: number;
  readonly maxWaitMs: number;
  readonly minBytes: number;
  readonly maxBytes: number;
  readonly partitions: readonly FetchPartition[];
}

export interface DivergingEpoch {
  readonly epoch: number;
  readonly endOffset: number;
}

export interface FetchPartitionResponse {
  readonly topic: string;
  readonly partition: number;
  readonly error: ErrorName;
  readonly highWatermark: number;
  readonly lastStableOffset: number;
  readonly logStartOffset: number;
  /** Whole batches, as stored in the leader's segment (empty when none). */
  readonly records: Uint8Array;
  readonly recordCount: number;
  readonly divergingEpoch: DivergingEpoch | null;
}

export interface FetchResponse {
  readonly api: 'Fetch';
  readonly partitions: readonly FetchPartitionResponse[];
}

/** `ListOffsets` timestamps: −1 latest (HW), −2 earliest (log start), −3 max timestamp. */
export interface ListOffsetsRequest {
  readonly api: 'ListOffsets';
  readonly partitions: ReadonlyArray<TopicPartition & { readonly timestamp: number }>;
}

export interface ListOffsetsResponse {
  readonly api: 'ListOffsets';
  readonly partitions: ReadonlyArray<
    TopicPartition & {
      readonly error: ErrorName;
      readonly offset: number;
      readonly timestamp: number;
      readonly leaderEpoch: number;
    }
  >;
}

export interface FindCoordinatorRequest {
  readonly api: 'FindCoordinator';
  readonly key: string;
}

export interface FindCoordinatorResponse {
  readonly api: 'FindCoordinator';
  readonly error: ErrorName;
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
}

/** What a consumer puts in its JoinGroup protocol metadata (ConsumerProtocolSubscription). */
export interface ConsumerSubscription {
  readonly topics: readonly string[];
  readonly ownedPartitions: readonly TopicPartition[];
  readonly generationId: number;
}

export interface JoinGroupRequest {
  readonly api: 'JoinGroup';
  readonly groupId: string;
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  /** '' on the first join. */
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly protocolType: 'consumer';
  /** Assignor names in the member's order of preference, each with the same subscription. */
  readonly protocols: ReadonlyArray<{ readonly name: string; readonly metadata: ConsumerSubscription }>;
}

export interface JoinGroupMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly metadata: ConsumerSubscription;
}

export interface JoinGroupResponse {
  readonly api: 'JoinGroup';
  readonly error: ErrorName;
  readonly generationId: number;
  readonly protocolName: string | null;
  readonly leader: string;
  readonly memberId: string;
  /** Filled for the group leader only. */
  readonly members: readonly JoinGroupMember[];
}

export interface SyncGroupRequest {
  readonly api: 'SyncGroup';
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  /** Only the leader sends assignments. */
  readonly assignments: ReadonlyArray<{
    readonly memberId: string;
    readonly partitions: readonly TopicPartition[];
  }>;
}

export interface SyncGroupResponse {
  readonly api: 'SyncGroup';
  readonly error: ErrorName;
  readonly assignment: readonly TopicPartition[];
}

export interface HeartbeatRequest {
  readonly api: 'Heartbeat';
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
}

export interface HeartbeatResponse {
  readonly api: 'Heartbeat';
  readonly error: ErrorName;
}

export interface LeaveGroupRequest {
  readonly api: 'LeaveGroup';
  readonly groupId: string;
  readonly memberId: string;
}

export interface LeaveGroupResponse {
  readonly api: 'LeaveGroup';
  readonly error: ErrorName;
}

export interface OffsetCommitRequest {
  readonly api: 'OffsetCommit';
  readonly groupId: string;
  /** −1 with memberId '' for a commit from outside the group (manual assignment, admin). */
  readonly generationId: number;
  readonly memberId: string;
  readonly offsets: ReadonlyArray<
    TopicPartition & { readonly offset: number; readonly leaderEpoch: number; readonly metadata: string }
  >;
}

export interface OffsetCommitResponse {
  readonly api: 'OffsetCommit';
  readonly partitions: ReadonlyArray<TopicPartition & { readonly error: ErrorName }>;
}

export interface OffsetFetchRequest {
  readonly api: 'OffsetFetch';
  readonly groupId: string;
  /** null = every partition the group has committed. */
  readonly partitions: readonly TopicPartition[] | null;
}

export interface OffsetFetchResponse {
  readonly api: 'OffsetFetch';
  readonly error: ErrorName;
  /** offset −1 = no committed offset. */
  readonly offsets: ReadonlyArray<
    TopicPartition & { readonly offset: number; readonly leaderEpoch: number; readonly error: ErrorName }
  >;
}

/** An idempotent producer's first request: a producer id (and epoch) to stamp its batches with. */
export interface InitProducerIdRequest {
  readonly api: 'InitProducerId';
  /** null for an idempotent, non-transactional producer. */
  readonly transactionalId: string | null;
  readonly transactionTimeoutMs: number;
}

export interface InitProducerIdResponse {
  readonly api: 'InitProducerId';
  readonly error: ErrorName;
  readonly producerId: number;
  readonly producerEpoch: number;
}

// ---------------------------------------------------------------------------------------------------
// Controller ↔ broker (ZooKeeper mode, IBP ≥ 2.7)
// ---------------------------------------------------------------------------------------------------

/** A partition's leadership as the controller decided it (LeaderAndIsr / UpdateMetadata partition state). */
export interface PartitionState {
  readonly topic: string;
  readonly partition: number;
  readonly controllerEpoch: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly isr: readonly number[];
  /** The partition epoch: ZooKeeper's data version of the state znode. */
  readonly partitionEpoch: number;
  readonly replicas: readonly number[];
  readonly leaderRecoveryState: 0 | 1;
}

export interface LeaderAndIsrRequest {
  readonly api: 'LeaderAndIsr';
  readonly controllerId: number;
  readonly controllerEpoch: number;
  readonly partitions: ReadonlyArray<PartitionState & { readonly isNew: boolean; readonly topicId: string }>;
}

export interface LeaderAndIsrResponse {
  readonly api: 'LeaderAndIsr';
  readonly error: ErrorName;
}

export interface UpdateMetadataRequest {
  readonly api: 'UpdateMetadata';
  readonly controllerId: number;
  readonly controllerEpoch: number;
  readonly liveBrokers: readonly BrokerEndpoint[];
  readonly partitions: readonly PartitionState[];
  /** Topics removed from the cluster. */
  readonly deletedTopics: readonly string[];
  readonly topicIds: ReadonlyArray<{ readonly topic: string; readonly topicId: string }>;
}

export interface UpdateMetadataResponse {
  readonly api: 'UpdateMetadata';
  readonly error: ErrorName;
}

export interface StopReplicaRequest {
  readonly api: 'StopReplica';
  readonly controllerId: number;
  readonly controllerEpoch: number;
  readonly partitions: ReadonlyArray<TopicPartition & { readonly deletePartition: boolean }>;
}

export interface StopReplicaResponse {
  readonly api: 'StopReplica';
  readonly error: ErrorName;
}

export interface AlterPartitionRequest {
  readonly api: 'AlterPartition';
  readonly brokerId: number;
  readonly topic: string;
  readonly partition: number;
  readonly leaderEpoch: number;
  readonly newIsr: readonly number[];
  readonly partitionEpoch: number;
}

export interface AlterPartitionResponse {
  readonly api: 'AlterPartition';
  readonly error: ErrorName;
  readonly topic: string;
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly isr: readonly number[];
  readonly partitionEpoch: number;
}

// ---------------------------------------------------------------------------------------------------
// ZooKeeper session traffic (shown, so a cut link visibly stops it)
// ---------------------------------------------------------------------------------------------------

export interface ZkWatchEvent {
  readonly api: 'ZkWatch';
  readonly type: 'NodeCreated' | 'NodeDeleted' | 'NodeDataChanged' | 'NodeChildrenChanged';
  readonly path: string;
}

export type RequestBody =
  | MetadataRequest
  | ProduceRequest
  | FetchRequest
  | ListOffsetsRequest
  | FindCoordinatorRequest
  | JoinGroupRequest
  | SyncGroupRequest
  | HeartbeatRequest
  | LeaveGroupRequest
  | OffsetCommitRequest
  | OffsetFetchRequest
  | InitProducerIdRequest
  | LeaderAndIsrRequest
  | UpdateMetadataRequest
  | StopReplicaRequest
  | AlterPartitionRequest;

export type ResponseBody =
  | MetadataResponse
  | ProduceResponse
  | FetchResponse
  | ListOffsetsResponse
  | FindCoordinatorResponse
  | JoinGroupResponse
  | SyncGroupResponse
  | HeartbeatResponse
  | LeaveGroupResponse
  | OffsetCommitResponse
  | OffsetFetchResponse
  | InitProducerIdResponse
  | LeaderAndIsrResponse
  | UpdateMetadataResponse
  | StopReplicaResponse
  | AlterPartitionResponse;

export type ApiName = RequestBody['api'];

/** The response type that answers a request type. */
export type ResponseFor<R extends RequestBody> = Extract<ResponseBody, { api: R['api'] }>;

/** What travels on a link: a request, its response (same correlation id), or a ZooKeeper event. */
export type MessageBody =
  | { readonly kind: 'request'; readonly correlationId: number; readonly body: RequestBody }
  | { readonly kind: 'response'; readonly correlationId: number; readonly body: ResponseBody }
  | { readonly kind: 'zk'; readonly body: ZkWatchEvent };
