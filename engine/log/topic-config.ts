/**
 * Kafka 3.9's topic configs: name, type, default, unit, validation and broker synonym, in the order
 * `LogConfig` defines them (which decides which error Kafka reports first), plus `parseTopicConfig`.
 * Values are checked as `kafka-topics --config` / `kafka-configs --alter` would check them.
 */
import {
  atLeast,
  between,
  type ConfigType,
  type ConfigValidator,
  type ConfigValue,
  InvalidConfigurationException,
  listOf,
  oneOf,
  parseConfigValue,
  validationFailure,
} from './config-parse';
import { DEFAULT_LOG_CONFIG, LONG_MAX_VALUE, type LogConfig } from './log-config';

/** Every topic-level setting: the log's own plus those other layers (replication, producer) read. */
export interface TopicSettings extends LogConfig {
  readonly minInSyncReplicas: number;
  readonly uncleanLeaderElectionEnable: boolean;
  readonly compressionType: string;
  readonly preallocate: boolean;
  readonly flushMessages: number;
  readonly flushMs: number;
  readonly messageDownconversionEnable: boolean;
  readonly messageTimestampDifferenceMaxMs: number;
  readonly messageFormatVersion: string;
  readonly leaderReplicationThrottledReplicas: readonly string[];
  readonly followerReplicationThrottledReplicas: readonly string[];
  readonly compressionGzipLevel: number;
  readonly compressionLz4Level: number;
  readonly compressionZstdLevel: number;
  readonly remoteStorageEnable: boolean;
  readonly localRetentionMs: number;
  readonly localRetentionBytes: number;
  readonly remoteLogCopyDisable: boolean;
  readonly remoteLogDeleteOnDisable: boolean;
}

/** A validated subset of topic settings, as `parseTopicConfig` returns it. */
export type TopicConfigOverrides = { -readonly [K in keyof TopicSettings]?: TopicSettings[K] };

export type ConfigUnit = 'bytes' | 'ms' | 'ratio' | 'count' | 'messages' | null;

/** One row of the topic config table. */
export interface TopicConfigDef {
  /** Kafka's name, e.g. `segment.bytes`. */
  readonly name: string;
  readonly field: keyof TopicSettings;
  readonly type: ConfigType;
  readonly defaultValue: ConfigValue;
  readonly unit: ConfigUnit;
  readonly validator: ConfigValidator | null;
  /** The broker config that supplies the default (`ServerTopicConfigSynonyms`), if any. */
  readonly synonym: string | null;
}

const THROTTLED_FORMAT = /^([0-9]+:[0-9]+)?$/;

/** Kafka's `ThrottledReplicaListValidator`. */
function throttledReplicas(name: string): ConfigValidator {
  return (value) => {
    if (!Array.isArray(value)) return null;
    const entries = value.map((v) => v.trim());
    if (entries.every((e) => THROTTLED_FORMAT.test(e)) || entries.join('') === '*') return null;
    return `${name} must be the literal '*' or a list of replicas in the following format: [partitionId]:[brokerId],[partitionId]:[brokerId],...`;
  };
}

/** `CompressionType.GZIP.levelValidator()`: 1..9 or −1 (Deflater's default). */
const gzipLevel: ConfigValidator = (value) =>
  typeof value === 'number' && (value > 9 || (value < 1 && value !== -1))
    ? 'Value must be between 1 and 9 or equal to -1'
    : null;

const d = DEFAULT_LOG_CONFIG;

function def(
  name: string,
  field: keyof TopicSettings,
  type: ConfigType,
  defaultValue: ConfigValue,
  unit: ConfigUnit,
  validator: ConfigValidator | null,
  synonym: string | null,
): TopicConfigDef {
  return Object.freeze({ name, field, type, defaultValue, unit, validator, synonym });
}

/**
 * Kafka 3.9's topic configs in `LogConfig` definition order.
 *
 * @example
 *   TOPIC_CONFIGS.find((c) => c.name === 'segment.bytes')?.defaultValue; // 1073741824
 */
// biome-ignore format: one row per config, read as a table
export const TOPIC_CONFIGS: readonly TopicConfigDef[] = Object.freeze([
  // segment.bytes minimum is LegacyRecord.RECORD_OVERHEAD_V0 = 14 through 3.9 (1 MiB in 4.0, KIP-1030).
  def('segment.bytes', 'segmentBytes', 'int', d.segmentBytes, 'bytes', atLeast(14), 'log.segment.bytes'),
  def('segment.ms', 'segmentMs', 'long', d.segmentMs, 'ms', atLeast(1), 'log.roll.ms'),
  def('segment.jitter.ms', 'segmentJitterMs', 'long', d.segmentJitterMs, 'ms', atLeast(0), 'log.roll.jitter.ms'),
  def('segment.index.bytes', 'segmentIndexBytes', 'int', d.segmentIndexBytes, 'bytes', atLeast(4), 'log.index.size.max.bytes'),
  def('flush.messages', 'flushMessages', 'long', LONG_MAX_VALUE, 'messages', atLeast(1), 'log.flush.interval.messages'),
  def('flush.ms', 'flushMs', 'long', LONG_MAX_VALUE, 'ms', atLeast(0), 'log.flush.interval.ms'),
  // No validator: any negative value means unlimited.
  def('retention.bytes', 'retentionBytes', 'long', d.retentionBytes, 'bytes', null, 'log.retention.bytes'),
  def('retention.ms', 'retentionMs', 'long', d.retentionMs, 'ms', atLeast(-1), 'log.retention.ms'),
  def('max.message.bytes', 'maxMessageBytes', 'int', d.maxMessageBytes, 'bytes', atLeast(0), 'message.max.bytes'),
  def('index.interval.bytes', 'indexIntervalBytes', 'int', d.indexIntervalBytes, 'bytes', atLeast(0), 'log.index.interval.bytes'),
  def('delete.retention.ms', 'deleteRetentionMs', 'long', d.deleteRetentionMs, 'ms', atLeast(0), 'log.cleaner.delete.retention.ms'),
  def('min.compaction.lag.ms', 'minCompactionLagMs', 'long', d.minCompactionLagMs, 'ms', atLeast(0), 'log.cleaner.min.compaction.lag.ms'),
  def('max.compaction.lag.ms', 'maxCompactionLagMs', 'long', d.maxCompactionLagMs, 'ms', atLeast(1), 'log.cleaner.max.compaction.lag.ms'),
  def('file.delete.delay.ms', 'fileDeleteDelayMs', 'long', d.fileDeleteDelayMs, 'ms', atLeast(0), 'log.segment.delete.delay.ms'),
  def('min.cleanable.dirty.ratio', 'minCleanableDirtyRatio', 'double', d.minCleanableDirtyRatio, 'ratio', between(0, 1), 'log.cleaner.min.cleanable.ratio'),
  def('cleanup.policy', 'cleanupPolicy', 'list', d.cleanupPolicy, null, listOf('compact', 'delete'), 'log.cleanup.policy'),
  def('unclean.leader.election.enable', 'uncleanLeaderElectionEnable', 'boolean', false, null, null, 'unclean.leader.election.enable'),
  def('min.insync.replicas', 'minInSyncReplicas', 'int', 1, 'count', atLeast(1), 'min.insync.replicas'),
  def('compression.type', 'compressionType', 'string', 'producer', null, oneOf('uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'), 'compression.type'),
  def('compression.gzip.level', 'compressionGzipLevel', 'int', -1, null, gzipLevel, 'compression.gzip.level'),
  def('compression.lz4.level', 'compressionLz4Level', 'int', 9, null, between(1, 17), 'compression.lz4.level'),
  def('compression.zstd.level', 'compressionZstdLevel', 'int', 3, null, between(-131072, 22), 'compression.zstd.level'),
  def('preallocate', 'preallocate', 'boolean', false, null, null, 'log.preallocate'),
  // Deprecated in 3.x, removed in 4.0; its version-string validator is not reproduced.
  def('message.format.version', 'messageFormatVersion', 'string', '3.0-IV1', null, null, 'log.message.format.version'),
  def('message.timestamp.type', 'messageTimestampType', 'string', d.messageTimestampType, null, oneOf('CreateTime', 'LogAppendTime'), 'log.message.timestamp.type'),
  def('message.timestamp.difference.max.ms', 'messageTimestampDifferenceMaxMs', 'long', LONG_MAX_VALUE, 'ms', atLeast(0), 'log.message.timestamp.difference.max.ms'),
  def('message.timestamp.before.max.ms', 'messageTimestampBeforeMaxMs', 'long', d.messageTimestampBeforeMaxMs, 'ms', atLeast(0), 'log.message.timestamp.before.max.ms'),
  def('message.timestamp.after.max.ms', 'messageTimestampAfterMaxMs', 'long', d.messageTimestampAfterMaxMs, 'ms', atLeast(0), 'log.message.timestamp.after.max.ms'),
  def('leader.replication.throttled.replicas', 'leaderReplicationThrottledReplicas', 'list', [], null, throttledReplicas('leader.replication.throttled.replicas'), null),
  def('follower.replication.throttled.replicas', 'followerReplicationThrottledReplicas', 'list', [], null, throttledReplicas('follower.replication.throttled.replicas'), null),
  def('message.downconversion.enable', 'messageDownconversionEnable', 'boolean', true, null, null, 'log.message.downconversion.enable'),
  def('remote.storage.enable', 'remoteStorageEnable', 'boolean', false, null, null, null),
  def('local.retention.ms', 'localRetentionMs', 'long', -2, 'ms', atLeast(-2), 'log.local.retention.ms'),
  def('local.retention.bytes', 'localRetentionBytes', 'long', -2, 'bytes', atLeast(-2), 'log.local.retention.bytes'),
  def('remote.log.copy.disable', 'remoteLogCopyDisable', 'boolean', false, null, null, null),
  def('remote.log.delete.on.disable', 'remoteLogDeleteOnDisable', 'boolean', false, null, null, null),
]);

const BY_NAME = new Map(TOPIC_CONFIGS.map((c) => [c.name, c]));

/** The table row for a Kafka topic config name, if it is one. */
export function topicConfigDef(name: string): TopicConfigDef | undefined {
  return BY_NAME.get(name);
}

/**
 * Validates topic config overrides given as Kafka name → string (what `--config k=v` carries) and
 * returns them typed. Checks, in Kafka's order: unknown names (`Unknown topic config name: foo`), each
 * value in definition order (`Invalid value 10 for configuration segment.bytes: Value must be at least
 * 14`), then min.compaction.lag.ms ≤ max.compaction.lag.ms against `base` (the settings being
 * overridden, defaults if omitted). Throws {@link ConfigException} or {@link InvalidConfigurationException}.
 *
 * @example
 *   parseTopicConfig({ 'segment.bytes': '1000', 'cleanup.policy': 'compact,delete' });
 *   // { segmentBytes: 1000, cleanupPolicy: ['compact', 'delete'] }
 */
export function parseTopicConfig(
  entries: Readonly<Record<string, string>>,
  base: Partial<TopicSettings> = {},
): TopicConfigOverrides {
  for (const name of Object.keys(entries)) {
    if (!BY_NAME.has(name)) throw new InvalidConfigurationException(`Unknown topic config name: ${name}`);
  }
  const out: Record<string, ConfigValue> = {};
  for (const config of TOPIC_CONFIGS) {
    const raw = entries[config.name];
    if (raw === undefined) continue;
    const value = parseConfigValue(config.name, config.type, raw);
    const reason = config.validator?.(value) ?? null;
    if (reason !== null) throw validationFailure(config.name, config.type, value, reason);
    out[config.field] = value;
  }
  const overrides = out as TopicConfigOverrides;
  const minLag = overrides.minCompactionLagMs ?? base.minCompactionLagMs ?? d.minCompactionLagMs;
  const maxLag = overrides.maxCompactionLagMs ?? base.maxCompactionLagMs ?? d.maxCompactionLagMs;
  if (minLag > maxLag) {
    throw new InvalidConfigurationException(
      `conflict topic config setting min.compaction.lag.ms (${minLag}) > max.compaction.lag.ms (${maxLag})`,
    );
  }
  return overrides;
}

/**
 * The log's settings with topic overrides applied.
 *
 * @example
 *   logConfigWith(parseTopicConfig({ 'retention.ms': '60000' })).retentionMs; // 60000
 */
export function logConfigWith(
  overrides: TopicConfigOverrides,
  base: LogConfig = DEFAULT_LOG_CONFIG,
): LogConfig {
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(DEFAULT_LOG_CONFIG) as Array<keyof LogConfig>) {
    const value = overrides[key];
    if (value !== undefined) merged[key] = value;
  }
  return Object.freeze(merged) as unknown as LogConfig;
}
