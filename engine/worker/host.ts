/**
 * Hosts one simulation behind the worker boundary (protocol.ts). Everything asynchronous lives here:
 * opening and restoring the store, cold chunk loads, background flushes, frame pacing. The simulation
 * it drives ({@link HostedSimulation}) is synchronous and never waits for I/O, so the same commands
 * give the same state however fast the disk is.
 *
 * - Commands run one at a time, in arrival order (a promise chain), so a read waiting for a cold
 *   chunk never interleaves with a produce.
 * - After each state-changing command the persister is asked to flush (not awaited) and a patch is
 *   scheduled for the next frame; patches are diffs against what the UI last got, so they squash.
 * - A bad message or a rejected command answers with `error` and changes nothing.
 *
 * Environment (worker globals, the store, seeds) comes in through {@link HostEnvironment}, so Node
 * tests drive the same host with a MemorySegmentStore and a hand-cranked frame.
 */
import { ColdChunkError } from '../log/chunked-file';
import { LogError } from '../log/log-errors';
import { loadChunk } from '../storage/loader';
import { MemorySegmentStore } from '../storage/memory-store';
import type { SegmentStore } from '../storage/segment-store';
import { diffRecords, indexRecords, isEmptyDiff, type RecordMap } from '../view/diff';
import type { NotSavedReason, ViewRecord } from '../view/types';
import { type HostedSimulation, InvalidCommandError, type SimulationFactory } from './hosted-simulation';
import {
  type EngineErrorCode,
  type EngineToUi,
  PROTOCOL_VERSION,
  type ReplyResult,
  type RequestId,
  type UiToEngine,
} from './protocol';
import { parseUiMessage } from './validate';

export interface HostEnvironment {
  post(message: EngineToUi, transfer?: ArrayBuffer[]): void;
  /** Runs `callback` once before the next frame is drawn (a test calls it by hand). */
  requestFrame(callback: () => void): void;
  /** The store this run lives in between page loads. */
  openStore(): Promise<SegmentStore>;
  /** A seed for a brand-new run (the worker takes it from crypto; tests fix it). */
  newSeed(): number;
  /** Wall-clock ms for timing flushes only; never reaches the simulation. */
  wallClockMs?: () => number;
}

/** Reads that loop over cold chunks give up after this many loads (a bug, not a real read). */
const MAX_COLD_LOADS = 10_000;

/** The error name `openStore` rejects with when another tab holds the saved cluster. */
export const CLUSTER_LOCKED = 'ClusterLockedError';

export class EngineHost {
  private sim: HostedSimulation | undefined;
  private store: SegmentStore | undefined;
  /** The saved store when its run could not be read: kept untouched until the user resets. */
  private unreadableStore: SegmentStore | undefined;
  private queue: Promise<void>;
  /** What the UI holds: the last snapshot plus every patch since. Undefined until the first `init`. */
  private lastSent: RecordMap | undefined;
  private seq = 0;
  private frameRequested = false;

  constructor(
    private readonly env: HostEnvironment,
    private readonly createSimulation: SimulationFactory,
  ) {
    this.queue = this.start();
  }

  /** Entry point for every message from the UI. Never throws. */
  receive(data: unknown): void {
    const parsed = parseUiMessage(data);
    if (!parsed.ok) {
      this.postError(parsed.id, 'INVALID_REQUEST', parsed.reason);
      return;
    }
    const message = parsed.message;
    this.queue = this.queue
      .then(() => this.handle(message))
      .catch((error: unknown) => this.postError(requestIdOf(message), codeOf(error), messageOf(error)));
  }

  /** Resolves when every command received so far has been handled (tests). */
  async settled(): Promise<void> {
    await this.queue;
  }

  /** Resolves when the store holds everything so far (tests). */
  async persisted(): Promise<void> {
    await this.queue;
    await this.sim?.idle();
  }

  private async start(): Promise<void> {
    let store: SegmentStore;
    let notSaved: NotSavedReason | null = null;
    try {
      store = await this.env.openStore();
    } catch (error) {
      // Another tab owns the saved cluster, or no IndexedDB (private mode, quota, old browser): run in
      // memory, say so, keep going.
      store = new MemorySegmentStore();
      const reason = error instanceof Error && error.name === CLUSTER_LOCKED ? 'other-tab' : 'no-storage';
      notSaved = { reason, detail: messageOf(error) };
    }
    this.store = store;
    try {
      this.sim = await this.createSimulation.restore(store, this.env);
    } catch (error) {
      // Unreadable saved state: never erase it (a fixed or newer version may read it). This session
      // runs in memory and says why; only an explicit reset erases the saved run and saves anew.
      notSaved = { reason: 'unreadable', detail: messageOf(error) };
      this.unreadableStore = store;
      store = new MemorySegmentStore();
      this.store = store;
      this.sim = undefined;
    }
    if (this.sim === undefined) {
      this.sim = this.createSimulation.fresh(store, this.env.newSeed(), this.env);
      // Saved at once, so a reload before the first command keeps this run's seed.
      void this.sim.persist().then(() => this.schedulePatch());
    }
    if (notSaved !== null) this.sim.noteNotSaved(notSaved);
  }

  private async handle(message: UiToEngine): Promise<void> {
    const sim = this.sim;
    if (sim === undefined) throw new Error('engine failed to start');
    switch (message.type) {
      case 'init':
        if (message.protocolVersion !== PROTOCOL_VERSION) {
          this.postError(
            undefined,
            'PROTOCOL_MISMATCH',
            `UI speaks ${message.protocolVersion}, engine ${PROTOCOL_VERSION}`,
          );
        }
        this.sendSnapshot();
        return;
      case 'produce': {
        // Two steps, each retried alone on a cold chunk: a retried catch-up must never append twice.
        const result = await this.withColdChunks(sim, () =>
          sim.produce(message.key, message.value, message.headers ?? []),
        );
        await this.withColdChunks(sim, () => sim.catchUp());
        this.reply(message.id, { kind: 'produced', ...result });
        this.changed(sim);
        return;
      }
      case 'advanceTime': {
        sim.advanceTime(message.ms);
        const nowMs = await this.withColdChunks(sim, () => sim.catchUp());
        this.reply(message.id, { kind: 'advanced', nowMs });
        this.changed(sim);
        return;
      }
      case 'reset':
        await this.reset(sim, message.id, message.seed);
        return;
      case 'readRecords': {
        const page = await this.withColdChunks(sim, () =>
          sim.readRecords(message.fromOffset, message.maxRecords),
        );
        this.reply(message.id, { kind: 'records', page });
        this.schedulePatch(); // the page cache counted hits/misses
        return;
      }
      case 'readBatchBytes': {
        const batch = await this.withColdChunks(sim, () => sim.readBatchBytes(message.offset));
        this.reply(message.id, { kind: 'batchBytes', ...batch }, [batch.bytes.buffer as ArrayBuffer]);
        this.schedulePatch();
        return;
      }
    }
  }

  private async reset(sim: HostedSimulation, id: RequestId, seed: number | undefined): Promise<void> {
    // A reset is the user's word to erase a saved run this version could not read, and save again.
    const store = this.unreadableStore ?? this.store;
    if (store === undefined) throw new Error('engine failed to start');
    this.unreadableStore = undefined;
    this.store = store;
    // Let the last flush land first, or it would write the old run into the cleared store.
    await sim.idle();
    sim.dispose();
    await store.clear();
    const next = this.createSimulation.fresh(store, seed ?? this.env.newSeed(), this.env);
    this.sim = next;
    next.persist();
    this.sendSnapshot();
    this.reply(id, { kind: 'reset', seed: next.seed });
  }

  /** Runs a synchronous step; on a cold chunk, loads it from the store and runs the step again. */
  private async withColdChunks<T>(sim: HostedSimulation, step: () => T): Promise<T> {
    const store = this.store;
    if (store === undefined) throw new Error('engine failed to start');
    for (let loads = 0; loads < MAX_COLD_LOADS; loads++) {
      try {
        return step();
      } catch (error) {
        if (!(error instanceof ColdChunkError)) throw error;
        await loadChunk(store, error.file, error.chunkIndex, sim.chunkLoadOptions());
      }
    }
    throw new Error('a read kept finding cold chunks');
  }

  /** After a state change: persist behind the simulation, redraw at the next frame. */
  private changed(sim: HostedSimulation): void {
    sim.persist().then(() => this.schedulePatch());
    this.schedulePatch();
  }

  private sendSnapshot(): void {
    const sim = this.sim;
    if (sim === undefined) return;
    const records: ViewRecord[] = sim.view();
    this.lastSent = indexRecords(records);
    this.seq += 1;
    this.env.post({ type: 'snapshot', protocolVersion: PROTOCOL_VERSION, seq: this.seq, state: { records } });
  }

  private schedulePatch(): void {
    if (this.frameRequested || this.lastSent === undefined) return;
    this.frameRequested = true;
    this.env.requestFrame(() => {
      this.frameRequested = false;
      this.sendPatch();
    });
  }

  /** One patch for everything since the last message: a diff of whole pictures squashes by itself. */
  private sendPatch(): void {
    const sim = this.sim;
    if (sim === undefined || this.lastSent === undefined) return;
    let next: RecordMap;
    try {
      next = indexRecords(sim.view());
    } catch (error) {
      // A view that needs a cold chunk: skip this frame; the next command or flush schedules another.
      if (error instanceof ColdChunkError) return;
      throw error;
    }
    const diff = diffRecords(this.lastSent, next);
    if (isEmptyDiff(diff)) return;
    this.lastSent = next;
    this.seq += 1;
    this.env.post({ type: 'patch', seq: this.seq, diff });
  }

  private reply(id: RequestId, result: ReplyResult, transfer?: ArrayBuffer[]): void {
    this.env.post({ type: 'reply', id, result }, transfer);
  }

  private postError(id: RequestId | undefined, code: EngineErrorCode, message: string): void {
    this.env.post(id === undefined ? { type: 'error', code, message } : { type: 'error', id, code, message });
  }
}

function requestIdOf(message: UiToEngine): RequestId | undefined {
  return 'id' in message ? message.id : undefined;
}

/** Kafka's error name for a log error; INVALID_REQUEST for a command the simulation refused. */
function codeOf(error: unknown): EngineErrorCode {
  if (error instanceof LogError) return error.code;
  if (error instanceof InvalidCommandError) return 'INVALID_REQUEST';
  return 'INTERNAL';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
