/**
 * The view model: a compact, serialisable picture of what the UI draws, built by the engine (at most
 * once per animation frame) and mirrored by the UI's store. Every piece is a flat, immutable record
 * with a stable `id` and a `kind`; when something changes the engine builds a new record and the worker
 * sends "which ids changed" (see {@link ViewDiff}), never a deep delta. Fields hold primitives, or
 * arrays / plain objects of primitives (compared one level deep, see diff.ts).
 *
 * No DOM, no engine classes here: `app/` imports these types.
 */
import type { ClusterEventBody } from '../cluster/events';

/** `broker:1`, `partition:orders-0`, `replica:orders-0@2`, `segment:2/orders-0/0`, `group:g`, … */
export type ViewId = string;

/** The simulated clock, the playback and what makes this run reproducible. Singleton {@link CLOCK_ID}. */
export interface ClockRecord {
  readonly kind: 'clock';
  readonly id: ViewId;
  /** Simulated time, ms since the Unix epoch (never wall time). */
  readonly nowMs: number;
  /** When this run's simulated clock started. */
  readonly startMs: number;
  /**
   * The latest moment this run has a known history up to: `nowMs`, or later after a rewind (the
   * recorded future, replayed if played on, dropped when the user acts: a fork).
   */
  readonly historyEndMs: number;
  /** The seed of the run: same seed + same commands = same cluster, byte for byte. */
  readonly seed: number;
  readonly preset: PresetName;
  /** Commands in the history (up to `historyEndMs`). */
  readonly commandCount: number;
  readonly playing: boolean;
  /** Simulated ms per real ms (0.1 = "1 simulated second = 10 real seconds"). */
  readonly speed: number;
  /** A jump or replay in progress: its target, else −1. */
  readonly busyUntilMs: number;
  readonly busyKind: 'none' | 'jump' | 'replay';
  /** Simulated time is behind the wall clock × speed (the engine cannot keep up). */
  readonly lagging: boolean;
}

export type PresetName = 'classroom' | 'hot-key' | 'retention' | 'large';

export interface BrokerRecord {
  readonly kind: 'broker';
  readonly id: ViewId;
  readonly brokerId: number;
  /** `isolated`: running but cut off from every other node. */
  readonly status: 'running' | 'stopped' | 'isolated';
  readonly lastStop: 'kill' | 'power-off' | null;
  readonly isController: boolean;
  /**
   * `/brokers/ids/<id>` exists: its ZooKeeper session is alive. A killed broker stays registered until
   * the session expires (the controller notices the death then), so this can be true while stopped.
   */
  readonly registered: boolean;
  readonly slowMs: number;
  readonly leaderCount: number;
  readonly replicaCount: number;
  readonly diskBytes: number;
  /** `log.retention.check.interval.ms` and when the broker's log manager next runs it (−1 if stopped). */
  readonly retentionCheckIntervalMs: number;
  readonly nextRetentionCheckMs: number;
  /**
   * Kafka's JMX metric name → value. `…PerSec` meters are cumulative counts (Kafka's `Count`; the UI
   * turns them into rates, and a drop means the broker restarted); the rest are gauges.
   */
  readonly metrics: Readonly<Record<string, number>>;
  /**
   * The broker's page cache (our model: a byte budget per broker, LRU in 64 KiB chunks, since real
   * Kafka uses whatever memory the OS has free): fetch-read bytes served from it and from disk.
   */
  readonly pageCacheHitBytes: number;
  readonly pageCacheMissBytes: number;
  readonly pageCacheUsedBytes: number;
  readonly pageCacheBudgetBytes: number;
  /** Broker properties set explicitly (server.properties, or changed since), by Kafka name. */
  readonly configs: Readonly<Record<string, string>>;
}

/** ZooKeeper itself, drawn as a node with its sessions. Singleton {@link ZOOKEEPER_ID}. */
export interface ZooKeeperRecord {
  readonly kind: 'zookeeper';
  readonly id: ViewId;
  readonly isolated: boolean;
  /** Broker ids with a live session (registered under `/brokers/ids`). */
  readonly sessions: readonly number[];
  readonly controllerEpoch: number;
  readonly zxid: number;
}

export interface TopicRecord {
  readonly kind: 'topic';
  readonly id: ViewId;
  readonly name: string;
  readonly topicId: string;
  readonly internal: boolean;
  readonly partitionCount: number;
  readonly replicationFactor: number;
  readonly markedForDeletion: boolean;
  /** Non-default topic configs, Kafka name → value. */
  readonly configs: Readonly<Record<string, string>>;
  /** Effective `min.insync.replicas` and `unclean.leader.election.enable` (shown beside the ISR). */
  readonly minInsyncReplicas: number;
  readonly uncleanLeaderElectionEnable: boolean;
}

/** A partition as the controller sees it (`kafka-topics --describe`), plus the leader's offsets. */
export interface PartitionRecord {
  readonly kind: 'partition';
  readonly id: ViewId;
  readonly topic: string;
  readonly partition: number;
  /** −1 = no leader (offline). */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  /** Replicas − ISR: empty when healthy. */
  readonly outOfSync: readonly number[];
  readonly underReplicated: boolean;
  readonly offline: boolean;
  /** The leader's log start offset, LEO and HW (−1 without a leader). */
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  /** Why a preferred / unclean election cannot run now (a Kafka error name), or null when it can. */
  readonly preferredElectionBlocked: string | null;
  readonly uncleanElectionBlocked: string | null;
}

export interface ReplicaRecord {
  readonly kind: 'replica';
  readonly id: ViewId;
  readonly topic: string;
  readonly partition: number;
  readonly brokerId: number;
  readonly role: 'leader' | 'follower' | 'offline';
  readonly inIsr: boolean;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** This replica's own idea of the HW (followers learn it from fetch responses). */
  readonly highWatermark: number;
  readonly segmentCount: number;
  readonly sizeBytes: number;
  /** Followers, seen from the leader: ms since last caught up (the `replica.lag.time.max.ms` countdown). */
  readonly lagMs: number | null;
  readonly replicaLagTimeMaxMs: number;
  /** Flattened leader-epoch cache: `[epoch0, startOffset0, epoch1, startOffset1, …]`. */
  readonly epochStarts: readonly number[];
}

/** A segment of a watched partition's replica (only watched partitions send segments). */
export interface SegmentRecord {
  readonly kind: 'segment';
  readonly id: ViewId;
  readonly replicaId: ViewId;
  readonly topic: string;
  readonly partition: number;
  readonly brokerId: number;
  /** The `.log` file's current name, e.g. `00000000000000000000.log` or `….log.deleted`. */
  readonly fileName: string;
  readonly baseOffset: number;
  /** One past the last offset stored in this segment (= baseOffset for an empty one). */
  readonly nextOffset: number;
  readonly sizeBytes: number;
  readonly recordCount: number;
  readonly active: boolean;
  readonly deleted: boolean;
  readonly indexBytes: number;
  readonly timeIndexBytes: number;
  /** Largest record timestamp (what `retention.ms` compares against), −1 if none. */
  readonly largestTimestampMs: number;
  /** When the segment was created (what `segment.ms` compares against). */
  readonly createdMs: number;
}

export interface GroupRecord {
  readonly kind: 'group';
  readonly id: ViewId;
  readonly groupId: string;
  readonly state: string;
  readonly protocol: string;
  readonly coordinator: number;
  readonly generationId: number;
  readonly memberCount: number;
  readonly topics: readonly string[];
}

/** A consumer application the user started (it may or may not be in its group right now). */
export interface MemberRecord {
  readonly kind: 'member';
  readonly id: ViewId;
  /** Our name for the application, e.g. `orders-app-1`. */
  readonly name: string;
  readonly groupId: string;
  readonly clientId: string;
  /** The coordinator-given member id, '' until joined. */
  readonly memberId: string;
  readonly status: 'running' | 'closing' | 'closed' | 'crashed';
  /**
   * Assigned partitions as `topic-p`. A crashed member keeps the ones the coordinator still holds for
   * it, until its session times out.
   */
  readonly partitions: readonly string[];
  /** When the process crashed (−1 if it did not), and its `session.timeout.ms`: the coordinator
   * notices at `crashedAtMs + sessionTimeoutMs`. */
  readonly crashedAtMs: number;
  readonly sessionTimeoutMs: number;
  /** Next offset to read, by `topic-p`. */
  readonly positions: Readonly<Record<string, number>>;
  readonly consumedCount: number;
}

/** A group's committed offset for one partition, with lag = the partition's HW − committed (§8.5). */
export interface CommittedOffsetRecord {
  readonly kind: 'committed';
  readonly id: ViewId;
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly lag: number | null;
  /** The member (our name) that owns the partition now, or null. */
  readonly owner: string | null;
}

export interface ZnodeRecord {
  readonly kind: 'znode';
  readonly id: ViewId;
  readonly path: string;
  readonly data: string;
  readonly ephemeralOwner: string;
  readonly version: number;
  readonly mzxid: number;
  readonly childCount: number;
}

/** One notable cluster event (high-rate ones, like each append or fetch, are counted not listed). */
export interface EventRecord {
  readonly kind: 'event';
  readonly id: ViewId;
  readonly seq: number;
  readonly atMs: number;
  readonly body: ClusterEventBody;
}

/** A message on the wire, placed at `(now − sendMs) / (recvMs − sendMs)` along its link. */
export interface MessageRecord {
  readonly kind: 'message';
  readonly id: ViewId;
  readonly messageId: number;
  /** Node names: `broker-1`, `zookeeper`, `client-3`. */
  readonly from: string;
  readonly to: string;
  readonly sendMs: number;
  readonly recvMs: number;
  readonly api: string;
  readonly direction: 'request' | 'response' | 'zk';
  readonly lost: 'isolated' | 'dropped' | null;
  /** A few fields worth showing (topic-partitions, offsets, acks), already formatted. */
  readonly summary: string;
}

/** One send from the producer panel, with its outcome once known. */
export interface SendRecord {
  readonly kind: 'send';
  readonly id: ViewId;
  readonly seq: number;
  readonly topic: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly acks: string;
  readonly partition: number;
  readonly sentMs: number;
  readonly done: boolean;
  readonly offset: number;
  readonly error: string | null;
  readonly errorMessage: string | null;
  readonly auto: boolean;
}

/** The automatic producer's settings (singleton {@link AUTO_PRODUCE_ID}); `ratePerSec` 0 = off. */
export interface AutoProduceRecord {
  readonly kind: 'autoProduce';
  readonly id: ViewId;
  readonly topic: string;
  readonly ratePerSec: number;
  readonly distribution: KeyDistribution;
  readonly acks: string;
  /** The auto-producer application's `linger.ms`. */
  readonly lingerMs: number;
  readonly sent: number;
  readonly acknowledged: number;
  readonly failed: number;
}

export type KeyDistribution =
  | { readonly kind: 'none' }
  | { readonly kind: 'uniform'; readonly keys: number }
  | { readonly kind: 'hot-key'; readonly keys: number; readonly hotShare: number };

/** Safety invariants and cluster-wide gauges. Singleton {@link INVARIANTS_ID}. */
export interface InvariantsRecord {
  readonly kind: 'invariants';
  readonly id: ViewId;
  readonly acknowledgedButLost: number;
  readonly keyOrderViolations: number;
  readonly underReplicatedPartitions: number;
  readonly offlinePartitions: number;
  readonly activeControllerCount: number;
  /** The controller's gauge (internal topics included). */
  readonly offlinePartitionsCount: number;
  readonly controllerId: number;
}

/** Acknowledged records gone from every replica (drawn as ghosts). */
export interface LostRangeRecord {
  readonly kind: 'lost';
  readonly id: ViewId;
  readonly topic: string;
  readonly partition: number;
  readonly fromOffset: number;
  readonly toOffset: number;
}

/** How far the browser's "disk" (IndexedDB) has caught up with the simulation. Singleton. */
export interface PersistenceRecord {
  readonly kind: 'persistence';
  readonly id: ViewId;
  readonly bytesWritten: number;
  readonly flushes: number;
  /** True when this run was restored from the store after a reload. */
  readonly restored: boolean;
  readonly lastError: string | null;
  /** Why this run is not being saved at all (it lives in memory only), or null when it is. */
  readonly notSaved: NotSavedReason | null;
}

/**
 * Why a run lives in memory only: another tab owns the saved cluster, the browser gives no IndexedDB,
 * or the saved run could not be read (it is kept untouched until the user resets).
 */
export interface NotSavedReason {
  readonly reason: 'other-tab' | 'no-storage' | 'unreadable';
  /** The underlying error's message, for the curious (not translated). */
  readonly detail: string;
}

export type ViewRecord =
  | ClockRecord
  | BrokerRecord
  | ZooKeeperRecord
  | TopicRecord
  | PartitionRecord
  | ReplicaRecord
  | SegmentRecord
  | GroupRecord
  | MemberRecord
  | CommittedOffsetRecord
  | ZnodeRecord
  | EventRecord
  | MessageRecord
  | SendRecord
  | AutoProduceRecord
  | InvariantsRecord
  | LostRangeRecord
  | PersistenceRecord;

export type ViewKind = ViewRecord['kind'];

export const CLOCK_ID: ViewId = 'clock';
export const ZOOKEEPER_ID: ViewId = 'zookeeper';
export const AUTO_PRODUCE_ID: ViewId = 'autoProduce';
export const INVARIANTS_ID: ViewId = 'invariants';
export const PERSISTENCE_ID: ViewId = 'persistence';

export const brokerViewId = (brokerId: number): ViewId => `broker:${brokerId}`;
export const topicViewId = (topic: string): ViewId => `topic:${topic}`;
export const partitionViewId = (topic: string, partition: number): ViewId =>
  `partition:${topic}-${partition}`;
export const replicaViewId = (topic: string, partition: number, brokerId: number): ViewId =>
  `replica:${topic}-${partition}@${brokerId}`;
/** A `.deleted` segment gets its own id: a live one may reuse its base offset (a truncated-away log). */
export const segmentViewId = (
  brokerId: number,
  topic: string,
  partition: number,
  baseOffset: number,
  deleted = false,
): ViewId => `segment:${brokerId}/${topic}-${partition}/${baseOffset}${deleted ? '.deleted' : ''}`;
export const groupViewId = (groupId: string): ViewId => `group:${groupId}`;
export const memberViewId = (name: string): ViewId => `member:${name}`;
export const committedViewId = (groupId: string, topic: string, partition: number): ViewId =>
  `committed:${groupId}/${topic}-${partition}`;
export const znodeViewId = (path: string): ViewId => `znode:${path}`;
export const eventViewId = (seq: number): ViewId => `event:${seq}`;
export const messageViewId = (messageId: number): ViewId => `message:${messageId}`;
export const sendViewId = (seq: number): ViewId => `send:${seq}`;

/** Everything the UI draws, sent whole on connect, reset and seek. */
export interface ViewSnapshot {
  readonly records: readonly ViewRecord[];
}

/**
 * What changed since the previous snapshot or patch, squashed (tldraw's store diff, minus the `from`
 * side: the UI already holds it). An id appears in at most one of the three lists.
 */
export interface ViewDiff {
  readonly added: readonly ViewRecord[];
  readonly updated: readonly ViewRecord[];
  readonly removed: readonly ViewId[];
}

/** One record of a page read on request (records are never pushed wholesale). */
export interface RecordView {
  readonly offset: number;
  readonly timestampMs: number;
  /** UTF-8 text of the key; null for a null key. */
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: readonly { readonly key: string; readonly value: string | null }[];
  readonly leaderEpoch: number;
  /** The batch holding the record (its base offset and size on disk). */
  readonly batchBaseOffset: number;
  readonly batchSizeBytes: number;
  /** Base offset of the segment whose `.log` holds the batch. */
  readonly segmentBaseOffset: number;
}

export interface RecordsPage {
  readonly topic: string;
  readonly partition: number;
  readonly brokerId: number;
  /** The offset asked for, after clamping to the log start offset. */
  readonly fromOffset: number;
  readonly records: readonly RecordView[];
  /** Where the next page starts. */
  readonly nextOffset: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
}
