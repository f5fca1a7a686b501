/**
 * What the config editor reads, as primitives (with `useShallow`), so the editor does not re-render
 * on every patch of a busy cluster: broker records change whenever their metrics do.
 */
import type { TopicRecord } from '../../../engine/view/types';
import { selectKind } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { BROKER_CONFIG_META } from './config-meta';
import { brokerConfigValue, explicitBrokerConfigs } from './config-values';

/** Brokers registered in ZooKeeper: what replica assignment (and so the replication factor) may use. */
export const selectRegisteredBrokerIds = (s: AppState): number[] =>
  [...selectKind('broker')(s).values()]
    .filter((b) => b.registered)
    .map((b) => b.brokerId)
    .sort((a, b) => a - b);

export const selectBrokerIds = (s: AppState): number[] =>
  [...selectKind('broker')(s).values()].map((b) => b.brokerId).sort((a, b) => a - b);

/** User topics by name (internal ones are managed by Kafka itself). */
export const selectUserTopics = (s: AppState): TopicRecord[] =>
  [...selectKind('topic')(s).values()]
    .filter((t) => !t.internal)
    .sort((a, b) => a.name.localeCompare(b.name));

/** Every topic name, internal ones included (a new name must not collide with any). */
export const selectAllTopicNames = (s: AppState): string[] =>
  [...selectKind('topic')(s).values()].map((t) => t.name).sort();

/**
 * Each broker's value of each curated broker config, keyed `brokerId|name` (null = the view does not
 * say), plus explicit settings of other names (`brokerId|log.cleanup.policy`) for topic defaults.
 */
export function selectBrokerConfigValues(s: AppState): Record<string, string | null> {
  const lagMaxOf = new Map<number, number>();
  for (const r of selectKind('replica')(s).values())
    if (!lagMaxOf.has(r.brokerId)) lagMaxOf.set(r.brokerId, r.replicaLagTimeMaxMs);
  const out: Record<string, string | null> = {};
  for (const broker of selectKind('broker')(s).values()) {
    const lagMax = lagMaxOf.get(broker.brokerId) ?? null;
    for (const meta of BROKER_CONFIG_META)
      out[`${broker.brokerId}|${meta.name}`] = brokerConfigValue(meta, broker, lagMax);
    for (const [name, value] of Object.entries(explicitBrokerConfigs(broker) ?? {}))
      if (!(`${broker.brokerId}|${name}` in out)) out[`${broker.brokerId}|${name}`] = value;
  }
  return out;
}
