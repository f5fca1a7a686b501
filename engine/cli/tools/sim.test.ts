import { describe, expect, it } from 'vitest';
import { FakeCluster, runTool } from '../test-fake-cluster';
import { runSim } from './sim';
import type { Tool } from './tool';

const sim: Tool = (ctx) => runSim(ctx.cluster, ctx.out, ctx.args);

describe('sim verbs', () => {
  it('drive the cluster’s fault and time controls', () => {
    const cluster = new FakeCluster();
    const start = cluster.nowMs;
    for (const args of [
      ['advance', '2h'],
      ['kill-broker', '2'],
      ['power-off', '3'],
      ['start-broker', '2'],
      ['isolate', 'zookeeper'],
      ['slow', '1', '250ms'],
      ['drop', '1', 'zookeeper'],
      ['heal'],
      ['config', 'broker', 'all', 'log.retention.ms=1000'],
    ]) {
      expect(runTool(sim, cluster, args).all).toBe('');
    }
    expect(cluster.nowMs - start).toBe(7_200_000);
    expect(cluster.calls).toEqual([
      'killBroker(2)',
      'powerOffBroker(3)',
      'startBroker(2)',
      'isolate(zookeeper)',
      'slow(1,250)',
      'dropNext(1,zookeeper)',
      'heal()',
      'alterBrokerConfig(null,{"log.retention.ms":"1000"})',
    ]);
  });

  it('sets topic configs and prints the status lines', () => {
    const cluster = new FakeCluster(1, 2);
    cluster.createTopic('t');
    runTool(sim, cluster, ['config', 'topic', 't', 'retention.ms=5', 'cleanup.policy=compact']);
    expect(cluster.topics.get('t')?.configs).toEqual({ 'retention.ms': '5', 'cleanup.policy': 'compact' });
    expect(runTool(sim, cluster, ['status']).stdout).toBe('broker 1 running\nbroker 2 running\n');
  });

  it('explains mistakes and changes nothing', () => {
    const cluster = new FakeCluster();
    expect(runTool(sim, cluster, ['kill-broker', '7']).stderr).toBe(
      'sim: no broker 7 (brokers are 1, 2, 3)\n',
    );
    expect(runTool(sim, cluster, ['advance', '10']).stderr).toMatch(/^sim: invalid duration '10'/);
    expect(runTool(sim, cluster, ['slow', '1']).stderr).toBe('sim: usage: sim slow ID DELAY\n');
    expect(runTool(sim, cluster, ['config', 'topic', 'missing', 'a=1']).stderr).toBe(
      'sim: This server does not host this topic-partition.\n',
    );
    expect(runTool(sim, cluster, ['seed', '3']).stderr).toBe(
      "sim: 'seed' must come before the first other command\n",
    );
    expect(cluster.calls).toEqual([]);
  });
});
