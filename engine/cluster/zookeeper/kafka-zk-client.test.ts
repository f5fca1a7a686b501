import { describe, expect, it } from 'vitest';
import { createRecursive, deleteRecursive, makeSurePersistentPathExists } from './kafka-zk-client';
import { KAFKA_PERSISTENT_PATHS } from './kafka-znode-paths';
import { clusterIdJson } from './kafka-znodes';
import { ZooKeeperServer } from './zookeeper';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

describe('Kafka’s composite ZooKeeper writes', () => {
  it('broker start makes the persistent paths; failed attempts use zxids as in a real cluster', () => {
    const zk = new ZooKeeperServer({ nowMs: T0 });
    for (const path of KAFKA_PERSISTENT_PATHS) makeSurePersistentPathExists(zk, path, T0);
    expect(zk.getChildren('/')).toEqual([
      'admin',
      'brokers',
      'config',
      'consumers',
      'isr_change_notification',
      'latest_producer_id_block',
      'log_dir_event_notification',
      'zookeeper',
    ]);
    expect(zk.getChildren('/brokers')).toEqual(['ids', 'seqid', 'topics']);
    expect(zk.getChildren('/config')).toEqual(['brokers', 'changes', 'clients', 'ips', 'topics', 'users']);
    // 14 paths; /brokers/ids, /config/changes and /admin/delete_topics each take NoNode, parent, retry.
    expect(zk.lastZxid).toBe(14 + 3 * 2);
    expect(zk.exists('/brokers/ids')?.czxid).toBe(4);
    // A second broker finds them all: one NodeExists (and one zxid) each.
    for (const path of KAFKA_PERSISTENT_PATHS) makeSurePersistentPathExists(zk, path, T0);
    expect(zk.lastZxid).toBe(20 + 14);
  });

  it('createRecursive writes the data on the leaf only and throws NodeExists unless told not to', () => {
    const zk = new ZooKeeperServer({ nowMs: T0 });
    createRecursive(zk, '/cluster/id', clusterIdJson('abc'), T0);
    expect(zk.getData('/cluster').data).toBeNull();
    expect(zk.getData('/cluster/id').data).toBe('{"version":"1","id":"abc"}');
    expect(() => createRecursive(zk, '/cluster/id', 'x', T0)).toThrow(
      'KeeperErrorCode = NodeExists for /cluster/id',
    );
    expect(() => zk.createRecursive('/cluster/id', 'x', T0, false)).not.toThrow();
  });

  it('deleteRecursive removes a subtree, each znode in its own transaction', () => {
    const zk = new ZooKeeperServer({ nowMs: T0 });
    zk.createRecursive('/brokers/topics/demo/partitions/0/state', '{}', T0);
    zk.createRecursive('/brokers/topics/demo/partitions/1/state', '{}', T0);
    const zxid = zk.lastZxid;
    expect(deleteRecursive(zk, '/brokers/topics/demo', T0)).toBe(true);
    expect(zk.getChildren('/brokers/topics')).toEqual([]);
    expect(zk.lastZxid).toBe(zxid + 6);
    expect(zk.deleteRecursive('/brokers/topics/demo', T0)).toBe(false);
  });
});
