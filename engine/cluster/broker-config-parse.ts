/**
 * `sim config broker ID k=v`: a broker setting changed by its Kafka name, validated, applied to a copy
 * of the broker's config. Log settings go through their `log.`-prefixed names, as in server.properties.
 */
import type { LogConfig } from '../log';
import type { BrokerConfig } from './broker-config';

type Setter = (config: BrokerConfig, raw: string) => BrokerConfig;

/** ConfigDef's number types and the Java ranges their parse accepts (`Integer.parseInt`, …). */
const NUMBER_TYPES = {
  SHORT: { min: -32_768, max: 32_767 },
  INT: { min: -2_147_483_648, max: 2_147_483_647 },
  // Java's long reaches 2^63 − 1; past 2^53 a double cannot hold it, and no setting here needs that.
  LONG: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
} as const;

type NumberType = keyof typeof NUMBER_TYPES;

function parseNumber(type: NumberType, name: string, raw: string, min: number): number {
  const trimmed = raw.trim();
  const n = Number(trimmed);
  const range = NUMBER_TYPES[type];
  // Java's parseInt/parseLong take an optional sign, then digits.
  if (!/^[+-]?\d+$/.test(trimmed) || !Number.isSafeInteger(n) || n < range.min || n > range.max)
    throw new RangeError(`Invalid value ${raw} for configuration ${name}: Not a number of type ${type}`);
  if (n < min)
    throw new RangeError(`Invalid value ${raw} for configuration ${name}: Value must be at least ${min}`);
  return n;
}

function int(name: string, raw: string, min = Number.MIN_SAFE_INTEGER): number {
  return parseNumber('INT', name, raw, min);
}

function long(name: string, raw: string, min = Number.MIN_SAFE_INTEGER): number {
  return parseNumber('LONG', name, raw, min);
}

function short(name: string, raw: string, min = Number.MIN_SAFE_INTEGER): number {
  return parseNumber('SHORT', name, raw, min);
}

function bool(name: string, raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (v !== 'true' && v !== 'false')
    throw new RangeError(
      `Invalid value ${raw} for configuration ${name}: Expected value to be either true or false`,
    );
  return v === 'true';
}

const field =
  <K extends keyof BrokerConfig>(key: K, parse: (name: string, raw: string) => BrokerConfig[K]) =>
  (name: string): Setter =>
  (config, raw) => ({ ...config, [key]: parse(name, raw) });

const logField =
  <K extends keyof LogConfig>(key: K, parse: (name: string, raw: string) => LogConfig[K]) =>
  (name: string): Setter =>
  (config, raw) => ({ ...config, log: { ...config.log, [key]: parse(name, raw) } });

const SETTERS: Record<string, (name: string) => Setter> = {
  'num.partitions': field('numPartitions', (n, r) => int(n, r, 1)),
  'default.replication.factor': field('defaultReplicationFactor', (n, r) => int(n, r, 1)),
  'min.insync.replicas': field('minInsyncReplicas', (n, r) => int(n, r, 1)),
  'unclean.leader.election.enable': field('uncleanLeaderElectionEnable', bool),
  'replica.lag.time.max.ms': field('replicaLagTimeMaxMs', (n, r) => long(n, r, 0)),
  'replica.fetch.wait.max.ms': field('replicaFetchWaitMaxMs', (n, r) => int(n, r, 0)),
  'replica.fetch.backoff.ms': field('replicaFetchBackoffMs', (n, r) => int(n, r, 0)),
  'zookeeper.session.timeout.ms': field('zookeeperSessionTimeoutMs', (n, r) => int(n, r, 1)),
  'auto.leader.rebalance.enable': field('autoLeaderRebalanceEnable', bool),
  'leader.imbalance.check.interval.seconds': field('leaderImbalanceCheckIntervalSeconds', (n, r) =>
    long(n, r, 1),
  ),
  'leader.imbalance.per.broker.percentage': field('leaderImbalancePerBrokerPercentage', (n, r) =>
    int(n, r, 0),
  ),
  'offsets.topic.replication.factor': field('offsetsTopicReplicationFactor', (n, r) => short(n, r, 1)),
  'offsets.topic.num.partitions': field('offsetsTopicNumPartitions', (n, r) => int(n, r, 1)),
  'group.initial.rebalance.delay.ms': field('groupInitialRebalanceDelayMs', (n, r) => int(n, r, 0)),
  'auto.create.topics.enable': field('autoCreateTopicsEnable', bool),
  'log.segment.bytes': logField('segmentBytes', (n, r) => int(n, r, 14)),
  'log.retention.bytes': logField('retentionBytes', (n, r) => long(n, r)),
  'log.retention.ms': logField('retentionMs', (n, r) => long(n, r, -1)),
  'log.retention.minutes': logField('retentionMs', (n, r) => int(n, r, -1) * 60_000),
  'log.retention.hours': logField('retentionMs', (n, r) => int(n, r, -1) * 3_600_000),
  'log.roll.ms': logField('segmentMs', (n, r) => long(n, r, 1)),
  'log.roll.hours': logField('segmentMs', (n, r) => int(n, r, 1) * 3_600_000),
  'log.segment.delete.delay.ms': logField('fileDeleteDelayMs', (n, r) => long(n, r, 0)),
  'log.index.interval.bytes': logField('indexIntervalBytes', (n, r) => int(n, r, 0)),
  'log.retention.check.interval.ms': (name) => (config, raw) => ({
    ...config,
    logManager: { ...config.logManager, logRetentionCheckIntervalMs: long(name, raw, 1) },
  }),
  'log.cleaner.enable': (name) => (config, raw) => ({
    ...config,
    logManager: { ...config.logManager, logCleanerEnable: bool(name, raw) },
  }),
};

/** The broker config names `sim config broker` accepts. */
export const BROKER_CONFIG_NAMES: readonly string[] = Object.keys(SETTERS).sort();

/**
 * @example
 *   applyBrokerConfig(DEFAULT_BROKER_CONFIG, { 'min.insync.replicas': '2' }).minInsyncReplicas; // 2
 */
export function applyBrokerConfig(config: BrokerConfig, set: Readonly<Record<string, string>>): BrokerConfig {
  let next = config;
  for (const [name, raw] of Object.entries(set)) {
    const setter = SETTERS[name];
    if (!setter) throw new RangeError(`Unknown broker config name: ${name}`);
    next = setter(name)(next, raw);
  }
  return { ...next, explicit: { ...next.explicit, ...set } };
}
