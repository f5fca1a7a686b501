import type { LeaderRecoveryState } from './kafka-znodes';

/**
 * Reading Kafka's znode JSON back (the `decode` half of `kafka.zk.ZkData`), as a controller does after
 * a failover. Each decoder throws a `SyntaxError` naming the znode when a required field is missing.
 */

export interface BrokerRegistration {
  readonly version: number;
  readonly host: string | null;
  readonly port: number;
  readonly endpoints: readonly string[];
  readonly jmxPort: number;
  readonly timestampMs: number;
  readonly rack: string | null;
}

export interface TopicAssignment {
  readonly version: number;
  /** Partition → replicas, in ascending partition order. */
  readonly partitions: ReadonlyMap<number, readonly number[]>;
  readonly addingReplicas: ReadonlyMap<number, readonly number[]>;
  readonly removingReplicas: ReadonlyMap<number, readonly number[]>;
  readonly topicId: string | null;
}

export interface PartitionState {
  readonly controllerEpoch: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly isr: readonly number[];
  readonly leaderRecoveryState: LeaderRecoveryState;
}

export interface ControllerRegistration {
  readonly version: number;
  readonly brokerId: number;
  readonly timestampMs: number;
  /** Absent in version 1 znodes. */
  readonly kraftControllerEpoch: number | null;
}

type JsonRecord = Readonly<Record<string, unknown>>;

function parseObject(json: string | null, what: string): JsonRecord {
  if (json === null) throw new SyntaxError(`${what}: no data`);
  const value: unknown = JSON.parse(json);
  if (!isRecord(value)) throw new SyntaxError(`${what}: not a JSON object: ${json}`);
  return value;
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function int(record: JsonRecord, key: string, what: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new SyntaxError(`${what}: bad ${key}`);
  return value;
}

function text(record: JsonRecord, key: string, what: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new SyntaxError(`${what}: bad ${key}`);
  return value;
}

function intList(value: unknown, what: string): number[] {
  if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v)))
    throw new SyntaxError(`${what}: bad list`);
  return value as number[];
}

function replicaMap(value: unknown, what: string): Map<number, number[]> {
  if (value === undefined) return new Map();
  if (!isRecord(value)) throw new SyntaxError(`${what}: bad replica map`);
  const entries = Object.entries(value).map(([key, list]): [number, number[]] => [
    Number(key),
    intList(list, what),
  ]);
  return new Map(entries.sort(([a], [b]) => a - b));
}

/**
 * `BrokerIdZNode.decode` for versions 2+.
 *
 * @example
 *   decodeBrokerRegistration(zk.getData('/brokers/ids/1').data).endpoints; // ['PLAINTEXT://localhost:9092']
 */
export function decodeBrokerRegistration(json: string | null): BrokerRegistration {
  const what = 'broker registration';
  const record = parseObject(json, what);
  const endpoints = record.endpoints;
  if (!Array.isArray(endpoints) || !endpoints.every((e) => typeof e === 'string')) {
    throw new SyntaxError(`${what}: bad endpoints`);
  }
  return {
    version: int(record, 'version', what),
    host: typeof record.host === 'string' ? record.host : null,
    port: int(record, 'port', what),
    endpoints: endpoints as string[],
    jmxPort: int(record, 'jmx_port', what),
    timestampMs: Number(text(record, 'timestamp', what)),
    rack: typeof record.rack === 'string' ? record.rack : null,
  };
}

/**
 * `TopicZNode.decode`: the assignment plus any reassignment in progress.
 *
 * @example
 *   decodeTopicAssignment(zk.getData(topicPath('demo')).data).partitions.get(0); // [1, 2]
 */
export function decodeTopicAssignment(json: string | null): TopicAssignment {
  const what = 'topic assignment';
  const record = parseObject(json, what);
  return {
    version: int(record, 'version', what),
    partitions: replicaMap(record.partitions, what),
    addingReplicas: replicaMap(record.adding_replicas, what),
    removingReplicas: replicaMap(record.removing_replicas, what),
    topicId: typeof record.topic_id === 'string' ? record.topic_id : null,
  };
}

/**
 * `TopicPartitionStateZNode.decode` (the znode's dataVersion, the partition epoch, is in its stat).
 *
 * @example
 *   decodePartitionState('{"controller_epoch":1,"leader":1,"version":1,"leader_epoch":0,"isr":[1,2]}').isr; // [1, 2]
 */
export function decodePartitionState(json: string | null): PartitionState {
  const what = 'partition state';
  const record = parseObject(json, what);
  const recovery =
    record.leader_recovery_state === undefined ? 0 : int(record, 'leader_recovery_state', what);
  if (recovery !== 0 && recovery !== 1) throw new SyntaxError(`${what}: bad leader_recovery_state`);
  return {
    controllerEpoch: int(record, 'controller_epoch', what),
    leader: int(record, 'leader', what),
    leaderEpoch: int(record, 'leader_epoch', what),
    isr: intList(record.isr, what),
    leaderRecoveryState: recovery,
  };
}

/**
 * `ControllerZNode.decodeController`.
 *
 * @example
 *   decodeController(zk.getData('/controller').data).brokerId; // 1
 */
export function decodeController(json: string | null): ControllerRegistration {
  const what = 'controller';
  const record = parseObject(json, what);
  return {
    version: int(record, 'version', what),
    brokerId: int(record, 'brokerid', what),
    timestampMs: Number(text(record, 'timestamp', what)),
    kraftControllerEpoch:
      record.kraftControllerEpoch === undefined ? null : int(record, 'kraftControllerEpoch', what),
  };
}

/**
 * `ControllerEpochZNode.decode`: decimal text.
 *
 * @example
 *   decodeControllerEpoch('1'); // 1
 */
export function decodeControllerEpoch(data: string | null): number {
  const epoch = Number(data);
  if (data === null || data.trim() === '' || !Number.isInteger(epoch)) {
    throw new SyntaxError(`controller epoch: bad data ${data}`);
  }
  return epoch;
}

/**
 * `ConfigEntityZNode.decode`: the `config` map (values are strings); `{}` for no data.
 *
 * @example
 *   decodeEntityConfig('{"version":1,"config":{"retention.ms":"60000"}}'); // { 'retention.ms': '60000' }
 */
export function decodeEntityConfig(json: string | null): Record<string, string> {
  if (json === null) return {};
  const config = parseObject(json, 'entity config').config;
  if (config === undefined) return {};
  if (!isRecord(config)) throw new SyntaxError('entity config: bad config');
  return Object.fromEntries(Object.entries(config).map(([key, value]) => [key, String(value)]));
}

/**
 * The `entity_path` of a config change notification (version 2).
 *
 * @example
 *   decodeConfigChange('{"version":2,"entity_path":"topics/demo"}'); // 'topics/demo'
 */
export function decodeConfigChange(json: string | null): string {
  return text(parseObject(json, 'config change'), 'entity_path', 'config change');
}

/**
 * `ClusterIdZNode.fromJson`.
 *
 * @example
 *   decodeClusterId('{"version":"1","id":"abc"}'); // 'abc'
 */
export function decodeClusterId(json: string | null): string {
  return text(parseObject(json, 'cluster id'), 'id', 'cluster id');
}

/**
 * `IsrChangeNotificationSequenceZNode.decode`.
 *
 * @example
 *   decodeIsrChangeNotification('{"version":1,"partitions":[{"topic":"t","partition":0}]}'); // [{ topic: 't', partition: 0 }]
 */
export function decodeIsrChangeNotification(json: string | null): { topic: string; partition: number }[] {
  const what = 'ISR change notification';
  const partitions = parseObject(json, what).partitions;
  if (!Array.isArray(partitions)) throw new SyntaxError(`${what}: bad partitions`);
  return partitions.map((entry: unknown) => {
    if (!isRecord(entry)) throw new SyntaxError(`${what}: bad partition`);
    return { topic: text(entry, 'topic', what), partition: int(entry, 'partition', what) };
  });
}
