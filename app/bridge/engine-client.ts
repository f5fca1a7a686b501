/**
 * The UI's side of the worker boundary: starts the engine worker, keeps the store's mirror in step with
 * snapshots and patches, and turns request/reply pairs into promises. Views call it through
 * `useEngine()`; nothing else in `app/` talks to the worker.
 *
 * @example
 *   const client = connectEngine(store);
 *   await client.command({ type: 'kill-broker', id: 2 }); // { kind: 'done' }
 */
import type { PresetName, ViewDiff } from '../../engine/view/types';
import type {
  EngineErrorCode,
  EngineToUi,
  ReplicaRef,
  ReplyResult,
  RequestId,
  SessionCommand,
  UiToEngine,
} from '../../engine/worker/protocol';
import { PROTOCOL_VERSION } from '../../engine/worker/protocol';
import type { AppStore } from '../store/store';

/** A rejected command: Kafka's error name where it has one, and the engine's text. */
export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

type Result<K extends ReplyResult['kind']> = Extract<ReplyResult, { kind: K }>;

/** Anything that carries messages both ways like a Worker (a fake one in tests). */
export interface EnginePort {
  postMessage(message: UiToEngine): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineToUi>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface EngineClient {
  /** A recorded command (changes the cluster). Rejects with Kafka's error name and text when refused. */
  command(command: SessionCommand): Promise<Result<'done'>>;
  playback(playing: boolean, speed: number): void;
  step(): Promise<Result<'stepped'>>;
  jump(ms: number): Promise<Result<'jumped'>>;
  seek(atMs: number): Promise<Result<'sought'>>;
  cancel(): void;
  /** Partitions (`topic-p`) whose segments the engine should send. */
  watch(partitions: readonly string[]): void;
  reset(preset: PresetName, seed?: number): Promise<Result<'reset'>>;
  readRecords(
    replica: ReplicaRef,
    fromOffset: number,
    maxRecords: number,
    uncommitted?: boolean,
  ): Promise<Result<'records'>>;
  readBatchBytes(replica: ReplicaRef, offset: number): Promise<Result<'batchBytes'>>;
  lookupOffset(replica: ReplicaRef, offset: number): Promise<Result<'lookup'>>;
  dispose(): void;
}

interface Pending {
  resolve: (result: ReplyResult) => void;
  reject: (error: EngineError) => void;
  /** Counted in the store's `inFlight` (state-changing commands; reads are not). */
  counted: boolean;
}

/** Patches held for the next animation frame at most; past this (a hidden tab) they apply at once. */
const MAX_QUEUED_PATCHES = 120;

/** The worker is its own chunk: Vite bundles the URL below separately, never into the main one. */
export function startEngineWorker(): EnginePort {
  return new Worker(new URL('../../engine/worker/worker.ts', import.meta.url), {
    type: 'module',
    name: 'kafkascope-engine',
  }) as unknown as EnginePort;
}

export function connectEngine(store: AppStore, port: EnginePort = startEngineWorker()): EngineClient {
  const pending = new Map<RequestId, Pending>();
  let nextId = 1;

  const init = () => port.postMessage({ type: 'init', protocolVersion: PROTOCOL_VERSION });

  port.addEventListener('message', (event) => {
    const msg = event.data;
    switch (msg.type) {
      case 'snapshot':
        if (msg.protocolVersion !== PROTOCOL_VERSION) {
          store.getState().showError({ code: 'PROTOCOL_MISMATCH', message: `engine ${msg.protocolVersion}` });
          return;
        }
        store.getState().applySnapshot(msg.seq, msg.state);
        // Patches queued before it are part of the picture it replaces.
        queued = queued.filter((p) => p.seq > msg.seq);
        return;
      case 'patch':
        queuePatch(msg.seq, msg.diff);
        return;
      case 'reply':
        settle(msg.id, (p) => p.resolve(msg.result));
        return;
      case 'error':
        if (msg.id !== undefined && pending.has(msg.id)) {
          settle(msg.id, (p) => p.reject(new EngineError(msg.code, msg.message)));
        } else {
          store.getState().showError({ code: msg.code, message: msg.message });
        }
        return;
    }
  });
  port.addEventListener('error', (event) => {
    store.getState().showError({ code: 'INTERNAL', message: event.message || 'worker failed' });
  });

  // Patches that arrive within one frame (the worker's frames and ours are not in step) are applied
  // together before the next paint: one store update, one React render, instead of one per message.
  let queued: Array<{ seq: number; diff: ViewDiff }> = [];
  let flushScheduled = false;
  function queuePatch(seq: number, diff: ViewDiff) {
    queued.push({ seq, diff });
    if (flushScheduled && queued.length < MAX_QUEUED_PATCHES) return;
    // No animation frames (Node tests), or none for a while (a hidden tab): apply now.
    if (typeof requestAnimationFrame === 'undefined' || queued.length >= MAX_QUEUED_PATCHES) {
      flushPatches();
      return;
    }
    flushScheduled = true;
    requestAnimationFrame(flushPatches);
  }
  function flushPatches() {
    flushScheduled = false;
    const patches = queued;
    queued = [];
    // A gap means a lost or reordered message: ask for the whole picture again.
    if (!store.getState().applyPatches(patches)) init();
  }

  function settle(id: RequestId, f: (p: Pending) => void) {
    const p = pending.get(id);
    if (p === undefined) return;
    pending.delete(id);
    if (p.counted) store.getState().adjustInFlight(-1);
    f(p);
  }

  function call<K extends ReplyResult['kind']>(
    kind: K,
    message: (id: RequestId) => UiToEngine,
  ): Promise<Result<K>> {
    const counted = kind === 'done' || kind === 'jumped' || kind === 'sought' || kind === 'reset';
    const id = nextId++;
    return new Promise<Result<K>>((resolve, reject) => {
      pending.set(id, {
        resolve: (result) =>
          result.kind === kind
            ? resolve(result as Result<K>)
            : reject(new EngineError('INTERNAL', `expected a ${kind} reply, got ${result.kind}`)),
        reject,
        counted,
      });
      if (counted) store.getState().adjustInFlight(1);
      port.postMessage(message(id));
    });
  }

  init();
  return {
    command: (command) => call('done', (id) => ({ type: 'command', id, command })),
    playback: (playing, speed) => port.postMessage({ type: 'playback', playing, speed }),
    step: () => call('stepped', (id) => ({ type: 'step', id })),
    jump: (ms) => call('jumped', (id) => ({ type: 'jump', id, ms })),
    seek: (atMs) => call('sought', (id) => ({ type: 'seek', id, atMs })),
    cancel: () => port.postMessage({ type: 'cancel' }),
    watch: (partitions) => port.postMessage({ type: 'watch', partitions: [...partitions] }),
    reset: (preset, seed) =>
      call('reset', (id) =>
        seed === undefined ? { type: 'reset', id, preset } : { type: 'reset', id, preset, seed },
      ),
    readRecords: (replica, fromOffset, maxRecords, uncommitted = true) =>
      call('records', (id) => ({ type: 'readRecords', id, replica, fromOffset, maxRecords, uncommitted })),
    readBatchBytes: (replica, offset) =>
      call('batchBytes', (id) => ({ type: 'readBatchBytes', id, replica, offset })),
    lookupOffset: (replica, offset) =>
      call('lookup', (id) => ({ type: 'lookupOffset', id, replica, offset })),
    dispose: () => {
      for (const id of [...pending.keys()])
        settle(id, (p) => p.reject(new EngineError('NOT_READY', 'engine stopped')));
      port.terminate();
    },
  };
}
