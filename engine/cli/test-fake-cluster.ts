/**
 * A small in-memory stand-in for `ClusterApi`, for the CLI's unit tests only: topics with one log per
 * partition, a producer that delivers at flush (or after linger), consumers that join after 50 ms,
 * groups with committed offsets, and a clock with an event queue. It mimics the API's contract, not
 * Kafka's protocol; the real cluster's golden transcripts cover the rest.
 */
import type {
  ClusterApi,
  ConsumedRecord,
  ConsumerConfigInput,
  ConsumerHandle,
  CreateTopicOptions,
  GroupDescription,
  OffsetSpec,
  ProducerConfigInput,
  ProducerHandle,
  ProducerRecordInput,
  TopicDescription,
} from '../cluster/cluster-api';
import { type ErrorName, KafkaError } from '../cluster/errors';
import type { TopicPartition } from '../cluster/protocol';
import { FakeConsumer, FakeProducer } from './test-fake-clients';
import type { Output, Tool } from './tools/tool';

const encoder = new TextEncoder();
const bytes = (s: string | null) => (s === null ? null : encoder.encode(s));

interface FakePartition {
  leader: number;
  replicas: number[];
  isr: number[];
  log: ConsumedRecord[];
}

interface FakeTopic {
  id: string;
  partitions: FakePartition[];
  configs: Record<string, string>;
}

interface FakeGroup {
  members: Map<string, { clientId: string; assignment: TopicPartition[] }>;
  offsets: Map<string, TopicPartition & { offset: number }>;
}

export class FakeCluster implements ClusterApi {
  nowMs = Date.UTC(2026, 0, 5, 9, 0, 0);
  readonly brokerIds: number[];
  readonly topics = new Map<string, FakeTopic>();
  readonly groups = new Map<string, FakeGroup>();
  /** Produce errors by topic, e.g. NOT_ENOUGH_REPLICAS. */
  readonly failures = new Map<string, ErrorName>();
  /** Every fault verb called, as `name(args)`. */
  readonly calls: string[] = [];
  private events: Array<{ at: number; seq: number; run: () => void }> = [];
  private seq = 0;
  private random: number;

  constructor(
    readonly seed = 1,
    brokers = 3,
  ) {
    this.brokerIds = Array.from({ length: brokers }, (_, i) => i + 1);
    this.random = seed;
  }

  nextIntBelow(bound: number): number {
    this.random = (Math.imul(this.random, 1103515245) + 12345) >>> 0;
    return this.random % bound;
  }

  schedule(delayMs: number, run: () => void): void {
    this.events.push({ at: this.nowMs + delayMs, seq: this.seq++, run });
  }

  private nextEvent(untilMs: number) {
    this.events.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const first = this.events[0];
    if (first === undefined || first.at > untilMs) return null;
    this.events.shift();
    return first;
  }

  advance(ms: number): void {
    this.runUntil(() => false, ms);
  }

  runUntil(done: () => boolean, maxMs: number): boolean {
    const end = this.nowMs + maxMs;
    if (done()) return true;
    for (let e = this.nextEvent(end); e !== null; e = this.nextEvent(end)) {
      this.nowMs = e.at;
      e.run();
      if (done()) return true;
    }
    this.nowMs = end;
    return done();
  }

  createTopic(name: string, options: CreateTopicOptions = {}): void {
    if (this.topics.has(name))
      throw new KafkaError('TOPIC_ALREADY_EXISTS', `Topic '${name}' already exists.`);
    const rf = options.replicationFactor ?? 1;
    if (rf > this.brokerIds.length) {
      throw new KafkaError(
        'INVALID_REPLICATION_FACTOR',
        `Replication factor: ${rf} larger than available brokers: ${this.brokerIds.length}.`,
      );
    }
    const n = this.brokerIds.length;
    const partitions = Array.from({ length: options.partitions ?? 1 }, (_, p) => {
      const replicas = Array.from({ length: rf }, (_, r) => ((p + r) % n) + 1);
      return { leader: replicas[0] as number, replicas, isr: [...replicas], log: [] };
    });
    this.topics.set(name, { id: `id-${name}`.padEnd(22, 'x'), partitions, configs: { ...options.configs } });
  }

  deleteTopic(name: string): void {
    if (!this.topics.delete(name)) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION');
  }

  createPartitions(name: string, totalCount: number): void {
    const topic = this.topic(name);
    const current = topic.partitions.length;
    if (totalCount < current) {
      throw new KafkaError(
        'INVALID_PARTITIONS',
        `Topic currently has ${current} partitions, which is higher than the requested ${totalCount}.`,
      );
    }
    for (let p = current; p < totalCount; p++)
      topic.partitions.push({ leader: 1, replicas: [1], isr: [1], log: [] });
  }

  listTopics(): string[] {
    return [...this.topics.keys()];
  }

  private topic(name: string): FakeTopic {
    const topic = this.topics.get(name);
    if (topic === undefined) throw new KafkaError('UNKNOWN_TOPIC_OR_PARTITION');
    return topic;
  }

  describeTopics(names: readonly string[] = this.listTopics()): TopicDescription[] {
    return [...names].sort().map((name) => {
      const t = this.topic(name);
      return {
        name,
        topicId: t.id,
        internal: name.startsWith('__'),
        partitions: t.partitions.map((p, i) => ({ partition: i, leaderEpoch: 0, ...p })),
        configs: Object.entries(t.configs).map(([k, v]) => ({ name: k, value: v })),
        markedForDeletion: false,
      };
    });
  }

  alterTopicConfig(name: string, set: Readonly<Record<string, string>>): void {
    Object.assign(this.topic(name).configs, set);
  }

  alterBrokerConfig(brokerId: number | null, set: Readonly<Record<string, string>>): void {
    this.calls.push(`alterBrokerConfig(${brokerId},${JSON.stringify(set)})`);
  }

  listOffsets(partitions: readonly TopicPartition[], spec: OffsetSpec) {
    return partitions.map((tp) => {
      const log = this.topics.get(tp.topic)?.partitions[tp.partition]?.log;
      if (log === undefined) return { ...tp, offset: -1, error: 'UNKNOWN_TOPIC_OR_PARTITION' as ErrorName };
      return { ...tp, offset: spec === 'earliest' ? 0 : log.length, error: 'NONE' as ErrorName };
    });
  }

  describeGroup(groupId: string): GroupDescription | undefined {
    const g = this.groups.get(groupId);
    if (g === undefined) return undefined;
    return {
      groupId,
      state: g.members.size > 0 ? 'Stable' : 'Empty',
      generationId: g.members.size > 0 ? 1 : 0,
      protocol: g.members.size > 0 ? 'range' : '',
      coordinator: { id: 1, host: 'localhost', port: 9092 },
      members: [...g.members].map(([memberId, m]) => ({
        memberId,
        groupInstanceId: null,
        clientId: m.clientId,
        host: '/127.0.0.1',
        assignment: m.assignment,
      })),
      offsets: [...g.offsets.values()],
    };
  }

  listGroups(): string[] {
    return [...this.groups.keys()];
  }

  group(groupId: string): FakeGroup {
    let g = this.groups.get(groupId);
    if (g === undefined) {
      g = { members: new Map(), offsets: new Map() };
      this.groups.set(groupId, g);
    }
    return g;
  }

  /** Appends to the log as the leader would; throws the configured produce error. */
  append(record: ProducerRecordInput): { partition: number; offset: number } {
    const error = this.failures.get(record.topic);
    if (error !== undefined) throw new KafkaError(error);
    const topic = this.topic(record.topic);
    const partition =
      record.partition ?? (record.key === null ? 0 : record.key.length % topic.partitions.length);
    const log = (topic.partitions[partition] as FakePartition).log;
    log.push({
      topic: record.topic,
      partition,
      offset: log.length,
      timestampMs: record.timestampMs ?? this.nowMs,
      timestampType: 'CreateTime',
      leaderEpoch: 0,
      key: bytes(record.key),
      value: bytes(record.value),
      headers: (record.headers ?? []).map((h) => ({ key: h.key, value: bytes(h.value) })),
    });
    return { partition, offset: log.length - 1 };
  }

  newProducer(config: ProducerConfigInput = {}): ProducerHandle {
    return new FakeProducer(this, config);
  }

  newConsumer(config: ConsumerConfigInput = {}): ConsumerHandle {
    return new FakeConsumer(this, config);
  }

  killBroker(id: number): void {
    this.calls.push(`killBroker(${id})`);
  }
  powerOffBroker(id: number): void {
    this.calls.push(`powerOffBroker(${id})`);
  }
  startBroker(id: number): void {
    this.calls.push(`startBroker(${id})`);
  }
  isolate(node: number | 'zookeeper'): void {
    this.calls.push(`isolate(${node})`);
  }
  heal(): void {
    this.calls.push('heal()');
  }
  slow(id: number, delayMs: number): void {
    this.calls.push(`slow(${id},${delayMs})`);
  }
  dropNext(from: number | 'zookeeper', to: number | 'zookeeper'): void {
    this.calls.push(`dropNext(${from},${to})`);
  }
  statusLines(): string[] {
    return this.brokerIds.map((id) => `broker ${id} running`);
  }
}

/** What a tool printed: each stream apart, and both in order. */
export interface Captured {
  readonly stdout: string;
  readonly stderr: string;
  readonly all: string;
}

/**
 * Runs `tool` against `cluster` and captures what it prints.
 *
 * @example
 *   runTool(kafkaTopics, new FakeCluster(), ['--list']).stdout; // '\n'
 */
export function runTool(
  tool: Tool,
  cluster: ClusterApi,
  args: readonly string[],
  stdin: readonly string[] | null = null,
  consumerIdleMs = 5000,
): Captured {
  let stdout = '';
  let stderr = '';
  let all = '';
  const out: Output = {
    stdout(text) {
      stdout += text;
      all += text;
    },
    stderr(text) {
      stderr += text;
      all += text;
    },
  };
  tool({ cluster, out, args, stdin, consumerIdleMs });
  return { stdout, stderr, all };
}
