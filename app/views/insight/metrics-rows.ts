/**
 * The metrics table's data: Kafka's metric names in a teaching order (the health gauges first), their
 * values for one broker or summed over the cluster, the "Was" snapshot taken when the user presses
 * "mark", and Kafka's MBean name for each. Reads whatever metric keys the broker records carry. Pure.
 */
import type { BrokerRecord, PartitionRecord } from '../../../engine/view/types';

/** Known metrics first, in this order; any other key the engine adds follows alphabetically. */
export const METRIC_ORDER = [
  'ActiveControllerCount',
  'OfflinePartitionsCount',
  'UnderReplicatedPartitions',
  'LeaderCount',
  'PartitionCount',
  'IsrShrinksPerSec',
  'IsrExpandsPerSec',
  'FailedIsrUpdatesPerSec',
  'MessagesInPerSec',
  'BytesInPerSec',
  'BytesOutPerSec',
  'ReplicationBytesInPerSec',
  'ReplicationBytesOutPerSec',
] as const;

const MBEAN_TYPE: Readonly<Record<string, string>> = {
  ActiveControllerCount: 'kafka.controller:type=KafkaController',
  OfflinePartitionsCount: 'kafka.controller:type=KafkaController',
  UnderReplicatedPartitions: 'kafka.server:type=ReplicaManager',
  LeaderCount: 'kafka.server:type=ReplicaManager',
  PartitionCount: 'kafka.server:type=ReplicaManager',
  IsrShrinksPerSec: 'kafka.server:type=ReplicaManager',
  IsrExpandsPerSec: 'kafka.server:type=ReplicaManager',
  FailedIsrUpdatesPerSec: 'kafka.server:type=ReplicaManager',
  MessagesInPerSec: 'kafka.server:type=BrokerTopicMetrics',
  BytesInPerSec: 'kafka.server:type=BrokerTopicMetrics',
  BytesOutPerSec: 'kafka.server:type=BrokerTopicMetrics',
  ReplicationBytesInPerSec: 'kafka.server:type=BrokerTopicMetrics',
  ReplicationBytesOutPerSec: 'kafka.server:type=BrokerTopicMetrics',
};

/** `kafka.server:type=ReplicaManager,name=IsrShrinksPerSec`, or null for a key that is not Kafka's. */
export function mbeanName(metric: string): string | null {
  const type = MBEAN_TYPE[metric];
  return type ? `${type},name=${metric}` : null;
}

/** `kafka.log:type=Log,name=LogEndOffset,topic=orders,partition=0`. */
export function logMbeanName(metric: PartitionOffsetMetric, topic: string, partition: number): string {
  return `kafka.log:type=Log,name=${metric},topic=${topic},partition=${partition}`;
}

/** Kafka meters (`…PerSec`): the value is a cumulative Count; the table adds a rate. */
export function isMeter(metric: string): boolean {
  return metric.endsWith('PerSec');
}

/** Byte counts are shown as sizes. */
export function isBytes(metric: string): boolean {
  return /Bytes/.test(metric);
}

/** Every metric key any broker carries, known ones in {@link METRIC_ORDER} first. */
export function metricNames(brokers: readonly BrokerRecord[]): string[] {
  const keys = new Set<string>();
  for (const b of brokers) for (const k of Object.keys(b.metrics)) keys.add(k);
  const known = METRIC_ORDER.filter((m) => keys.has(m));
  const rest = [...keys].filter((k) => !(METRIC_ORDER as readonly string[]).includes(k)).sort();
  return [...known, ...rest];
}

/** Whose metrics the table shows: the sum over every broker, or one broker. */
export type MetricsScope = 'cluster' | number;

export function scopeKey(scope: MetricsScope): string {
  return scope === 'cluster' ? 'cluster' : `broker:${scope}`;
}

/** Key of a value in the mark (and in the meter history): `broker:2/LeaderCount`, `cluster/BytesInPerSec`. */
export function metricKey(scope: MetricsScope, metric: string): string {
  return `${scopeKey(scope)}/${metric}`;
}

export type PartitionOffsetMetric = 'LogStartOffset' | 'LogEndOffset';

export function partitionMetricKey(topic: string, partition: number, metric: PartitionOffsetMetric): string {
  return `partition:${topic}-${partition}/${metric}`;
}

/** The value now, or null when the scope has no such metric (a broker not running it, none at all). */
export function metricValue(
  brokers: readonly BrokerRecord[],
  scope: MetricsScope,
  metric: string,
): number | null {
  if (scope !== 'cluster') {
    const value = brokers.find((b) => b.brokerId === scope)?.metrics[metric];
    return value ?? null;
  }
  let sum = 0;
  let seen = false;
  for (const b of brokers) {
    const v = b.metrics[metric];
    if (v === undefined) continue;
    sum += v;
    seen = true;
  }
  return seen ? sum : null;
}

/** A leader's offset for the table; null without a leader (−1 in the record). */
export function partitionOffset(p: PartitionRecord, metric: PartitionOffsetMetric): number | null {
  const v = metric === 'LogStartOffset' ? p.logStartOffset : p.logEndOffset;
  return v < 0 ? null : v;
}

/**
 * Every value the table can show, keyed as {@link metricKey} / {@link partitionMetricKey}: what the
 * "Was" column reads after the user pressed "mark".
 */
export function captureMark(
  brokers: readonly BrokerRecord[],
  partitions: Iterable<PartitionRecord>,
): Record<string, number> {
  const values: Record<string, number> = {};
  const names = metricNames(brokers);
  for (const metric of names) {
    const total = metricValue(brokers, 'cluster', metric);
    if (total !== null) values[metricKey('cluster', metric)] = total;
    for (const b of brokers) {
      const v = b.metrics[metric];
      if (v !== undefined) values[metricKey(b.brokerId, metric)] = v;
    }
  }
  for (const p of partitions) {
    for (const metric of ['LogStartOffset', 'LogEndOffset'] as const) {
      const v = partitionOffset(p, metric);
      if (v !== null) values[partitionMetricKey(p.topic, p.partition, metric)] = v;
    }
  }
  return values;
}

/** Now − Was, or null when either is unknown. */
export function delta(was: number | null | undefined, now: number | null | undefined): number | null {
  if (was === null || was === undefined || now === null || now === undefined) return null;
  return now - was;
}

/** Meter counts of every scope, to feed the rate history: `[key, count]`. */
export function meterSamples(brokers: readonly BrokerRecord[]): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  for (const metric of metricNames(brokers)) {
    if (!isMeter(metric)) continue;
    const total = metricValue(brokers, 'cluster', metric);
    if (total !== null) out.push([metricKey('cluster', metric), total]);
    for (const b of brokers) {
      const v = b.metrics[metric];
      if (v !== undefined) out.push([metricKey(b.brokerId, metric), v]);
    }
  }
  return out;
}
