/**
 * Selectors: each view reads only what it draws. A kind's map keeps its identity until a patch touches
 * that kind, so `useAppStore(selectKind('broker'))` re-renders only when a broker changed. Derived
 * lists go through `useShallow` (their elements are the store's own records).
 *
 * @example
 *   const brokers = useAppStore(useShallow(selectBrokers));
 */
import type { ViewId, ViewKind } from '../../engine/view/types';
import {
  AUTO_PRODUCE_ID,
  CLOCK_ID,
  INVARIANTS_ID,
  PERSISTENCE_ID,
  partitionViewId,
  replicaViewId,
  ZOOKEEPER_ID,
} from '../../engine/view/types';
import type { RecordOf } from './engine-slice';
import type { AppState } from './store';

const EMPTY = new Map<ViewId, never>();

/** The map of one kind's records (stable identity while untouched). */
export function selectKind<K extends ViewKind>(kind: K): (s: AppState) => ReadonlyMap<ViewId, RecordOf<K>> {
  return (s) => (s.kinds[kind] as ReadonlyMap<ViewId, RecordOf<K>> | undefined) ?? EMPTY;
}

export function recordOf<K extends ViewKind>(s: AppState, kind: K, id: ViewId): RecordOf<K> | undefined {
  return (s.kinds[kind] as ReadonlyMap<ViewId, RecordOf<K>> | undefined)?.get(id);
}

export const selectClock = (s: AppState) => recordOf(s, 'clock', CLOCK_ID);
export const selectZooKeeper = (s: AppState) => recordOf(s, 'zookeeper', ZOOKEEPER_ID);
export const selectInvariants = (s: AppState) => recordOf(s, 'invariants', INVARIANTS_ID);
export const selectAutoProduce = (s: AppState) => recordOf(s, 'autoProduce', AUTO_PRODUCE_ID);
export const selectPersistence = (s: AppState) => recordOf(s, 'persistence', PERSISTENCE_ID);

/** Brokers by id, ascending. */
export const selectBrokers = (s: AppState) =>
  [...selectKind('broker')(s).values()].sort((a, b) => a.brokerId - b.brokerId);
/** User topics first by name, internal ones (`__consumer_offsets`) last. */
export const selectTopics = (s: AppState) =>
  [...selectKind('topic')(s).values()].sort(
    (a, b) => Number(a.internal) - Number(b.internal) || a.name.localeCompare(b.name),
  );
export const selectPartitionsOf = (topic: string) => (s: AppState) =>
  [...selectKind('partition')(s).values()]
    .filter((p) => p.topic === topic)
    .sort((a, b) => a.partition - b.partition);
export const selectPartition = (topic: string, partition: number) => (s: AppState) =>
  recordOf(s, 'partition', partitionViewId(topic, partition));
export const selectReplica = (topic: string, partition: number, brokerId: number) => (s: AppState) =>
  recordOf(s, 'replica', replicaViewId(topic, partition, brokerId));
export const selectReplicasOfBroker = (brokerId: number) => (s: AppState) =>
  [...selectKind('replica')(s).values()]
    .filter((r) => r.brokerId === brokerId)
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
export const selectSegmentsOf = (topic: string, partition: number, brokerId: number) => (s: AppState) =>
  [...selectKind('segment')(s).values()]
    .filter((g) => g.topic === topic && g.partition === partition && g.brokerId === brokerId)
    .sort((a, b) => a.baseOffset - b.baseOffset);
export const selectGroups = (s: AppState) =>
  [...selectKind('group')(s).values()].sort((a, b) => a.groupId.localeCompare(b.groupId));
export const selectMembers = (s: AppState) =>
  [...selectKind('member')(s).values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
export const selectCommittedOf = (groupId: string) => (s: AppState) =>
  [...selectKind('committed')(s).values()]
    .filter((c) => c.groupId === groupId)
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
/** Notable events, oldest first. */
export const selectEvents = (s: AppState) =>
  [...selectKind('event')(s).values()].sort((a, b) => a.seq - b.seq);
/** The producer panel's recent sends, newest first. */
export const selectSends = (s: AppState) => [...selectKind('send')(s).values()].sort((a, b) => b.seq - a.seq);
export const selectZnodes = (s: AppState) =>
  [...selectKind('znode')(s).values()].sort((a, b) => a.path.localeCompare(b.path));
export const selectLostRanges = (s: AppState) => [...selectKind('lost')(s).values()];
export const selectLang = (s: AppState) => s.lang;
export const selectSelection = (s: AppState) => s.selection;
