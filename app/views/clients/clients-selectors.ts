/**
 * What the producer and consumers panels read from the store, beyond selectors.ts. Lists are meant
 * for `useShallow` (their elements are the store's own records or primitives).
 */
import type { GroupRecord, MemberRecord, PartitionRecord, SendRecord } from '../../../engine/view/types';
import { groupViewId, topicViewId } from '../../../engine/view/types';
import { recordOf, selectKind } from '../../store/selectors';
import type { AppState } from '../../store/store';

/** Topics a user produces to or subscribes to: not internal, not being deleted, by name. */
export const selectUserTopicNames = (s: AppState): string[] =>
  [...selectKind('topic')(s).values()]
    .filter((t) => !t.internal && !t.markedForDeletion)
    .map((t) => t.name)
    .sort();

export const selectTopicRecord = (topic: string) => (s: AppState) => recordOf(s, 'topic', topicViewId(topic));

export const selectGroupIds = (s: AppState): string[] =>
  [...selectKind('group')(s).values()].map((g) => g.groupId).sort();

export const selectGroupRecords = (s: AppState): GroupRecord[] =>
  [...selectKind('group')(s).values()].sort((a, b) => a.groupId.localeCompare(b.groupId));

/** The applications started in `groupId`, in start order (`…-app-1`, `…-app-2`, …). */
export const selectMembersOf =
  (groupId: string) =>
  (s: AppState): MemberRecord[] =>
    [...selectKind('member')(s).values()]
      .filter((m) => m.groupId === groupId)
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));

/** Groups that have an application the panel started but no coordinator record yet (still joining). */
export const selectMemberOnlyGroupIds = (s: AppState): string[] => {
  const groups = selectKind('group')(s);
  const ids = new Set<string>();
  for (const m of selectKind('member')(s).values())
    if (!groups.has(groupViewId(m.groupId))) ids.add(m.groupId);
  return [...ids].sort();
};

/** Partitions of the given topics, by topic then partition. */
export const selectPartitionsOfTopics =
  (topics: readonly string[]) =>
  (s: AppState): PartitionRecord[] => {
    const wanted = new Set(topics);
    return [...selectKind('partition')(s).values()]
      .filter((p) => wanted.has(p.topic))
      .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  };

/** The producer panel's own sends (auto = false) or the automatic producer's samples, newest first. */
export const selectSendsBy =
  (auto: boolean) =>
  (s: AppState): SendRecord[] =>
    [...selectKind('send')(s).values()].filter((r) => r.auto === auto).sort((a, b) => b.seq - a.seq);

/** Member ids the coordinator has removed after `session.timeout.ms` (from the notable events). */
export const selectSessionExpiredMemberIds = (s: AppState): string[] => {
  const out: string[] = [];
  for (const e of selectKind('event')(s).values()) {
    const body = e.body;
    if (body.type === 'member-left' && body.reason === 'session-timeout') out.push(body.memberId);
  }
  return out.sort();
};

/**
 * The newest retriable failure the panel's producers met on `topic-partition` since `sinceMs`
 * (a `produce-failed` event that will be retried), to say why a send is still waiting.
 */
export const selectRetryingError =
  (topic: string, partition: number, sinceMs: number) =>
  (s: AppState): string | null => {
    let newest: { seq: number; error: string } | null = null;
    for (const e of selectKind('event')(s).values()) {
      const body = e.body;
      if (body.type !== 'produce-failed' || !body.willRetry || e.atMs < sinceMs) continue;
      if (body.topic !== topic || body.partition !== partition) continue;
      if (newest === null || e.seq > newest.seq) newest = { seq: e.seq, error: body.error };
    }
    return newest?.error ?? null;
  };

/**
 * The group's generation from its newest `group-rebalanced` event, for when the group record does not
 * carry one (−1); null when no rebalance is in the recent events.
 */
export const selectGenerationFromEvents =
  (groupId: string) =>
  (s: AppState): number | null => {
    let newest: number | null = null;
    for (const e of selectKind('event')(s).values()) {
      const body = e.body;
      if (body.type === 'group-rebalanced' && body.groupId === groupId)
        newest = Math.max(newest ?? -1, body.generationId);
    }
    return newest;
  };
