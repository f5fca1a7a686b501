/**
 * Current config values from the view model: a topic's overrides, else the broker-level default,
 * else Kafka's default; a broker's settings from what its record reports. Pure.
 */
import type { BrokerRecord, TopicRecord } from '../../../engine/view/types';
import type { BrokerConfigMeta, TopicConfigMeta } from './config-meta';

/** Where a topic's effective value comes from, as `kafka-configs --describe --all` says it. */
export type ValueSource = 'topic' | 'broker' | 'default';

export interface CurrentValue {
  readonly value: string;
  readonly source: ValueSource;
}

/**
 * The broker's explicitly set configs by Kafka name (server.properties and later changes), when the
 * engine reports them on the broker record (`configs`; see the ConfigEditor's note). Absent = unknown.
 */
export function explicitBrokerConfigs(broker: BrokerRecord): Readonly<Record<string, string>> | null {
  const configs = (broker as BrokerRecord & { readonly configs?: Readonly<Record<string, string>> }).configs;
  return configs ?? null;
}

/**
 * A broker's current value of `meta`, or null when the view does not say. Explicit settings win (with
 * their synonyms: `log.retention.hours=168` is `log.retention.ms=604800000`); some values are on the
 * record itself; an unset config is its default.
 */
export function brokerConfigValue(
  meta: BrokerConfigMeta,
  broker: BrokerRecord,
  /** `replica.lag.time.max.ms` as the broker's replica records carry it (null: it hosts none). */
  replicaLagTimeMaxMs: number | null,
): string | null {
  const explicit = explicitBrokerConfigs(broker);
  if (explicit !== null) {
    const own = explicit[meta.name];
    if (own !== undefined) return own;
    for (const synonym of meta.synonyms ?? []) {
      const v = explicit[synonym.name];
      if (v !== undefined && /^-?\d+$/.test(v.trim())) {
        const n = Number(v.trim());
        return String(n < 0 ? n : n * synonym.factor);
      }
    }
  }
  if (meta.name === 'log.retention.check.interval.ms') return String(broker.retentionCheckIntervalMs);
  if (meta.name === 'replica.lag.time.max.ms' && replicaLagTimeMaxMs !== null)
    return String(replicaLagTimeMaxMs);
  return explicit === null ? null : meta.defaultValue;
}

/** The one value all brokers share, 'mixed' when they differ, null when none is known. */
export function clusterValue(values: readonly (string | null)[]): string | 'mixed' | null {
  const known = values.filter((v): v is string => v !== null);
  if (known.length === 0) return null;
  return known.every((v) => v === known[0]) ? (known[0] as string) : 'mixed';
}

/**
 * A topic's effective value: its override, else the cluster's broker-level setting when known, else
 * Kafka's default. `min.insync.replicas` and `unclean.leader.election.enable` are on the record itself.
 */
export function topicConfigValue(
  meta: TopicConfigMeta,
  topic: TopicRecord,
  brokerDefault: (brokerName: string) => string | null,
): CurrentValue {
  const own = topic.configs[meta.name];
  if (own !== undefined) return { value: own, source: 'topic' };
  if (meta.name === 'min.insync.replicas') {
    const v = String(topic.minInsyncReplicas);
    return { value: v, source: v === meta.defaultValue ? 'default' : 'broker' };
  }
  if (meta.name === 'unclean.leader.election.enable') {
    const v = String(topic.uncleanLeaderElectionEnable);
    return { value: v, source: v === meta.defaultValue ? 'default' : 'broker' };
  }
  const fromBroker = brokerDefault(meta.brokerSynonym);
  if (fromBroker !== null && fromBroker !== meta.defaultValue) return { value: fromBroker, source: 'broker' };
  return { value: meta.defaultValue, source: 'default' };
}
