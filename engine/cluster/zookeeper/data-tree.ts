import { utf8Length } from '../../codec/utf8';
import { WatchManager } from './watch-manager';
import { childName, joinPath, parentPath } from './zk-paths';
import type {
  SessionId,
  Stat,
  StatPersisted,
  WatchEventType,
  WatchedEvent,
  ZNodeSnapshot,
  ZooKeeperState,
} from './zookeeper-types';
import { NO_SESSION } from './zookeeper-types';

type MutableStat = { -readonly [K in keyof StatPersisted]: StatPersisted[K] };

/** One znode (`DataNode`): its data, persisted stat and child names. */
export interface ZNode {
  data: string | null;
  readonly stat: MutableStat;
  readonly children: Set<string>;
}

/** ZooKeeper's own znodes, there before any transaction, with all-zero stats and empty (not null) data. */
const BUILT_IN_PATHS = ['/', '/zookeeper', '/zookeeper/quota', '/zookeeper/config'] as const;

interface PendingTrigger {
  readonly path: string;
  readonly type: WatchEventType;
  readonly zxid: number;
}

/**
 * The znode tree and its watches (`DataTree`): applies transactions that the server has already
 * validated, keeps the stats exactly as ZooKeeper does and fires the watches each change triggers.
 * Inside `atomically` changes are journalled and watch firing is held back, so a failed multi can be
 * undone without a trace.
 */
export class DataTree {
  private readonly nodes = new Map<string, ZNode>();
  readonly dataWatches: WatchManager;
  readonly childWatches: WatchManager;
  private events: WatchedEvent[] = [];
  private undo: Map<string, ZNode | undefined> | null = null;
  private deferred: PendingTrigger[] | null = null;

  constructor(dataWatches = new WatchManager(), childWatches = new WatchManager()) {
    this.dataWatches = dataWatches;
    this.childWatches = childWatches;
    for (const path of BUILT_IN_PATHS) {
      this.nodes.set(path, { data: '', stat: zeroStat(), children: new Set() });
      if (path !== '/') this.mustGet(parentPath(path)).children.add(childName(path));
    }
  }

  get(path: string): ZNode | undefined {
    return this.nodes.get(path);
  }

  /** Every path, in tree pre-order with children sorted. */
  paths(): string[] {
    const out: string[] = [];
    const visit = (path: string): void => {
      out.push(path);
      for (const child of [...this.mustGet(path).children].sort()) visit(joinPath(path, child));
    };
    visit('/');
    return out;
  }

  /**
   * `DataTree.createNode`: adds the znode, bumps the parent's cversion and sets its pzxid, then fires
   * NodeCreated on the new path's data watches and NodeChildrenChanged on the parent's child watches.
   */
  createNode(
    path: string,
    data: string | null,
    ephemeralOwner: SessionId,
    zxid: number,
    timeMs: number,
  ): void {
    const parentName = parentPath(path);
    const parent = this.touch(parentName);
    this.touch(path);
    parent.stat.cversion++;
    parent.stat.pzxid = zxid;
    parent.children.add(childName(path));
    this.nodes.set(path, { data, stat: createdStat(zxid, timeMs, ephemeralOwner), children: new Set() });
    this.fire(path, 'NodeCreated', zxid);
    this.fire(parentName, 'NodeChildrenChanged', zxid);
  }

  /**
   * `DataTree.deleteNode`: removes the znode and sets the parent's pzxid (its cversion stays), then fires
   * NodeDeleted on the path's data and child watches and NodeChildrenChanged on the parent's.
   */
  deleteNode(path: string, zxid: number): void {
    const parentName = parentPath(path);
    const parent = this.touch(parentName);
    this.touch(path);
    parent.children.delete(childName(path));
    if (zxid > parent.stat.pzxid) parent.stat.pzxid = zxid;
    this.nodes.delete(path);
    this.fire(path, 'NodeDeleted', zxid);
    this.fire(parentName, 'NodeChildrenChanged', zxid);
  }

  /** `DataTree.setData`: new data, version + 1, mzxid and mtime; fires NodeDataChanged on data watches. */
  setData(path: string, data: string | null, zxid: number, timeMs: number): void {
    const node = this.touch(path);
    node.data = data;
    node.stat.version++;
    node.stat.mzxid = zxid;
    node.stat.mtime = timeMs;
    this.fire(path, 'NodeDataChanged', zxid);
  }

  /** Runs `apply`; if it throws, every change it made is undone and no watch fires. */
  atomically<T>(apply: () => T): T {
    const undo = new Map<string, ZNode | undefined>();
    const triggers: PendingTrigger[] = [];
    this.undo = undo;
    this.deferred = triggers;
    try {
      const result = apply();
      this.undo = null;
      this.deferred = null;
      for (const t of triggers) this.fire(t.path, t.type, t.zxid);
      return result;
    } catch (error) {
      this.undo = null;
      this.deferred = null;
      for (const [path, saved] of undo) {
        if (saved === undefined) this.nodes.delete(path);
        else this.nodes.set(path, saved);
      }
      throw error;
    }
  }

  /** Drains the fired watch events, oldest first. */
  takeEvents(): WatchedEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }

  /** Fired events not yet taken (for `toState`). */
  pendingEvents(): readonly WatchedEvent[] {
    return this.events;
  }

  /** Every znode for the UI, in pre-order with children sorted. */
  snapshot(): ZNodeSnapshot[] {
    return this.paths().map((path) => {
      const node = this.mustGet(path);
      const stat = statOf(node);
      const children = [...node.children].sort();
      return { path, data: node.data, stat, ephemeral: stat.ephemeralOwner !== NO_SESSION, children };
    });
  }

  /** Every znode's stored fields, in pre-order, for `toState`. */
  nodeStates(): ZooKeeperState['nodes'] {
    return this.paths().map((path) => {
      const node = this.mustGet(path);
      return { path, data: node.data, stat: { ...node.stat } };
    });
  }

  /** Paths of the ephemeral znodes `sessionId` owns, in pre-order. */
  ephemeralsOf(sessionId: SessionId): string[] {
    return this.paths().filter((path) => this.nodes.get(path)?.stat.ephemeralOwner === sessionId);
  }

  /** Restores a node from saved state; parents must be restored first. */
  restoreNode(path: string, data: string | null, stat: StatPersisted): void {
    const existing = this.nodes.get(path);
    if (existing !== undefined) {
      existing.data = data;
      Object.assign(existing.stat, stat);
      return;
    }
    this.mustGet(parentPath(path)).children.add(childName(path));
    this.nodes.set(path, { data, stat: { ...stat }, children: new Set() });
  }

  /** Restores undelivered events from saved state. */
  restoreEvents(events: readonly WatchedEvent[]): void {
    this.events = [...events];
  }

  private fire(path: string, type: WatchEventType, zxid: number): void {
    if (this.deferred !== null) {
      this.deferred.push({ path, type, zxid });
      return;
    }
    if (type === 'NodeCreated' || type === 'NodeDataChanged') {
      this.events.push(...this.dataWatches.trigger(path, type, zxid));
    } else if (type === 'NodeChildrenChanged') {
      this.events.push(...this.childWatches.trigger(path, type, zxid));
    } else {
      const notified = this.dataWatches.trigger(path, type, zxid);
      const suppress = new Set(notified.map((e) => e.watcher));
      this.events.push(...notified, ...this.childWatches.trigger(path, type, zxid, suppress));
    }
  }

  /** The node at `path`, saved to the undo journal first when inside `atomically`. */
  private touch(path: string): ZNode {
    const node = this.nodes.get(path);
    if (this.undo !== null && !this.undo.has(path)) {
      this.undo.set(path, node === undefined ? undefined : cloneNode(node));
    }
    return node as ZNode;
  }

  private mustGet(path: string): ZNode {
    const node = this.nodes.get(path);
    if (node === undefined) throw new Error(`no znode ${path}`);
    return node;
  }
}

/**
 * The `Stat` a read copies out (`DataNode.copyStat`): dataLength and numChildren computed now.
 *
 * @example
 *   statOf(tree.get('/controller_epoch')!).dataLength; // 1 for "1"
 */
export function statOf(node: ZNode): Stat {
  const s = node.stat;
  return {
    czxid: s.czxid,
    mzxid: s.mzxid,
    ctime: s.ctime,
    mtime: s.mtime,
    version: s.version,
    cversion: s.cversion,
    aversion: s.aversion,
    ephemeralOwner: s.ephemeralOwner,
    dataLength: node.data === null ? 0 : utf8Length(node.data),
    numChildren: node.children.size,
    pzxid: s.pzxid,
  };
}

/** `DataTree.createStat`: czxid = mzxid = pzxid = the create's zxid, versions 0. */
function createdStat(zxid: number, timeMs: number, ephemeralOwner: SessionId): MutableStat {
  return {
    czxid: zxid,
    mzxid: zxid,
    ctime: timeMs,
    mtime: timeMs,
    version: 0,
    cversion: 0,
    aversion: 0,
    ephemeralOwner,
    pzxid: zxid,
  };
}

function zeroStat(): MutableStat {
  return createdStat(0, 0, NO_SESSION);
}

function cloneNode(node: ZNode): ZNode {
  return { data: node.data, stat: { ...node.stat }, children: new Set(node.children) };
}
