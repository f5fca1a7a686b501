import { describe, expect, it } from 'vitest';
import { buildClusterView } from './cluster-view';
import { RecordedCluster } from './recorded-cluster';

function scenario(): RecordedCluster {
  const recorded = new RecordedCluster({ seed: 12, brokers: 3 });
  recorded.apply({ type: 'create-topic', name: 'orders', options: { partitions: 3, replicationFactor: 3 } });
  recorded.apply({ type: 'new-producer', name: 'p', config: { acks: 'all' } });
  recorded.apply({ type: 'new-consumer', name: 'c1', config: { groupId: 'g' }, topics: ['orders'] });
  recorded.apply({
    type: 'produce',
    producer: 'p',
    records: Array.from({ length: 30 }, (_, i) => ({ topic: 'orders', key: `k${i % 7}`, value: `v${i}` })),
    flush: true,
  });
  recorded.apply({ type: 'advance', ms: 10_000 });
  recorded.apply({ type: 'kill-broker', id: 2 });
  recorded.apply({ type: 'advance', ms: 30_000 });
  recorded.apply({ type: 'start-broker', id: 2 });
  recorded.apply({ type: 'advance', ms: 30_000 });
  return recorded;
}

describe('RecordedCluster: restore any earlier time by replay', () => {
  it('replays to the end and to a midpoint exactly as the original was', () => {
    const original = scenario();
    const end = original.cluster.nowMs;
    const replayed = RecordedCluster.replay(original.options, original.commands(), end);
    expect(JSON.stringify(replayed.cluster.events())).toBe(JSON.stringify(original.cluster.events()));
    expect(buildClusterView(replayed.cluster)).toEqual(buildClusterView(original.cluster));

    // Rewind to 25 s after the kill: the leader moved, broker 2 still down.
    const killAt = original.commands().find((c) => c.command.type === 'kill-broker')?.atMs ?? 0;
    const rewound = RecordedCluster.replay(original.options, original.commands(), killAt + 25_000);
    expect(rewound.cluster.nowMs).toBe(killAt + 25_000);
    expect(rewound.cluster.brokers.get(2)?.isUp()).toBe(false);
    const prefix = original.cluster.events().filter((e) => e.atMs <= killAt + 25_000);
    expect(JSON.stringify(rewound.cluster.events().filter((e) => e.atMs <= killAt + 25_000))).toBe(
      JSON.stringify(prefix),
    );
  });

  it('forks a new future from a rewound moment', () => {
    const original = scenario();
    const killAt = original.commands().find((c) => c.command.type === 'kill-broker')?.atMs ?? 0;
    const fork = RecordedCluster.replay(original.options, original.commands(), killAt + 1000);
    fork.apply({ type: 'start-broker', id: 2 });
    fork.apply({ type: 'advance', ms: 5000 });
    expect(fork.cluster.brokers.get(2)?.isUp()).toBe(true);
    expect(fork.commands().at(-2)?.command.type).toBe('start-broker');
  });

  it('does not record a command Kafka refuses', () => {
    const recorded = scenario();
    const before = recorded.commands().length;
    expect(() => recorded.apply({ type: 'create-topic', name: 'orders', options: {} })).toThrow(
      "Topic 'orders' already exists.",
    );
    expect(recorded.commands().length).toBe(before);
  });
});
