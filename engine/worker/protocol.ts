/**
 * The one boundary between the UI (main thread) and the engine (Web Worker): a discriminated union per
 * direction, structured-cloneable, versioned. `app/` imports this file's types and nothing else from
 * the worker.
 *
 * Flow: the UI posts `init`; the engine answers with a full `snapshot`, then sends at most one `patch`
 * per animation frame, squashed over everything since the last one. `seq` counts snapshots and
 * patches; a UI that sees a gap posts `init` again. A reset, a new preset or a rewind (`seek`) also
 * answers with a snapshot. Requests that expect an answer carry an `id`, answered by one `reply` or one
 * `error` with the same id.
 *
 * @example
 *   worker.postMessage({ type: 'init', protocolVersion: PROTOCOL_VERSION } satisfies UiToEngine);
 *   worker.postMessage({ type: 'command', id: 1, command: { type: 'kill-broker', id: 2 } } satisfies UiToEngine);
 */
import type { SessionCommand } from '../session/commands';
import type { PresetName, RecordsPage, ViewDiff, ViewSnapshot } from '../view/types';

export type { SessionCommand } from '../session/commands';

/** Bump on any incompatible change to these types. */
export const PROTOCOL_VERSION = 2;

/** Request ids are chosen by the UI, unique per connection. */
export type RequestId = number;

/** Where a replica lives: the partition and the broker holding the copy. */
export interface ReplicaRef {
  readonly topic: string;
  readonly partition: number;
  readonly brokerId: number;
}

/** UI → engine. */
export type UiToEngine =
  | { readonly type: 'init'; readonly protocolVersion: number }
  /** A recorded command (it changes the cluster); acting while rewound forks a new future. */
  | { readonly type: 'command'; readonly id: RequestId; readonly command: SessionCommand }
  /** Play or pause, at `speed` simulated ms per real ms. */
  | { readonly type: 'playback'; readonly playing: boolean; readonly speed: number }
  /** Runs until the cluster's next event (and the rest of that millisecond). Pauses. */
  | { readonly type: 'step'; readonly id: RequestId }
  /** Fast-forwards `ms` of simulated time, spread over frames; answered when it gets there. */
  | { readonly type: 'jump'; readonly id: RequestId; readonly ms: number }
  /** Rewinds (or moves forward within the recorded history) to `atMs` by deterministic replay. */
  | { readonly type: 'seek'; readonly id: RequestId; readonly atMs: number }
  /** Stops a jump or a replay where it is. */
  | { readonly type: 'cancel' }
  /** Partitions (`topic-p`) whose segments the UI draws; others send only their summaries. */
  | { readonly type: 'watch'; readonly partitions: readonly string[] }
  /** Throws the run away (memory and store) and starts a new cluster. */
  | {
      readonly type: 'reset';
      readonly id: RequestId;
      readonly preset: PresetName;
      readonly seed?: number;
    }
  /** A page of records of one replica from `fromOffset` (clamped to its log start offset). */
  | {
      readonly type: 'readRecords';
      readonly id: RequestId;
      readonly replica: ReplicaRef;
      readonly fromOffset: number;
      readonly maxRecords: number;
      /** Read up to the LEO (true: what the replica stores) or the HW (false: what consumers see). */
      readonly uncommitted: boolean;
    }
  /** The raw bytes of the batch holding `offset`, as stored in the replica's segment `.log`. */
  | {
      readonly type: 'readBatchBytes';
      readonly id: RequestId;
      readonly replica: ReplicaRef;
      readonly offset: number;
    }
  /** How a broker finds `offset`: segment by base offset, index entry, then a scan of the `.log`. */
  | {
      readonly type: 'lookupOffset';
      readonly id: RequestId;
      readonly replica: ReplicaRef;
      readonly offset: number;
    };

export type UiToEngineType = UiToEngine['type'];

export interface OffsetLookup {
  readonly offset: number;
  /** The segment whose base offset is the greatest ≤ offset (a floor lookup over the segment map). */
  readonly segmentBaseOffset: number;
  readonly segmentFile: string;
  /** The sparse `.index` entry used: greatest indexed offset ≤ offset, and its byte position. */
  readonly indexFile: string;
  readonly indexEntryOffset: number;
  readonly indexEntryPosition: number;
  readonly indexEntries: number;
  /** Where the batch holding the offset starts in the `.log`, after scanning from the index position. */
  readonly batchPosition: number;
  readonly batchBaseOffset: number;
  /** Batches stepped over from the index position. */
  readonly batchesScanned: number;
}

/** Successful answers, by the request they answer. */
export type ReplyResult =
  | { readonly kind: 'done'; readonly value?: unknown }
  | { readonly kind: 'stepped'; readonly nowMs: number; readonly happened: boolean }
  | { readonly kind: 'jumped'; readonly nowMs: number; readonly cancelled: boolean }
  | { readonly kind: 'sought'; readonly nowMs: number; readonly cancelled: boolean }
  | { readonly kind: 'reset'; readonly seed: number; readonly preset: PresetName }
  | { readonly kind: 'records'; readonly page: RecordsPage }
  | {
      readonly kind: 'batchBytes';
      readonly baseOffset: number;
      readonly segmentFile: string;
      /** Byte position of the batch in {@link segmentFile}. */
      readonly position: number;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: 'lookup'; readonly lookup: OffsetLookup };

/**
 * Error codes: Kafka's error names where Kafka has one (its text goes in `message`), else ours.
 * The UI shows Kafka's text as it is, with a translated explanation of the code.
 */
export type EngineErrorCode = string;

/** Engine → UI. */
export type EngineToUi =
  | {
      readonly type: 'snapshot';
      readonly protocolVersion: number;
      readonly seq: number;
      readonly state: ViewSnapshot;
    }
  | { readonly type: 'patch'; readonly seq: number; readonly diff: ViewDiff }
  | { readonly type: 'reply'; readonly id: RequestId; readonly result: ReplyResult }
  | {
      readonly type: 'error';
      /** Absent when the failure belongs to no request (e.g. a malformed message, a storage failure). */
      readonly id?: RequestId;
      readonly code: EngineErrorCode;
      readonly message: string;
    };

export type EngineToUiType = EngineToUi['type'];
