/**
 * The flat view records the UI mirrors: ids that name their kind, segments only where the UI looks,
 * identity kept for what cannot have changed, election reasons as the controller would answer, and
 * sends with Kafka's outcome.
 */
import { describe, expect, it } from 'vitest';
import { buildClusterView } from '../cluster/cluster-view';
import { kindOfId } from '../view/diff';
import { electionAvailability } from '../view/election-availability';
import type { PartitionRecord, ViewKind, ViewRecord } from '../view/types';
import type { SessionCommand } from './commands';
import { Session } from './session';
import { buildSessionView, type PlaybackView, SessionViewCache } from './session-view';

const PLAYBACK: PlaybackView = {
  historyEndMs: 0,
  commandCount: 0,
  playing: false,
  speed: 1,
  busyUntilMs: -1,
  busyKind: 'none',
  lagging: false,
};

function build(session: Session, watched: readonly string[] = [], cache = new SessionViewCache()) {
  return buildSessionView(session, { watched: new Set(watched), playback: PLAYBACK }, cache);
}

function recordsOf<K extends ViewKind>(records: readonly ViewRecord[], kind: K) {
  return records.filter((r): r is Extract<ViewRecord, { kind: K }> => r.kind === kind);
}

const send = (partition: number, acks: 'all' | '1', value = 'v'): SessionCommand => ({
  type: 'send',
  topic: 'orders',
  key: 'k',
  value,
  headers: [],
  partition,
  acks,
  partitioner: 'default',
});

/**
 * A classroom cluster with a bit of everything: a group, sends, auto-produce, a dead broker (not the
 * group's coordinator, so the group stays listed). `killed` is that broker.
 */
function makeBusySession(): Session & { killed: number } {
  const session = new Session({ seed: 3, preset: 'classroom' });
  // Small segments, so a few seconds of traffic rolls them.
  session.apply({ type: 'alter-topic-config', name: 'orders', set: { 'segment.bytes': '1024' }, remove: [] });
  session.apply({ type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' });
  session.apply(send(0, 'all'));
  session.apply({
    type: 'auto-produce',
    topic: 'orders',
    ratePerSec: 30,
    distribution: { kind: 'uniform', keys: 5 },
    acks: '1',
  });
  session.advanceTo(session.startMs + 3000);
  const coordinator = session.cluster.describeGroup('g')?.coordinator.id;
  const killed = coordinator === 3 ? 2 : 3;
  session.apply({ type: 'kill-broker', id: killed });
  // Past the controller noticing the dead broker (its ZooKeeper session expires after 18 s; until then
  // the offsets topic's ISR still names it and acks=-1 commits wait), then an auto-commit (every 5 s).
  session.advanceTo(session.startMs + 30_000);
  // Stop with a request on the wire, so the picture has messages too.
  session.cluster.runUntil(() => buildClusterView(session.cluster).inFlight.length > 0, 1000);
  return Object.assign(session, { killed });
}

let busy: (Session & { killed: number }) | undefined;
/** Built once: the tests below only read it. */
function busySession(): Session & { killed: number } {
  busy ??= makeBusySession();
  return busy;
}

describe('ids', () => {
  it('name their kind (singletons are their kind’s name) and are unique', () => {
    const records = build(busySession(), ['orders-0']);
    const ids = new Set<string>();
    for (const r of records) {
      expect(kindOfId(r.id), r.id).toBe(r.kind);
      expect(ids.has(r.id), r.id).toBe(false);
      ids.add(r.id);
    }
    const kinds = new Set(records.map((r) => r.kind));
    for (const kind of [
      'clock',
      'broker',
      'zookeeper',
      'znode',
      'topic',
      'partition',
      'replica',
      'segment',
      'group',
      'member',
      'committed',
      'event',
      'message',
      'send',
      'autoProduce',
      'invariants',
    ] as const)
      expect(kinds.has(kind), kind).toBe(true);
    for (const singleton of ['clock', 'zookeeper', 'autoProduce', 'invariants'] as const)
      expect(recordsOf(records, singleton).map((r) => r.id)).toEqual([singleton]);
  });

  it('link a segment to its replica, and a committed offset to a member that exists', () => {
    const records = build(busySession(), ['orders-0']);
    const ids = new Set(records.map((r) => r.id));
    for (const s of recordsOf(records, 'segment')) expect(ids.has(s.replicaId), s.replicaId).toBe(true);
    const members = new Set(recordsOf(records, 'member').map((m) => m.name));
    const owned = recordsOf(records, 'committed').filter((c) => c.owner !== null);
    expect(owned.length).toBeGreaterThan(0);
    for (const c of owned) expect(members.has(c.owner as string)).toBe(true);
  });
});

describe('segments', () => {
  it('appear only for watched partitions, and only for replicas that are online', () => {
    const session = busySession();
    const alive = [1, 2, 3].filter((id) => id !== session.killed);
    expect(recordsOf(build(session), 'segment')).toEqual([]);
    const watched = recordsOf(build(session, ['orders-0', 'orders-2']), 'segment');
    expect(new Set(watched.map((s) => `${s.topic}-${s.partition}`))).toEqual(
      new Set(['orders-0', 'orders-2']),
    );
    // The dead broker's copies are not drawn.
    expect(new Set(watched.map((s) => s.brokerId))).toEqual(new Set(alive));
    // Logs roll; each replica has exactly one active segment, the first at 0.
    const byReplica = new Map<string, typeof watched>();
    for (const s of watched) byReplica.set(s.replicaId, [...(byReplica.get(s.replicaId) ?? []), s]);
    expect(byReplica.size).toBe(2 * alive.length);
    expect(Math.max(...[...byReplica.values()].map((list) => list.length))).toBeGreaterThan(1);
    for (const list of byReplica.values()) {
      expect(list.filter((s) => s.active)).toHaveLength(1);
      expect(list[0]?.fileName).toBe('00000000000000000000.log');
    }
  });
});

describe('identity between builds', () => {
  it('keeps unchanged events and znodes as the same objects, and rebuilds what changed', () => {
    const session = new Session({ seed: 4, preset: 'classroom' });
    session.apply(send(0, 'all'));
    session.advanceTo(session.startMs + 2000);
    const cache = new SessionViewCache();
    const first = build(session, [], cache);
    session.advanceTo(session.startMs + 4000);
    const second = build(session, [], cache);
    const byId = (records: ViewRecord[]) => new Map(records.map((r) => [r.id, r]));
    const before = byId(first);
    const after = byId(second);

    const events = recordsOf(first, 'event');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(after.get(e.id)).toBe(e);
    const znodes = recordsOf(first, 'znode');
    expect(znodes.length).toBeGreaterThan(10);
    for (const z of znodes) expect(after.get(z.id)).toBe(z);

    // A ZooKeeper write: nodes it did not touch stay identical; the parent it changed is new.
    session.apply({
      type: 'create-topic',
      name: 'payments',
      options: { partitions: 1, replicationFactor: 3 },
    });
    session.advanceTo(session.nowMs + 1000);
    const third = byId(build(session, [], cache));
    expect(third.get('znode:/brokers/topics/payments')).toBeDefined();
    expect(third.get('znode:/brokers/topics')).not.toBe(before.get('znode:/brokers/topics'));
    expect(third.get('znode:/brokers/topics/orders')).toBe(before.get('znode:/brokers/topics/orders'));
    expect(third.get('znode:/controller')).toBe(before.get('znode:/controller'));
    // Records rebuilt each frame are equal by value, not identity.
    expect(after.get('clock')).not.toBe(before.get('clock'));
  });
});

describe('election reasons', () => {
  /**
   * Each partition's reasons are what electionAvailability says with the controller's live brokers
   * (those with a `/brokers/ids` znode: a killed broker counts until its session expires), and each blocked election is refused by the controller with that
   * very reason (a refused election changes nothing, so asking is safe).
   */
  function checkAgainstController(session: Session): PartitionRecord[] {
    const records = build(session);
    const registered = recordsOf(records, 'znode')
      .filter((z) => z.path.startsWith('/brokers/ids/'))
      .map((z) => Number(z.path.slice('/brokers/ids/'.length)));
    const hasController = recordsOf(records, 'broker').some((b) => b.isController);
    const partitions = recordsOf(records, 'partition').filter((p) => p.topic === 'orders');
    for (const p of partitions) {
      for (const [type, field] of [
        ['PREFERRED', 'preferredElectionBlocked'],
        ['UNCLEAN', 'uncleanElectionBlocked'],
      ] as const) {
        const availability = electionAvailability(p, registered, type);
        expect(p[field], `${p.id} ${type}`).toBe(availability.available ? null : availability.reason);
        if (p[field] === null || !hasController) continue;
        const [answer] = session.cluster.electLeaders(type, [{ topic: p.topic, partition: p.partition }]);
        expect(answer?.error?.name, `${p.id} ${type}`).toBe(p[field]);
      }
    }
    return partitions;
  }

  const reasons = (partitions: PartitionRecord[]) =>
    partitions.map((p) => [p.partition, p.leader, p.preferredElectionBlocked, p.uncleanElectionBlocked]);

  it('follow the controller through failures, restarts and elections', () => {
    const session = new Session({ seed: 3, preset: 'classroom' });
    session.advanceTo(session.startMs + 1000);
    // Healthy: every preferred replica leads.
    expect(reasons(checkAgainstController(session))).toEqual([
      [0, 1, 'ELECTION_NOT_NEEDED', 'ELECTION_NOT_NEEDED'],
      [1, 2, 'ELECTION_NOT_NEEDED', 'ELECTION_NOT_NEEDED'],
      [2, 3, 'ELECTION_NOT_NEEDED', 'ELECTION_NOT_NEEDED'],
    ]);

    // Brokers 2 and 3 die. Until their ZooKeeper sessions expire the controller still counts them live.
    session.apply({ type: 'kill-broker', id: 2 });
    session.apply({ type: 'kill-broker', id: 3 });
    session.advanceTo(session.nowMs + 1000);
    expect(reasons(checkAgainstController(session))).toEqual([
      [0, 1, 'ELECTION_NOT_NEEDED', 'ELECTION_NOT_NEEDED'],
      [1, 2, 'ELECTION_NOT_NEEDED', 'ELECTION_NOT_NEEDED'],
      [2, 3, 'ELECTION_NOT_NEEDED', 'ELECTION_NOT_NEEDED'],
    ]);
    session.advanceTo(session.nowMs + 30_000);
    expect(reasons(checkAgainstController(session))).toEqual([
      [0, 1, 'ELECTION_NOT_NEEDED', 'ELECTION_NOT_NEEDED'],
      [1, 1, 'PREFERRED_LEADER_NOT_AVAILABLE', 'ELECTION_NOT_NEEDED'],
      [2, 1, 'PREFERRED_LEADER_NOT_AVAILABLE', 'ELECTION_NOT_NEEDED'],
    ]);

    // The last one dies too: no replica is alive, whatever leader ZooKeeper still names.
    session.apply({ type: 'kill-broker', id: 1 });
    session.advanceTo(session.nowMs + 30_000);
    const dead = checkAgainstController(session);
    expect(dead.map((p) => p.uncleanElectionBlocked)).toEqual([
      'ELIGIBLE_LEADERS_NOT_AVAILABLE',
      'ELIGIBLE_LEADERS_NOT_AVAILABLE',
      'ELIGIBLE_LEADERS_NOT_AVAILABLE',
    ]);

    // Broker 2 comes back alone: it is not in any ISR, so only an unclean election can use it.
    session.apply({ type: 'start-broker', id: 2 });
    session.advanceTo(session.nowMs + 30_000);
    const back = checkAgainstController(session);
    expect(back.map((p) => [p.leader, p.uncleanElectionBlocked])).toEqual([
      [-1, null],
      [-1, null],
      [-1, null],
    ]);
    expect(back[1]?.preferredElectionBlocked).toBe('PREFERRED_LEADER_NOT_AVAILABLE');

    session.apply({
      type: 'elect-leaders',
      electionType: 'UNCLEAN',
      partitions: [{ topic: 'orders', partition: 1 }],
    });
    session.advanceTo(session.nowMs + 1000);
    const after = checkAgainstController(session);
    expect(after[1]).toMatchObject({
      leader: 2,
      preferredElectionBlocked: 'ELECTION_NOT_NEEDED',
      uncleanElectionBlocked: 'ELECTION_NOT_NEEDED',
    });
  });
});

describe('send records', () => {
  it('show the acknowledged offset, and NOT_ENOUGH_REPLICAS for acks=all below min.insync.replicas', () => {
    const session = new Session({ seed: 6, preset: 'classroom' });
    session.apply(send(0, 'all', 'before'));
    session.advanceTo(session.startMs + 1000);
    const ok = recordsOf(build(session), 'send');
    expect(ok).toEqual([
      expect.objectContaining({
        seq: 0,
        acks: 'all',
        partition: 0,
        done: true,
        offset: 0,
        error: null,
        auto: false,
      }),
    ]);

    const leader = recordsOf(build(session), 'partition').find((p) => p.id === 'partition:orders-0')?.leader;
    for (const id of [1, 2, 3]) if (id !== leader) session.apply({ type: 'kill-broker', id });
    // The controller shrinks the ISR to the leader once the dead brokers' sessions expire.
    session.advanceTo(session.nowMs + 30_000);
    expect(recordsOf(build(session), 'partition').find((p) => p.id === 'partition:orders-0')?.isr).toEqual([
      leader,
    ]);
    session.apply(send(0, 'all', 'refused'));
    session.apply(send(0, '1', 'leader only'));
    session.advanceTo(session.nowMs + 2000);
    const pending = recordsOf(build(session), 'send');
    // acks=1 needs the leader alone; acks=all is retried (NotEnoughReplicas is retriable)...
    expect(pending[2]).toMatchObject({ acks: '1', done: true, offset: 1, error: null });
    expect(pending[1]).toMatchObject({ acks: 'all', done: false, error: null });
    // ...until delivery.timeout.ms (120 s) gives up with the last error.
    session.advanceTo(session.nowMs + 125_000);
    expect(recordsOf(build(session), 'send')[1]).toMatchObject({
      acks: 'all',
      done: true,
      offset: -1,
      error: 'NOT_ENOUGH_REPLICAS',
      errorMessage: 'Messages are rejected since there are fewer in-sync replicas than required.',
    });
  });
});
