/**
 * Where a run is kept between page loads: the brokers' files and the run itself (seed, preset,
 * commands, clock) in one IndexedDB store, written together in one transaction per save, so a reload
 * never sees bytes and commands from different moments. Never rejects: a storage failure is shown and
 * the run goes on in memory.
 *
 * A restore replays the saved commands (the run's state is a function of them); the files are the
 * brokers' disks, rewritten from the replayed brokers once the replay is done.
 */
import type { StampedSessionCommand } from '../session/commands';
import type { Session } from '../session/session';
import { FileIds } from '../storage/file-ids';
import { LogPersister } from '../storage/persister';
import type { SegmentStore } from '../storage/segment-store';
import type { NotSavedReason, PersistenceRecord, PresetName } from '../view/types';
import { PERSISTENCE_ID } from '../view/types';
import { isPreset } from './validate';

/** The error name `openStore` rejects with when another tab holds the saved cluster. */
export const CLUSTER_LOCKED = 'ClusterLockedError';
/** The meta key of the saved run. */
export const SESSION_META_KEY = 'session';
export const SAVED_VERSION = 1;

export interface SavedRun {
  readonly version: number;
  readonly seed: number;
  readonly preset: PresetName;
  readonly commands: readonly StampedSessionCommand[];
  /** Commands after `nowMs`: the recorded future of a rewound run. */
  readonly future: readonly StampedSessionCommand[];
  readonly nowMs: number;
  readonly historyEndMs: number;
}

export interface RunStoreEnvironment {
  openStore(): Promise<SegmentStore>;
  wallClockMs(): number;
  /** Something shown in the persistence record changed. */
  changed(): void;
}

export class RunStore {
  private store: SegmentStore | undefined;
  private notSaved: NotSavedReason | null = null;
  private storageError: string | null = null;
  private flushes = 0;
  /** True when this run came from the store after a reload. */
  restored = false;
  /** Wall ms of the last save started. */
  lastSaveWallMs = 0;
  /** Every save and disk rewrite started so far (they never reject). */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly env: RunStoreEnvironment) {}

  /** Opens the store; another tab owning it, or no IndexedDB, leaves this run in memory (and says so). */
  async open(): Promise<void> {
    try {
      this.store = await this.env.openStore();
    } catch (error) {
      this.notSaved = {
        reason: (error as Error)?.name === CLUSTER_LOCKED ? 'other-tab' : 'no-storage',
        detail: messageOf(error),
      };
    }
  }

  /** The saved run, if the store holds one it can read; an unreadable one is left untouched. */
  async loadSaved(): Promise<SavedRun | undefined> {
    if (!this.store) return undefined;
    try {
      const value = (await this.store.getMeta(SESSION_META_KEY)) as SavedRun | undefined;
      if (value === undefined) return undefined;
      if (value.version !== SAVED_VERSION || !isPreset(value.preset)) throw new Error('unknown saved format');
      return value;
    } catch (error) {
      // Keep the unreadable run (a reset clears it) and go on in memory.
      this.notSaved = { reason: 'unreadable', detail: messageOf(error) };
      this.store = undefined;
      return undefined;
    }
  }

  /** After "reset" on an unreadable saved run: erase it and save again from now on. */
  async reopenIfUnreadable(): Promise<void> {
    if (this.store || this.notSaved?.reason !== 'unreadable') return;
    try {
      const store = await this.env.openStore();
      await store.clear();
      this.store = store;
      this.notSaved = null;
    } catch (error) {
      this.notSaved = { reason: 'no-storage', detail: messageOf(error) };
    }
  }

  /** A persister for a new session (the session keeps it: a cancelled replay's one is dropped with it). */
  newPersister(): LogPersister | undefined {
    if (!this.store) return undefined;
    return new LogPersister(this.store, { fileIds: new FileIds(), clock: () => this.env.wallClockMs() });
  }

  /**
   * Replaces the store's files with the session's (its persister then writes them all) and saves the
   * run, the deletions and the run's meta in one transaction: a reload meanwhile still replays.
   */
  rewriteDisks(session: Session, run: () => SavedRun): Promise<void> {
    return this.track(this.rewriteDisksNow(session, run));
  }

  /** Writes the session's new bytes and the run's meta in one transaction. */
  save(session: Session, run: () => SavedRun): Promise<void> {
    return this.track(this.saveNow(session, run));
  }

  /** Resolves once everything started so far is written (tests). */
  async persisted(): Promise<void> {
    await this.saving;
  }

  record(session: Session | undefined): PersistenceRecord {
    return {
      kind: 'persistence',
      id: PERSISTENCE_ID,
      bytesWritten: session?.options.persister?.stats.bytesWritten ?? 0,
      flushes: this.flushes,
      restored: this.restored,
      lastError: this.storageError,
      notSaved: this.notSaved,
    };
  }

  private track(work: Promise<void>): Promise<void> {
    this.saving = Promise.all([this.saving, work]);
    return work;
  }

  private async rewriteDisksNow(session: Session, run: () => SavedRun): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      const files = await store.listFiles();
      await store.apply([
        ...files.map((f) => ({ kind: 'deleteFile' as const, path: f.path })),
        { kind: 'putMeta', key: SESSION_META_KEY, value: run() },
      ]);
      await this.saveNow(session, run);
    } catch (error) {
      this.storageError = messageOf(error);
      this.env.changed();
    }
  }

  private async saveNow(session: Session, run: () => SavedRun): Promise<void> {
    if (!session.options.persister) return;
    this.lastSaveWallMs = this.env.wallClockMs();
    try {
      const result = await session.cluster.persist(() => ({ [SESSION_META_KEY]: run() }));
      if (result.committed && result.writes > 0) this.flushes++;
      if (!result.committed) this.storageError = messageOf(result.error);
    } catch (error) {
      this.storageError = messageOf(error);
    }
    // A frame to show it: when paused, none may come otherwise.
    this.env.changed();
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
