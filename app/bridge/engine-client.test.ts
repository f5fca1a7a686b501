import { describe, expect, it } from 'vitest';
import type { ClockRecord } from '../../engine/view/types';
import type { EngineToUi, UiToEngine } from '../../engine/worker/protocol';
import { PROTOCOL_VERSION } from '../../engine/worker/protocol';
import { selectClock } from '../store/selectors';
import { createAppStore } from '../store/store';
import { connectEngine, EngineError, type EnginePort } from './engine-client';

/** A worker stand-in: records what the UI posts and lets the test answer. */
class FakePort implements EnginePort {
  readonly posted: UiToEngine[] = [];
  private onMessage: ((event: MessageEvent<EngineToUi>) => void) | undefined;
  private onError: ((event: ErrorEvent) => void) | undefined;
  terminated = false;

  postMessage(message: UiToEngine): void {
    this.posted.push(message);
  }

  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.onMessage = listener;
    else this.onError = listener;
  }

  terminate(): void {
    this.terminated = true;
  }

  send(message: EngineToUi): void {
    this.onMessage?.({ data: message } as MessageEvent<EngineToUi>);
  }

  fail(message: string): void {
    this.onError?.({ message } as ErrorEvent);
  }

  /** The id of the last request of this type the UI posted. */
  lastId(type: UiToEngine['type']): number {
    const m = [...this.posted].reverse().find((p) => p.type === type);
    if (!m || !('id' in m)) throw new Error(`no ${type} request`);
    return m.id;
  }

  count(type: UiToEngine['type']): number {
    return this.posted.filter((m) => m.type === type).length;
  }
}

const clock = (nowMs: number): ClockRecord => ({
  kind: 'clock',
  id: 'clock',
  nowMs,
  startMs: 0,
  historyEndMs: nowMs,
  seed: 1,
  preset: 'classroom',
  commandCount: 0,
  playing: false,
  speed: 1,
  busyUntilMs: -1,
  busyKind: 'none',
  lagging: false,
});

function connected() {
  const port = new FakePort();
  const store = createAppStore();
  const client = connectEngine(store, port);
  port.send({ type: 'snapshot', protocolVersion: PROTOCOL_VERSION, seq: 1, state: { records: [clock(1)] } });
  return { port, store, client };
}

describe('connectEngine', () => {
  it('says init first and mirrors snapshots and patches into the store', () => {
    const port = new FakePort();
    const store = createAppStore();
    connectEngine(store, port);
    expect(port.posted).toEqual([{ type: 'init', protocolVersion: PROTOCOL_VERSION }]);
    port.send({
      type: 'snapshot',
      protocolVersion: PROTOCOL_VERSION,
      seq: 1,
      state: { records: [clock(1)] },
    });
    port.send({ type: 'patch', seq: 2, diff: { added: [], updated: [clock(2)], removed: [] } });
    expect(store.getState().seq).toBe(2);
    expect(selectClock(store.getState())).toEqual(clock(2));
  });

  it('asks for a fresh snapshot when a patch is missing, applying nothing meanwhile', () => {
    const { port, store } = connected();
    port.send({ type: 'patch', seq: 3, diff: { added: [], updated: [clock(3)], removed: [] } });
    expect(port.count('init')).toBe(2);
    expect(selectClock(store.getState())?.nowMs).toBe(1);
    port.send({
      type: 'snapshot',
      protocolVersion: PROTOCOL_VERSION,
      seq: 4,
      state: { records: [clock(4)] },
    });
    port.send({ type: 'patch', seq: 5, diff: { added: [], updated: [clock(5)], removed: [] } });
    expect(selectClock(store.getState())?.nowMs).toBe(5);
    expect(port.count('init')).toBe(2);
  });

  it('refuses a snapshot in another protocol version, saying so', () => {
    const port = new FakePort();
    const store = createAppStore();
    connectEngine(store, port);
    port.send({
      type: 'snapshot',
      protocolVersion: PROTOCOL_VERSION + 1,
      seq: 1,
      state: { records: [clock(1)] },
    });
    expect(store.getState().connected).toBe(false);
    expect(store.getState().lastError?.code).toBe('PROTOCOL_MISMATCH');
  });

  it('resolves a command with its reply and rejects a refused one with Kafka’s error name and text', async () => {
    const { port, store, client } = connected();
    const ok = client.command({ type: 'kill-broker', id: 2 });
    const okId = port.lastId('command');
    const bad = client.command({ type: 'create-topic', name: 'bad name!', options: {} });
    const badId = port.lastId('command');
    expect(port.posted.at(-1)).toEqual({
      type: 'command',
      id: badId,
      command: { type: 'create-topic', name: 'bad name!', options: {} },
    });
    expect(okId).not.toBe(badId);
    expect(store.getState().inFlight).toBe(2);

    port.send({
      type: 'error',
      id: badId,
      code: 'INVALID_TOPIC_EXCEPTION',
      message: 'Topic name is invalid',
    });
    await expect(bad).rejects.toEqual(new EngineError('INVALID_TOPIC_EXCEPTION', 'Topic name is invalid'));
    await expect(bad).rejects.toBeInstanceOf(EngineError);
    expect(store.getState().inFlight).toBe(1);
    port.send({ type: 'reply', id: okId, result: { kind: 'done' } });
    await expect(ok).resolves.toEqual({ kind: 'done' });
    expect(store.getState().inFlight).toBe(0);
    // An answer to a request already settled (or never made) is ignored.
    port.send({ type: 'reply', id: okId, result: { kind: 'done' } });
    expect(store.getState().inFlight).toBe(0);
    // A request's error is the promise's, not the error banner's.
    expect(store.getState().lastError).toBeNull();
  });

  it('counts state-changing requests in flight, not reads', async () => {
    const { port, store, client } = connected();
    const replica = { topic: 'orders', partition: 0, brokerId: 1 };
    const read = client.readRecords(replica, 0, 10);
    expect(port.posted.at(-1)).toMatchObject({ type: 'readRecords', uncommitted: true, maxRecords: 10 });
    const step = client.step();
    expect(store.getState().inFlight).toBe(0);
    const jump = client.jump(60_000);
    const seek = client.seek(5);
    const reset = client.reset('hot-key', 7);
    expect(port.posted.at(-1)).toMatchObject({ type: 'reset', preset: 'hot-key', seed: 7 });
    expect(store.getState().inFlight).toBe(3);

    const page = {
      ...replica,
      fromOffset: 0,
      records: [],
      nextOffset: 0,
      logStartOffset: 0,
      logEndOffset: 0,
      highWatermark: 0,
    };
    port.send({ type: 'reply', id: port.lastId('readRecords'), result: { kind: 'records', page } });
    port.send({
      type: 'reply',
      id: port.lastId('step'),
      result: { kind: 'stepped', nowMs: 3, happened: true },
    });
    port.send({
      type: 'reply',
      id: port.lastId('jump'),
      result: { kind: 'jumped', nowMs: 9, cancelled: false },
    });
    port.send({
      type: 'reply',
      id: port.lastId('seek'),
      result: { kind: 'sought', nowMs: 5, cancelled: true },
    });
    port.send({
      type: 'reply',
      id: port.lastId('reset'),
      result: { kind: 'reset', seed: 7, preset: 'hot-key' },
    });
    await expect(read).resolves.toEqual({ kind: 'records', page });
    await expect(step).resolves.toMatchObject({ kind: 'stepped', nowMs: 3 });
    await expect(jump).resolves.toMatchObject({ kind: 'jumped', nowMs: 9 });
    await expect(seek).resolves.toMatchObject({ kind: 'sought', cancelled: true });
    await expect(reset).resolves.toMatchObject({ kind: 'reset', seed: 7 });
    expect(store.getState().inFlight).toBe(0);
  });

  it('rejects a reply of the wrong kind', async () => {
    const { port, client } = connected();
    const seek = client.seek(5);
    port.send({
      type: 'reply',
      id: port.lastId('seek'),
      result: { kind: 'jumped', nowMs: 5, cancelled: false },
    });
    await expect(seek).rejects.toEqual(new EngineError('INTERNAL', 'expected a sought reply, got jumped'));
  });

  it('posts fire-and-forget messages as they are', () => {
    const { port, client } = connected();
    client.playback(true, 0.1);
    client.watch(['orders-0']);
    client.cancel();
    expect(port.posted.slice(-3)).toEqual([
      { type: 'playback', playing: true, speed: 0.1 },
      { type: 'watch', partitions: ['orders-0'] },
      { type: 'cancel' },
    ]);
  });

  it('shows errors that belong to no request, and a failed worker', () => {
    const { port, store } = connected();
    port.send({ type: 'error', code: 'INVALID_REQUEST', message: 'a message must be an object' });
    expect(store.getState().lastError).toEqual({
      code: 'INVALID_REQUEST',
      message: 'a message must be an object',
    });
    port.fail('boom');
    expect(store.getState().lastError).toEqual({ code: 'INTERNAL', message: 'boom' });
  });

  it('dispose rejects what is pending and stops the worker', async () => {
    const { port, store, client } = connected();
    const pending = client.command({ type: 'heal' });
    client.dispose();
    await expect(pending).rejects.toEqual(new EngineError('NOT_READY', 'engine stopped'));
    expect(port.terminated).toBe(true);
    expect(store.getState().inFlight).toBe(0);
  });
});
