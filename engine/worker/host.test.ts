/**
 * The worker host driven as the browser would, with a fake environment: a memory store, frames
 * cranked by hand, and a wall clock the test moves. Checks the protocol's promises (snapshot, then
 * patches in sequence; one reply or error per request), playback and jumps over frames, rewind by
 * replay and forking, reset, reload from the store, and what a bad message or a locked store does.
 */
import { describe, expect, it } from 'vitest';
import type { SessionCommand } from '../session/commands';
import { MemorySegmentStore } from '../storage/memory-store';
import { applyDiff, indexRecords, type RecordMap } from '../view/diff';
import type { ClockRecord, PersistenceRecord, ViewRecord } from '../view/types';
import { CLUSTER_LOCKED, EngineHost, SESSION_META_KEY } from './host';
import { type EngineToUi, PROTOCOL_VERSION, type ReplyResult, type UiToEngine } from './protocol';

/** A UI stand-in: mirrors snapshots and patches as the app's store does, and keeps every message. */
class FakeUi {
  readonly messages: EngineToUi[] = [];
  records: RecordMap = new Map();
  seq = 0;
  frameCount = 0;
  /** The fake wall clock, and how far it moves each time the host reads it (0: only between frames). */
  wallMs = 10_000;
  tickPerReadMs = 0;
  private frames: Array<() => void> = [];

  constructor(
    readonly store: MemorySegmentStore = new MemorySegmentStore(),
    private readonly openError?: Error,
  ) {}

  host(seed = 42): EngineHost {
    return new EngineHost({
      post: (m) => this.receive(m),
      requestFrame: (cb) => this.frames.push(cb),
      openStore: () => (this.openError ? Promise.reject(this.openError) : Promise.resolve(this.store)),
      newSeed: () => seed,
      wallClockMs: () => {
        const now = this.wallMs;
        this.wallMs += this.tickPerReadMs;
        return now;
      },
    });
  }

  get frameRequested(): boolean {
    return this.frames.length > 0;
  }

  /** Draws one frame `wallStepMs` of wall time after the last. */
  frame(wallStepMs = 16): void {
    this.wallMs += wallStepMs;
    const frames = this.frames;
    this.frames = [];
    this.frameCount++;
    for (const f of frames) f();
  }

  /** Draws frames until `done()` (at most `max`); returns how many it took. */
  framesUntil(done: () => boolean, max = 2000): number {
    let n = 0;
    while (!done()) {
      if (n++ >= max) throw new Error('not done after max frames');
      this.frame();
    }
    return n;
  }

  private receive(m: EngineToUi): void {
    this.messages.push(m);
    if (m.type === 'snapshot') {
      this.records = indexRecords(m.state.records);
      this.seq = m.seq;
    } else if (m.type === 'patch') {
      expect(m.seq).toBe(this.seq + 1);
      this.records = applyDiff(this.records, m.diff);
      this.seq = m.seq;
    }
  }

  reply(id: number): ReplyResult | undefined {
    for (const m of this.messages) if (m.type === 'reply' && m.id === id) return m.result;
    return undefined;
  }

  replies(id: number): ReplyResult[] {
    return this.messages.flatMap((m) => (m.type === 'reply' && m.id === id ? [m.result] : []));
  }

  errors(): Extract<EngineToUi, { type: 'error' }>[] {
    return this.messages.filter((m): m is Extract<EngineToUi, { type: 'error' }> => m.type === 'error');
  }

  count(type: EngineToUi['type']): number {
    return this.messages.filter((m) => m.type === type).length;
  }

  get clock(): ClockRecord {
    const c = this.records.get('clock');
    if (c?.kind !== 'clock') throw new Error('no clock');
    return c;
  }

  get persistence(): PersistenceRecord {
    const p = this.records.get('persistence');
    if (p?.kind !== 'persistence') throw new Error('no persistence record');
    return p;
  }

  record(id: string): ViewRecord | undefined {
    return this.records.get(id);
  }

  /** The cluster's picture without the host's own records (clock playback fields, persistence). */
  cluster(): ViewRecord[] {
    return [...this.records.values()]
      .filter((r) => r.kind !== 'clock' && r.kind !== 'persistence')
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

async function started(ui = new FakeUi(), seed = 42): Promise<{ ui: FakeUi; host: EngineHost }> {
  const host = ui.host(seed);
  host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
  await host.persisted();
  return { ui, host };
}

let nextId = 100;
/** Sends a request and lets the host handle it; returns its id. */
async function ask(host: EngineHost, message: (id: number) => UiToEngine): Promise<number> {
  const id = nextId++;
  host.receive(message(id));
  await host.persisted();
  return id;
}

const command = (host: EngineHost, c: SessionCommand) =>
  ask(host, (id) => ({ type: 'command', id, command: c }));

/** Jumps `ms` ahead and draws frames until the jump is answered. */
async function jump(ui: FakeUi, host: EngineHost, ms: number): Promise<ReplyResult | undefined> {
  const id = await ask(host, (i) => ({ type: 'jump', id: i, ms }));
  ui.framesUntil(() => ui.reply(id) !== undefined);
  ui.frame();
  return ui.reply(id);
}

const autoProduce = (ratePerSec: number): SessionCommand => ({
  type: 'auto-produce',
  topic: 'orders',
  ratePerSec,
  distribution: { kind: 'uniform', keys: 4 },
  acks: 'all',
});

describe('connecting', () => {
  it('answers init with a snapshot of the new run, then patches in sequence', async () => {
    const { ui, host } = await started();
    expect(ui.messages[0]).toMatchObject({ type: 'snapshot', protocolVersion: PROTOCOL_VERSION, seq: 1 });
    expect(ui.clock).toMatchObject({
      seed: 42,
      preset: 'classroom',
      commandCount: 0,
      playing: false,
      busyKind: 'none',
      busyUntilMs: -1,
      lagging: false,
    });
    expect(ui.clock.nowMs).toBe(ui.clock.startMs);
    expect(ui.clock.historyEndMs).toBe(ui.clock.nowMs);
    expect(ui.record('topic:orders')).toMatchObject({ partitionCount: 3, replicationFactor: 3 });
    expect(ui.persistence).toMatchObject({ restored: false, notSaved: null, lastError: null });

    const kill = await command(host, { type: 'kill-broker', id: 2 });
    const member = await command(host, {
      type: 'add-member',
      groupId: 'g',
      topics: ['orders'],
      assignor: 'range',
    });
    expect(ui.reply(kill)).toEqual({ kind: 'done' });
    expect(ui.reply(member)).toEqual({ kind: 'done', value: 'g-app-1' });
    expect(ui.count('patch')).toBe(0);
    ui.frame();
    // Both commands in one squashed patch, the next in sequence.
    expect(ui.messages.filter((m) => m.type === 'patch').map((m) => m.type === 'patch' && m.seq)).toEqual([
      2,
    ]);
    expect(ui.record('broker:2')).toMatchObject({ status: 'stopped', lastStop: 'kill' });
    expect(ui.record('member:g-app-1')).toMatchObject({ groupId: 'g', status: 'running' });
    expect(ui.clock.commandCount).toBe(2);
    // Nothing changed: no patch.
    ui.frame();
    expect(ui.count('patch')).toBe(1);
    // A second init is answered with a fresh snapshot.
    host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    await host.persisted();
    expect(ui.messages.at(-1)).toMatchObject({ type: 'snapshot', seq: 3 });
  });

  it('refuses another protocol version', async () => {
    const ui = new FakeUi();
    const host = ui.host();
    host.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION + 1 });
    await host.persisted();
    expect(ui.errors()).toEqual([
      {
        type: 'error',
        code: 'PROTOCOL_MISMATCH',
        message: `UI speaks protocol ${PROTOCOL_VERSION + 1}, engine ${PROTOCOL_VERSION}`,
      },
    ]);
    expect(ui.count('snapshot')).toBe(0);
  });

  it('reads records, batch bytes and offset lookups on request', async () => {
    const { ui, host } = await started();
    for (const value of ['a', 'b', 'c'])
      await command(host, {
        type: 'send',
        topic: 'orders',
        key: 'k',
        value,
        headers: [],
        partition: 1,
        acks: 'all',
        partitioner: 'default',
      });
    await jump(ui, host, 1000);
    const leader = ui.record('partition:orders-1');
    const brokerId = leader?.kind === 'partition' ? leader.leader : -1;
    const replica = { topic: 'orders', partition: 1, brokerId };
    const read = await ask(host, (id) => ({
      type: 'readRecords',
      id,
      replica,
      fromOffset: 1,
      maxRecords: 10,
      uncommitted: false,
    }));
    const bytes = await ask(host, (id) => ({ type: 'readBatchBytes', id, replica, offset: 0 }));
    const lookup = await ask(host, (id) => ({ type: 'lookupOffset', id, replica, offset: 2 }));
    const bad = await ask(host, (id) => ({ type: 'lookupOffset', id, replica, offset: 99 }));
    const page = ui.reply(read);
    expect(page?.kind === 'records' && page.page.records.map((r) => r.value)).toEqual(['b', 'c']);
    expect(ui.reply(bytes)).toMatchObject({ kind: 'batchBytes', baseOffset: 0, position: 0 });
    expect(ui.reply(lookup)).toMatchObject({ kind: 'lookup', lookup: { offset: 2, segmentBaseOffset: 0 } });
    expect(ui.errors()).toEqual([
      {
        type: 'error',
        id: bad,
        code: 'INVALID_REQUEST',
        message: "Offset 99 is outside the replica's log (0 to 2)",
      },
    ]);
  });
});

describe('time', () => {
  it('plays at wall time × speed in whole simulated milliseconds, and stops asking for frames when paused', async () => {
    const { ui, host } = await started();
    const start = ui.clock.nowMs;
    host.receive({ type: 'playback', playing: true, speed: 2 });
    await host.persisted();
    for (let i = 0; i < 10; i++) ui.frame(16);
    expect(ui.clock).toMatchObject({ playing: true, speed: 2, nowMs: start + 320, lagging: false });

    // A slow speed moves less than 1 ms per frame: the fractions add up, and time stays whole.
    host.receive({ type: 'playback', playing: true, speed: 0.1 });
    await host.persisted();
    await command(host, {
      type: 'send',
      topic: 'orders',
      key: 'k',
      value: 'v',
      headers: [],
      partition: null,
      acks: 'all',
      partitioner: 'default',
    });
    for (let i = 0; i < 25; i++) {
      ui.frame(16);
      expect(Number.isInteger(ui.clock.nowMs)).toBe(true);
    }
    expect(ui.clock.nowMs).toBe(start + 320 + 40);

    // A long gap (a hidden tab) is not made up for: at most 250 ms of wall time per frame.
    host.receive({ type: 'playback', playing: true, speed: 1 });
    await host.persisted();
    const before = ui.clock.nowMs;
    ui.frame(60_000);
    expect(ui.clock.nowMs).toBe(before + 250);

    host.receive({ type: 'playback', playing: false, speed: 1 });
    await host.persisted();
    ui.frame(16);
    expect(ui.clock.playing).toBe(false);
    expect(ui.frameRequested).toBe(false);
    expect(ui.errors()).toEqual([]);
  });

  it('spreads a jump over frames and answers when it gets there; cancel stops it where it is', async () => {
    const { ui, host } = await started();
    await command(host, autoProduce(100));
    const start = ui.clock.nowMs;
    // Every read of the wall clock passes the frame's budget: the host yields at every check.
    ui.tickPerReadMs = 31;
    const id = await ask(host, (i) => ({ type: 'jump', id: i, ms: 10_000 }));
    ui.frame();
    expect(ui.clock).toMatchObject({ busyKind: 'jump', busyUntilMs: start + 10_000 });
    expect(ui.clock.nowMs).toBeLessThan(start + 10_000);
    const frames = ui.framesUntil(() => ui.reply(id) !== undefined);
    expect(frames).toBeGreaterThan(3);
    expect(ui.replies(id)).toEqual([{ kind: 'jumped', nowMs: start + 10_000, cancelled: false }]);
    ui.frame();
    expect(ui.clock).toMatchObject({ nowMs: start + 10_000, busyKind: 'none', busyUntilMs: -1 });

    const cancelled = await ask(host, (i) => ({ type: 'jump', id: i, ms: 10_000 }));
    ui.frame();
    host.receive({ type: 'cancel' });
    await host.persisted();
    const answer = ui.reply(cancelled);
    expect(answer).toMatchObject({ kind: 'jumped', cancelled: true });
    expect(answer?.kind === 'jumped' && answer.nowMs).toBeLessThan(start + 20_000);
    ui.frame();
    expect(ui.clock.busyKind).toBe('none');
    expect(ui.frameRequested).toBe(false);
  });

  it('steps to the next event and pauses', async () => {
    const { ui, host } = await started();
    await command(host, {
      type: 'send',
      topic: 'orders',
      key: null,
      value: 'v',
      headers: [],
      partition: 0,
      acks: 'all',
      partitioner: 'default',
    });
    host.receive({ type: 'playback', playing: true, speed: 1 });
    const id = await ask(host, (i) => ({ type: 'step', id: i }));
    const answer = ui.reply(id);
    expect(answer).toMatchObject({ kind: 'stepped', happened: true });
    ui.frame();
    expect(ui.clock).toMatchObject({ playing: false });
    expect(answer?.kind === 'stepped' && answer.nowMs).toBe(ui.clock.nowMs);
  });
});

describe('rewind', () => {
  it('replays to an earlier moment, plays the recorded future on, or forks it when the user acts', async () => {
    const { ui, host } = await started();
    host.receive({ type: 'watch', partitions: ['orders-0'] });
    await command(host, autoProduce(50));
    await jump(ui, host, 2000);
    const earlierMs = ui.clock.nowMs;
    const earlier = ui.cluster();
    expect(earlier.some((r) => r.kind === 'segment')).toBe(true);

    // (Not at earlierMs itself: a seek to a command's moment shows the state after the command.)
    await jump(ui, host, 5);
    await command(host, { type: 'create-topic', name: 'payments', options: { partitions: 1 } });
    await command(host, { type: 'kill-broker', id: 3 });
    await jump(ui, host, 3000);
    const laterMs = ui.clock.nowMs;
    const later = ui.cluster();
    expect(ui.clock).toMatchObject({ commandCount: 3, historyEndMs: laterMs });

    // Seek back: a replay spread over frames (the clock says so), then a snapshot of that moment.
    ui.tickPerReadMs = 31;
    const snapshots = ui.count('snapshot');
    const seek = await ask(host, (id) => ({ type: 'seek', id, atMs: earlierMs }));
    ui.frame();
    expect(ui.clock).toMatchObject({ busyKind: 'replay', busyUntilMs: earlierMs });
    // Commands wait for the replay.
    const early = await command(host, { type: 'heal' });
    expect(ui.errors().find((e) => e.id === early)).toMatchObject({ code: 'NOT_READY' });
    ui.framesUntil(() => ui.reply(seek) !== undefined);
    expect(ui.reply(seek)).toEqual({ kind: 'sought', nowMs: earlierMs, cancelled: false });
    expect(ui.count('snapshot')).toBe(snapshots + 1);
    expect(ui.cluster()).toEqual(earlier);
    expect(ui.clock).toMatchObject({
      nowMs: earlierMs,
      historyEndMs: laterMs,
      commandCount: 3,
      busyKind: 'none',
    });

    // Playing on re-applies the recorded future at its times: the same later picture.
    ui.tickPerReadMs = 0;
    expect(await jump(ui, host, laterMs - earlierMs)).toMatchObject({ nowMs: laterMs, cancelled: false });
    expect(ui.cluster()).toEqual(later);
    expect(ui.clock).toMatchObject({ historyEndMs: laterMs, commandCount: 3 });

    // Back again, then act: the recorded future is dropped (a fork).
    const seekAgain = await ask(host, (id) => ({ type: 'seek', id, atMs: earlierMs }));
    ui.framesUntil(() => ui.reply(seekAgain) !== undefined);
    await command(host, { type: 'kill-broker', id: 1 });
    ui.frame();
    expect(ui.clock).toMatchObject({ nowMs: earlierMs, historyEndMs: earlierMs, commandCount: 2 });
    await jump(ui, host, laterMs - earlierMs);
    expect(ui.record('topic:payments')).toBeUndefined();
    expect(ui.record('broker:3')).toMatchObject({ status: 'running' });
    expect(ui.record('broker:1')).toMatchObject({ status: 'stopped' });
    expect(ui.errors().filter((e) => e.id !== early)).toEqual([]);
  });

  it('a cancelled replay keeps the run it would have replaced, still saving to the same files', async () => {
    const { ui, host } = await started();
    await command(host, autoProduce(100));
    await jump(ui, host, 3000);
    await host.persisted();
    ui.frame();
    const nowMs = ui.clock.nowMs;
    const before = ui.cluster();
    const written = ui.persistence.bytesWritten;
    expect(written).toBeGreaterThan(0);

    ui.tickPerReadMs = 31;
    const seek = await ask(host, (id) => ({ type: 'seek', id, atMs: nowMs - 2000 }));
    ui.frame();
    expect(ui.clock.busyKind).toBe('replay');
    host.receive({ type: 'cancel' });
    await host.persisted();
    ui.frame();
    expect(ui.replies(seek)).toEqual([{ kind: 'sought', nowMs, cancelled: true }]);
    expect(ui.clock).toMatchObject({ nowMs, busyKind: 'none' });
    expect(ui.cluster()).toEqual(before);
    expect(ui.persistence.bytesWritten).toBe(written);
    ui.tickPerReadMs = 0;
    await jump(ui, host, 1000);
    await host.persisted();
    ui.frame();
    expect(ui.persistence.bytesWritten).toBeGreaterThan(written);
  });

  it('a reset during a replay answers the seek it interrupts', async () => {
    const { ui, host } = await started();
    await command(host, autoProduce(100));
    await jump(ui, host, 3000);
    const nowMs = ui.clock.nowMs;
    ui.tickPerReadMs = 31;
    const seek = await ask(host, (id) => ({ type: 'seek', id, atMs: nowMs - 2000 }));
    ui.frame();
    expect(ui.clock.busyKind).toBe('replay');
    const reset = await ask(host, (id) => ({ type: 'reset', id, preset: 'classroom', seed: 5 }));
    expect(ui.replies(seek)).toEqual([{ kind: 'sought', nowMs, cancelled: true }]);
    expect(ui.reply(reset)).toEqual({ kind: 'reset', seed: 5, preset: 'classroom' });
    ui.framesUntil(() => !ui.frameRequested);
    expect(ui.replies(seek)).toHaveLength(1);
    expect(ui.clock).toMatchObject({ seed: 5, busyKind: 'none', commandCount: 0 });
  });

  it('clamps a seek to the run’s start and to the end of its history', async () => {
    const { ui, host } = await started();
    await jump(ui, host, 1000);
    const endMs = ui.clock.nowMs;
    const past = await ask(host, (id) => ({ type: 'seek', id, atMs: 0 }));
    ui.framesUntil(() => ui.reply(past) !== undefined);
    expect(ui.reply(past)).toEqual({ kind: 'sought', nowMs: ui.clock.startMs, cancelled: false });
    const future = await ask(host, (id) => ({ type: 'seek', id, atMs: endMs + 1_000_000 }));
    ui.framesUntil(() => ui.reply(future) !== undefined);
    // Forward within the history runs as a jump, but is answered as the seek it was.
    expect(ui.reply(future)).toEqual({ kind: 'sought', nowMs: endMs, cancelled: false });
  });
});

describe('reset and reload', () => {
  it('reset throws the run away and starts the preset with the given seed', async () => {
    const { ui, host } = await started();
    await command(host, { type: 'kill-broker', id: 1 });
    await jump(ui, host, 1000);
    const id = await ask(host, (i) => ({ type: 'reset', id: i, preset: 'hot-key', seed: 9 }));
    expect(ui.reply(id)).toEqual({ kind: 'reset', seed: 9, preset: 'hot-key' });
    expect(ui.messages.at(-1)?.type).toBe('snapshot');
    expect(ui.clock).toMatchObject({ seed: 9, preset: 'hot-key', commandCount: 0, playing: false });
    expect(ui.clock.nowMs).toBe(ui.clock.startMs);
    expect(ui.record('topic:orders')).toBeUndefined();
    expect(ui.record('topic:clicks')).toBeDefined();
    expect(ui.record('broker:1')).toMatchObject({ status: 'running' });
    await host.persisted();
    expect(await ui.store.getMeta(SESSION_META_KEY)).toMatchObject({
      seed: 9,
      preset: 'hot-key',
      commands: [],
      future: [],
    });
  });

  it('a reload (a new host on the same store) replays the saved run to the same picture', async () => {
    const first = new FakeUi();
    const { host } = await started(first, 42);
    await command(host, autoProduce(20));
    await command(host, { type: 'add-member', groupId: 'g', topics: ['orders'], assignor: 'range' });
    await jump(first, host, 3000);
    await command(host, { type: 'kill-broker', id: 2 });
    await jump(first, host, 2000);
    await host.persisted();
    const saved = first.cluster();
    const clock = first.clock;

    const second = new FakeUi(first.store);
    const reloaded = second.host(999);
    reloaded.receive({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    await reloaded.persisted();
    second.framesUntil(() => second.count('snapshot') > 0);
    expect(second.clock).toEqual(clock);
    expect(second.cluster()).toEqual(saved);
    expect(second.persistence).toMatchObject({ restored: true, notSaved: null });
    // And it goes on from there.
    const id = await command(reloaded, { type: 'start-broker', id: 2 });
    expect(second.reply(id)).toEqual({ kind: 'done' });
  });
});

describe('bad requests', () => {
  it('answer malformed messages and refused commands with an error, changing nothing', async () => {
    const { ui, host } = await started();
    await command(host, { type: 'kill-broker', id: 3 });
    ui.frame();
    await host.persisted();
    const before = ui.cluster();
    const savedBefore = await ui.store.getMeta(SESSION_META_KEY);
    const patches = ui.count('patch');

    host.receive('garbage');
    const wrongShape = await ask(host, (id) => ({
      type: 'command',
      id,
      command: { type: 'kill-broker', id: 'x' } as unknown as SessionCommand,
    }));
    const badName = await command(host, { type: 'create-topic', name: 'bad name!', options: {} });
    const exists = await command(host, { type: 'create-topic', name: 'orders', options: {} });
    const unknownBroker = await command(host, { type: 'kill-broker', id: 9 });
    const dead = await command(host, { type: 'kill-broker', id: 3 });
    ui.frame();
    await host.persisted();

    expect(ui.errors()).toEqual([
      { type: 'error', code: 'INVALID_REQUEST', message: 'a message must be an object' },
      {
        type: 'error',
        id: wrongShape,
        code: 'INVALID_REQUEST',
        message: 'id must be a whole number in [0, 1000000], got x',
      },
      {
        type: 'error',
        id: badName,
        code: 'INVALID_TOPIC_EXCEPTION',
        message:
          "Topic name is invalid: 'bad name!' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
      },
      { type: 'error', id: exists, code: 'TOPIC_ALREADY_EXISTS', message: "Topic 'orders' already exists." },
      {
        type: 'error',
        id: unknownBroker,
        code: 'INVALID_REQUEST',
        message: 'No broker with id 9 (brokers are 1, 2, 3)',
      },
      { type: 'error', id: dead, code: 'INVALID_REQUEST', message: 'Broker 3 is not running' },
    ]);
    for (const id of [wrongShape, badName, exists, unknownBroker, dead]) expect(ui.reply(id)).toBeUndefined();
    expect(ui.count('patch')).toBe(patches);
    expect(ui.cluster()).toEqual(before);
    expect(ui.clock.commandCount).toBe(1);
    expect(await ui.store.getMeta(SESSION_META_KEY)).toEqual(savedBefore);

    // And the host still works.
    const ok = await command(host, { type: 'start-broker', id: 3 });
    expect(ui.reply(ok)).toEqual({ kind: 'done' });
  });
});

describe('storage', () => {
  it('runs in memory, saying another tab owns the cluster, when the store is locked', async () => {
    const locked = Object.assign(new Error('another tab holds kafkascope-cluster'), { name: CLUSTER_LOCKED });
    const { ui, host } = await started(new FakeUi(new MemorySegmentStore(), locked));
    expect(ui.persistence.notSaved).toEqual({
      reason: 'other-tab',
      detail: 'another tab holds kafkascope-cluster',
    });
    const id = await command(host, { type: 'kill-broker', id: 1 });
    expect(ui.reply(id)).toEqual({ kind: 'done' });
    await jump(ui, host, 1000);
    expect(ui.persistence).toMatchObject({ bytesWritten: 0, flushes: 0 });
    expect(await ui.store.getMeta(SESSION_META_KEY)).toBeUndefined();
  });

  it('runs in memory when there is no storage at all', async () => {
    const { ui } = await started(
      new FakeUi(new MemorySegmentStore(), new Error('IndexedDB is not available')),
    );
    expect(ui.persistence.notSaved).toEqual({ reason: 'no-storage', detail: 'IndexedDB is not available' });
  });

  it('saves the brokers’ files and the run as it goes', async () => {
    const { ui, host } = await started();
    await command(host, autoProduce(50));
    await jump(ui, host, 2000);
    await host.persisted();
    const saved = (await ui.store.getMeta(SESSION_META_KEY)) as { commands: unknown[]; nowMs: number };
    expect(saved.commands).toHaveLength(1);
    expect(saved.nowMs).toBe(ui.clock.nowMs);
    const files = await ui.store.listFiles();
    expect(files.some((f) => f.path.endsWith('.log') && f.size > 0)).toBe(true);
    ui.frame();
    expect(ui.persistence.bytesWritten).toBeGreaterThan(0);
    expect(ui.persistence.flushes).toBeGreaterThan(0);
  });
});
