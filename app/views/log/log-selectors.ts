/**
 * What the partition log view reads from the store: which partition it shows, that partition's
 * replicas (leader first), segments, consumer cursors, committed offsets, lost ranges and segment
 * deletions. Lists are built fresh; read them through `useShallow` (their elements are the store's
 * own records, so an unchanged list compares equal).
 */
import type {
  CommittedOffsetRecord,
  EventRecord,
  LostRangeRecord,
  MemberRecord,
  ReplicaRecord,
  SegmentRecord,
} from '../../../engine/view/types';
import { partitionViewId } from '../../../engine/view/types';
import { selectKind, selectTopics } from '../../store/selectors';
import type { AppState } from '../../store/store';
import type { Selection } from '../../store/ui-slice';

export interface PartitionRef {
  readonly topic: string;
  readonly partition: number;
}

/** `topic-p`, the key of `watch`, member positions and the lost ranges. */
export const partitionKey = (p: PartitionRef): string => `${p.topic}-${p.partition}`;

/** The partition a selection points at (a partition, one of its replicas, or one of its records). */
export function partitionOfSelection(selection: Selection | null): PartitionRef | null {
  if (selection === null) return null;
  if (selection.kind === 'partition' || selection.kind === 'replica' || selection.kind === 'record') {
    return { topic: selection.topic, partition: selection.partition };
  }
  return null;
}

export function partitionExists(s: AppState, p: PartitionRef): boolean {
  return selectKind('partition')(s).has(partitionViewId(p.topic, p.partition));
}

/** The first user topic's partition 0 (internal topics only when there is nothing else). */
export function defaultPartition(s: AppState): PartitionRef | null {
  for (const topic of selectTopics(s)) {
    const p = { topic: topic.name, partition: 0 };
    if (partitionExists(s, p)) return p;
  }
  return null;
}

/**
 * The partition to draw: the selected one; else the one drawn last (`sticky`, so selecting a broker
 * or a group does not swap the log away) while it exists; else the default.
 */
export function shownPartition(s: AppState, sticky: PartitionRef | null): PartitionRef | null {
  const selected = partitionOfSelection(s.selection);
  if (selected !== null && partitionExists(s, selected)) return selected;
  if (sticky !== null && partitionExists(s, sticky)) return sticky;
  return defaultPartition(s);
}

/** Every partition, for the picker: user topics first, by topic then partition number. */
export const selectPartitionKeys = (s: AppState): string[] => {
  const topics = selectKind('topic')(s);
  const partitions = selectKind('partition')(s);
  // Partition records change with every record produced; the set of partitions only changes with a
  // topic change (created, deleted, partitions added), so the list is kept until then.
  if (keysCache.topics === topics && keysCache.count === partitions.size) return keysCache.keys;
  const internal = new Set([...topics.values()].filter((t) => t.internal).map((t) => t.name));
  const keys = [...partitions.values()]
    .sort(
      (a, b) =>
        Number(internal.has(a.topic)) - Number(internal.has(b.topic)) ||
        a.topic.localeCompare(b.topic) ||
        a.partition - b.partition,
    )
    .map((p) => partitionKey(p));
  keysCache = { topics, count: partitions.size, keys };
  return keys;
};

let keysCache: { topics: unknown; count: number; keys: string[] } = { topics: null, count: -1, keys: [] };

/** Leader first, then the assignment order (the preferred replica first), then any others by broker. */
export const selectReplicasOf =
  (p: PartitionRef) =>
  (s: AppState): ReplicaRecord[] => {
    const partition = selectKind('partition')(s).get(partitionViewId(p.topic, p.partition));
    const assignment = partition?.replicas ?? [];
    const rank = (r: ReplicaRecord) => {
      if (r.role === 'leader') return -1;
      const i = assignment.indexOf(r.brokerId);
      return i < 0 ? assignment.length + r.brokerId : i;
    };
    return [...selectKind('replica')(s).values()]
      .filter((r) => r.topic === p.topic && r.partition === p.partition)
      .sort((a, b) => rank(a) - rank(b));
  };

export const selectSegmentsOfPartition =
  (p: PartitionRef) =>
  (s: AppState): SegmentRecord[] =>
    [...selectKind('segment')(s).values()].filter((g) => g.topic === p.topic && g.partition === p.partition);

/** Consumer applications holding a position on the partition (running or closing). */
export const selectPositionHolders =
  (p: PartitionRef) =>
  (s: AppState): MemberRecord[] => {
    const key = partitionKey(p);
    return [...selectKind('member')(s).values()]
      .filter((m) => (m.status === 'running' || m.status === 'closing') && m.positions[key] !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  };

export const selectCommittedOfPartition =
  (p: PartitionRef) =>
  (s: AppState): CommittedOffsetRecord[] =>
    [...selectKind('committed')(s).values()]
      .filter((c) => c.topic === p.topic && c.partition === p.partition)
      .sort((a, b) => a.groupId.localeCompare(b.groupId));

export const selectLostOfPartition =
  (p: PartitionRef) =>
  (s: AppState): LostRangeRecord[] =>
    [...selectKind('lost')(s).values()]
      .filter((l) => l.topic === p.topic && l.partition === p.partition)
      .sort((a, b) => a.fromOffset - b.fromOffset);

/** The `segment-deleted` events of the partition (every broker), for the reason beside each block. */
export const selectSegmentDeletions =
  (p: PartitionRef) =>
  (s: AppState): EventRecord[] =>
    [...selectKind('event')(s).values()].filter(
      (e) =>
        e.body.type === 'segment-deleted' && e.body.topic === p.topic && e.body.partition === p.partition,
    );
