import { describe, expect, it } from 'vitest';
import type { EngineToUi, UiToEngine } from '../../engine/worker/protocol';
import { PROTOCOL_VERSION } from '../../engine/worker/protocol';
import { createAppStore } from '../store/store';
import { connectEngine, EngineError, type EnginePort } from './engine-client';

/** A worker stand-in: records what the UI posts and lets the test answer. */
class FakePort implements EnginePort {
  readonly posted: UiToEngine[] = [];
  private listener: ((event: MessageEvent<EngineToUi>) => void) | undefined;
  terminated = false;

  postMessage(message: UiToEngine): void {
    this.posted.push(message);
  }

  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.listener = listener;
  }

  terminate(): void {
    this.terminated = true;
  }

  send(message: EngineToUi): void {
    this.listener?.({ data: message } as MessageEvent<EngineToUi>);
  }
}

const clock = (nowMs: number) => ({ kind: 'clock' as const, id: 'clock', nowMs, seed: 1, commandCount: 0 });

describe('connectEngine', () => {
  it('says init first and mirrors snapshots and patches into the store', () => {
    const port = new FakePort();
    const store = createAppStore();
    connectEngine(store, port);
    expect(port.posted[0]).toEqual({ type: 'init', protocolVersion: PROTOCOL_VERSION });
    port.send({
      type: 'snapshot',
      protocolVersion: PROTOCOL_VERSION,
      seq: 1,
      state: { records: [clock(1)] },
    });
    port.send({ type: 'patch', seq: 2, diff: { added: [], updated: [clock(2)], removed: [] } });
    expect(store.getState().records.get('clock')).toEqual(clock(2));
  });

  it('asks for a fresh snapshot when a patch is missing', () => {
    const port = new FakePort();
    const store = createAppStore();
    connectEngine(store, port);
    port.send({
      type: 'snapshot',
      protocolVersion: PROTOCOL_VERSION,
      seq: 1,
      state: { records: [clock(1)] },
    });
    port.send({ type: 'patch', seq: 3, diff: { added: [], updated: [clock(3)], removed: [] } });
    expect(port.posted.filter((m) => m.type === 'init')).toHaveLength(2);
    expect(store.getState().records.get('clock')).toEqual(clock(1));
  });

  it('resolves replies and rejects errors by request id', async () => {
    const port = new FakePort();
    const store = createAppStore();
    const client = connectEngine(store, port);
    const ok = client.produce('k', 'v');
    const bad = client.produce('k', 'x'.repeat(10));
    expect(store.getState().inFlight).toBe(2);
    const [first, second] = port.posted.slice(1) as Array<Extract<UiToEngine, { type: 'produce' }>>;
    port.send({
      type: 'reply',
      id: first?.id ?? -1,
      result: { kind: 'produced', offset: 0, logEndOffset: 1, timestampMs: 5 },
    });
    port.send({ type: 'error', id: second?.id ?? -1, code: 'RECORD_LIST_TOO_LARGE', message: 'too big' });
    await expect(ok).resolves.toMatchObject({ offset: 0 });
    await expect(bad).rejects.toEqual(new EngineError('RECORD_LIST_TOO_LARGE', 'too big'));
    expect(store.getState().inFlight).toBe(0);
  });

  it('shows errors that belong to no request', () => {
    const port = new FakePort();
    const store = createAppStore();
    connectEngine(store, port);
    port.send({ type: 'error', code: 'INVALID_REQUEST', message: 'unknown message type' });
    expect(store.getState().lastError).toEqual({ code: 'INVALID_REQUEST', message: 'unknown message type' });
  });
});
