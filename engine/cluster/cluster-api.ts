/**
 * The cluster's command surface: what the CLI tools, the script runner, the UI and (later) lessons and
 * share links drive. Every call is synchronous over in-memory state at the current simulated time;
 * time moves only through `advance`/`runUntil`. Admin calls behave as Kafka's AdminClient sees them
 * against a ZooKeeper-mode cluster: they throw {@link KafkaError} with Kafka's message on refusal and
 * change nothing then.
 */
import type { ClientLogEntry } from '../clients/client-context';
import type { ErrorName } from './errors';
import type { TopicPartition } from './protocol';

export interface CreateTopicOptions {
  /** Default: the brokers' `num.partitions`. */
  readonly partitions?: number;
  /** Default: the brokers' `default.replication.factor`. */
  readonly replicationFactor?: number;
  /** Topic config overrides by Kafka name, values as typed (`retention.ms` → `'60000'`). */
  readonly configs?: Readonly<Record<string, string>>;
}

export interface PartitionDescription {
  readonly partition: number;
  /** −1 = no leader (`Leader: none`). */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
}

export interface TopicDescription {
  readonly name: string;
  readonly topicId: string;
  readonly internal: boolean;
  readonly partitions: readonly PartitionDescription[];
  /** Non-default configs in `kafka-topics --describe` order and form (`segment.bytes=1073741824`). */
  readonly configs: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly markedForDeletion: boolean;
}

/** `ListOffsets` spec: latest (HW), earliest (log start), max-timestamp, or a timestamp in ms. */
export type OffsetSpec = 'latest' | 'earliest' | 'max-timestamp' | { readonly timestampMs: number };

export interface GroupMemberDescription {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly clientId: string;
  readonly host: string;
  readonly assignment: readonly TopicPartition[];
}

export interface GroupDescription {
  readonly groupId: string;
  /** Kafka's classic group states. */
  readonly state: 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';
  /** The group's generation: bumped by every completed join round (a rebalance). */
  readonly generationId: number;
  readonly protocol: string;
  readonly coordinator: { readonly id: number; readonly host: string; readonly port: number };
  readonly members: readonly GroupMemberDescription[];
  /** Committed offsets (the next offset to read), by topic-partition. */
  readonly offsets: ReadonlyArray<TopicPartition & { readonly offset: number }>;
}

/** A record as a producer application hands it over. Strings are sent UTF-8 encoded. */
export interface ProducerRecordInput {
  readonly topic: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers?: ReadonlyArray<{ readonly key: string; readonly value: string | null }>;
  readonly partition?: number;
  /** Default: the producer's clock at send. */
  readonly timestampMs?: number;
}

/** The outcome of one send, filled in when the producer learns it (Kafka's `RecordMetadata` or error). */
export interface SendResult {
  done: boolean;
  topic: string;
  partition: number;
  /** −1 for acks=0, or until acknowledged. */
  offset: number;
  timestampMs: number;
  error: ErrorName | null;
  /** Kafka's exception text for `error`, as the client raises it. */
  errorMessage: string | null;
  /** Java exception class (e.g. `org.apache.kafka.common.errors.NotEnoughReplicasException`). */
  errorClass: string | null;
}

export interface ProducerConfigInput {
  readonly clientId?: string;
  /** 'all' | '-1' | '1' | '0'. */
  readonly acks?: string;
  readonly lingerMs?: number;
  readonly batchSize?: number;
  readonly retries?: number;
  readonly retryBackoffMs?: number;
  readonly requestTimeoutMs?: number;
  readonly deliveryTimeoutMs?: number;
  readonly maxBlockMs?: number;
  readonly enableIdempotence?: boolean;
  readonly partitionerIgnoreKeys?: boolean;
}

export interface ProducerHandle {
  readonly clientId: string;
  send(record: ProducerRecordInput): SendResult;
  /** Makes every open batch sendable now (`KafkaProducer.flush`). */
  flush(): void;
  /** Every send has completed (acknowledged or failed). */
  idle(): boolean;
  close(): void;
  /** Log lines the Java client would have printed (log4j WARN and above) since the last call. */
  takeLog(): ClientLogEntry[];
}

export interface ConsumerConfigInput {
  readonly groupId?: string | null;
  readonly clientId?: string;
  readonly autoOffsetReset?: 'latest' | 'earliest' | 'none';
  readonly enableAutoCommit?: boolean;
  readonly autoCommitIntervalMs?: number;
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly maxPollRecords?: number;
  /** Assignor names in preference order ('range', 'roundrobin', 'cooperative-sticky'). */
  readonly partitionAssignmentStrategy?: readonly string[];
  readonly groupInstanceId?: string | null;
}

/** A record as a consumer receives it. */
export interface ConsumedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly timestampMs: number;
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  readonly leaderEpoch: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: ReadonlyArray<{ readonly key: string; readonly value: Uint8Array | null }>;
}

export interface ConsumerHandle {
  readonly clientId: string;
  readonly groupId: string | null;
  /** Set once the coordinator has given one. */
  readonly memberId: string;
  subscribe(topics: readonly string[]): void;
  /** Manual assignment (no group membership). */
  assign(partitions: readonly TopicPartition[]): void;
  seek(tp: TopicPartition, offset: number): void;
  seekToBeginning(tps: readonly TopicPartition[]): void;
  seekToEnd(tps: readonly TopicPartition[]): void;
  /** Records fetched so far and not yet taken, in arrival order, at most `max`. */
  poll(max?: number): ConsumedRecord[];
  /** Positions (next offset to return) of the assigned partitions. */
  positions(): ReadonlyArray<TopicPartition & { readonly offset: number }>;
  assignment(): readonly TopicPartition[];
  /** Commits the current positions (or the given offsets) synchronously in sim time via the coordinator. */
  commitSync(offsets?: ReadonlyArray<TopicPartition & { readonly offset: number }>): void;
  /** Leaves the group (LeaveGroup) after committing if auto-commit is on, as `KafkaConsumer.close`. */
  close(): void;
  /** `close()` has finished (its commit and LeaveGroup answered or given up); advance time to get there. */
  readonly closed: boolean;
  /** Offset commits sent and not yet answered (`commitSync` returns at once; wait for this to be 0). */
  readonly pendingCommits: number;
  /** The process dies: no LeaveGroup, no commit; the coordinator notices by session timeout. */
  crash(): void;
}

export type FaultNode = number | 'zookeeper';

export interface ClusterApi {
  readonly seed: number;
  readonly nowMs: number;
  readonly brokerIds: readonly number[];
  /** A draw from the cluster's seeded PRNG (tools use it for e.g. `console-consumer-<0..99999>`). */
  nextIntBelow(bound: number): number;

  /** Runs the world forward `ms` simulated milliseconds, every due event at its own time. */
  advance(ms: number): void;
  /**
   * Runs until `done()` is true (checked after every event) or `maxMs` pass; returns whether it became
   * true. The CLI uses it to wait for a producer's acknowledgements.
   */
  runUntil(done: () => boolean, maxMs: number): boolean;

  createTopic(name: string, options?: CreateTopicOptions): void;
  deleteTopic(name: string): void;
  createPartitions(name: string, totalCount: number): void;
  listTopics(): string[];
  /** Sorted by name; throws UNKNOWN_TOPIC_OR_PARTITION-style KafkaError for a named missing topic. */
  describeTopics(names?: readonly string[]): TopicDescription[];
  alterTopicConfig(name: string, set: Readonly<Record<string, string>>, remove?: readonly string[]): void;
  alterBrokerConfig(brokerId: number | null, set: Readonly<Record<string, string>>): void;
  listOffsets(
    partitions: readonly TopicPartition[],
    spec: OffsetSpec,
  ): Array<TopicPartition & { offset: number; error: ErrorName }>;
  describeGroup(groupId: string): GroupDescription | undefined;
  listGroups(): string[];

  newProducer(config?: ProducerConfigInput): ProducerHandle;
  newConsumer(config?: ConsumerConfigInput): ConsumerHandle;

  killBroker(id: number): void;
  powerOffBroker(id: number): void;
  startBroker(id: number): void;
  isolate(node: FaultNode): void;
  heal(): void;
  slow(id: number, delayMs: number): void;
  dropNext(from: FaultNode, to: FaultNode): void;
  /** `sim status`: one line per broker and the controller. */
  statusLines(): string[];
}
