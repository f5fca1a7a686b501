/**
 * The cluster view's selectors. Each drawn thing reads only what it shows, as primitives or flat
 * objects of primitives (compared with `useShallow`), so a patch that moved offsets does not re-render
 * 1,350 replica cells. Derived indexes (replicas per broker, per-topic counts, client names) are
 * computed once per change of the kind's Map (its identity changes only when a patch touches that
 * kind) and shared by every subscriber.
 *
 * @example
 *   const shape = parseReplicaShape(useAppStore(selectReplicaShapeKey(replicaViewId('orders', 0, 2))));
 *   const css = useAppStore(selectSelectionCss); // highlights by stylesheet, not by re-rendering cells
 */
import type { MessageRecord, PartitionRecord, ReplicaRecord, ViewId } from '../../../engine/view/types';
import { memberViewId, messageViewId, partitionViewId } from '../../../engine/view/types';
import { recordOf, selectKind } from '../../store/selectors';
import type { AppState } from '../../store/store';
import { lagUsed, quantise } from './arcs';
import { latestEpoch } from './epoch-colour';
import { brokerRelation, type Relation, type ReplicaRef, type SelectionContext } from './highlight';
import { selectionCss } from './selection-css';

/** Steps of a follower's lag arc: it re-renders at most this many times per countdown. */
export const LAG_STEPS = 24;

/** Memoises `build` per Map identity (a kind's Map is replaced only when a patch touches the kind). */
function perMap<K, V, R>(build: (map: ReadonlyMap<K, V>) => R): (map: ReadonlyMap<K, V>) => R {
  const cache = new WeakMap<ReadonlyMap<K, V>, R>();
  return (map) => {
    let out = cache.get(map);
    if (out === undefined) {
      out = build(map);
      cache.set(map, out);
    }
    return out;
  };
}

/** Broker ids, ascending, as a string (a primitive: stable while the set of brokers is). */
export const selectBrokerIdsKey = (s: AppState): string =>
  [...selectKind('broker')(s).values()]
    .map((b) => b.brokerId)
    .sort((a, b) => a - b)
    .join(',');

export const parseIds = (key: string): number[] => (key === '' ? [] : key.split(',').map(Number));

const isInternalTopic = (topic: string) => topic.startsWith('__');

/** Broker → `topic\tp,p,p` lines: which replicas each broker holds (its box's contents). */
const placementIndex = perMap((replicas: ReadonlyMap<ViewId, ReplicaRecord>) => {
  const byBroker = new Map<number, Map<string, number[]>>();
  for (const r of replicas.values()) {
    let topics = byBroker.get(r.brokerId);
    if (!topics) {
      topics = new Map();
      byBroker.set(r.brokerId, topics);
    }
    const list = topics.get(r.topic);
    if (list) list.push(r.partition);
    else topics.set(r.topic, [r.partition]);
  }
  const out = new Map<number, string>();
  for (const [brokerId, topics] of byBroker) {
    const names = [...topics.keys()].sort(
      (a, b) => Number(isInternalTopic(a)) - Number(isInternalTopic(b)) || a.localeCompare(b),
    );
    out.set(
      brokerId,
      names.map((n) => `${n}\t${(topics.get(n) ?? []).sort((a, b) => a - b).join(',')}`).join('\n'),
    );
  }
  return out;
});

export const selectBrokerPlacementKey =
  (brokerId: number) =>
  (s: AppState): string =>
    placementIndex(selectKind('replica')(s)).get(brokerId) ?? '';

export function parsePlacement(key: string): { topic: string; partitions: number[] }[] {
  if (key === '') return [];
  return key.split('\n').map((line) => {
    const [topic = '', list = ''] = line.split('\t');
    return { topic, partitions: list === '' ? [] : list.split(',').map(Number) };
  });
}

/** `topic@broker` → `leaders/replicas` of that topic on that broker. */
const topicBrokerCounts = perMap((replicas: ReadonlyMap<ViewId, ReplicaRecord>) => {
  const counts = new Map<string, { leaders: number; replicas: number }>();
  for (const r of replicas.values()) {
    const key = `${r.topic}@${r.brokerId}`;
    const c = counts.get(key) ?? { leaders: 0, replicas: 0 };
    c.replicas++;
    if (r.role === 'leader') c.leaders++;
    counts.set(key, c);
  }
  return counts;
});

export const selectTopicOnBroker =
  (topic: string, brokerId: number) =>
  (s: AppState): string => {
    const c = topicBrokerCounts(selectKind('replica')(s)).get(`${topic}@${brokerId}`);
    return c ? `${c.leaders}/${c.replicas}` : '';
  };

/** topic → under-replicated and offline partition counts. */
const topicTrouble = perMap((partitions: ReadonlyMap<ViewId, PartitionRecord>) => {
  const out = new Map<string, { urp: number; offline: number }>();
  for (const p of partitions.values()) {
    const c = out.get(p.topic) ?? { urp: 0, offline: 0 };
    if (p.underReplicated) c.urp++;
    if (p.offline) c.offline++;
    out.set(p.topic, c);
  }
  return out;
});

export const selectTopicTrouble =
  (topic: string) =>
  (s: AppState): string => {
    const c = topicTrouble(selectKind('partition')(s)).get(topic);
    return c ? `${c.urp}/${c.offline}` : '0/0';
  };

/** Client node names (`client-N`) in flight now, in numeric order, comma-joined. */
const clientNames = perMap((messages: ReadonlyMap<ViewId, MessageRecord>) => {
  const names = new Set<string>();
  for (const m of messages.values()) {
    if (m.from.startsWith('client-')) names.add(m.from);
    if (m.to.startsWith('client-')) names.add(m.to);
  }
  return [...names].sort(byClientNumber).join(',');
});

export const byClientNumber = (a: string, b: string): number =>
  Number(a.slice(a.lastIndexOf('-') + 1)) - Number(b.slice(b.lastIndexOf('-') + 1)) || a.localeCompare(b);

export const selectClientNamesKey = (s: AppState): string => clientNames(selectKind('message')(s));

export interface ReplicaShape {
  readonly role: ReplicaRecord['role'];
  readonly inIsr: boolean;
  /** The newest leader epoch the replica knows, −1 if none. */
  readonly epoch: number;
  /** Share of `replica.lag.time.max.ms` used, in {@link LAG_STEPS} steps; −1 when not tracked. */
  readonly lag: number;
}

/**
 * What a replica's cell shows, as one string (`leader|1|3|-1`): a primitive compares without
 * allocating, which matters with 1,350 cells checked on every patch. '' when the replica is gone.
 */
export const selectReplicaShapeKey =
  (id: ViewId) =>
  (s: AppState): string => {
    const r = recordOf(s, 'replica', id);
    if (r === undefined) return '';
    const lag = lagUsed(r);
    return `${r.role}|${r.inIsr ? 1 : 0}|${latestEpoch(r.epochStarts)}|${lag === null ? -1 : quantise(lag, LAG_STEPS)}`;
  };

export function parseReplicaShape(key: string): ReplicaShape | null {
  if (key === '') return null;
  const [role = 'offline', inIsr, epoch, lag] = key.split('|');
  return { role: role as ReplicaShape['role'], inIsr: inIsr === '1', epoch: Number(epoch), lag: Number(lag) };
}

/** What a partition's row shows (not its offsets, which move with every record). */
export const selectPartitionShape = (topic: string, partition: number) => (s: AppState) => {
  const p = recordOf(s, 'partition', partitionViewId(topic, partition));
  if (p === undefined) return null;
  return {
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    replicas: p.replicas.join(','),
    isr: p.isr.join(','),
    outOfSync: p.outOfSync.join(','),
    underReplicated: p.underReplicated,
    offline: p.offline,
  };
};

function selectionContext(s: AppState): SelectionContext {
  const sel = s.selection;
  if (sel?.kind !== 'member') return {};
  return { memberPartitions: recordOf(s, 'member', memberViewId(sel.name))?.partitions };
}

/** The highlight stylesheet for the selection (a string: re-renders only when it changes). */
export const selectSelectionCss = (s: AppState): string => selectionCss(s.selection, selectionContext(s));

/** Whether this replica is the selected one (its `aria-pressed`); flips for two cells per click. */
export const selectReplicaPressed =
  ({ topic, partition, brokerId }: ReplicaRef) =>
  (s: AppState): boolean => {
    const sel = s.selection;
    return (
      (sel?.kind === 'replica' || sel?.kind === 'record') &&
      sel.topic === topic &&
      sel.partition === partition &&
      sel.brokerId === brokerId
    );
  };

export const selectPartitionPressed =
  (topic: string, partition: number) =>
  (s: AppState): boolean =>
    s.selection?.kind === 'partition' && s.selection.topic === topic && s.selection.partition === partition;

export const selectBrokerRelation =
  (brokerId: number) =>
  (s: AppState): Relation =>
    brokerRelation(
      s.selection,
      brokerId,
      (topic, partition) =>
        recordOf(s, 'partition', partitionViewId(topic, partition))?.replicas.includes(brokerId) ?? false,
    );

/** The selected message's record, or undefined when none is selected or it has arrived. */
export const selectSelectedMessage = (s: AppState): MessageRecord | undefined =>
  s.selection?.kind === 'message' ? recordOf(s, 'message', messageViewId(s.selection.messageId)) : undefined;
