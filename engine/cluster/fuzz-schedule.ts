/**
 * One random schedule of produce / consume / kill / restart / isolate / heal / time jumps against a
 * 3-broker cluster with safe settings (acks=all, min.insync.replicas=2, unclean election off), with
 * Kafka's guarantees checked after every step. Shared by the fuzz test (1,000 pinned seeds in
 * `npm test`) and its benchmark (more seeds in `npm run bench`). A broken guarantee throws
 * {@link InvariantViolation} naming the seed and step.
 */
import { SeededRandom } from '../sim/random';
import { type Cluster, createCluster } from './cluster';
import type { ConsumerHandle, ProducerHandle, SendResult } from './cluster-api';

export class InvariantViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvariantViolation';
  }
}

function check(condition: boolean, message: () => string): void {
  if (!condition) throw new InvariantViolation(message());
}

interface Checker {
  readonly epochLeaders: Map<string, number>;
  readonly leaderHw: Map<string, { epoch: number; hw: number }>;
}

const TOPIC = 'fuzz';
const PARTITIONS = 2;

/** The highest high watermark any live leader of the partition reports (what consumers may read below). */
function leaderHighWatermark(cluster: Cluster, partition: number): number {
  let hw = -1;
  for (const broker of cluster.brokers.values()) {
    const p = broker.partitions.get(`${TOPIC}-${partition}`);
    if (broker.isUp() && p?.isLeader()) hw = Math.max(hw, p.log.highWatermark);
  }
  return hw;
}

export function checkInvariants(cluster: Cluster, checker: Checker, where: string): void {
  check(
    cluster.ackLedger.lostCount() === 0,
    () => `${where}: ${cluster.ackLedger.lostCount()} acknowledged records lost`,
  );
  for (const controller of cluster.controllers.values()) {
    for (const state of controller.partitionStates()) {
      if (state.topic.startsWith('__') || state.leader < 0) continue;
      check(
        state.isr.includes(state.leader),
        () => `${where}: ISR ${state.isr} of ${state.topic}-${state.partition} lacks leader ${state.leader}`,
      );
    }
  }
  for (const broker of cluster.brokers.values()) {
    if (!broker.isUp()) continue;
    for (const partition of broker.partitions.values()) {
      if (!partition.isLeader() || partition.topic.startsWith('__')) continue;
      const key = partition.key;
      const epochKey = `${key}@${partition.leaderEpoch}`;
      const known = checker.epochLeaders.get(epochKey);
      check(
        known === undefined || known === broker.id,
        () => `${where}: two leaders (${known}, ${broker.id}) for ${epochKey}`,
      );
      checker.epochLeaders.set(epochKey, broker.id);
      const hwKey = `${key}#${broker.id}`;
      const prior = checker.leaderHw.get(hwKey);
      const hw = partition.log.highWatermark;
      check(
        !prior || prior.epoch !== partition.leaderEpoch || hw >= prior.hw,
        () => `${where}: HW of ${key} on leader ${broker.id} went back from ${prior?.hw} to ${hw}`,
      );
      checker.leaderHw.set(hwKey, { epoch: partition.leaderEpoch, hw });
      const log = partition.log;
      const records = log.readRecords(log.logStartOffset, 10_000);
      records.forEach((r, i) => {
        check(
          r.offset === log.logStartOffset + i,
          () => `${where}: offsets of ${key} not contiguous at ${r.offset}`,
        );
      });
      check(
        log.logStartOffset + records.length === log.logEndOffset,
        () => `${where}: ${key} LEO ${log.logEndOffset} ≠ records`,
      );
    }
  }
}

function consume(cluster: Cluster, consumer: ConsumerHandle, where: string): number {
  const records = consumer.poll(10_000);
  for (const r of records) {
    const hw = leaderHighWatermark(cluster, r.partition);
    check(
      r.offset < hw,
      () => `${where}: consumer read offset ${r.offset} of ${r.topic}-${r.partition} at or past the HW ${hw}`,
    );
  }
  return records.length;
}

/**
 * Runs one schedule of `steps` random operations for `seed`; returns a transcript of everything
 * observable (for the determinism check). Throws {@link InvariantViolation} on a broken guarantee.
 */
export function runSchedule(seed: number, steps = 12): string {
  const rng = SeededRandom.fromSeed(seed);
  const cluster = createCluster({ brokers: 3, seed });
  cluster.alterBrokerConfig(null, { 'min.insync.replicas': '2' });
  cluster.createTopic(TOPIC, { partitions: PARTITIONS, replicationFactor: 3 });
  const checker: Checker = { epochLeaders: new Map(), leaderHw: new Map() };
  const producer: ProducerHandle = cluster.newProducer({
    acks: 'all',
    deliveryTimeoutMs: 10_000,
    requestTimeoutMs: 3000,
  });
  const consumer = cluster.newConsumer({ groupId: null });
  const tps = Array.from({ length: PARTITIONS }, (_, partition) => ({ topic: TOPIC, partition }));
  consumer.assign(tps);
  consumer.seekToBeginning(tps);
  const sends: SendResult[] = [];
  let consumed = 0;
  for (let step = 0; step < steps; step++) {
    const where = `seed ${seed} step ${step}`;
    const op = rng.nextIntBelow(8);
    const id = 1 + rng.nextIntBelow(3);
    const broker = cluster.brokers.get(id);
    if (op <= 2) {
      const n = 1 + rng.nextIntBelow(20);
      for (let i = 0; i < n; i++)
        sends.push(
          producer.send({ topic: TOPIC, key: `k${rng.nextIntBelow(10)}`, value: `s${seed}-${step}-${i}` }),
        );
      cluster.runUntil(() => {
        consumed += consume(cluster, consumer, where);
        return producer.idle();
      }, 15_000);
    } else if (op === 3 && broker?.isUp()) cluster.killBroker(id);
    else if (op === 4 && broker && !broker.isUp()) cluster.startBroker(id);
    else if (op === 5) cluster.isolate(id);
    else if (op === 6) cluster.heal();
    else cluster.advance(100 + rng.nextIntBelow(60_000));
    consumed += consume(cluster, consumer, where);
    checkInvariants(cluster, checker, where);
  }
  cluster.heal();
  for (const b of cluster.brokers.values()) if (!b.isUp()) cluster.startBroker(b.id);
  cluster.advance(120_000);
  consumed += consume(cluster, consumer, `seed ${seed} settled`);
  checkInvariants(cluster, checker, `seed ${seed} settled`);
  const acked = sends.filter((s) => s.done && s.error === null).map((s) => `${s.partition}@${s.offset}`);
  return JSON.stringify({
    acked,
    consumed,
    events: cluster.events().map((e) => [e.atMs, e.type]),
    status: cluster.statusLines(),
  });
}
