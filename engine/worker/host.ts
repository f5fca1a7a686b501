/**
 * Hosts one {@link Session} behind the worker boundary (protocol.ts). Everything that depends on wall
 * time lives here: playback (simulated ms per real ms), jumps and replays spread over frames within a
 * time budget, one patch per frame, and saving to the store. The session itself is synchronous and
 * deterministic; the host only decides how much simulated time passes per frame, which never changes
 * what happens (the session stops only between milliseconds, see `Session.advanceTo`).
 *
 * History: the session's commands are the past; after a rewind (`seek`) the commands that had come
 * later are kept as the recorded future and re-applied at their times if time moves on. Any new
 * command while rewound drops that future: a fork, as in RaftScope.
 *
 * Environment (worker globals, the store, seeds, wall clock) comes in through {@link HostEnvironment},
 * so Node tests drive the same host with a memory store and hand-cranked frames.
 */
import { KafkaError } from '../cluster/errors';
import { ConfigException } from '../log/config-parse';
import { LogError } from '../log/log-errors';
import type { SessionCommand, StampedSessionCommand } from '../session/commands';
import { lookupOffset, readBatchBytes, readRecords } from '../session/replica-reads';
import { Session, SessionReplay } from '../session/session';
import { buildSessionView, type PlaybackView, SessionViewCache } from '../session/session-view';
import { FileIds } from '../storage/file-ids';
import { LogPersister } from '../storage/persister';
import type { SegmentStore } from '../storage/segment-store';
import { diffRecords, indexRecords, isEmptyDiff, type RecordMap } from '../view/diff';
import { type NotSavedReason, PERSISTENCE_ID, type PresetName, type ViewRecord } from '../view/types';
import { type EngineToUi, PROTOCOL_VERSION, type RequestId, type UiToEngine } from './protocol';
import { isPreset, parseUiMessage } from './validate';

export interface HostEnvironment {
  post(message: EngineToUi, transfer?: ArrayBuffer[]): void;
  /** Runs `callback` once before the next frame is drawn (a test calls it by hand). */
  requestFrame(callback: () => void): void;
  /** The store this run lives in between page loads (rejects with {@link CLUSTER_LOCKED} if another tab owns it). */
  openStore(): Promise<SegmentStore>;
  /** A seed for a brand-new run (the worker takes it from crypto; tests fix it). */
  newSeed(): number;
  /** Wall-clock ms: frame pacing and budgets only; never reaches the simulation. */
  wallClockMs(): number;
}

/** The error name `openStore` rejects with when another tab holds the saved cluster. */
export const CLUSTER_LOCKED = 'ClusterLockedError';
/** The meta key of the saved run. */
export const SESSION_META_KEY = 'session';
const SAVED_VERSION = 1;
/** Wall ms of simulation work per frame while playing (the rest of the frame is the UI's). */
const PLAY_BUDGET_MS = 10;
/** Wall ms per frame for jumps and replays (the UI shows progress meanwhile). */
const BUSY_BUDGET_MS = 30;
/** A frame gap longer than this (a hidden tab) is not made up for. */
const MAX_FRAME_GAP_MS = 250;
/** How often a playing run is saved (wall ms). */
const SAVE_EVERY_MS = 2000;
/** The furthest one "step" moves when no event comes sooner. */
const STEP_MAX_MS = 60_000;
export const MAX_SPEED = 1_000_000;
export const MIN_SPEED = 0.001;
const DEFAULT_PRESET: PresetName = 'classroom';

interface SavedRun {
  readonly version: number;
  readonly seed: number;
  readonly preset: PresetName;
  readonly commands: readonly StampedSessionCommand[];
  readonly future: readonly StampedSessionCommand[];
  readonly nowMs: number;
  readonly historyEndMs: number;
}

type Busy =
  | {
      readonly kind: 'jump';
      readonly id: RequestId;
      readonly targetMs: number;
      /** A seek forward within the recorded history runs as a jump but is answered as a seek. */
      readonly answer: 'jumped' | 'sought';
    }
  | {
      readonly kind: 'replay';
      readonly id: RequestId | null;
      readonly replay: SessionReplay;
      readonly future: readonly StampedSessionCommand[];
      readonly historyEndMs: number;
    };

export class EngineHost {
  private session: Session | undefined;
  private store: SegmentStore | undefined;
  private notSaved: NotSavedReason | null = null;
  private restored = false;
  private storageError: string | null = null;
  private flushes = 0;
  /** Commands recorded after the current moment (non-empty only after a rewind). */
  private future: StampedSessionCommand[] = [];
  private historyEndMs = 0;
  private playing = false;
  private speed = 1;
  private lagging = false;
  /** Simulated time owed to playback below a whole millisecond (slow speeds move < 1 ms per frame). */
  private playCarryMs = 0;
  private busy: Busy | undefined;
  private watched = new Set<string>();
  private cache = new SessionViewCache();
  /** What the UI holds: the last snapshot plus every patch since. Undefined until the first `init`. */
  private lastSent: RecordMap | undefined;
  private seq = 0;
  private frameRequested = false;
  private lastFrameWallMs = 0;
  private lastSaveWallMs = 0;
  private dirty = true;
  private ready: Promise<void>;
  /** Every save and disk rewrite started so far (they never reject). */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly env: HostEnvironment) {
    this.ready = this.start();
  }

  /** Resolves once every message received so far has been handled (tests). */
  async settled(): Promise<void> {
    await this.ready;
  }

  /** Resolves once the store holds everything saved so far (tests). */
  async persisted(): Promise<void> {
    await this.ready;
    await this.saving;
  }

  /** Entry point for every message from the UI. Never throws. */
  receive(data: unknown): void {
    const parsed = parseUiMessage(data);
    if (!parsed.ok) {
      this.postError(parsed.id, 'INVALID_REQUEST', parsed.reason);
      return;
    }
    const message = parsed.message;
    this.ready = this.ready
      .then(() => this.handle(message))
      .catch((error: unknown) => this.postError(requestIdOf(message), codeOf(error), messageOf(error)));
  }

  // ------------------------------------------------------------------ start, restore, reset

  private async start(): Promise<void> {
    try {
      this.store = await this.env.openStore();
    } catch (error) {
      this.notSaved = {
        reason: (error as Error)?.name === CLUSTER_LOCKED ? 'other-tab' : 'no-storage',
        detail: messageOf(error),
      };
    }
    const saved = await this.loadSaved();
    if (saved) {
      this.restored = true;
      this.beginReplay(
        { seed: saved.seed, preset: saved.preset },
        [...saved.commands, ...saved.future],
        saved.nowMs,
        saved.historyEndMs,
        null,
      );
      return;
    }
    this.fresh(DEFAULT_PRESET, this.env.newSeed());
  }

  private async loadSaved(): Promise<SavedRun | undefined> {
    if (!this.store) return undefined;
    try {
      const value = (await this.store.getMeta(SESSION_META_KEY)) as SavedRun | undefined;
      if (value === undefined) return undefined;
      if (value.version !== SAVED_VERSION || !isPreset(value.preset)) throw new Error('unknown saved format');
      return value;
    } catch (error) {
      // Keep the unreadable run untouched (a reset clears it) and go on in memory.
      this.notSaved = { reason: 'unreadable', detail: messageOf(error) };
      this.store = undefined;
      return undefined;
    }
  }

  /** A persister for a new session (the session keeps it: a cancelled replay's one is dropped with it). */
  private newPersister(): LogPersister | undefined {
    if (!this.store) return undefined;
    return new LogPersister(this.store, { fileIds: new FileIds(), clock: () => this.env.wallClockMs() });
  }

  private fresh(preset: PresetName, seed: number): void {
    const persister = this.newPersister();
    this.session = new Session({ seed, preset, ...(persister ? { persister } : {}) });
    this.future = [];
    this.historyEndMs = this.session.nowMs;
    this.busy = undefined;
    this.cache = new SessionViewCache();
    void this.rewriteDisks();
  }

  /**
   * Rebuilds the session at `atMs` from its commands, over as many frames as it takes. The store's
   * files are rewritten from the replayed brokers once it is done (see {@link rewriteDisks}).
   */
  private beginReplay(
    config: { seed: number; preset: PresetName },
    commands: readonly StampedSessionCommand[],
    atMs: number,
    historyEndMs: number,
    id: RequestId | null,
  ): void {
    const persister = this.newPersister();
    const replay = new SessionReplay({ ...config, ...(persister ? { persister } : {}) }, commands, atMs);
    const applied = commands.filter((c) => c.atMs <= atMs).length;
    this.busy = { kind: 'replay', id, replay, future: commands.slice(applied), historyEndMs };
    this.playing = false;
    this.scheduleFrame();
  }

  private finishReplay(busy: Extract<Busy, { kind: 'replay' }>): void {
    this.session = busy.replay.session;
    this.future = [...busy.future];
    this.historyEndMs = Math.max(busy.historyEndMs, this.session.nowMs);
    this.busy = undefined;
    this.cache = new SessionViewCache();
    if (busy.id !== null)
      this.reply(busy.id, { kind: 'sought', nowMs: this.session.nowMs, cancelled: false });
    this.postSnapshot();
    void this.rewriteDisks();
  }

  /**
   * Replaces the store's files with the current brokers' files and saves the run, in one transaction
   * with the run's meta: a reload during it still finds the commands and replays.
   */
  private rewriteDisks(): Promise<void> {
    return this.track(this.rewriteDisksNow());
  }

  private async rewriteDisksNow(): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      const files = await store.listFiles();
      await store.apply([
        ...files.map((f) => ({ kind: 'deleteFile' as const, path: f.path })),
        { kind: 'putMeta', key: SESSION_META_KEY, value: this.savedRun() },
      ]);
      await this.save();
    } catch (error) {
      this.storageError = messageOf(error);
      this.markDirty();
    }
  }

  private savedRun(): SavedRun | undefined {
    const s = this.session;
    if (!s) return undefined;
    return {
      version: SAVED_VERSION,
      seed: s.options.seed,
      preset: s.options.preset,
      commands: s.commands(),
      future: this.future,
      nowMs: s.nowMs,
      historyEndMs: this.historyEndMs,
    };
  }

  /** Writes new bytes and the run's meta in one transaction; never rejects. */
  private save(): Promise<void> {
    return this.track(this.saveNow());
  }

  private track(work: Promise<void>): Promise<void> {
    this.saving = Promise.all([this.saving, work]);
    return work;
  }

  private async saveNow(): Promise<void> {
    const session = this.session;
    if (!session?.options.persister || this.busy?.kind === 'replay') return;
    this.lastSaveWallMs = this.env.wallClockMs();
    try {
      const result = await session.cluster.persist(() => ({ [SESSION_META_KEY]: this.savedRun() }));
      if (result.committed && result.writes > 0) this.flushes++;
      if (!result.committed) this.storageError = messageOf(result.error);
    } catch (error) {
      this.storageError = messageOf(error);
    }
    // A frame to show it: when paused, none may come otherwise.
    this.markDirty();
  }

  // ------------------------------------------------------------------ messages

  private async handle(message: UiToEngine): Promise<void> {
    switch (message.type) {
      case 'init':
        if (message.protocolVersion !== PROTOCOL_VERSION) {
          this.postError(
            undefined,
            'PROTOCOL_MISMATCH',
            `UI speaks protocol ${message.protocolVersion}, engine ${PROTOCOL_VERSION}`,
          );
          return;
        }
        this.postSnapshot();
        return;
      case 'playback':
        this.playing = message.playing;
        this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, message.speed));
        this.lastFrameWallMs = this.env.wallClockMs();
        this.lagging = false;
        this.playCarryMs = 0;
        this.markDirty();
        return;
      case 'watch':
        this.watched = new Set(message.partitions);
        this.markDirty();
        return;
      case 'cancel':
        this.cancelBusy();
        return;
      case 'reset': {
        const busy = this.busy;
        this.busy = undefined;
        if (busy) this.answerCancelled(busy);
        this.playing = false;
        if (!this.store && this.notSaved?.reason === 'unreadable') await this.reopenAfterUnreadable();
        const seed = message.seed ?? this.env.newSeed();
        this.fresh(message.preset, seed);
        this.restored = false;
        this.reply(message.id, { kind: 'reset', seed, preset: message.preset });
        this.postSnapshot();
        return;
      }
      default:
        this.handleWithSession(message);
    }
  }

  private handleWithSession(
    message: Exclude<UiToEngine, { type: 'init' | 'playback' | 'watch' | 'cancel' | 'reset' }>,
  ): void {
    const session = this.session;
    if (!session || this.busy?.kind === 'replay') {
      this.postError(
        message.id,
        'NOT_READY',
        'The cluster is being rebuilt; try again when the replay finishes',
      );
      return;
    }
    switch (message.type) {
      case 'command':
        this.command(session, message.id, message.command);
        return;
      case 'step': {
        this.cancelBusy();
        this.playing = false;
        const nextFuture = this.future[0];
        // An idle cluster has nothing to step to: stop after a minute rather than leap hours ahead.
        const limit = Math.min(STEP_MAX_MS, nextFuture ? nextFuture.atMs - session.nowMs : STEP_MAX_MS);
        const happened = session.stepToNextEvent(limit);
        this.applyDueFuture(session);
        this.afterTimeMoved(session);
        this.reply(message.id, { kind: 'stepped', nowMs: session.nowMs, happened });
        return;
      }
      case 'jump':
        this.cancelBusy();
        this.busy = { kind: 'jump', id: message.id, targetMs: session.nowMs + message.ms, answer: 'jumped' };
        this.scheduleFrame();
        return;
      case 'seek':
        this.seek(session, message.id, message.atMs);
        return;
      case 'readRecords':
        this.reply(message.id, {
          kind: 'records',
          page: readRecords(
            session,
            message.replica,
            message.fromOffset,
            message.maxRecords,
            message.uncommitted,
          ),
        });
        return;
      case 'readBatchBytes': {
        const b = readBatchBytes(session, message.replica, message.offset);
        this.env.post({ type: 'reply', id: message.id, result: { kind: 'batchBytes', ...b } }, [
          b.bytes.buffer as ArrayBuffer,
        ]);
        return;
      }
      case 'lookupOffset':
        this.reply(message.id, {
          kind: 'lookup',
          lookup: lookupOffset(session, message.replica, message.offset),
        });
        return;
    }
  }

  private command(session: Session, id: RequestId, command: SessionCommand): void {
    // Acting while rewound forks a new future from here.
    const forked = this.future.length > 0 || this.historyEndMs > session.nowMs;
    const outcome = session.apply(command);
    if (forked) {
      this.future = [];
      this.historyEndMs = session.nowMs;
      void this.rewriteDisks();
    }
    this.reply(id, outcome.kind === 'value' ? { kind: 'done', value: outcome.value } : { kind: 'done' });
    this.afterTimeMoved(session);
    void this.save();
  }

  private seek(session: Session, id: RequestId, atMs: number): void {
    this.cancelBusy();
    const target = Math.max(session.startMs, Math.min(atMs, this.historyEndMs));
    if (target >= session.nowMs) {
      // Forward within the recorded history: just let time run there (future commands re-apply).
      this.busy = { kind: 'jump', id, targetMs: target, answer: 'sought' };
      this.scheduleFrame();
      return;
    }
    this.beginReplay(session.config, [...session.commands(), ...this.future], target, this.historyEndMs, id);
    this.markDirty();
  }

  private cancelBusy(): void {
    const busy = this.busy;
    if (!busy) return;
    this.busy = undefined;
    // A cancelled replay keeps the session it replaced (the moment before the seek).
    this.answerCancelled(busy);
    if (busy.kind === 'replay' && !this.session) this.finishReplayNow(busy);
    this.markDirty();
  }

  /** Answers the request behind an interrupted jump or replay (a restore has none). */
  private answerCancelled(busy: Busy): void {
    if (busy.kind === 'jump') this.reply(busy.id, { kind: busy.answer, nowMs: this.now(), cancelled: true });
    else if (busy.id !== null) this.reply(busy.id, { kind: 'sought', nowMs: this.now(), cancelled: true });
  }

  /** A restore cannot be cancelled into nothing: finish it synchronously. */
  private finishReplayNow(busy: Extract<Busy, { kind: 'replay' }>): void {
    while (!busy.replay.run()) {
      // runs to the end
    }
    this.finishReplay(busy);
  }

  private async reopenAfterUnreadable(): Promise<void> {
    try {
      const store = await this.env.openStore();
      await store.clear();
      this.store = store;
      this.notSaved = null;
    } catch (error) {
      this.notSaved = { reason: 'no-storage', detail: messageOf(error) };
    }
  }

  // ------------------------------------------------------------------ time

  /** Applies recorded future commands that are due now (after a rewind, as time moves on). */
  private applyDueFuture(session: Session): void {
    while (this.future.length > 0 && (this.future[0] as StampedSessionCommand).atMs <= session.nowMs) {
      const next = this.future.shift() as StampedSessionCommand;
      session.apply(next.command);
    }
  }

  /** Advances toward `targetMs`, re-applying the recorded future on the way. False if it yielded. */
  private advance(session: Session, targetMs: number, shouldYield: () => boolean): boolean {
    for (;;) {
      const next = this.future[0];
      if (!next || next.atMs > targetMs) break;
      if (!session.advanceTo(next.atMs, shouldYield)) return false;
      this.applyDueFuture(session);
    }
    return session.advanceTo(targetMs, shouldYield);
  }

  private afterTimeMoved(session: Session): void {
    if (session.nowMs > this.historyEndMs) this.historyEndMs = session.nowMs;
    this.markDirty();
  }

  private frame(): void {
    this.frameRequested = false;
    const wall = this.env.wallClockMs();
    const gap = Math.min(MAX_FRAME_GAP_MS, Math.max(0, wall - this.lastFrameWallMs));
    this.lastFrameWallMs = wall;
    const busy = this.busy;
    if (busy?.kind === 'replay') {
      const deadline = wall + BUSY_BUDGET_MS;
      if (busy.replay.run(() => this.env.wallClockMs() > deadline)) this.finishReplay(busy);
      else this.markDirty();
    } else if (this.session) {
      const session = this.session;
      if (busy?.kind === 'jump') {
        const deadline = wall + BUSY_BUDGET_MS;
        if (this.advance(session, busy.targetMs, () => this.env.wallClockMs() > deadline)) {
          this.busy = undefined;
          this.reply(busy.id, { kind: busy.answer, nowMs: session.nowMs, cancelled: false });
          void this.save();
        }
        this.afterTimeMoved(session);
      } else if (this.playing) {
        const deadline = wall + PLAY_BUDGET_MS;
        // Simulated time moves in whole ms; the fraction is carried to the next frame.
        const owedMs = this.playCarryMs + gap * this.speed;
        const stepMs = Math.floor(owedMs);
        this.playCarryMs = owedMs - stepMs;
        // Behind schedule: drop the rest rather than pile up debt (the clock shows it is lagging).
        this.lagging = !this.advance(
          session,
          session.nowMs + stepMs,
          () => this.env.wallClockMs() > deadline,
        );
        if (this.lagging) this.playCarryMs = 0;
        this.afterTimeMoved(session);
        if (wall - this.lastSaveWallMs > SAVE_EVERY_MS) void this.save();
      }
    }
    this.postPatch();
    if (this.playing || this.busy) this.scheduleFrame();
  }

  private now(): number {
    return this.session?.nowMs ?? 0;
  }

  // ------------------------------------------------------------------ view

  private markDirty(): void {
    this.dirty = true;
    this.scheduleFrame();
  }

  private scheduleFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.env.requestFrame(() => this.frame());
  }

  private view(): ViewRecord[] {
    const session = this.session;
    const records: ViewRecord[] = [];
    if (session) {
      records.push(
        ...buildSessionView(
          session,
          { watched: this.watched, playback: this.playbackView(session) },
          this.cache,
        ),
      );
    }
    records.push({
      kind: 'persistence',
      id: PERSISTENCE_ID,
      bytesWritten: this.session?.options.persister?.stats.bytesWritten ?? 0,
      flushes: this.flushes,
      restored: this.restored,
      lastError: this.storageError,
      notSaved: this.notSaved,
    });
    return records;
  }

  private playbackView(session: Session): PlaybackView {
    const busy = this.busy;
    return {
      historyEndMs: Math.max(this.historyEndMs, session.nowMs),
      commandCount: session.commands().length + this.future.length,
      playing: this.playing,
      speed: this.speed,
      busyUntilMs: busy === undefined ? -1 : busy.kind === 'jump' ? busy.targetMs : busy.replay.targetMs,
      busyKind: busy === undefined ? 'none' : busy.kind,
      lagging: this.lagging,
    };
  }

  private postSnapshot(): void {
    if (this.lastSent === undefined && !this.session) return;
    const records = this.view();
    this.lastSent = indexRecords(records);
    this.dirty = false;
    this.env.post({
      type: 'snapshot',
      protocolVersion: PROTOCOL_VERSION,
      seq: ++this.seq,
      state: { records },
    });
  }

  private postPatch(): void {
    if (this.lastSent === undefined || !this.dirty) return;
    this.dirty = false;
    const next = indexRecords(this.view());
    const diff = diffRecords(this.lastSent, next);
    this.lastSent = next;
    if (isEmptyDiff(diff)) return;
    this.env.post({ type: 'patch', seq: ++this.seq, diff });
  }

  // ------------------------------------------------------------------ replies

  private reply(id: RequestId, result: Extract<EngineToUi, { type: 'reply' }>['result']): void {
    this.env.post({ type: 'reply', id, result });
  }

  private postError(id: RequestId | undefined, code: string, message: string): void {
    this.env.post(id === undefined ? { type: 'error', code, message } : { type: 'error', id, code, message });
  }
}

function requestIdOf(message: UiToEngine): RequestId | undefined {
  return 'id' in message ? message.id : undefined;
}

/** Kafka's error name where Kafka has one. */
function codeOf(error: unknown): string {
  if (error instanceof KafkaError) return error.error;
  if (error instanceof LogError) return error.code;
  if (error instanceof ConfigException) return 'INVALID_CONFIG';
  if (error instanceof RangeError) return 'INVALID_REQUEST';
  return 'INTERNAL';
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
