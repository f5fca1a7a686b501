/**
 * Kafka's admin operations against a ZooKeeper-mode cluster (the path `CreateTopics`, `DeleteTopics`,
 * `CreatePartitions` and `AlterConfigs` take through `ZkAdminManager`/`AdminZkClient`): validate with
 * Kafka's messages, write the znodes, then let the controller's watches do the rest — and, as the real
 * request does, wait (in simulated time) until the brokers know the outcome.
 */
import { parseTopicConfig, TOPIC_CONFIGS } from '../log';
import type { Broker } from './broker';
import type { Cluster } from './cluster';
import type { CreateTopicOptions, OffsetSpec, TopicDescription } from './cluster-api';
import { type ErrorName, KafkaError } from './errors';
import type { TopicPartition } from './protocol';
import {
  assignNewPartitions,
  assignReplicasToBrokers,
  InvalidPartitionsError,
  InvalidReplicationFactorError,
} from './replica-assignment';
import {
  collisionMessage,
  findCollisions,
  InvalidTopicError,
  isInternalTopic,
  validateTopicName,
} from './topic-name';
import { randomTopicId } from './uuid';
import {
  BROKER_IDS_PATH,
  decodeEntityConfig,
  decodeTopicAssignment,
  deleteTopicPath,
  TOPICS_PATH,
  topicAssignmentJson,
  topicConfigJson,
  topicConfigPath,
  topicPath,
} from './zookeeper';

/** How long an admin request waits for the brokers to learn its outcome (`timeout.ms` of the request). */
const ADMIN_TIMEOUT_MS = 30_000;
/** The AdminClient's `default.api.timeout.ms`. */
const DEFAULT_API_TIMEOUT_MS = 60_000;

export class ClusterAdmin {
  private readonly topicIds = new Map<string, string>();
  private readonly overridesCache = new Map<string, Readonly<Record<string, string>>>();

  constructor(private readonly cluster: Cluster) {}

  private get zk() {
    return this.cluster.zk;
  }

  /**
   * The topic's overrides from `/config/topics/<t>`, cached as a broker caches its topic configs (read
   * on every append for min.insync.replicas); every write below goes through {@link forgetTopicConfig}.
   */
  topicOverrides(topic: string): Readonly<Record<string, string>> {
    const cached = this.overridesCache.get(topic);
    if (cached) return cached;
    const path = topicConfigPath(topic);
    const overrides = this.zk.exists(path) ? decodeEntityConfig(this.zk.getData(path).data) : {};
    this.overridesCache.set(topic, overrides);
    return overrides;
  }

  private forgetTopicConfig(topic: string): void {
    this.overridesCache.delete(topic);
  }

  topicId(topic: string): string {
    const cached = this.topicIds.get(topic);
    if (cached) return cached;
    if (!this.zk.exists(topicPath(topic))) return 'AAAAAAAAAAAAAAAAAAAAAA';
    const id =
      decodeTopicAssignment(this.zk.getData(topicPath(topic)).data).topicId ?? 'AAAAAAAAAAAAAAAAAAAAAA';
    this.topicIds.set(topic, id);
    return id;
  }

  private registeredBrokers(): number[] {
    return this.zk
      .getChildren(BROKER_IDS_PATH)
      .map(Number)
      .sort((a, b) => a - b);
  }

  private topicExists(name: string): boolean {
    return this.zk.exists(topicPath(name)) !== null;
  }

  /**
   * Every admin call goes to a broker first. With none reachable the AdminClient waits its
   * `default.api.timeout.ms` (60 s) for one and then fails with Kafka's TimeoutException.
   */
  private requireBroker(call: string): Broker {
    const now = this.cluster.adminBroker();
    if (now) return now;
    this.cluster.runUntil(() => this.cluster.adminBroker() !== undefined, DEFAULT_API_TIMEOUT_MS);
    const later = this.cluster.adminBroker();
    if (later) return later;
    throw new KafkaError('REQUEST_TIMED_OUT', `Timed out waiting for a node assignment. Call: ${call}`);
  }

  /** `AdminZkClient.createTopic` + the CreateTopics request's wait for leaders. */
  createTopic(name: string, options: CreateTopicOptions = {}, internal = false): void {
    this.requireBroker('createTopics');
    const config = this.cluster.defaultBrokerConfig();
    const partitions = options.partitions ?? config.numPartitions;
    const replicationFactor = options.replicationFactor ?? config.defaultReplicationFactor;
    try {
      validateTopicName(name);
    } catch (e) {
      if (e instanceof InvalidTopicError) throw new KafkaError('INVALID_TOPIC_EXCEPTION', e.message);
      throw e;
    }
    if (this.topicExists(name)) {
      const marked = this.zk.exists(deleteTopicPath(name)) !== null;
      throw new KafkaError(
        'TOPIC_ALREADY_EXISTS',
        marked ? `Topic '${name}' is marked for deletion.` : `Topic '${name}' already exists.`,
      );
    }
    const collisions = findCollisions(name, this.zk.getChildren(TOPICS_PATH));
    if (collisions.length > 0)
      throw new KafkaError('INVALID_TOPIC_EXCEPTION', collisionMessage(name, collisions));
    if (!internal && isInternalTopic(name)) {
      // Creating an internal topic by hand is allowed in ZK mode; nothing to refuse.
    }
    const configs = options.configs ?? {};
    try {
      parseTopicConfig(configs);
    } catch (e) {
      if (e instanceof Error) throw new KafkaError('INVALID_CONFIG' as ErrorName, e.message);
      throw e;
    }
    let assignment: Map<number, number[]>;
    try {
      assignment = assignReplicasToBrokers(this.registeredBrokers(), partitions, replicationFactor, {
        nextIntBelow: (n) => this.cluster.rng.nextIntBelow(n),
      });
    } catch (e) {
      if (e instanceof InvalidReplicationFactorError)
        throw new KafkaError('INVALID_REPLICATION_FACTOR', e.message);
      if (e instanceof InvalidPartitionsError) throw new KafkaError('INVALID_PARTITIONS', e.message);
      throw e;
    }
    const topicId = randomTopicId(() => this.cluster.rng.nextInt());
    const nowMs = this.cluster.nowMs;
    this.forgetTopicConfig(name);
    this.zk.createRecursive(topicConfigPath(name), topicConfigJson(configs), nowMs, false);
    this.zk.createRecursive(topicPath(name), topicAssignmentJson({ partitions: assignment, topicId }), nowMs);
    this.topicIds.set(name, topicId);
    this.cluster.emit({ type: 'topic-created', topic: name, partitions, replicationFactor });
    this.cluster.flushZkEvents();
    this.cluster.runUntil(() => this.allLeadersKnown(name, partitions), ADMIN_TIMEOUT_MS);
  }

  /** Writes the topic znodes without waiting (auto-creation on a Metadata request, internal topics). */
  createTopicNoWait(
    name: string,
    partitions: number,
    replicationFactor: number,
    configs: Record<string, string> = {},
  ): boolean {
    if (this.topicExists(name)) return true;
    try {
      validateTopicName(name);
      const assignment = assignReplicasToBrokers(this.registeredBrokers(), partitions, replicationFactor, {
        nextIntBelow: (n) => this.cluster.rng.nextIntBelow(n),
      });
      const topicId = randomTopicId(() => this.cluster.rng.nextInt());
      const nowMs = this.cluster.nowMs;
      this.forgetTopicConfig(name);
      this.zk.createRecursive(topicConfigPath(name), topicConfigJson(configs), nowMs, false);
      this.zk.createRecursive(
        topicPath(name),
        topicAssignmentJson({ partitions: assignment, topicId }),
        nowMs,
      );
      this.topicIds.set(name, topicId);
      this.cluster.emit({ type: 'topic-created', topic: name, partitions, replicationFactor });
      this.cluster.flushZkEvents();
      return true;
    } catch {
      return false;
    }
  }

  private allLeadersKnown(topic: string, partitions: number): boolean {
    for (const broker of this.liveBrokers()) {
      if (broker.metadata.partitionCount(topic) < partitions) return false;
    }
    return true;
  }

  private liveBrokers(): Broker[] {
    return [...this.cluster.brokers.values()].filter((b) => b.isUp());
  }

  deleteTopic(name: string): void {
    this.requireBroker('deleteTopics');
    if (!this.topicExists(name))
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `Topic '${name}' does not exist as expected`);
    const nowMs = this.cluster.nowMs;
    if (!this.zk.exists(deleteTopicPath(name)))
      this.zk.create(deleteTopicPath(name), null, 'persistent', null, nowMs);
    this.cluster.flushZkEvents();
    this.cluster.runUntil(() => !this.topicExists(name), ADMIN_TIMEOUT_MS);
    if (!this.topicExists(name)) {
      this.topicIds.delete(name);
      this.forgetTopicConfig(name);
      this.cluster.ackLedger.forgetTopic(name);
    }
  }

  createPartitions(name: string, totalCount: number): void {
    this.requireBroker('createPartitions');
    if (!this.topicExists(name))
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `Topic '${name}' does not exist as expected`);
    const current = decodeTopicAssignment(this.zk.getData(topicPath(name)).data);
    const existing = [...current.partitions.values()];
    let added: Map<number, number[]>;
    try {
      added = assignNewPartitions(this.registeredBrokers(), existing, totalCount);
    } catch (e) {
      if (e instanceof InvalidPartitionsError) throw new KafkaError('INVALID_PARTITIONS', e.message);
      if (e instanceof InvalidReplicationFactorError)
        throw new KafkaError('INVALID_REPLICATION_FACTOR', e.message);
      throw e;
    }
    const all = new Map<number, readonly number[]>(current.partitions);
    for (const [p, replicas] of added) all.set(p, replicas);
    this.zk.setData(
      topicPath(name),
      topicAssignmentJson({ partitions: all, topicId: current.topicId }),
      -1,
      this.cluster.nowMs,
    );
    this.cluster.emit({ type: 'partitions-added', topic: name, from: existing.length, to: totalCount });
    this.cluster.flushZkEvents();
    this.cluster.runUntil(() => this.allLeadersKnown(name, totalCount), ADMIN_TIMEOUT_MS);
  }

  listTopics(): string[] {
    this.requireBroker('listTopics');
    return this.topicNames();
  }

  /** The topics as ZooKeeper has them, in Java string order (for the view: no broker round trip). */
  topicNames(): string[] {
    return this.zk.getChildren(TOPICS_PATH).sort(javaCompare);
  }

  /** What `describeTopics` sees: the metadata cache of a live broker, configs from ZooKeeper. */
  describeTopics(names?: readonly string[]): TopicDescription[] {
    const cache = this.requireBroker('describeTopics').metadata;
    const wanted = names ?? this.topicNames();
    return wanted.map((name) => {
      if (!this.topicExists(name))
        throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `Topic '${name}' does not exist as expected`);
      const assignment = decodeTopicAssignment(this.zk.getData(topicPath(name)).data);
      const partitions = [...assignment.partitions].map(([partition, replicas]) => {
        const state = cache?.partitionState(name, partition);
        const leaderAlive =
          state !== undefined && state.leader >= 0 && cache?.isBrokerAlive(state.leader) === true;
        return {
          partition,
          leader: leaderAlive ? (state?.leader ?? -1) : -1,
          leaderEpoch: state?.leaderEpoch ?? -1,
          replicas: [...replicas],
          isr: state ? [...state.isr] : [],
        };
      });
      return {
        name,
        topicId: assignment.topicId ?? 'AAAAAAAAAAAAAAAAAAAAAA',
        internal: isInternalTopic(name),
        partitions,
        configs: this.describedConfigs(name),
        markedForDeletion: this.zk.exists(deleteTopicPath(name)) !== null,
      };
    });
  }

  /** `Configs:` of describe: topic overrides, plus broker settings of the exact `log.` synonym (§11.1). */
  private describedConfigs(topic: string): Array<{ name: string; value: string }> {
    const overrides = this.topicOverrides(topic);
    const explicit = this.cluster.defaultBrokerConfig().explicit;
    const out: Array<{ name: string; value: string }> = [];
    for (const def of TOPIC_CONFIGS) {
      const override = overrides[def.name];
      if (override !== undefined) out.push({ name: def.name, value: override });
      else if (
        def.synonym !== null &&
        def.synonym === `log.${def.name}` &&
        explicit[def.synonym] !== undefined
      )
        out.push({ name: def.name, value: explicit[def.synonym] as string });
    }
    if (topic === '__consumer_offsets') {
      const config = this.cluster.defaultBrokerConfig();
      return [
        { name: 'compression.type', value: 'producer' },
        { name: 'cleanup.policy', value: 'compact' },
        { name: 'segment.bytes', value: String(config.offsetsTopicSegmentBytes) },
      ];
    }
    return out;
  }

  alterTopicConfig(name: string, set: Readonly<Record<string, string>>, remove: readonly string[]): void {
    this.requireBroker('incrementalAlterConfigs');
    if (!this.topicExists(name))
      throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION', `Topic '${name}' does not exist as expected`);
    const next = { ...this.topicOverrides(name), ...set };
    for (const key of remove) delete next[key];
    try {
      parseTopicConfig(next);
    } catch (e) {
      if (e instanceof Error) throw new KafkaError('INVALID_CONFIG', e.message);
      throw e;
    }
    this.zk.setData(topicConfigPath(name), topicConfigJson(next), -1, this.cluster.nowMs);
    this.forgetTopicConfig(name);
    for (const broker of this.cluster.brokers.values()) {
      for (const log of broker.logs.values())
        if (log.topic === name) log.updateConfig(this.cluster.logConfigFor(name, broker.id));
    }
  }

  /** `ListOffsets` answered by each partition's leader (HW for latest, log start for earliest). */
  listOffsets(
    partitions: readonly TopicPartition[],
    spec: OffsetSpec,
  ): Array<TopicPartition & { offset: number; error: ErrorName }> {
    return partitions.map((tp) => {
      const leader = this.leaderBroker(tp);
      const partition = leader?.partitions.get(`${tp.topic}-${tp.partition}`);
      if (!partition?.isLeader()) return { ...tp, offset: -1, error: 'LEADER_NOT_AVAILABLE' as ErrorName };
      const log = partition.log;
      let offset: number;
      if (spec === 'latest') offset = log.highWatermark;
      else if (spec === 'earliest') offset = log.logStartOffset;
      else if (spec === 'max-timestamp') offset = maxTimestampOffset(log);
      else offset = offsetForTimestamp(log, spec.timestampMs);
      return { ...tp, offset, error: 'NONE' as ErrorName };
    });
  }

  leaderBroker(tp: TopicPartition): Broker | undefined {
    for (const broker of this.cluster.brokers.values()) {
      const p = broker.partitions.get(`${tp.topic}-${tp.partition}`);
      if (broker.isUp() && p?.isLeader()) return broker;
    }
    return undefined;
  }
}

function maxTimestampOffset(log: import('../log').Log): number {
  let best = -1;
  let bestTs = Number.NEGATIVE_INFINITY;
  for (const r of log.readRecords(log.logStartOffset, 100_000, 'highWatermark')) {
    if (r.timestamp > bestTs) {
      bestTs = r.timestamp;
      best = r.offset;
    }
  }
  return best;
}

function offsetForTimestamp(log: import('../log').Log, timestampMs: number): number {
  for (const r of log.readRecords(log.logStartOffset, 100_000, 'highWatermark'))
    if (r.timestamp >= timestampMs) return r.offset;
  return -1;
}

/** Java's `String.compareTo`: UTF-16 code units, so uppercase sorts before lowercase. */
function javaCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
