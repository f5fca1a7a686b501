import { describe, expect, it } from 'vitest';
import { controllerJson } from './kafka-znodes';
import { KeeperException } from './keeper-exception';
import { ZooKeeperServer } from './zookeeper';
import type { SessionId, ZkOp } from './zookeeper-types';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** A server whose monotonic clock reads 0x1e8c4 ms, so the first session id is 0x1000001e8c40000. */
function server(): ZooKeeperServer {
  return new ZooKeeperServer({ nowMs: T0, monotonicMs: 0x1e8c4 });
}

function thrown(f: () => unknown): KeeperException {
  try {
    f();
  } catch (error) {
    if (error instanceof KeeperException) return error;
    throw error;
  }
  throw new Error('expected a KeeperException');
}

/** `KafkaZkClient.registerControllerAndIncrementControllerEpoch`: read or create the epoch, then one multi. */
function registerController(zk: ZooKeeperServer, brokerId: number, sessionId: SessionId, nowMs: number) {
  if (zk.exists('/controller_epoch') === null) zk.create('/controller_epoch', '0', 'persistent', null, nowMs);
  const { data, stat } = zk.getData('/controller_epoch');
  const ops: ZkOp[] = [
    {
      type: 'create',
      path: '/controller',
      data: controllerJson({ brokerId, timestampMs: nowMs }),
      mode: 'ephemeral',
      sessionId,
    },
    { type: 'setData', path: '/controller_epoch', data: String(Number(data) + 1), version: stat.version },
  ];
  return zk.multi(ops, nowMs);
}

describe('ZooKeeperServer: a fresh server', () => {
  it('holds only ZooKeeper’s own znodes, with all-zero stats and empty data', () => {
    const zk = server();
    expect(zk.getChildren('/')).toEqual(['zookeeper']);
    expect(zk.getChildren('/zookeeper')).toEqual(['config', 'quota']);
    const root = zk.getData('/');
    expect(root.data).toBe('');
    expect(root.stat).toMatchObject({
      czxid: 0,
      mzxid: 0,
      pzxid: 0,
      cversion: 0,
      version: 0,
      numChildren: 1,
    });
    expect(zk.lastZxid).toBe(0);
  });

  it('numbers sessions from the monotonic clock with the server id in the top byte', () => {
    const zk = server();
    expect(zk.createSession(T0, 18_000, 'broker-1')).toBe('0x1000001e8c40000');
    expect(zk.createSession(T0, 18_000, 'broker-2')).toBe('0x1000001e8c40001');
    expect(zk.lastZxid).toBe(2); // createSession is a transaction
  });

  it('clamps the session timeout to [2, 20] ticks', () => {
    const zk = server();
    expect(zk.sessionInfo(zk.createSession(T0, 18_000, 'b1'))?.timeoutMs).toBe(18_000);
    expect(zk.sessionInfo(zk.createSession(T0, 1_000, 'b2'))?.timeoutMs).toBe(6_000);
    expect(zk.sessionInfo(zk.createSession(T0, 90_000, 'b3'))?.timeoutMs).toBe(60_000);
  });
});

describe('ZooKeeperServer: stats', () => {
  it('create sets czxid = mzxid = pzxid, times, versions 0 and bumps the parent’s cversion and pzxid', () => {
    const zk = server();
    zk.create('/brokers', null, 'persistent', null, T0);
    const path = zk.create('/brokers/topics', 'é', 'persistent', null, T0 + 5);
    expect(path).toBe('/brokers/topics');
    expect(zk.exists('/brokers/topics')).toEqual({
      czxid: 2,
      mzxid: 2,
      ctime: T0 + 5,
      mtime: T0 + 5,
      version: 0,
      cversion: 0,
      aversion: 0,
      ephemeralOwner: '0x0',
      dataLength: 2, // UTF-8 bytes
      numChildren: 0,
      pzxid: 2,
    });
    expect(zk.exists('/brokers')).toMatchObject({
      czxid: 1,
      mzxid: 1,
      cversion: 1,
      pzxid: 2,
      numChildren: 1,
    });
    expect(zk.exists('/')).toMatchObject({ cversion: 1, pzxid: 1, numChildren: 2 });
  });

  it('setData bumps the dataVersion, mzxid and mtime only', () => {
    const zk = server();
    zk.create('/controller_epoch', '0', 'persistent', null, T0);
    const stat = zk.setData('/controller_epoch', '1', 0, T0 + 100);
    expect(stat).toMatchObject({ czxid: 1, mzxid: 2, ctime: T0, mtime: T0 + 100, version: 1, pzxid: 1 });
    expect(zk.getData('/controller_epoch').data).toBe('1');
    expect(zk.setData('/controller_epoch', '2', -1, T0 + 200).version).toBe(2);
  });

  it('delete sets the parent’s pzxid but not its cversion', () => {
    const zk = server();
    zk.create('/a', null, 'persistent', null, T0);
    zk.create('/a/b', null, 'persistent', null, T0);
    zk.delete('/a/b', -1, T0);
    expect(zk.exists('/a/b')).toBeNull();
    expect(zk.exists('/a')).toMatchObject({ cversion: 1, pzxid: 3, numChildren: 0, mzxid: 1 });
  });

  it('a failed write still uses a zxid, as PrepRequestProcessor assigns it first', () => {
    const zk = server();
    zk.create('/a', 'x', 'persistent', null, T0);
    expect(thrown(() => zk.setData('/a', 'y', 5, T0)).code).toBe('BadVersion');
    expect(thrown(() => zk.create('/a', null, 'persistent', null, T0)).code).toBe('NodeExists');
    zk.create('/b', null, 'persistent', null, T0);
    expect(zk.exists('/b')?.czxid).toBe(4);
    expect(zk.exists('/a')).toMatchObject({ version: 0, mzxid: 1 });
  });
});

describe('ZooKeeperServer: errors with ZooKeeper’s messages', () => {
  it('names the code and the path the client asked for', () => {
    const zk = server();
    zk.create('/controller', '{}', 'persistent', null, T0);
    expect(thrown(() => zk.create('/controller', '{}', 'persistent', null, T0)).message).toBe(
      'KeeperErrorCode = NodeExists for /controller',
    );
    expect(thrown(() => zk.create('/brokers/ids', null, 'persistent', null, T0)).message).toBe(
      'KeeperErrorCode = NoNode for /brokers/ids',
    );
    expect(thrown(() => zk.getData('/nope')).message).toBe('KeeperErrorCode = NoNode for /nope');
    expect(thrown(() => zk.setData('/controller', '', 3, T0)).message).toBe(
      'KeeperErrorCode = BadVersion for /controller',
    );
  });

  it('checks a delete for NoNode, then BadVersion, then NotEmpty', () => {
    const zk = server();
    zk.create('/a', null, 'persistent', null, T0);
    zk.create('/a/b', null, 'persistent', null, T0);
    expect(thrown(() => zk.delete('/x', -1, T0)).code).toBe('NoNode');
    expect(thrown(() => zk.delete('/a', 7, T0)).code).toBe('BadVersion');
    expect(thrown(() => zk.delete('/a', 0, T0)).message).toBe('KeeperErrorCode = Directory not empty for /a');
    expect(thrown(() => zk.delete('/zookeeper/quota', -1, T0)).code).toBe('BadArguments');
  });

  it('refuses children under an ephemeral and ephemerals without a live session', () => {
    const zk = server();
    const sid = zk.createSession(T0, 18_000, 'broker-1');
    zk.create('/e', null, 'ephemeral', sid, T0);
    expect(thrown(() => zk.create('/e/c', null, 'persistent', null, T0)).message).toBe(
      'KeeperErrorCode = NoChildrenForEphemerals for /e/c',
    );
    zk.closeSession(sid, T0);
    expect(thrown(() => zk.create('/f', null, 'ephemeral', sid, T0)).message).toBe(
      'KeeperErrorCode = Session expired for /f',
    );
    expect(() => zk.create('/f', null, 'ephemeral', null, T0)).toThrow(RangeError);
  });

  it('rejects invalid paths on the client side, without a zxid', () => {
    const zk = server();
    expect(() => zk.create('/a/', null, 'persistent', null, T0)).toThrow(
      'Path must not end with / character',
    );
    expect(() => zk.create('a', null, 'persistent', null, T0)).toThrow('Path must start with / character');
    expect(() => zk.exists('/a//b')).toThrow('empty node name specified @3');
    expect(zk.lastZxid).toBe(0);
  });
});

describe('ZooKeeperServer: sequential znodes', () => {
  it('suffix the parent’s cversion, 10 digits, and never reuse a number after a delete', () => {
    const zk = server();
    zk.create('/config', null, 'persistent', null, T0);
    zk.create('/config/changes', null, 'persistent', null, T0);
    const prefix = '/config/changes/config_change_';
    expect(zk.create(prefix, '{}', 'persistent-sequential', null, T0)).toBe(`${prefix}0000000000`);
    expect(zk.create(prefix, '{}', 'persistent-sequential', null, T0)).toBe(`${prefix}0000000001`);
    zk.delete(`${prefix}0000000001`, -1, T0);
    zk.create('/config/changes/other', null, 'persistent', null, T0); // any create counts
    expect(zk.create(prefix, '{}', 'persistent-sequential', null, T0)).toBe(`${prefix}0000000003`);
    expect(zk.getChildren('/config/changes')).toEqual([
      'config_change_0000000000',
      'config_change_0000000003',
      'other',
    ]);
  });

  it('work for ephemerals too', () => {
    const zk = server();
    const sid = zk.createSession(T0, 18_000, 'c1');
    zk.create('/locks', null, 'persistent', null, T0);
    expect(zk.create('/locks/lock-', null, 'ephemeral-sequential', sid, T0)).toBe('/locks/lock-0000000000');
    expect(zk.exists('/locks/lock-0000000000')?.ephemeralOwner).toBe(sid);
  });
});

describe('ZooKeeperServer: multi', () => {
  it('elects a controller atomically: ephemeral /controller and the epoch bump share one zxid', () => {
    const zk = server();
    const s1 = zk.createSession(T0, 18_000, 'broker-1');
    const results = registerController(zk, 1, s1, T0 + 10);
    expect(results).toEqual([
      { type: 'create', path: '/controller' },
      { type: 'setData', stat: expect.objectContaining({ version: 1 }) },
    ]);
    const controller = zk.exists('/controller');
    const epoch = zk.getData('/controller_epoch');
    expect(epoch.data).toBe('1');
    expect(controller?.czxid).toBe(epoch.stat.mzxid);
    expect(controller?.ephemeralOwner).toBe(s1);
    expect(zk.lastZxid).toBe(3); // session, create /controller_epoch, the multi
  });

  it('a second election fails with NodeExists and changes nothing but the zxid', () => {
    const zk = server();
    const s1 = zk.createSession(T0, 18_000, 'broker-1');
    const s2 = zk.createSession(T0, 18_000, 'broker-2');
    registerController(zk, 1, s1, T0);
    zk.exists('/controller', 'broker-2');
    const before = zk.toState();
    const error = thrown(() => registerController(zk, 2, s2, T0 + 5));
    expect(error.code).toBe('NodeExists');
    expect(error.message).toBe('KeeperErrorCode = NodeExists'); // the Java client's multi names no path
    expect(error.results).toEqual([
      { type: 'error', code: 'NodeExists' },
      { type: 'error', code: 'RuntimeInconsistency' },
    ]);
    expect(zk.toState()).toEqual({ ...before, lastZxid: before.lastZxid + 1 });
    expect(zk.takeWatchEvents()).toEqual([]);
  });

  it('rolls back earlier ops when a later one fails, and reports Ok for them', () => {
    const zk = server();
    zk.create('/controller_epoch', '5', 'persistent', null, T0);
    zk.getChildren('/', 'observer');
    const before = zk.toState();
    const error = thrown(() =>
      zk.multi(
        [
          { type: 'create', path: '/x', data: null, mode: 'persistent', sessionId: null },
          { type: 'create', path: '/x/y', data: null, mode: 'persistent', sessionId: null },
          { type: 'check', path: '/controller_epoch', version: 3 },
          { type: 'delete', path: '/x/y', version: -1 },
        ],
        T0,
      ),
    );
    expect(error.code).toBe('BadVersion');
    expect(error.results.map((r) => (r.type === 'error' ? r.code : r.type))).toEqual([
      'Ok',
      'Ok',
      'BadVersion',
      'RuntimeInconsistency',
    ]);
    expect(zk.exists('/x')).toBeNull();
    expect(zk.toState()).toEqual({ ...before, lastZxid: before.lastZxid + 1 });
  });

  it('sees its own earlier ops and fires watches only once it commits', () => {
    const zk = server();
    zk.getChildren('/', 'observer');
    const results = zk.multi(
      [
        { type: 'create', path: '/x', data: 'a', mode: 'persistent', sessionId: null },
        { type: 'setData', path: '/x', data: 'b', version: 0 },
        { type: 'create', path: '/x/s-', data: null, mode: 'persistent-sequential', sessionId: null },
        { type: 'check', path: '/x', version: 1 },
      ],
      T0,
    );
    expect(results[2]).toEqual({ type: 'create', path: '/x/s-0000000000' });
    expect(zk.getData('/x')).toMatchObject({ data: 'b', stat: { czxid: 1, mzxid: 1, version: 1, pzxid: 1 } });
    expect(zk.takeWatchEvents()).toEqual([
      { type: 'NodeChildrenChanged', path: '/', watcher: 'observer', zxid: 1 },
    ]);
  });
});

describe('ZooKeeperServer: state', () => {
  function busyServer(): ZooKeeperServer {
    const zk = server();
    const s1 = zk.createSession(T0, 18_000, 'broker-1');
    const s2 = zk.createSession(T0, 18_000, 'broker-2');
    zk.makeSurePersistentPathExists('/brokers/ids', T0);
    zk.create('/brokers/ids/1', '{"a":1}', 'ephemeral', s1, T0 + 1);
    zk.create('/brokers/ids/2', '{"a":2}', 'ephemeral', s2, T0 + 2);
    registerController(zk, 1, s1, T0 + 3);
    zk.getChildren('/brokers/ids', 'broker-1');
    zk.exists('/controller', 'broker-2');
    zk.setData('/brokers/ids/2', 'x', -1, T0 + 4); // fires nothing: no data watch there
    zk.expireSession(s2, T0 + 20_000); // one event pending for broker-1
    return zk;
  }

  it('round-trips through plain JSON and behaves the same afterwards', () => {
    const zk = busyServer();
    const state = zk.toState();
    const copy = ZooKeeperServer.fromState(JSON.parse(JSON.stringify(state)));
    expect(copy.toState()).toEqual(state);
    const [broker1] = zk.liveSessions();
    expect(broker1?.owner).toBe('broker-1');
    for (const z of [zk, copy]) {
      z.closeSession(broker1?.sessionId ?? '0x0', T0 + 30_000);
      z.create('/controller_epoch/x', null, 'persistent', null, T0 + 30_001);
    }
    expect(JSON.stringify(copy.toState())).toBe(JSON.stringify(zk.toState()));
    expect(copy.takeWatchEvents()).toEqual(zk.takeWatchEvents());
  });

  it('snapshots the tree in pre-order with children sorted', () => {
    const tree = busyServer().snapshotTree();
    expect(tree.map((n) => n.path)).toEqual([
      '/',
      '/brokers',
      '/brokers/ids',
      '/brokers/ids/1',
      '/controller',
      '/controller_epoch',
      '/zookeeper',
      '/zookeeper/config',
      '/zookeeper/quota',
    ]);
    const broker = tree.find((n) => n.path === '/brokers/ids/1');
    expect(broker).toMatchObject({ ephemeral: true, data: '{"a":1}', children: [] });
    expect(tree[0]?.children).toEqual(['brokers', 'controller', 'controller_epoch', 'zookeeper']);
  });
});
