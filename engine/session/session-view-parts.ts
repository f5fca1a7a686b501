/**
 * The parts of the session view that come from outside the brokers' logs: ZooKeeper's znodes, notable
 * events, messages on the wire, the consumer applications and their groups, and the panel's sends.
 * Reused by identity where nothing changed (events, znodes between ZooKeeper writes).
 */
import type { buildClusterView } from '../cluster/cluster-view';
import type { ClusterEvent } from '../cluster/events';
import {
  committedViewId,
  type EventRecord,
  eventViewId,
  groupViewId,
  memberViewId,
  messageViewId,
  sendViewId,
  type ViewRecord,
  type ZnodeRecord,
  znodeViewId,
} from '../view/types';
import { APP_SESSION_TIMEOUT_MS } from './app-consumers';
import { summarizeMessage } from './message-summary';
import type { Session } from './session';

/** Caches that keep unchanged records identical between frames. */
export class SessionViewCache {
  events = new Map<number, EventRecord>();
  znodes: ZnodeRecord[] = [];
  znodesZxid = -1;
}

type ClusterViewModel = ReturnType<typeof buildClusterView>;

export function zooKeeperRecords(session: Session, cache: SessionViewCache): ZnodeRecord[] {
  const zk = session.cluster.zk;
  if (cache.znodesZxid === zk.lastZxid) return cache.znodes;
  const previous = new Map(cache.znodes.map((z) => [z.path, z]));
  cache.znodes = zk.snapshotTree().map((n) => {
    const before = previous.get(n.path);
    if (before && before.mzxid === n.stat.mzxid && before.childCount === n.children.length) return before;
    return {
      kind: 'znode',
      id: znodeViewId(n.path),
      path: n.path,
      data: n.data ?? '',
      ephemeralOwner: n.stat.ephemeralOwner,
      version: n.stat.version,
      mzxid: n.stat.mzxid,
      childCount: n.children.length,
    };
  });
  cache.znodesZxid = zk.lastZxid;
  return cache.znodes;
}

export function controllerEpochOf(znodes: readonly ZnodeRecord[]): number {
  const node = znodes.find((z) => z.path === '/controller_epoch');
  return node ? Number(node.data) || 0 : 0;
}

export function eventRecord(e: ClusterEvent, cache: SessionViewCache): EventRecord {
  let record = cache.events.get(e.seq);
  if (!record) {
    const { atMs, seq, ...body } = e;
    record = { kind: 'event', id: eventViewId(seq), seq, atMs, body: body as EventRecord['body'] };
    cache.events.set(e.seq, record);
    if (cache.events.size > 2000) {
      const oldest = cache.events.keys().next().value;
      if (oldest !== undefined) cache.events.delete(oldest);
    }
  }
  return record;
}

/** Messages on the wire, each with a one-line summary of what it carries. */
export function messageRecords(session: Session, out: ViewRecord[]): void {
  for (const m of session.cluster.network.inFlight()) {
    out.push({
      kind: 'message',
      id: messageViewId(m.id),
      messageId: m.id,
      from: m.from,
      to: m.to,
      sendMs: m.sendMs,
      recvMs: m.recvMs,
      api: m.body.kind === 'zk' ? m.body.body.type : m.body.body.api,
      direction: m.body.kind,
      lost: m.lost,
      summary: summarizeMessage(m.body),
    });
  }
}

export function groupRecords(session: Session, view: ClusterViewModel, out: ViewRecord[]): void {
  const owners = new Map<string, string>();
  const memberIdToName = new Map<string, string>();
  for (const app of session.consumers.all()) {
    const memberId = app.handle.memberId;
    if (memberId) memberIdToName.set(memberId, app.name);
    const positions: Record<string, number> = {};
    for (const p of app.handle.positions()) positions[`${p.topic}-${p.partition}`] = p.offset;
    const partitions =
      app.status === 'running'
        ? app.handle.assignment().map((tp) => `${tp.topic}-${tp.partition}`)
        : app.status === 'crashed'
          ? heldForCrashed(view, app.groupId, memberId, app.partitionsAtCrash)
          : [];
    for (const tp of partitions) owners.set(`${app.groupId}/${tp}`, app.name);
    out.push({
      kind: 'member',
      id: memberViewId(app.name),
      name: app.name,
      groupId: app.groupId,
      clientId: app.handle.clientId,
      memberId,
      status: app.status,
      partitions,
      positions,
      consumedCount: app.consumedCount,
      crashedAtMs: app.crashedAtMs,
      sessionTimeoutMs: APP_SESSION_TIMEOUT_MS,
    });
  }
  for (const g of view.groups) {
    const topics = new Set<string>();
    for (const o of g.offsets) topics.add(o.topicPartition.slice(0, o.topicPartition.lastIndexOf('-')));
    out.push({
      kind: 'group',
      id: groupViewId(g.groupId),
      groupId: g.groupId,
      state: g.state,
      protocol: g.protocol,
      coordinator: g.coordinator,
      generationId: g.generationId,
      memberCount: g.members.length,
      topics: [...topics].sort(),
    });
    for (const o of g.offsets) {
      const dash = o.topicPartition.lastIndexOf('-');
      const topic = o.topicPartition.slice(0, dash);
      const partition = Number(o.topicPartition.slice(dash + 1));
      out.push({
        kind: 'committed',
        id: committedViewId(g.groupId, topic, partition),
        groupId: g.groupId,
        topic,
        partition,
        offset: o.offset,
        lag: o.lag,
        owner: owners.get(`${g.groupId}/${o.topicPartition}`) ?? null,
      });
    }
  }
}

/** What the coordinator still holds for a crashed member: its assignment while it is a member. */
function heldForCrashed(
  view: ClusterViewModel,
  groupId: string,
  memberId: string,
  atCrash: readonly string[],
): readonly string[] {
  const group = view.groups.find((g) => g.groupId === groupId);
  const member = group?.members.find((m) => m.memberId === memberId);
  if (!member) return [];
  // Describe shows assignments only for a Stable group; while rebalancing it still counts as a member.
  return member.partitions.length > 0 ? member.partitions : atCrash;
}

export function sendRecords(session: Session, out: ViewRecord[]): void {
  for (const s of session.producers.recent()) {
    const r = s.result;
    out.push({
      kind: 'send',
      id: sendViewId(s.seq),
      seq: s.seq,
      topic: s.topic,
      key: s.key,
      value: s.value,
      acks: s.acks,
      partition: r.partition,
      sentMs: s.sentMs,
      done: r.done,
      offset: r.offset,
      error: r.error,
      errorMessage: r.errorMessage,
      auto: s.auto,
    });
  }
}
