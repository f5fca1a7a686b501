import { DataTree, statOf } from './data-tree';
import { createRecursive, deleteRecursive, makeSurePersistentPathExists } from './kafka-zk-client';
import { KeeperException } from './keeper-exception';
import { SessionTracker } from './session-tracker';
import { WatchManager } from './watch-manager';
import { validatePath } from './zk-paths';
import {
  applyOp,
  createZNode,
  deleteZNode,
  failedMultiResults,
  isEphemeral,
  isSequential,
  type OpContext,
  setZNodeData,
} from './zookeeper-ops';
import type {
  CreateMode,
  OpResult,
  SessionId,
  SessionInfo,
  Stat,
  WatchedEvent,
  ZkOp,
  ZNodeSnapshot,
  ZooKeeperState,
} from './zookeeper-types';

export interface ZooKeeperServerOptions {
  /** Simulated start time. */
  readonly nowMs: number;
  /** Top byte of every session id; a standalone server uses 1. */
  readonly serverId?: number;
  /** Sets the session-timeout bounds (2 and 20 ticks); 3000 by default. */
  readonly tickTimeMs?: number;
  /** The host's monotonic clock at start, which seeds session ids; `nowMs` unless given. */
  readonly monotonicMs?: number;
}

/** What ending a session did: its ephemeral znodes are gone, in this order, all in one transaction. */
export interface SessionEnd {
  readonly sessionId: SessionId;
  readonly owner: string;
  readonly reason: 'closed' | 'expired';
  readonly zxid: number;
  readonly endedMs: number;
  readonly deletedPaths: readonly string[];
}

/**
 * An in-memory ZooKeeper server (standalone, as Kafka's quickstart runs it): the znode tree with exact
 * stats, sessions with their ephemeral znodes, one-shot watches, and a zxid that every write request
 * uses up — a failed one too, as `PrepRequestProcessor` assigns the zxid before validating, and a
 * multi once for all its ops. Time is always handed in.
 *
 * @example
 *   const zk = new ZooKeeperServer({ nowMs: 0 });
 *   const sid = zk.createSession(0, 18_000, 'broker-1');
 *   zk.makeSurePersistentPathExists('/brokers/ids', 0);
 *   zk.getChildren('/brokers/ids', 'broker-1'); // [] and a child watch
 *   zk.create('/brokers/ids/1', '{…}', 'ephemeral', sid, 10);
 *   zk.takeWatchEvents(); // [{ type: 'NodeChildrenChanged', path: '/brokers/ids', watcher: 'broker-1', … }]
 */
export class ZooKeeperServer {
  private tree = new DataTree();
  private sessions: SessionTracker;
  private zxid = 0;

  constructor(options: ZooKeeperServerOptions) {
    const monotonicMs = options.monotonicMs ?? options.nowMs;
    this.sessions = new SessionTracker(options.serverId, options.tickTimeMs, monotonicMs);
  }

  /** Top byte of every session id. */
  get serverId(): number {
    return this.sessions.serverId;
  }

  get tickTimeMs(): number {
    return this.sessions.tickTimeMs;
  }

  /** The zxid of the last transaction (0 before any). */
  get lastZxid(): number {
    return this.zxid;
  }

  /**
   * Opens a session (a `createSession` transaction, so it uses a zxid) with the timeout clamped to
   * [2, 20] ticks. Liveness is the caller's: it calls `expireSession` when pings stop.
   *
   * @example
   *   zk.createSession(nowMs, 18_000, 'broker-1'); // '0x1…0000'
   */
  createSession(nowMs: number, timeoutMs: number, owner: string): SessionId {
    this.zxid++;
    return this.sessions.open(nowMs, timeoutMs, owner).sessionId;
  }

  /**
   * A client's own close: deletes its ephemerals in one transaction and fires their watches. Null when
   * the session was not live.
   *
   * @example
   *   zk.closeSession(sid, now)?.deletedPaths; // ['/brokers/ids/1']
   */
  closeSession(sessionId: SessionId, nowMs: number): SessionEnd | null {
    return this.endSession(sessionId, nowMs, 'closed');
  }

  /**
   * The server's expiry of a silent session: the same transaction as a close.
   *
   * @example
   *   zk.expireSession(sid, lastPingMs + 18_000); // { reason: 'expired', deletedPaths: [...], … }
   */
  expireSession(sessionId: SessionId, nowMs: number): SessionEnd | null {
    return this.endSession(sessionId, nowMs, 'expired');
  }

  /**
   * A live session, or undefined once it is closed or expired.
   *
   * @example
   *   zk.sessionInfo(sid)?.ephemeralPaths; // ['/brokers/ids/1', '/controller']
   */
  sessionInfo(sessionId: SessionId): SessionInfo | undefined {
    const session = this.sessions.get(sessionId);
    if (session === undefined) return undefined;
    return { ...session, ephemeralPaths: this.tree.ephemeralsOf(sessionId) };
  }

  /** Every live session, oldest first. */
  liveSessions(): SessionInfo[] {
    return this.sessions.all().map((s) => ({ ...s, ephemeralPaths: this.tree.ephemeralsOf(s.sessionId) }));
  }

  /**
   * Creates a znode and returns its path (with the 10-digit suffix for sequential modes).
   *
   * @example
   *   zk.create('/config/changes/config_change_', json, 'persistent-sequential', null, now);
   *   // '/config/changes/config_change_0000000000'
   */
  create(
    path: string,
    data: string | null,
    mode: CreateMode,
    sessionId: SessionId | null,
    nowMs: number,
  ): string {
    const op = { type: 'create', path, data, mode, sessionId } as const;
    this.checkBeforeSending(op);
    return createZNode(this.context(++this.zxid, nowMs), op);
  }

  /**
   * Kafka's `createRecursive` (see `kafka-zk-client.ts`): parents made on NoNode, every attempt a request.
   *
   * @example
   *   zk.createRecursive('/cluster/id', clusterIdJson(id), now);
   */
  createRecursive(path: string, data: string | null, nowMs: number, throwIfPathExists = true): void {
    createRecursive(this, path, data, nowMs, throwIfPathExists);
  }

  /** Kafka's `makeSurePersistentPathExists`: `createRecursive` without data, tolerating NodeExists. */
  makeSurePersistentPathExists(path: string, nowMs: number): void {
    makeSurePersistentPathExists(this, path, nowMs);
  }

  /** Kafka's `deleteRecursive`: children first, one delete per znode; false if `path` was missing. */
  deleteRecursive(path: string, nowMs: number): boolean {
    return deleteRecursive(this, path, nowMs);
  }

  /**
   * Sets the data if `expectedVersion` matches the dataVersion (-1 matches any); returns the new stat.
   *
   * @example
   *   zk.setData(partitionStatePath('demo', 0), json, stat.version, now).version; // the new partition epoch
   */
  setData(path: string, data: string | null, expectedVersion: number, nowMs: number): Stat {
    validatePath(path);
    return setZNodeData(this.context(++this.zxid, nowMs), path, data, expectedVersion);
  }

  /**
   * Deletes a childless znode if `expectedVersion` matches (-1 matches any).
   *
   * @example
   *   zk.delete('/admin/delete_topics/demo', -1, now);
   */
  delete(path: string, expectedVersion: number, nowMs: number): void {
    validatePath(path);
    deleteZNode(this.context(++this.zxid, nowMs), path, expectedVersion);
  }

  /**
   * The stat, or null; a `watcher` sets a data watch either way (so it hears of a later create).
   *
   * @example
   *   zk.exists('/controller', 'broker-2'); // null, and broker-2 hears NodeCreated when one appears
   */
  exists(path: string, watcher?: string): Stat | null {
    validatePath(path);
    if (watcher !== undefined) this.tree.dataWatches.add(path, watcher);
    const node = this.tree.get(path);
    return node === undefined ? null : statOf(node);
  }

  /**
   * Data and stat; throws NoNode (and sets no watch) when missing.
   *
   * @example
   *   zk.getData('/controller_epoch').data; // '1'
   */
  getData(path: string, watcher?: string): { data: string | null; stat: Stat } {
    validatePath(path);
    const node = this.tree.get(path);
    if (node === undefined) throw new KeeperException('NoNode', path);
    if (watcher !== undefined) this.tree.dataWatches.add(path, watcher);
    return { data: node.data, stat: statOf(node) };
  }

  /**
   * Child names sorted as strings (zookeeper-shell sorts them); throws NoNode when missing.
   *
   * @example
   *   zk.getChildren('/brokers/ids', 'broker-1'); // ['1', '2', '3'], and a child watch for broker-1
   */
  getChildren(path: string, watcher?: string): string[] {
    validatePath(path);
    const node = this.tree.get(path);
    if (node === undefined) throw new KeeperException('NoNode', path);
    if (watcher !== undefined) this.tree.childWatches.add(path, watcher);
    return [...node.children].sort();
  }

  /**
   * Runs the ops as one transaction (one zxid): all apply, or none does and the first failing op's
   * code is thrown with every op's result.
   *
   * @example
   *   zk.multi([
   *     { type: 'create', path: '/controller', data, mode: 'ephemeral', sessionId },
   *     { type: 'setData', path: '/controller_epoch', data: '1', version: 0 },
   *   ], now);
   */
  multi(ops: readonly ZkOp[], nowMs: number): OpResult[] {
    if (ops.length === 0) return [];
    for (const op of ops) this.checkBeforeSending(op);
    const context = this.context(++this.zxid, nowMs);
    let failedAt = 0;
    try {
      return this.tree.atomically(() =>
        ops.map((op, i) => {
          failedAt = i;
          return applyOp(context, op);
        }),
      );
    } catch (error) {
      if (!(error instanceof KeeperException)) throw error;
      const results = failedMultiResults(ops.length, failedAt, error.code);
      throw new KeeperException(error.code, null, results);
    }
  }

  /** Drains the watch events fired since the last call, oldest first. */
  takeWatchEvents(): WatchedEvent[] {
    return this.tree.takeEvents();
  }

  /** Drops all watches of `watcher`, as when its connection closes. */
  removeWatcher(watcher: string): void {
    this.tree.dataWatches.removeWatcher(watcher);
    this.tree.childWatches.removeWatcher(watcher);
  }

  /** Every znode for the UI, in tree pre-order with children sorted. */
  snapshotTree(): ZNodeSnapshot[] {
    return this.tree.snapshot();
  }

  /**
   * Plain, deterministic state: `fromState(toState())` behaves identically.
   *
   * @example
   *   const copy = ZooKeeperServer.fromState(JSON.parse(JSON.stringify(zk.toState())));
   */
  toState(): ZooKeeperState {
    return {
      ...this.sessions.toState(),
      lastZxid: this.zxid,
      nodes: this.tree.nodeStates(),
      dataWatches: this.tree.dataWatches.toEntries(),
      childWatches: this.tree.childWatches.toEntries(),
      pendingEvents: this.tree.pendingEvents().map((e) => ({ ...e })),
    };
  }

  static fromState(state: ZooKeeperState): ZooKeeperServer {
    const server = new ZooKeeperServer({ nowMs: 0 });
    server.sessions = SessionTracker.fromState(state);
    server.zxid = state.lastZxid;
    const tree = new DataTree(
      WatchManager.fromEntries(state.dataWatches),
      WatchManager.fromEntries(state.childWatches),
    );
    for (const node of state.nodes) tree.restoreNode(node.path, node.data, node.stat);
    tree.restoreEvents(state.pendingEvents);
    server.tree = tree;
    return server;
  }

  private endSession(sessionId: SessionId, nowMs: number, reason: SessionEnd['reason']): SessionEnd | null {
    const session = this.sessions.remove(sessionId);
    if (session === undefined) return null;
    // Watches live on the session's connection, which closes with it; a newer session of the same
    // owner (a reconnect) keeps them.
    if (!this.sessions.hasOwner(session.owner)) this.removeWatcher(session.owner);
    const zxid = ++this.zxid;
    const deletedPaths = this.tree.ephemeralsOf(sessionId);
    for (const path of deletedPaths) this.tree.deleteNode(path, zxid);
    return { sessionId, owner: session.owner, reason, zxid, endedMs: nowMs, deletedPaths };
  }

  /** Checks the Java client makes before sending: a valid path, and a live session behind an ephemeral. */
  private checkBeforeSending(op: ZkOp): void {
    validatePath(op.path, op.type === 'create' && isSequential(op.mode));
    if (op.type !== 'create' || !isEphemeral(op.mode)) return;
    if (op.sessionId === null) throw new RangeError(`an ephemeral znode needs a session: ${op.path}`);
    if (!this.sessions.has(op.sessionId)) throw new KeeperException('SessionExpired', op.path);
  }

  private context(zxid: number, nowMs: number): OpContext {
    return { tree: this.tree, zxid, nowMs };
  }
}
