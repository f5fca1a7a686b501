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
import type { SegmentStore } from '../storage/segment-store';
import type { PresetName, ViewRecord } from '../view/types';
import { History } from './history';
import { type EngineToUi, PROTOCOL_VERSION, type RequestId, type UiToEngine } from './protocol';
import { messageOf, RunStore, SAVED_VERSION, type SavedRun } from './run-store';
import { parseUiMessage } from './validate';
import { ViewChannel } from './view-channel';

export { CLUSTER_LOCKED, SESSION_META_KEY } from './run-store';

export interface HostEnvironment {
  post(message: EngineToUi, transfer?: ArrayBuffer[]): void;
  /** Runs `callback` once before the next frame is drawn (a test calls it by hand). */
  requestFrame(callback: () => void): void;
  /** The store this run lives in between page loads (rejects with CLUSTER_LOCKED if another tab owns it). */
  openStore(): Promise<SegmentStore>;
  /** A seed for a brand-new run (the worker takes it from crypto; tests fix it). */
  newSeed(): number;
  /** Wall-clock ms: frame pacing and budgets only; never reaches the simulation. */
  wallClockMs(): number;
}

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
  private readonly runs: RunStore;
  private readonly history = new History();
  private playing = false;
  private speed = 1;
  private lagging = false;
  /** Simulated time owed to playback below a whole millisecond (slow speeds move < 1 ms per frame). */
  private playCarryMs = 0;
  private busy: Busy | undefined;
  private watched = new Set<string>();
  private cache = new SessionViewCache();
  private readonly channel: ViewChannel;
  private frameRequested = false;
  private lastFrameWallMs = 0;
  private ready: Promise<void>;

  constructor(private readonly env: HostEnvironment) {
    this.runs = new RunStore({
      openStore: () => env.openStore(),
      wallClockMs: () => env.wallClockMs(),
      changed: () => this.markDirty(),
    });
    this.channel = new ViewChannel(
      (message) => env.post(message),
      () => this.view(),
    );
    this.ready = this.start();
  }

  /** Resolves once every message received so far has been handled (tests). */
  async settled(): Promise<void> {
    await this.ready;
  }

  /** Resolves once the store holds everything saved so far (tests). */
  async persisted(): Promise<void> {
    await this.ready;
    await this.runs.persisted();
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
    await this.runs.open();
    const saved = await this.runs.loadSaved();
    if (saved) {
      this.runs.restored = true;
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

  private fresh(preset: PresetName, seed: number): void {
    const persister = this.runs.newPersister();
    const session = new Session({ seed, preset, ...(persister ? { persister } : {}) });
    this.session = session;
    this.history.reset(session);
    this.busy = undefined;
    this.cache = new SessionViewCache();
    void this.rewriteDisks(session);
  }

  /**
   * Rebuilds the session at `atMs` from its commands, over as many frames as it takes. The store's
   * files are rewritten from the replayed brokers once it is done.
   */
  private beginReplay(
    config: { seed: number; preset: PresetName },
    commands: readonly StampedSessionCommand[],
    atMs: number,
    historyEndMs: number,
    id: RequestId | null,
  ): void {
    const persister = this.runs.newPersister();
    const replay = new SessionReplay({ ...config, ...(persister ? { persister } : {}) }, commands, atMs);
    const applied = commands.filter((c) => c.atMs <= atMs).length;
    this.busy = { kind: 'replay', id, replay, future: commands.slice(applied), historyEndMs };
    this.playing = false;
    this.scheduleFrame();
  }

  private finishReplay(busy: Extract<Busy, { kind: 'replay' }>): void {
    const session = busy.replay.session;
    this.session = session;
    this.history.reset(session, busy.future, busy.historyEndMs);
    this.busy = undefined;
    this.cache = new SessionViewCache();
    if (busy.id !== null) this.reply(busy.id, { kind: 'sought', nowMs: session.nowMs, cancelled: false });
    this.postSnapshot();
    void this.rewriteDisks(session);
  }

  private savedRun(session: Session): SavedRun {
    return {
      version: SAVED_VERSION,
      seed: session.options.seed,
      preset: session.options.preset,
      commands: session.commands(),
      future: this.history.futureCommands,
      nowMs: session.nowMs,
      historyEndMs: this.history.historyEndMs,
    };
  }

  private rewriteDisks(session: Session): Promise<void> {
    return this.runs.rewriteDisks(session, () => this.savedRun(session));
  }

  /** Saves the current session (not while a replay rebuilds it: its files are rewritten after). */
  private save(): Promise<void> {
    const session = this.session;
    if (!session || this.busy?.kind === 'replay') return Promise.resolve();
    return this.runs.save(session, () => this.savedRun(session));
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
        await this.runs.reopenIfUnreadable();
        const seed = message.seed ?? this.env.newSeed();
        this.fresh(message.preset, seed);
        this.runs.restored = false;
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
        // An idle cluster has nothing to step to: stop after a minute rather than leap hours ahead.
        const happened = session.stepToNextEvent(this.history.msToNextCommand(session, STEP_MAX_MS));
        this.history.applyDue(session);
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
    const outcome = session.apply(command);
    // Acting while rewound forks a new future from here (a refused command threw above: no fork).
    if (this.history.forkIfRewound(session)) void this.rewriteDisks(session);
    this.reply(id, outcome.kind === 'value' ? { kind: 'done', value: outcome.value } : { kind: 'done' });
    this.afterTimeMoved(session);
    void this.save();
  }

  private seek(session: Session, id: RequestId, atMs: number): void {
    this.cancelBusy();
    const target = Math.max(session.startMs, Math.min(atMs, this.history.historyEndMs));
    if (target >= session.nowMs) {
      // Forward within the recorded history: just let time run there (future commands re-apply).
      this.busy = { kind: 'jump', id, targetMs: target, answer: 'sought' };
      this.scheduleFrame();
      return;
    }
    this.beginReplay(
      session.config,
      this.history.allCommands(session),
      target,
      this.history.historyEndMs,
      id,
    );
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

  // ------------------------------------------------------------------ time

  private afterTimeMoved(session: Session): void {
    this.history.noteTime(session);
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
        if (this.history.advance(session, busy.targetMs, () => this.env.wallClockMs() > deadline)) {
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
        this.lagging = !this.history.advance(
          session,
          session.nowMs + stepMs,
          () => this.env.wallClockMs() > deadline,
        );
        if (this.lagging) this.playCarryMs = 0;
        this.afterTimeMoved(session);
        if (wall - this.runs.lastSaveWallMs > SAVE_EVERY_MS) void this.save();
      }
    }
    this.channel.patch();
    if (this.playing || this.busy) this.scheduleFrame();
  }

  private now(): number {
    return this.session?.nowMs ?? 0;
  }

  // ------------------------------------------------------------------ view

  private markDirty(): void {
    this.channel.markDirty();
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
    records.push(this.runs.record(session));
    return records;
  }

  private playbackView(session: Session): PlaybackView {
    const busy = this.busy;
    return {
      historyEndMs: Math.max(this.history.historyEndMs, session.nowMs),
      commandCount: session.commands().length + this.history.futureCommands.length,
      playing: this.playing,
      speed: this.speed,
      busyUntilMs: busy === undefined ? -1 : busy.kind === 'jump' ? busy.targetMs : busy.replay.targetMs,
      busyKind: busy === undefined ? 'none' : busy.kind,
      lagging: this.lagging,
    };
  }

  private postSnapshot(): void {
    if (!this.channel.connected && !this.session) return;
    this.channel.snapshot();
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
