/**
 * The shapes a ZooKeeper server model trades in: stats, sessions, watch events, multi-ops and the
 * serialisable state. Field names and order follow ZooKeeper's jute records (`StatPersisted`, `Stat`).
 */

/**
 * A session id as `Long.toHexString` prints it after `0x` (`get -s` shows `ephemeralOwner` this way).
 * Kept as text because ids use all 64 bits: the server id sits in the top byte.
 */
export type SessionId = `0x${string}`;

/** `ephemeralOwner` of a persistent znode. */
export const NO_SESSION: SessionId = '0x0';

/** `CreateMode` without the container and TTL modes, which Kafka never uses. */
export type CreateMode = 'persistent' | 'ephemeral' | 'persistent-sequential' | 'ephemeral-sequential';

/**
 * What ZooKeeper stores per znode (`StatPersisted`). `dataLength` and `numChildren` are not stored:
 * they are computed from the data and the children when a `Stat` is copied out.
 */
export interface StatPersisted {
  /** zxid of the transaction that created the znode. */
  readonly czxid: number;
  /** zxid of the last transaction that set its data (the create, until a setData). */
  readonly mzxid: number;
  /** Simulated ms of creation. */
  readonly ctime: number;
  /** Simulated ms of the last data change. */
  readonly mtime: number;
  /** dataVersion: number of setData calls. Kafka uses it as the partition epoch and for conditional writes. */
  readonly version: number;
  /** Number of child creations (deletes do not bump it); it numbers sequential children. */
  readonly cversion: number;
  /** aclVersion. Kafka never calls setACL, so it stays 0. */
  readonly aversion: number;
  /** Owning session for an ephemeral znode, else `0x0`. */
  readonly ephemeralOwner: SessionId;
  /** zxid of the last child creation or deletion (the create, until then). */
  readonly pzxid: number;
}

/** The `Stat` a read returns: the persisted fields plus the two computed ones, in jute order. */
export interface Stat {
  readonly czxid: number;
  readonly mzxid: number;
  readonly ctime: number;
  readonly mtime: number;
  readonly version: number;
  readonly cversion: number;
  readonly aversion: number;
  readonly ephemeralOwner: SessionId;
  /** Bytes of data as UTF-8 (0 for no data). */
  readonly dataLength: number;
  readonly numChildren: number;
  readonly pzxid: number;
}

export type WatchEventType = 'NodeCreated' | 'NodeDeleted' | 'NodeDataChanged' | 'NodeChildrenChanged';

/** One notification for one watcher; the cluster delivers it as a network message. */
export interface WatchedEvent {
  readonly type: WatchEventType;
  readonly path: string;
  /** The id the watch was registered under, e.g. `broker-1`. */
  readonly watcher: string;
  /** The transaction that fired it (ZooKeeper 3.9 adds this to `WatchedEvent`; 3.8 does not send it). */
  readonly zxid: number;
}

/** One operation of a `multi` (ZooKeeper's `Op.create`, `Op.delete`, `Op.setData`, `Op.check`). */
export type ZkOp =
  | {
      readonly type: 'create';
      readonly path: string;
      readonly data: string | null;
      readonly mode: CreateMode;
      /** Owner of an ephemeral znode; ignored for persistent ones. */
      readonly sessionId: SessionId | null;
    }
  | { readonly type: 'delete'; readonly path: string; readonly version: number }
  | {
      readonly type: 'setData';
      readonly path: string;
      readonly data: string | null;
      readonly version: number;
    }
  | { readonly type: 'check'; readonly path: string; readonly version: number };

/** Codes a multi reports per op; `Ok` and `RuntimeInconsistency` only appear in a failed multi's results. */
export type KeeperCode =
  | 'Ok'
  | 'RuntimeInconsistency'
  | 'BadArguments'
  | 'NoNode'
  | 'BadVersion'
  | 'NoChildrenForEphemerals'
  | 'NodeExists'
  | 'NotEmpty'
  | 'SessionExpired';

/**
 * A multi's per-op result (`OpResult`). When the multi fails every op reports `error`: `Ok` before the
 * failing op, its code at it, `RuntimeInconsistency` after it — as `DataTree.processTxn` fills them in.
 */
export type OpResult =
  | { readonly type: 'create'; readonly path: string }
  | { readonly type: 'delete' }
  | { readonly type: 'setData'; readonly stat: Stat }
  | { readonly type: 'check' }
  | { readonly type: 'error'; readonly code: KeeperCode };

/** A live session as the server tracks it. */
export interface SessionInfo {
  readonly sessionId: SessionId;
  /** Who opened it, e.g. `broker-1`; its watches go when the session ends. */
  readonly owner: string;
  /** The negotiated timeout (the request clamped to [2, 20] × tickTime). */
  readonly timeoutMs: number;
  readonly createdMs: number;
  /** Its ephemeral znodes, sorted. */
  readonly ephemeralPaths: readonly string[];
}

/** One znode for the UI: `snapshotTree()` lists these in tree pre-order, children sorted. */
export interface ZNodeSnapshot {
  readonly path: string;
  readonly data: string | null;
  readonly stat: Stat;
  readonly ephemeral: boolean;
  /** Child names, sorted as zookeeper-shell sorts them. */
  readonly children: readonly string[];
}

/** Plain, JSON-able, deterministic state of a `ZooKeeperServer`. */
export interface ZooKeeperState {
  readonly serverId: number;
  readonly tickTimeMs: number;
  readonly lastZxid: number;
  readonly nextSessionId: SessionId;
  /** Every znode, ZooKeeper's own included, in pre-order (parents first). */
  readonly nodes: readonly {
    readonly path: string;
    readonly data: string | null;
    readonly stat: StatPersisted;
  }[];
  readonly sessions: readonly {
    readonly sessionId: SessionId;
    readonly owner: string;
    readonly timeoutMs: number;
    readonly createdMs: number;
  }[];
  readonly dataWatches: readonly { readonly path: string; readonly watchers: readonly string[] }[];
  readonly childWatches: readonly { readonly path: string; readonly watchers: readonly string[] }[];
  readonly pendingEvents: readonly WatchedEvent[];
}
