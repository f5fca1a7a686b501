/**
 * The session's promise: its state is a function of (seed, preset, stamped commands). However time is
 * sliced into frames, and whether it is reached live or by replay, the same history gives the same
 * view records.
 */
import { describe, expect, it } from 'vitest';
import { KafkaError } from '../cluster/errors';
import { partitionForKey } from '../codec';
import type { MemberRecord, PartitionRecord, PresetName, ViewRecord } from '../view/types';
import type { SessionCommand, StampedSessionCommand } from './commands';
import { HOT_KEY } from './key-chooser';
import { PRESET_NAMES } from './presets';
import { readRecords } from './replica-reads';
import { replaySession, Session, SessionReplay } from './session';
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

function viewOf(session: Session, watched: readonly string[] = ['orders-0']): ViewRecord[] {
  return buildSessionView(session, { watched: new Set(watched), playback: PLAYBACK }, new SessionViewCache());
}

function recordsOf<K extends ViewRecord['kind']>(records: readonly ViewRecord[], kind: K) {
  return records.filter((r): r is Extract<ViewRecord, { kind: K }> => r.kind === kind);
}

const send = (key: string, value: string, acks: '0' | '1' | 'all' = 'all'): SessionCommand => ({
  type: 'send',
  topic: 'orders',
  key,
  value,
  headers: [],
  partition: null,
  acks,
  partitioner: 'default',
});

/** A history touching every part of the session, by ms after the start. */
const SCRIPT: ReadonlyArray<readonly [number, SessionCommand]> = [
  [100, send('k1', 'first')],
  [100, send('k2', 'same millisecond')],
  [250, { type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' }],
  [
    400,
    {
      type: 'auto-produce',
      topic: 'orders',
      ratePerSec: 100,
      distribution: { kind: 'uniform', keys: 10 },
      acks: '1',
    },
  ],
  [1500, { type: 'kill-broker', id: 2 }],
  [3000, send('k3', 'while broker 2 is down')],
  [4000, { type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' }],
  [
    6000,
    { type: 'auto-produce', topic: 'orders', ratePerSec: 0, distribution: { kind: 'none' }, acks: 'all' },
  ],
  [8000, { type: 'start-broker', id: 2 }],
];
const END_MS = 12_000;

type Slicing = 'whole' | 'one-ms' | 'yield-always';
/** How many times `advanceTo` stopped early (so the yielding run really was sliced). */
let yieldedSlices = 0;

/** Advances to `targetMs` the way a host with that frame slicing would. */
function advance(session: Session, targetMs: number, slicing: Slicing): void {
  if (slicing === 'whole') {
    expect(session.advanceTo(targetMs)).toBe(true);
  } else if (slicing === 'one-ms') {
    while (session.nowMs < targetMs) session.advanceTo(session.nowMs + 1);
  } else {
    while (!session.advanceTo(targetMs, () => true)) yieldedSlices++;
  }
}

/** Runs {@link SCRIPT} up to `untilMs` after the start (commands at that moment included). */
function runScript(seed: number, untilMs: number, slicing: Slicing = 'whole'): Session {
  const session = new Session({ seed, preset: 'classroom' });
  for (const [atMs, command] of SCRIPT) {
    if (atMs > untilMs) break;
    advance(session, session.startMs + atMs, slicing);
    session.apply(command);
  }
  advance(session, session.startMs + untilMs, slicing);
  return session;
}

describe('determinism', () => {
  it('the same seed, preset and stamped commands give the same view records', () => {
    const a = runScript(11, END_MS);
    const b = runScript(11, END_MS);
    expect(b.commands()).toEqual(a.commands());
    expect(viewOf(b)).toEqual(viewOf(a));
    // The script did something worth comparing.
    const records = viewOf(a);
    const orders = recordsOf(records, 'partition').filter((p) => p.topic === 'orders');
    expect(Math.max(...orders.map((p) => p.logEndOffset))).toBeGreaterThan(100);
    expect(recordsOf(records, 'member').map((m) => m.status)).toEqual(['running', 'running']);
    expect(recordsOf(records, 'segment').length).toBeGreaterThan(1);
    expect(recordsOf(records, 'autoProduce')[0]?.sent).toBeGreaterThan(500);
    // A different seed is a different run (client ids, jitter, keys).
    expect(viewOf(runScript(12, END_MS))).not.toEqual(records);
  });

  it('gives the same state whatever the slicing: 1 ms at a time, or yielding at every check', () => {
    const whole = viewOf(runScript(5, END_MS, 'whole'));
    expect(viewOf(runScript(5, END_MS, 'one-ms'))).toEqual(whole);
    yieldedSlices = 0;
    expect(viewOf(runScript(5, END_MS, 'yield-always'))).toEqual(whole);
    expect(yieldedSlices).toBeGreaterThan(3);
  });

  it('moves time in whole milliseconds (a fractional target is rounded down)', () => {
    const session = new Session({ seed: 1, preset: 'classroom' });
    const start = session.nowMs;
    session.advanceTo(start + 1.5);
    expect(session.nowMs).toBe(start + 1);
    session.apply(send('k', 'v'));
    session.advanceTo(session.nowMs + 1000.75);
    const sent = recordsOf(viewOf(session), 'send')[0];
    expect(sent).toMatchObject({ done: true, error: null, offset: 0 });
  });
});

describe('replaySession', () => {
  it('rebuilds the session exactly as it was at an earlier time', () => {
    const full = runScript(21, END_MS);
    for (const atMs of [0, 100, 5000]) {
      const stopped = runScript(21, atMs);
      const replayed = replaySession(full.config, full.commands(), full.startMs + atMs);
      expect(replayed.nowMs).toBe(full.startMs + atMs);
      expect(replayed.commands()).toEqual(stopped.commands());
      expect(viewOf(replayed)).toEqual(viewOf(stopped));
    }
    expect(viewOf(replaySession(full.config, full.commands(), full.nowMs))).toEqual(viewOf(full));
  });

  it('can be spread over many calls, reporting progress, with the same result', () => {
    const full = runScript(22, END_MS);
    const replay = new SessionReplay(full.config, full.commands(), full.startMs + 7000);
    expect(replay.progress).toBe(0);
    let calls = 0;
    let lastProgress = 0;
    while (!replay.run(() => true)) {
      calls++;
      expect(replay.progress).toBeGreaterThanOrEqual(lastProgress);
      lastProgress = replay.progress;
    }
    expect(calls).toBeGreaterThan(SCRIPT.length);
    expect(replay.progress).toBe(1);
    expect(viewOf(replay.session)).toEqual(viewOf(runScript(22, 7000)));
  });

  it('puts a command issued after a step exactly where the step left the clock', () => {
    const session = new Session({ seed: 8, preset: 'classroom' });
    session.apply(send('a', 'one'));
    // The send's events one at a time (append, follower fetches, HW, ack), until the cluster is idle.
    const times: number[] = [];
    while (times.length < 12 && session.stepToNextEvent(10_000)) times.push(session.nowMs);
    expect(times.length).toBeGreaterThan(3);
    const steppedTo = session.nowMs;
    session.apply(send('b', 'two'));
    session.apply({ type: 'kill-broker', id: 3 });
    for (let i = 0; i < 25; i++) session.stepToNextEvent(10_000);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(session.commands().map((c) => c.atMs)).toEqual([session.startMs, steppedTo, steppedTo]);
    const replayed = replaySession(session.config, session.commands(), session.nowMs);
    expect(viewOf(replayed)).toEqual(viewOf(session));
  });

  it('gives up stepping after maxMs, with the clock there', () => {
    const session = new Session({ seed: 8, preset: 'classroom' });
    session.advanceTo(session.nowMs + 60_000);
    const before = session.nowMs;
    // An idle cluster: fetches are parked, so nothing happens within a millisecond.
    expect(session.stepToNextEvent(1)).toBe(false);
    expect(session.nowMs).toBe(before + 1);
  });
});

describe('commands Kafka refuses', () => {
  it('throw with Kafka’s text, are not recorded and change nothing', () => {
    const session = runScript(31, 2000);
    const twin = runScript(31, 2000);
    const commandsBefore = session.commands().length;
    expect(() => session.apply({ type: 'create-topic', name: 'bad name!', options: {} })).toThrow(
      "Topic name is invalid: 'bad name!' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
    );
    expect(() => session.apply({ type: 'create-topic', name: 'orders', options: {} })).toThrow(KafkaError);
    expect(() => session.apply({ type: 'kill-broker', id: 9 })).toThrow('No broker with id 9');
    expect(() => session.apply({ type: 'kill-broker', id: 2 })).toThrow('Broker 2 is not running');
    expect(() => session.apply({ type: 'remove-member', name: 'nobody' })).toThrow(
      'No consumer named nobody',
    );
    expect(() =>
      session.apply({
        type: 'auto-produce',
        topic: 'orders',
        ratePerSec: 10,
        distribution: { kind: 'hot-key', keys: 5, hotShare: 1.5 },
        acks: 'all',
      }),
    ).toThrow('The hot key share must be between 0 and 1');
    expect(session.commands()).toHaveLength(commandsBefore);
    session.advanceTo(session.startMs + 5000);
    twin.advanceTo(twin.startMs + 5000);
    expect(viewOf(session)).toEqual(viewOf(twin));
  });
});

describe('the automatic producer', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  function hotKeyRun(seed: number) {
    const session = new Session({ seed, preset: 'hot-key' });
    session.advanceTo(session.startMs + 10_000);
    const partitions = recordsOf(viewOf(session, []), 'partition')
      .filter((p) => p.topic === 'clicks')
      .sort((a, b) => a.partition - b.partition);
    return { session, partitions };
  }

  it('sends about 70 % of the records with the hot key to that key’s partition, deterministically', () => {
    const { session, partitions } = hotKeyRun(4);
    const total = partitions.reduce((sum, p) => sum + p.logEndOffset, 0);
    expect(total).toBeGreaterThan(400);
    const hot = partitionForKey(utf8(HOT_KEY), partitions.length);
    // Expected share: the hot key's 70 %, plus the other keys (30 %, uniform over 20) that hash there.
    const othersThere = Array.from({ length: 20 }, (_, i) => `key-${i}`).filter(
      (k) => partitionForKey(utf8(k), partitions.length) === hot,
    ).length;
    const expected = 0.7 + (0.3 * othersThere) / 20;
    const hotPartition = partitions[hot] as PartitionRecord;
    expect(Math.abs(hotPartition.logEndOffset / total - expected)).toBeLessThan(0.06);
    expect(Math.max(...partitions.map((p) => p.logEndOffset))).toBe(hotPartition.logEndOffset);

    // Read back: the hot key is ~70 % of everything sent.
    const page = readRecords(
      session,
      { topic: 'clicks', partition: hot, brokerId: hotPartition.leader },
      0,
      1000,
      true,
    );
    const hotCount = page.records.filter((r) => r.key === HOT_KEY).length;
    expect(Math.abs(hotCount / total - 0.7)).toBeLessThan(0.06);

    const auto = recordsOf(viewOf(session, []), 'autoProduce')[0];
    expect(auto).toMatchObject({ topic: 'clicks', ratePerSec: 50, failed: 0 });
    expect(auto?.sent).toBeGreaterThanOrEqual(total);
    // Acknowledged: all but the last few, whose answers are still on the wire.
    expect(auto?.acknowledged).toBeLessThanOrEqual(total);
    expect(auto?.acknowledged).toBeGreaterThan(total - 5);

    expect(hotKeyRun(4).partitions).toEqual(partitions);
  });

  it('stops at rate 0 and refuses a rate it cannot carry', () => {
    const session = new Session({ seed: 2, preset: 'hot-key' });
    session.advanceTo(session.startMs + 1000);
    session.apply({
      type: 'auto-produce',
      topic: 'clicks',
      ratePerSec: 0,
      distribution: { kind: 'none' },
      acks: 'all',
    });
    session.advanceTo(session.nowMs + 500);
    const sent = session.autoProducer.sent;
    session.advanceTo(session.nowMs + 5000);
    expect(session.autoProducer.sent).toBe(sent);
    expect(() =>
      session.apply({
        type: 'auto-produce',
        topic: 'clicks',
        ratePerSec: 1e9,
        distribution: { kind: 'none' },
        acks: 'all',
      }),
    ).toThrow(RangeError);
  });
});

describe('consumer applications', () => {
  const members = (s: Session) => recordsOf(viewOf(s, []), 'member');
  const group = (s: Session) => recordsOf(viewOf(s, []), 'group').find((g) => g.groupId === 'g');
  const partitionsOf = (m: MemberRecord | undefined) => m?.partitions ?? [];

  it('join, share the partitions, and leave by close or by session.timeout.ms after a crash', () => {
    const session = new Session({ seed: 3, preset: 'classroom' });
    expect(
      session.apply({ type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' }),
    ).toEqual({
      kind: 'value',
      value: 'g-app-1',
    });
    session.apply({ type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' });
    session.advanceTo(session.startMs + 10_000);
    expect(group(session)).toMatchObject({ state: 'Stable', memberCount: 2, topics: ['orders'] });
    const [one, two] = members(session);
    expect([...partitionsOf(one), ...partitionsOf(two)].sort()).toEqual(['orders-0', 'orders-1', 'orders-2']);
    expect(partitionsOf(one).length).toBeGreaterThan(0);
    expect(partitionsOf(two).length).toBeGreaterThan(0);

    // A crash says nothing to the coordinator: the member stays until session.timeout.ms (45 s).
    const crashedAt = session.nowMs;
    const held = partitionsOf(one);
    session.apply({ type: 'crash-member', name: 'g-app-1' });
    session.advanceTo(crashedAt + 40_000);
    expect(group(session)?.memberCount).toBe(2);
    // Until then the coordinator still holds its partitions for it (nobody reads them: lag grows).
    expect(members(session)[0]).toMatchObject({
      status: 'crashed',
      partitions: held,
      crashedAtMs: crashedAt,
      sessionTimeoutMs: 45_000,
    });
    session.advanceTo(crashedAt + 50_000);
    expect(group(session)).toMatchObject({ state: 'Stable', memberCount: 1 });
    expect(members(session)[0]).toMatchObject({ status: 'crashed', partitions: [] });
    expect(partitionsOf(members(session)[1])).toEqual(['orders-0', 'orders-1', 'orders-2']);
    expect(() => session.apply({ type: 'crash-member', name: 'g-app-1' })).toThrow(
      'is not running (crashed)',
    );

    // A close commits and leaves at once.
    session.apply({ type: 'remove-member', name: 'g-app-2' });
    expect(members(session)[1]?.status).toBe('closing');
    session.advanceTo(session.nowMs + 2000);
    expect(members(session)[1]?.status).toBe('closed');
    expect(group(session)).toMatchObject({ state: 'Empty', memberCount: 0 });
  });
});

describe('presets', () => {
  const expected: Record<PresetName, { brokers: number; topic: string; partitions: number; rate: number }> = {
    classroom: { brokers: 3, topic: 'orders', partitions: 3, rate: 0 },
    'hot-key': { brokers: 3, topic: 'clicks', partitions: 6, rate: 50 },
    retention: { brokers: 3, topic: 'logs', partitions: 1, rate: 5 },
    large: { brokers: 9, topic: 'events', partitions: 50, rate: 5000 },
  };

  it.each(PRESET_NAMES)('%s builds its cluster, with the setup outside the recorded history', (preset) => {
    const session = new Session({ seed: 1, preset });
    session.advanceTo(session.startMs + 100);
    const records = viewOf(session, []);
    const want = expected[preset];
    expect(session.commands()).toEqual([]);
    expect(recordsOf(records, 'broker')).toHaveLength(want.brokers);
    expect(recordsOf(records, 'topic').map((t) => t.name)).toContain(want.topic);
    expect(recordsOf(records, 'partition').filter((p) => p.topic === want.topic)).toHaveLength(
      want.partitions,
    );
    expect(recordsOf(records, 'autoProduce')[0]?.ratePerSec).toBe(want.rate);
    expect(recordsOf(records, 'clock')[0]).toMatchObject({ preset, seed: 1, startMs: session.startMs });
  });
});

/** Stamped commands survive structured cloning (they are saved and sent as they are). */
it('records plain, serialisable commands', () => {
  const session = runScript(9, 5000);
  const copy: StampedSessionCommand[] = structuredClone([...session.commands()]);
  expect(copy).toEqual(session.commands());
});
