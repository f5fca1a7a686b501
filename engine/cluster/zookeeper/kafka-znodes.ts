import { type JsonValue, orderedObject, writeJson } from './ordered-json';
import { javaPropertiesOrder, scalaImmutableMapOrder, scalaMutableHashMapOrder } from './scala-map-order';

/**
 * Kafka's znodes in ZooKeeper mode (`kafka.zk.ZkData`, Kafka 3.9): paths and the JSON each holds,
 * byte for byte. Jackson writes a map in its iteration order, so each encoder lists its keys in the
 * order Kafka inserts them and lets `scala-map-order` reorder them the way the JVM map Kafka builds
 * (`mutable.Map`, immutable `Map`, `Properties`) iterates.
 */

export * from './kafka-znode-paths';

export interface BrokerRegistrationInput {
  readonly host: string;
  readonly port: number;
  /** Registration time; written as a decimal string. */
  readonly timestampMs: number;
  readonly rack?: string;
  /** -1 when JMX is off, as Kafka's scripts leave it unless JMX_PORT is set. */
  readonly jmxPort?: number;
}

/**
 * `BrokerIdZNode.encode`, version 5 (IBP ≥ 2.7), one PLAINTEXT listener, no features (ZK brokers
 * register none).
 *
 * @example
 *   brokerRegistrationJson({ host: 'localhost', port: 9092, timestampMs: 1700000000000 });
 *   // '{"features":{},"listener_security_protocol_map":{"PLAINTEXT":"PLAINTEXT"},"endpoints":["PLAINTEXT://localhost:9092"],"jmx_port":-1,"port":9092,"host":"localhost","version":5,"timestamp":"1700000000000"}'
 */
export function brokerRegistrationJson(input: BrokerRegistrationInput): string {
  const fields: Record<string, JsonValue> = {
    version: 5,
    host: input.host,
    port: input.port,
    endpoints: [`PLAINTEXT://${input.host}:${input.port}`],
    jmx_port: input.jmxPort ?? -1,
    timestamp: String(input.timestampMs),
  };
  if (input.rack !== undefined) fields.rack = input.rack;
  fields.listener_security_protocol_map = new Map([['PLAINTEXT', 'PLAINTEXT']]);
  fields.features = new Map();
  // mutable.Map of 6 entries, then rack, listener map and features added with +=.
  return writeJson(orderedObject(fields, scalaMutableHashMapOrder(Object.keys(fields), 6)));
}

export interface TopicAssignmentInput {
  /** Partition → replica list (preferred leader first). */
  readonly partitions: ReadonlyMap<number, readonly number[]>;
  /** The 22-character base64 topic id, or null for a pre-2.8 topic. */
  readonly topicId: string | null;
  readonly addingReplicas?: ReadonlyMap<number, readonly number[]>;
  readonly removingReplicas?: ReadonlyMap<number, readonly number[]>;
}

/**
 * `TopicZNode.encode`, version 3. The partition maps are `mutable.Map`s keyed by the partition as text,
 * so 12+ partitions no longer come out in numeric order ("11" sorts first in a 32-slot table).
 *
 * @example
 *   topicAssignmentJson({ partitions: new Map([[0, [1, 2]], [1, [2, 3]], [2, [3, 1]]]), topicId: 'Qy1Yy0UfRtuJ3bUo8m0qUA' });
 *   // '{"partitions":{"0":[1,2],"1":[2,3],"2":[3,1]},"topic_id":"Qy1Yy0UfRtuJ3bUo8m0qUA","adding_replicas":{},"removing_replicas":{},"version":3}'
 */
export function topicAssignmentJson(input: TopicAssignmentInput): string {
  const fields: Record<string, JsonValue> = {
    version: 3,
    partitions: replicaMap(input.partitions),
    adding_replicas: replicaMap(input.addingReplicas ?? new Map()),
    removing_replicas: replicaMap(input.removingReplicas ?? new Map()),
  };
  if (input.topicId !== null) fields.topic_id = input.topicId;
  return writeJson(orderedObject(fields, scalaMutableHashMapOrder(Object.keys(fields), 4)));
}

/** A `mutable.Map[String, List[Int]]()` of the non-empty lists, keyed by partition number as text. */
function replicaMap(replicas: ReadonlyMap<number, readonly number[]>): Map<string, JsonValue> {
  const entries = [...replicas].filter(([, list]) => list.length > 0);
  const byKey = new Map(entries.map(([partition, list]) => [String(partition), [...list]]));
  return new Map(scalaMutableHashMapOrder([...byKey.keys()], 0).map((key) => [key, byKey.get(key) ?? []]));
}

/** `LeaderRecoveryState`: RECOVERED = 0, RECOVERING = 1 (after an unclean election, 3.2+). */
export type LeaderRecoveryState = 0 | 1;

export interface PartitionStateInput {
  readonly controllerEpoch: number;
  /** -1 for no leader. */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly isr: readonly number[];
  readonly leaderRecoveryState?: LeaderRecoveryState;
}

/**
 * `TopicPartitionStateZNode.encode`, version 1 (an immutable Map of 5 entries, so a CHAMP trie's order).
 * `leader_recovery_state` is written only while RECOVERING.
 *
 * @example
 *   partitionStateJson({ controllerEpoch: 1, leader: 1, leaderEpoch: 0, isr: [1, 2] });
 *   // '{"controller_epoch":1,"leader":1,"version":1,"leader_epoch":0,"isr":[1,2]}'
 */
export function partitionStateJson(input: PartitionStateInput): string {
  const fields: Record<string, JsonValue> = {
    version: 1,
    leader: input.leader,
    leader_epoch: input.leaderEpoch,
    controller_epoch: input.controllerEpoch,
    isr: [...input.isr],
  };
  if ((input.leaderRecoveryState ?? 0) !== 0) fields.leader_recovery_state = input.leaderRecoveryState ?? 0;
  return writeJson(orderedObject(fields, scalaImmutableMapOrder(Object.keys(fields))));
}

/**
 * `ControllerZNode.encode`, version 2 (3.4+); `kraftControllerEpoch` -1 unless a KRaft controller took
 * over during a migration.
 *
 * @example
 *   controllerJson({ brokerId: 1, timestampMs: 1700000000000 });
 *   // '{"version":2,"brokerid":1,"timestamp":"1700000000000","kraftControllerEpoch":-1}'
 */
export function controllerJson(input: {
  brokerId: number;
  timestampMs: number;
  kraftControllerEpoch?: number;
}): string {
  const fields = {
    version: 2,
    brokerid: input.brokerId,
    timestamp: String(input.timestampMs),
    kraftControllerEpoch: input.kraftControllerEpoch ?? -1,
  };
  return writeJson(orderedObject(fields, scalaImmutableMapOrder(Object.keys(fields))));
}

/**
 * `/controller_epoch` data: the epoch as decimal text. Created as `0`; each election bumps it.
 *
 * @example
 *   controllerEpochData(1); // '1'
 */
export function controllerEpochData(epoch: number): string {
  return String(epoch);
}

/**
 * `ConfigEntityZNode.encode` for a topic (broker, user, client and ip configs share the shape); the
 * overrides are a `java.util.Properties`, so they come out in its hash order.
 *
 * @example
 *   topicConfigJson({ 'retention.ms': '60000' }); // '{"version":1,"config":{"retention.ms":"60000"}}'
 */
export function topicConfigJson(overrides: Readonly<Record<string, string>>): string {
  const config = new Map(
    javaPropertiesOrder(Object.keys(overrides)).map((key) => [key, overrides[key] ?? '']),
  );
  return writeJson(
    new Map<string, JsonValue>([
      ['version', 1],
      ['config', config],
    ]),
  );
}

/**
 * `ConfigEntityChangeNotificationSequenceZNode.encode`, version 2.
 *
 * @example
 *   configChangeJson('topics/demo'); // '{"version":2,"entity_path":"topics/demo"}'
 */
export function configChangeJson(entityPath: string): string {
  return writeJson(
    new Map<string, JsonValue>([
      ['version', 2],
      ['entity_path', entityPath],
    ]),
  );
}

/**
 * `IsrChangeNotificationSequenceZNode.encode` (IBP < 2.7). Partitions in the order given: Kafka writes a
 * Scala Set, whose order is not modelled.
 *
 * @example
 *   isrChangeNotificationJson([{ topic: 'demo', partition: 0 }]);
 *   // '{"version":1,"partitions":[{"topic":"demo","partition":0}]}'
 */
export function isrChangeNotificationJson(
  partitions: readonly { topic: string; partition: number }[],
): string {
  const list = partitions.map(
    (tp) =>
      new Map<string, JsonValue>([
        ['topic', tp.topic],
        ['partition', tp.partition],
      ]),
  );
  return writeJson(
    new Map<string, JsonValue>([
      ['version', 1],
      ['partitions', list],
    ]),
  );
}

/**
 * `ClusterIdZNode.toJson`: the version is the string "1".
 *
 * @example
 *   clusterIdJson('MkU3OEVBNTcwNTJENDM2Qg'); // '{"version":"1","id":"MkU3OEVBNTcwNTJENDM2Qg"}'
 */
export function clusterIdJson(clusterId: string): string {
  return writeJson(
    new Map<string, JsonValue>([
      ['version', '1'],
      ['id', clusterId],
    ]),
  );
}

/**
 * `ProducerIdBlockZNode.generateProducerIdBlockJson`: block bounds as strings.
 *
 * @example
 *   producerIdBlockJson({ brokerId: 1, blockStart: 0, blockEnd: 999 });
 *   // '{"version":1,"broker":1,"block_start":"0","block_end":"999"}'
 */
export function producerIdBlockJson(input: {
  brokerId: number;
  blockStart: number;
  blockEnd: number;
}): string {
  const fields = {
    version: 1,
    broker: input.brokerId,
    block_start: String(input.blockStart),
    block_end: String(input.blockEnd),
  };
  return writeJson(orderedObject(fields, Object.keys(fields)));
}

/**
 * `FeatureZNode.encode`, version 2 (IBP ≥ 3.3), status enabled, as a ZK controller writes `/feature`
 * on election (ZK brokers support no features, so the map is empty).
 *
 * @example
 *   featureZNodeJson(); // '{"features":{},"version":2,"status":1}'
 */
export function featureZNodeJson(): string {
  const fields = { version: 2, status: 1, features: new Map<string, JsonValue>() };
  return writeJson(orderedObject(fields, scalaMutableHashMapOrder(Object.keys(fields), 3)));
}
