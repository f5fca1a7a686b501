import { describe, expect, it } from 'vitest';
import { formatStatus } from './status';

describe('sim status lines', () => {
  it('prints one line per broker by id, then the controller and ZooKeeper', () => {
    const lines = formatStatus({
      brokers: [
        { id: 3, state: 'running', leaderOf: 1, replicaOf: 6, isolated: true, slowMs: 200 },
        { id: 1, state: 'running', leaderOf: 2, replicaOf: 6, isolated: false, slowMs: 0 },
        { id: 2, state: 'killed', leaderOf: 0, replicaOf: 6, isolated: false, slowMs: 0 },
      ],
      controllerId: 1,
      controllerEpoch: 2,
      zookeeperIsolated: false,
    });
    expect(lines).toEqual([
      'broker 1 running leader-of 2 replica-of 6',
      'broker 2 killed leader-of 0 replica-of 6',
      'broker 3 running leader-of 1 replica-of 6 isolated slow 200ms',
      'controller 1 epoch 2',
      'zookeeper running',
    ]);
  });

  it('says none without a controller', () => {
    expect(
      formatStatus({ brokers: [], controllerId: -1, controllerEpoch: 0, zookeeperIsolated: true }),
    ).toEqual(['controller none epoch 0', 'zookeeper isolated']);
  });
});
