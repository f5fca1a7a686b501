/**
 * `kafka-leader-election.sh` / `AdminClient.electLeaders` against a ZooKeeper-mode cluster. The admin
 * client sends ElectLeaders to the controller it learns from a broker's metadata; the controller elects
 * (`Controller.electLeadersForAdmin`), and the request then waits, as Kafka's `DelayedElectLeader`
 * does, until the controller broker's own metadata cache shows each new leader. Per-partition errors
 * are answers, not refusals: only finding no controller at all fails the call.
 */
import type { Broker } from './broker';
import type { Cluster } from './cluster';
import type { Controller } from './controller';
import { MetadataStoreUnavailable } from './controller-store';
import type { ElectionType } from './election';
import { ERRORS, type ErrorName, KafkaError } from './errors';
import { type TopicPartition, tpKey } from './protocol';

/** The AdminClient's `default.api.timeout.ms`, also the ElectLeaders request's `timeoutMs`. */
const DEFAULT_API_TIMEOUT_MS = 60_000;

/** One partition's outcome, as `ElectLeadersResult.partitions()` hands it to the tool. */
export interface ElectLeadersPartitionResult {
  readonly topic: string;
  readonly partition: number;
  /** null: the election happened (or, for UNCLEAN, a leader was elected). */
  readonly error: null | { readonly name: ErrorName; readonly message: string };
}

/**
 * @example
 *   electLeaders(cluster, 'PREFERRED', [{ topic: 'orders', partition: 0 }]);
 *   // → [{ topic: 'orders', partition: 0, error: null }] once broker replicas[0] leads again
 */
export function electLeaders(
  cluster: Cluster,
  type: ElectionType,
  partitions: readonly TopicPartition[] | null,
): ElectLeadersPartitionResult[] {
  if (type !== 'PREFERRED' && type !== 'UNCLEAN')
    throw new RangeError(`Unknown election type ${String(type)}: PREFERRED or UNCLEAN`);
  const deadlineMs = cluster.nowMs + DEFAULT_API_TIMEOUT_MS;
  const target = awaitController(cluster);
  // Without a list, ZooKeeper-mode KafkaApis elects for every partition the broker's cache knows.
  const wanted = partitions === null ? allPartitions(target.broker) : distinct(partitions);
  let outcomes: Map<string, number | ErrorName>;
  try {
    outcomes = target.controller.electLeadersForAdmin(type, wanted);
  } catch (e) {
    if (!(e instanceof MetadataStoreUnavailable)) throw e;
    throw new KafkaError('REQUEST_TIMED_OUT');
  }
  cluster.flushZkEvents();
  const expected = new Map<string, number>();
  for (const [key, outcome] of outcomes) if (typeof outcome === 'number') expected.set(key, outcome);
  const cache = target.broker.metadata;
  const known = (tp: TopicPartition) =>
    cache.partitionState(tp.topic, tp.partition)?.leader === expected.get(tpKey(tp.topic, tp.partition));
  const waiting = () => wanted.filter((tp) => expected.has(tpKey(tp.topic, tp.partition)) && !known(tp));
  if (expected.size > 0)
    cluster.runUntil(() => waiting().length === 0, Math.max(0, deadlineMs - cluster.nowMs));
  const timedOut = new Set(waiting().map((tp) => tpKey(tp.topic, tp.partition)));
  const results: ElectLeadersPartitionResult[] = [];
  for (const tp of wanted) {
    const key = tpKey(tp.topic, tp.partition);
    const outcome = timedOut.has(key)
      ? 'REQUEST_TIMED_OUT'
      : (outcomes.get(key) ?? 'UNKNOWN_TOPIC_OR_PARTITION');
    // Over all partitions, those already led by the right replica are left out of the answer.
    if (partitions === null && outcome === 'ELECTION_NOT_NEEDED') continue;
    const error =
      typeof outcome === 'number'
        ? null
        : { name: outcome, message: electionErrorMessage(outcome, type, key) };
    results.push({ topic: tp.topic, partition: tp.partition, error });
  }
  return results.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
}

/** The message the controller puts in each partition's error (`processReplicaLeaderElection`). */
export function electionErrorMessage(error: ErrorName, type: ElectionType, key: string): string {
  switch (error) {
    case 'UNKNOWN_TOPIC_OR_PARTITION':
      return 'The partition does not exist.';
    case 'INVALID_TOPIC_EXCEPTION':
      return 'The topic is being deleted';
    case 'PREFERRED_LEADER_NOT_AVAILABLE':
    case 'ELIGIBLE_LEADERS_NOT_AVAILABLE': {
      // The StateChangeFailedException of the partition state machine names the strategy it ran.
      const strategy =
        type === 'PREFERRED'
          ? 'PreferredReplicaPartitionLeaderElectionStrategy'
          : 'OfflinePartitionLeaderElectionStrategy(true)';
      return `Failed to elect leader for partition ${key} under strategy ${strategy}`;
    }
    default:
      return ERRORS[error].message;
  }
}

interface ControllerTarget {
  readonly broker: Broker;
  readonly controller: Controller;
}

/**
 * The controller as the AdminClient's `ControllerNodeProvider` finds it: named in a reachable broker's
 * metadata, running, reachable, still active and able to write ZooKeeper. Otherwise the client keeps
 * retrying for `default.api.timeout.ms` and gives up with Kafka's TimeoutException.
 */
function awaitController(cluster: Cluster): ControllerTarget {
  const find = (): ControllerTarget | null => {
    const id = cluster.adminBroker()?.metadata.controllerId ?? -1;
    const broker = cluster.brokers.get(id);
    const controller = cluster.controllers.get(id);
    if (!broker?.isUp() || cluster.network.isIsolated(broker.nodeId)) return null;
    if (!controller?.active || !cluster.zkReachable(broker)) return null;
    return { broker, controller };
  };
  const now = find();
  if (now) return now;
  cluster.runUntil(() => find() !== null, DEFAULT_API_TIMEOUT_MS);
  const later = find();
  if (later) return later;
  throw new KafkaError('REQUEST_TIMED_OUT', 'Timed out waiting for a node assignment. Call: electLeaders');
}

function allPartitions(broker: Broker): TopicPartition[] {
  const cache = broker.metadata;
  return cache
    .topics()
    .flatMap((topic) =>
      Array.from({ length: cache.partitionCount(topic) }, (_, partition) => ({ topic, partition })),
    );
}

/** The request carries a set of partitions: a partition named twice is elected once. */
function distinct(partitions: readonly TopicPartition[]): TopicPartition[] {
  const seen = new Map<string, TopicPartition>();
  for (const tp of partitions)
    seen.set(tpKey(tp.topic, tp.partition), { topic: tp.topic, partition: tp.partition });
  return [...seen.values()];
}
