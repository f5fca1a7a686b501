/**
 * A broker's settings: Kafka 3.9's code defaults overlaid with what the shipped
 * `config/server.properties` sets (a quickstart install), in camelCase with units last. The shipped
 * file is why a 1-broker cluster can run consumer groups (`offsets.topic.replication.factor=1`) and why
 * `kafka-topics --describe` lists `segment.bytes=1073741824` among a topic's configs.
 */
import { DEFAULT_LOG_CONFIG, type LogConfig, type LogManagerConfig } from '../log';

export interface BrokerConfig {
  /** `num.partitions`. */
  readonly numPartitions: number;
  /** `default.replication.factor`. */
  readonly defaultReplicationFactor: number;
  /** `min.insync.replicas` (topic default). */
  readonly minInsyncReplicas: number;
  /** `unclean.leader.election.enable` (topic default). */
  readonly uncleanLeaderElectionEnable: boolean;
  /** `replica.lag.time.max.ms`. */
  readonly replicaLagTimeMaxMs: number;
  /** `replica.fetch.wait.max.ms`. */
  readonly replicaFetchWaitMaxMs: number;
  /** `replica.fetch.max.bytes`. */
  readonly replicaFetchMaxBytes: number;
  /** `replica.fetch.response.max.bytes`. */
  readonly replicaFetchResponseMaxBytes: number;
  /** `replica.fetch.backoff.ms`. */
  readonly replicaFetchBackoffMs: number;
  /** `replica.socket.timeout.ms`: the fetcher's request timeout. */
  readonly replicaSocketTimeoutMs: number;
  /** `zookeeper.session.timeout.ms`. */
  readonly zookeeperSessionTimeoutMs: number;
  /** `auto.leader.rebalance.enable`. */
  readonly autoLeaderRebalanceEnable: boolean;
  /** `leader.imbalance.check.interval.seconds`. */
  readonly leaderImbalanceCheckIntervalSeconds: number;
  /** `leader.imbalance.per.broker.percentage`. */
  readonly leaderImbalancePerBrokerPercentage: number;
  /** `offsets.topic.num.partitions`. */
  readonly offsetsTopicNumPartitions: number;
  /** `offsets.topic.replication.factor`. */
  readonly offsetsTopicReplicationFactor: number;
  /** `offsets.topic.segment.bytes`. */
  readonly offsetsTopicSegmentBytes: number;
  /** `offsets.retention.minutes`. */
  readonly offsetsRetentionMinutes: number;
  /** `offsets.retention.check.interval.ms`. */
  readonly offsetsRetentionCheckIntervalMs: number;
  /** `group.initial.rebalance.delay.ms`. */
  readonly groupInitialRebalanceDelayMs: number;
  /** `group.min.session.timeout.ms`. */
  readonly groupMinSessionTimeoutMs: number;
  /** `group.max.session.timeout.ms`. */
  readonly groupMaxSessionTimeoutMs: number;
  /** `delete.topic.enable`. */
  readonly deleteTopicEnable: boolean;
  /** `auto.create.topics.enable`. */
  readonly autoCreateTopicsEnable: boolean;
  /** Broker defaults of the topic-level log settings (`log.segment.bytes`, `log.retention.ms`, …). */
  readonly log: LogConfig;
  /** The log manager's schedule (`log.retention.check.interval.ms`, cleaner). */
  readonly logManager: LogManagerConfig;
  /**
   * Broker properties set explicitly (by server.properties or `sim config broker`), by Kafka name, so
   * `kafka-topics --describe` can list the `log.`-synonym settings as a real broker does (§11.1).
   */
  readonly explicit: Readonly<Record<string, string>>;
}

/** What the shipped `config/server.properties` (ZooKeeper mode, Kafka 3.9) sets. */
export const SHIPPED_SERVER_PROPERTIES: Readonly<Record<string, string>> = Object.freeze({
  'num.partitions': '1',
  'num.recovery.threads.per.data.dir': '1',
  'offsets.topic.replication.factor': '1',
  'transaction.state.log.replication.factor': '1',
  'transaction.state.log.min.isr': '1',
  'log.retention.hours': '168',
  'log.segment.bytes': '1073741824',
  'log.retention.check.interval.ms': '300000',
  'zookeeper.connection.timeout.ms': '18000',
  'group.initial.rebalance.delay.ms': '0',
});

export const DEFAULT_BROKER_CONFIG: BrokerConfig = Object.freeze({
  numPartitions: 1,
  defaultReplicationFactor: 1,
  minInsyncReplicas: 1,
  uncleanLeaderElectionEnable: false,
  replicaLagTimeMaxMs: 30_000,
  replicaFetchWaitMaxMs: 500,
  replicaFetchMaxBytes: 1_048_576,
  replicaFetchResponseMaxBytes: 10_485_760,
  replicaFetchBackoffMs: 1000,
  replicaSocketTimeoutMs: 30_000,
  zookeeperSessionTimeoutMs: 18_000,
  autoLeaderRebalanceEnable: true,
  leaderImbalanceCheckIntervalSeconds: 300,
  leaderImbalancePerBrokerPercentage: 10,
  offsetsTopicNumPartitions: 50,
  offsetsTopicReplicationFactor: 1,
  offsetsTopicSegmentBytes: 104_857_600,
  offsetsRetentionMinutes: 10_080,
  offsetsRetentionCheckIntervalMs: 600_000,
  groupInitialRebalanceDelayMs: 0,
  groupMinSessionTimeoutMs: 6000,
  groupMaxSessionTimeoutMs: 1_800_000,
  deleteTopicEnable: true,
  autoCreateTopicsEnable: true,
  log: DEFAULT_LOG_CONFIG,
  logManager: Object.freeze({
    logRetentionCheckIntervalMs: 300_000,
    logInitialTaskDelayMs: 30_000,
    logCleanerBackoffMs: 15_000,
    logCleanerEnable: true,
  }),
  explicit: SHIPPED_SERVER_PROPERTIES,
});
