/**
 * The configs the curriculum touches, as Kafka 3.9 names, types, defaults and validates them: the
 * topic configs of `kafka-configs --entity-type topics` and the broker configs behind them. Pure data
 * (config-meta.test.ts checks every default, type and bound against the engine's own tables, so the
 * editor cannot teach a number the simulation does not use).
 */
import type { MessageKey } from '../../i18n/i18n';

/** Java `ConfigDef.Type`. */
export type ConfigType = 'int' | 'long' | 'double' | 'boolean' | 'string' | 'list';
export type ConfigUnit = 'ms' | 'seconds' | 'bytes' | 'count' | 'ratio' | 'percent' | null;

export interface ConfigMeta {
  /** Kafka's name, exactly as spelled in Kafka (`replica.lag.time.max.ms`). */
  readonly name: string;
  readonly type: ConfigType;
  /** Kafka's default, as `kafka-configs --describe --all` prints it. */
  readonly defaultValue: string;
  readonly unit: ConfigUnit;
  /** `ConfigDef.Range` bounds, when there are any. */
  readonly min?: number;
  readonly max?: number;
  /** `ValidString` / `ValidList` choices (a list's every entry must be one). */
  readonly allowed?: readonly string[];
  /** The one-line meaning, in the current language. */
  readonly doc: MessageKey;
  /** Values that mean something beyond their number (−1 = forever). */
  readonly special?: Readonly<Record<string, MessageKey>>;
}

export interface TopicConfigMeta extends ConfigMeta {
  /** The broker config that supplies the default (`ServerTopicConfigSynonyms`). */
  readonly brokerSynonym: string;
}

export interface BrokerConfigMeta extends ConfigMeta {
  /**
   * How a real Kafka lets it change: `cluster-wide` = dynamically with `kafka-configs --alter
   * --entity-type brokers --entity-default`; `read-only` = only in server.properties, with a restart.
   * The simulator applies both at once; the editor says which a real cluster allows.
   */
  readonly updateMode: 'cluster-wide' | 'read-only';
  /** Names that set the same thing in another unit, highest precedence first (`log.retention.minutes`). */
  readonly synonyms?: readonly { readonly name: string; readonly factor: number }[];
  /** A misspelling people write (the notes' `replica.lag.max.ms`): the editor points to the right name. */
  readonly misspelling?: string;
}

const FOREVER: Readonly<Record<string, MessageKey>> = { '-1': 'config.special.forever' };
const UNLIMITED: Readonly<Record<string, MessageKey>> = { '-1': 'config.special.unlimited' };

/**
 * Topic configs in the curriculum, in the order the editor lists them (retention and segments first,
 * then replication safety, then record format).
 */
// biome-ignore format: one row per config, read as a table
export const TOPIC_CONFIG_META: readonly TopicConfigMeta[] = [
  { name: 'retention.ms', type: 'long', defaultValue: '604800000', unit: 'ms', min: -1, special: FOREVER, doc: 'config.doc.retention.ms', brokerSynonym: 'log.retention.ms' },
  { name: 'retention.bytes', type: 'long', defaultValue: '-1', unit: 'bytes', special: UNLIMITED, doc: 'config.doc.retention.bytes', brokerSynonym: 'log.retention.bytes' },
  { name: 'segment.bytes', type: 'int', defaultValue: '1073741824', unit: 'bytes', min: 14, doc: 'config.doc.segment.bytes', brokerSynonym: 'log.segment.bytes' },
  { name: 'segment.ms', type: 'long', defaultValue: '604800000', unit: 'ms', min: 1, doc: 'config.doc.segment.ms', brokerSynonym: 'log.roll.ms' },
  { name: 'segment.index.bytes', type: 'int', defaultValue: '10485760', unit: 'bytes', min: 4, doc: 'config.doc.segment.index.bytes', brokerSynonym: 'log.index.size.max.bytes' },
  { name: 'index.interval.bytes', type: 'int', defaultValue: '4096', unit: 'bytes', min: 0, doc: 'config.doc.index.interval.bytes', brokerSynonym: 'log.index.interval.bytes' },
  { name: 'file.delete.delay.ms', type: 'long', defaultValue: '60000', unit: 'ms', min: 0, doc: 'config.doc.file.delete.delay.ms', brokerSynonym: 'log.segment.delete.delay.ms' },
  { name: 'cleanup.policy', type: 'list', defaultValue: 'delete', unit: null, allowed: ['compact', 'delete'], doc: 'config.doc.cleanup.policy', brokerSynonym: 'log.cleanup.policy' },
  { name: 'min.cleanable.dirty.ratio', type: 'double', defaultValue: '0.5', unit: 'ratio', min: 0, max: 1, doc: 'config.doc.min.cleanable.dirty.ratio', brokerSynonym: 'log.cleaner.min.cleanable.ratio' },
  { name: 'delete.retention.ms', type: 'long', defaultValue: '86400000', unit: 'ms', min: 0, doc: 'config.doc.delete.retention.ms', brokerSynonym: 'log.cleaner.delete.retention.ms' },
  { name: 'min.insync.replicas', type: 'int', defaultValue: '1', unit: 'count', min: 1, doc: 'config.doc.min.insync.replicas', brokerSynonym: 'min.insync.replicas' },
  { name: 'unclean.leader.election.enable', type: 'boolean', defaultValue: 'false', unit: null, doc: 'config.doc.unclean.leader.election.enable', brokerSynonym: 'unclean.leader.election.enable' },
  { name: 'max.message.bytes', type: 'int', defaultValue: '1048588', unit: 'bytes', min: 0, doc: 'config.doc.max.message.bytes', brokerSynonym: 'message.max.bytes' },
  { name: 'message.timestamp.type', type: 'string', defaultValue: 'CreateTime', unit: null, allowed: ['CreateTime', 'LogAppendTime'], doc: 'config.doc.message.timestamp.type', brokerSynonym: 'log.message.timestamp.type' },
  { name: 'compression.type', type: 'string', defaultValue: 'producer', unit: null, allowed: ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'], doc: 'config.doc.compression.type', brokerSynonym: 'compression.type' },
];

/**
 * Broker configs in the curriculum. Mins are the ones the simulated broker checks (Kafka's own where
 * it has one). `log.retention.ms` is unset in Kafka and falls back to `log.retention.hours` = 168.
 */
// biome-ignore format: one row per config, read as a table
export const BROKER_CONFIG_META: readonly BrokerConfigMeta[] = [
  { name: 'log.retention.check.interval.ms', type: 'long', defaultValue: '300000', unit: 'ms', min: 1, doc: 'config.doc.log.retention.check.interval.ms', updateMode: 'read-only' },
  { name: 'replica.lag.time.max.ms', type: 'long', defaultValue: '30000', unit: 'ms', min: 0, doc: 'config.doc.replica.lag.time.max.ms', updateMode: 'read-only', misspelling: 'replica.lag.max.ms' },
  { name: 'min.insync.replicas', type: 'int', defaultValue: '1', unit: 'count', min: 1, doc: 'config.doc.broker.min.insync.replicas', updateMode: 'cluster-wide' },
  { name: 'unclean.leader.election.enable', type: 'boolean', defaultValue: 'false', unit: null, doc: 'config.doc.broker.unclean.leader.election.enable', updateMode: 'cluster-wide' },
  { name: 'auto.leader.rebalance.enable', type: 'boolean', defaultValue: 'true', unit: null, doc: 'config.doc.auto.leader.rebalance.enable', updateMode: 'read-only' },
  { name: 'leader.imbalance.check.interval.seconds', type: 'long', defaultValue: '300', unit: 'seconds', min: 1, doc: 'config.doc.leader.imbalance.check.interval.seconds', updateMode: 'read-only' },
  { name: 'leader.imbalance.per.broker.percentage', type: 'int', defaultValue: '10', unit: 'percent', min: 0, doc: 'config.doc.leader.imbalance.per.broker.percentage', updateMode: 'read-only' },
  { name: 'log.retention.ms', type: 'long', defaultValue: '604800000', unit: 'ms', min: -1, special: FOREVER, doc: 'config.doc.log.retention.ms', updateMode: 'cluster-wide', synonyms: [{ name: 'log.retention.minutes', factor: 60_000 }, { name: 'log.retention.hours', factor: 3_600_000 }] },
  { name: 'log.retention.bytes', type: 'long', defaultValue: '-1', unit: 'bytes', special: UNLIMITED, doc: 'config.doc.log.retention.bytes', updateMode: 'cluster-wide' },
  { name: 'log.segment.bytes', type: 'int', defaultValue: '1073741824', unit: 'bytes', min: 14, doc: 'config.doc.log.segment.bytes', updateMode: 'cluster-wide', misspelling: 'log.segement.bytes' },
  { name: 'log.roll.ms', type: 'long', defaultValue: '604800000', unit: 'ms', min: 1, doc: 'config.doc.log.roll.ms', updateMode: 'cluster-wide', synonyms: [{ name: 'log.roll.hours', factor: 3_600_000 }], misspelling: 'log.segment.ms' },
  { name: 'log.segment.delete.delay.ms', type: 'long', defaultValue: '60000', unit: 'ms', min: 0, doc: 'config.doc.log.segment.delete.delay.ms', updateMode: 'cluster-wide' },
  { name: 'zookeeper.session.timeout.ms', type: 'int', defaultValue: '18000', unit: 'ms', min: 1, doc: 'config.doc.zookeeper.session.timeout.ms', updateMode: 'read-only' },
  { name: 'num.partitions', type: 'int', defaultValue: '1', unit: 'count', min: 1, doc: 'config.doc.num.partitions', updateMode: 'read-only' },
  { name: 'default.replication.factor', type: 'int', defaultValue: '1', unit: 'count', min: 1, doc: 'config.doc.default.replication.factor', updateMode: 'read-only' },
];

const TOPIC_BY_NAME = new Map(TOPIC_CONFIG_META.map((m) => [m.name, m]));
const BROKER_BY_NAME = new Map(BROKER_CONFIG_META.map((m) => [m.name, m]));

export function topicConfigMeta(name: string): TopicConfigMeta | undefined {
  return TOPIC_BY_NAME.get(name);
}

export function brokerConfigMeta(name: string): BrokerConfigMeta | undefined {
  return BROKER_BY_NAME.get(name);
}
