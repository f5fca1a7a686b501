/**
 * The controller's life (§9.2): election through ZooKeeper, failover when the controller dies, a cut-off
 * controller that keeps believing it leads until its session expires, preferred-replica rebalancing,
 * topic deletion and partition growth.
 */
import { describe, expect, it } from 'vitest';
import { createCluster } from './cluster';
import { CONTROLLER_EPOCH_PATH, CONTROLLER_PATH, decodeController } from './zookeeper';

describe('controller', () => {
  it('is elected through the ephemeral /controller znode, epoch 1 first', () => {
    const cluster = createCluster({ brokers: 3, seed: 1 });
    const { data } = cluster.zk.getData(CONTROLLER_PATH);
    expect(decodeController(data).brokerId).toBe(cluster.controllerId());
    expect(cluster.zk.getData(CONTROLLER_EPOCH_PATH).data).toBe('1');
    expect(
      cluster.zk.sessionInfo(cluster.brokers.get(cluster.controllerId())?.zkSessionId ?? '0x0')
        ?.ephemeralPaths,
    ).toContain('/controller');
  });

  it('fails over when the controller dies: its session expires and another broker takes over with a higher epoch', () => {
    const cluster = createCluster({ brokers: 3, seed: 2 });
    cluster.createTopic('t', { partitions: 3, replicationFactor: 3 });
    const old = cluster.controllerId();
    cluster.killBroker(old);
    cluster.advance(10_000);
    // Before the session times out nobody has noticed.
    expect(cluster.zk.exists(CONTROLLER_PATH)).not.toBeNull();
    cluster.advance(10_000);
    const next = cluster.controllerId();
    expect(next).not.toBe(old);
    expect(next).toBeGreaterThan(0);
    expect(cluster.zk.getData(CONTROLLER_EPOCH_PATH).data).toBe('2');
    const changed = cluster.events().filter((e) => e.type === 'controller-changed');
    expect(changed.at(-1)).toMatchObject({ controllerId: next, controllerEpoch: 2, previous: old });
    // The new controller re-elected leaders for the partitions the dead broker led.
    for (const p of cluster.describeTopics(['t'])[0]?.partitions ?? []) {
      expect(p.leader).not.toBe(old);
      expect(p.isr).not.toContain(old);
    }
  });

  it('a cut-off controller is replaced; brokers follow the new epoch; it resigns when it reconnects', () => {
    const cluster = createCluster({ brokers: 3, seed: 3 });
    cluster.createTopic('t', { partitions: 3, replicationFactor: 3 });
    const old = cluster.controllerId();
    cluster.isolate(old);
    cluster.advance(30_000);
    const epochs = cluster.events().filter((e) => e.type === 'controller-changed');
    const latest = epochs.at(-1);
    expect(latest?.type === 'controller-changed' && latest.controllerId).not.toBe(old);
    // The other brokers' metadata follows the new controller.
    for (const b of cluster.brokers.values())
      if (b.id !== old)
        expect(b.metadata.controllerEpoch).toBe(
          latest?.type === 'controller-changed' ? latest.controllerEpoch : -1,
        );
    cluster.heal();
    cluster.advance(30_000);
    expect(cluster.controllers.has(old)).toBe(false);
    expect(cluster.controllers.size).toBe(1);
    expect(cluster.brokers.get(old)?.zkSessionId).not.toBeNull();
    for (const p of cluster.describeTopics(['t'])[0]?.partitions ?? []) expect(p.isr.length).toBe(3);
  });

  it('moves leadership back to preferred replicas after leader.imbalance.check.interval.seconds', () => {
    const cluster = createCluster({ brokers: 3, seed: 4 });
    cluster.createTopic('t', { partitions: 3, replicationFactor: 3 });
    const preferred = cluster.describeTopics(['t'])[0]?.partitions.map((p) => p.replicas[0]);
    const victim = cluster.describeTopics(['t'])[0]?.partitions[0]?.leader ?? 1;
    cluster.killBroker(victim);
    cluster.advance(30_000);
    cluster.startBroker(victim);
    cluster.advance(30_000);
    expect(cluster.describeTopics(['t'])[0]?.partitions[0]?.leader).not.toBe(victim);
    cluster.advance(300_000);
    expect(cluster.describeTopics(['t'])[0]?.partitions.map((p) => p.leader)).toEqual(preferred);
    expect(cluster.events().some((e) => e.type === 'leader-elected' && e.reason === 'preferred')).toBe(true);
  });

  it('deletes a topic everywhere, and waits while a replica is down', () => {
    const cluster = createCluster({ brokers: 3, seed: 5 });
    cluster.createTopic('gone', { partitions: 2, replicationFactor: 3 });
    cluster.killBroker(3);
    cluster.advance(20_000);
    cluster.deleteTopic('gone');
    expect(cluster.listTopics()).toContain('gone');
    expect(cluster.describeTopics(['gone'])[0]?.markedForDeletion).toBe(true);
    cluster.startBroker(3);
    cluster.advance(10_000);
    expect(cluster.listTopics()).not.toContain('gone');
    for (const b of cluster.brokers.values())
      expect([...b.logs.keys()].some((k) => k.startsWith('gone-'))).toBe(false);
  });

  it('adds partitions with the ZK rule (§6.4) and keyed records move to new partitions', () => {
    const cluster = createCluster({ brokers: 3, seed: 6 });
    cluster.createTopic('t', { partitions: 3, replicationFactor: 2 });
    cluster.createPartitions('t', 6);
    const parts = cluster.describeTopics(['t'])[0]?.partitions ?? [];
    expect(parts).toHaveLength(6);
    for (const p of parts) expect(p.leader).toBeGreaterThan(0);
    const producer = cluster.newProducer();
    const r = producer.send({ topic: 't', key: 'key2', value: 'x' });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 10_000);
    expect(r.partition).toBe(5); // key2: 2 of 3 partitions, 5 of 6 (§6.4)
  });
});
