/**
 * What the worker host needs of the simulation it runs: synchronous commands over in-memory state, a
 * view-model builder, and hooks for the I/O the host does around it. The first live slice implements
 * it with one partition (slice-simulation.ts); the cluster simulation will implement the same shape.
 */
import type { LoadChunkOptions } from '../storage/loader';
import type { SegmentStore } from '../storage/segment-store';
import type { NotSavedReason, RecordsPage, ViewRecord } from '../view/types';
import type { ProduceHeader } from './protocol';

export interface ProduceResult {
  readonly offset: number;
  readonly logEndOffset: number;
  readonly timestampMs: number;
}

export interface BatchBytes {
  readonly baseOffset: number;
  readonly segmentFile: string;
  readonly position: number;
  readonly bytes: Uint8Array;
}

export interface HostedSimulation {
  readonly seed: number;
  /**
   * Appends one record as leader. Throws `LogError` (Kafka's code and text) when Kafka would refuse
   * it, or `ColdChunkError` when it needs a chunk from the store; either way before changing anything.
   * The time the request takes passes at the next {@link catchUp}.
   */
  produce(key: string | null, value: string | null, headers: readonly ProduceHeader[]): ProduceResult;
  /** Sets the clock's target `ms` ahead; the time passes at the next {@link catchUp}. Returns the target. */
  advanceTime(ms: number): number;
  /**
   * Moves the clock to its target, running every scheduled task due on the way at its own time.
   * Retry-safe: after a ColdChunkError the host loads the chunk and calls it again. Returns the time.
   */
  catchUp(): number;
  readRecords(fromOffset: number, maxRecords: number): RecordsPage;
  readBatchBytes(offset: number): BatchBytes;
  /** The whole view model now. */
  view(): ViewRecord[];
  /** Starts a background flush of everything so far (with its state as meta); never rejects. */
  persist(): Promise<void>;
  /** Resolves once no flush is in flight. */
  idle(): Promise<void>;
  /** How cold chunks of this simulation's files are found and accounted. */
  chunkLoadOptions(): LoadChunkOptions;
  /** Shown in the persistence view (e.g. "IndexedDB unavailable, running in memory"). */
  /** Marks this run as living in memory only, and why (shown to the user). */
  noteNotSaved(reason: NotSavedReason): void;
  /** Stops using the store (before a reset clears it). */
  dispose(): void;
}

export interface SimulationEnvironment {
  /** Wall-clock ms, only to time flushes for the persistence view. */
  readonly wallClockMs?: () => number;
}

export interface SimulationFactory {
  fresh(store: SegmentStore, seed: number, env: SimulationEnvironment): HostedSimulation;
  /** The run saved in the store, or undefined when the store holds none. */
  restore(store: SegmentStore, env: SimulationEnvironment): Promise<HostedSimulation | undefined>;
}

/** A command the simulation refuses before touching state (not a Kafka error). */
export class InvalidCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCommandError';
  }
}
