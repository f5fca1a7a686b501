import { describe, expect, it } from 'vitest';
import { KeeperException } from './keeper-exception';
import { ZooKeeperServer } from './zookeeper';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Three brokers registered under /brokers/ids, broker 1 holding /controller. */
function cluster() {
  const zk = new ZooKeeperServer({ nowMs: T0 });
  const sessions = [1, 2, 3].map((id) => zk.createSession(T0, 18_000, `broker-${id}`));
  zk.makeSurePersistentPathExists('/brokers/ids', T0);
  sessions.forEach((sid, i) => {
    zk.create(`/brokers/ids/${i + 1}`, `{"id":${i + 1}}`, 'ephemeral', sid, T0);
  });
  zk.create('/controller', '{"brokerid":1}', 'ephemeral', sessions[0] ?? null, T0);
  const [s1, s2, s3] = sessions as [(typeof sessions)[0], (typeof sessions)[0], (typeof sessions)[0]];
  return { zk, s1, s2, s3 };
}

describe('ZooKeeperServer: sessions end and take their ephemerals', () => {
  it('broker death: its /brokers/ids znode vanishes and the controller’s child watch fires', () => {
    const { zk, s2 } = cluster();
    zk.getChildren('/brokers/ids', 'broker-1');
    expect(zk.sessionInfo(s2)?.ephemeralPaths).toEqual(['/brokers/ids/2']);
    const end = zk.expireSession(s2, T0 + 21_000);
    expect(end).toEqual({
      sessionId: s2,
      owner: 'broker-2',
      reason: 'expired',
      zxid: zk.lastZxid,
      endedMs: T0 + 21_000,
      deletedPaths: ['/brokers/ids/2'],
    });
    expect(zk.getChildren('/brokers/ids')).toEqual(['1', '3']);
    expect(zk.sessionInfo(s2)).toBeUndefined();
    expect(zk.exists('/brokers/ids')?.pzxid).toBe(zk.lastZxid);
    expect(zk.takeWatchEvents()).toEqual([
      { type: 'NodeChildrenChanged', path: '/brokers/ids', watcher: 'broker-1', zxid: zk.lastZxid },
    ]);
  });

  it('watches are one-shot: the next death goes unnoticed until the watch is set again', () => {
    const { zk, s2, s3 } = cluster();
    zk.getChildren('/brokers/ids', 'broker-1');
    zk.expireSession(s2, T0);
    zk.takeWatchEvents();
    zk.expireSession(s3, T0);
    expect(zk.takeWatchEvents()).toEqual([]);
  });

  it('controller failover: /controller goes with its session and every data watcher hears NodeDeleted', () => {
    const { zk, s1, s2 } = cluster();
    zk.exists('/controller', 'broker-3');
    zk.exists('/controller', 'broker-2');
    zk.getChildren('/brokers/ids', 'broker-1'); // dies with broker 1's connection
    const end = zk.expireSession(s1, T0 + 21_000);
    expect(end?.deletedPaths).toEqual(['/brokers/ids/1', '/controller']);
    expect(zk.takeWatchEvents()).toEqual([
      { type: 'NodeDeleted', path: '/controller', watcher: 'broker-2', zxid: end?.zxid },
      { type: 'NodeDeleted', path: '/controller', watcher: 'broker-3', zxid: end?.zxid },
    ]);
    zk.create('/controller', '{"brokerid":2}', 'ephemeral', s2, T0 + 21_001);
    expect(zk.exists('/controller')?.ephemeralOwner).toBe(s2);
  });

  it('a close deletes the same znodes as an expiry, in one transaction', () => {
    const { zk, s1 } = cluster();
    const zxid = zk.lastZxid;
    const end = zk.closeSession(s1, T0);
    expect(end).toMatchObject({ reason: 'closed', zxid: zxid + 1 });
    expect(zk.exists('/controller')).toBeNull();
    expect(zk.closeSession(s1, T0)).toBeNull();
    expect(zk.lastZxid).toBe(zxid + 1);
  });

  it('a newer session of the same owner keeps the owner’s watches', () => {
    const { zk, s1 } = cluster();
    zk.exists('/somewhere', 'broker-1');
    zk.createSession(T0, 18_000, 'broker-1'); // reconnected before the old session expired
    zk.expireSession(s1, T0);
    zk.create('/somewhere', null, 'persistent', null, T0);
    expect(zk.takeWatchEvents().map((e) => [e.type, e.watcher])).toEqual([['NodeCreated', 'broker-1']]);
  });
});

describe('ZooKeeperServer: which events fire which watches', () => {
  it('exists on a missing znode sets a data watch that fires NodeCreated; getData there sets none', () => {
    const zk = new ZooKeeperServer({ nowMs: T0 });
    expect(zk.exists('/controller', 'broker-1')).toBeNull();
    expect(() => zk.getData('/controller', 'broker-2')).toThrow(KeeperException);
    expect(() => zk.getChildren('/controller', 'broker-3')).toThrow(
      'KeeperErrorCode = NoNode for /controller',
    );
    zk.create('/controller', '{}', 'persistent', null, T0);
    expect(zk.takeWatchEvents()).toEqual([
      { type: 'NodeCreated', path: '/controller', watcher: 'broker-1', zxid: 1 },
    ]);
  });

  it('setData fires data watches only; a child watch on the parent stays quiet', () => {
    const zk = new ZooKeeperServer({ nowMs: T0 });
    zk.create('/t', null, 'persistent', null, T0);
    zk.create('/t/state', 'a', 'persistent', null, T0);
    zk.getChildren('/t', 'c');
    zk.getChildren('/t/state', 'c2');
    zk.getData('/t/state', 'd');
    zk.setData('/t/state', 'b', -1, T0);
    expect(zk.takeWatchEvents()).toEqual([
      { type: 'NodeDataChanged', path: '/t/state', watcher: 'd', zxid: 3 },
    ]);
  });

  it('create fires NodeCreated on the path, then NodeChildrenChanged on the parent', () => {
    const zk = new ZooKeeperServer({ nowMs: T0 });
    zk.exists('/a', 'x');
    zk.getChildren('/', 'y');
    zk.create('/a', null, 'persistent', null, T0);
    expect(zk.takeWatchEvents().map((e) => `${e.type} ${e.path} ${e.watcher}`)).toEqual([
      'NodeCreated /a x',
      'NodeChildrenChanged / y',
    ]);
  });

  it('delete notifies a client watching both data and children once, then the parent’s watchers', () => {
    const zk = new ZooKeeperServer({ nowMs: T0 });
    zk.create('/a', null, 'persistent', null, T0);
    zk.create('/a/b', null, 'persistent', null, T0);
    zk.getData('/a/b', 'both');
    zk.getChildren('/a/b', 'both');
    zk.getChildren('/a/b', 'kids');
    zk.getChildren('/a', 'parent');
    zk.delete('/a/b', -1, T0);
    expect(zk.takeWatchEvents().map((e) => `${e.type} ${e.path} ${e.watcher}`)).toEqual([
      'NodeDeleted /a/b both',
      'NodeDeleted /a/b kids',
      'NodeChildrenChanged /a parent',
    ]);
    zk.create('/a/b', null, 'persistent', null, T0);
    expect(zk.takeWatchEvents()).toEqual([]); // all three watches were used up
  });

  it('removeWatcher drops every watch of a closed connection', () => {
    const zk = new ZooKeeperServer({ nowMs: T0 });
    zk.exists('/a', 'gone');
    zk.getChildren('/', 'gone');
    zk.removeWatcher('gone');
    zk.create('/a', null, 'persistent', null, T0);
    expect(zk.takeWatchEvents()).toEqual([]);
  });
});
