/**
 * The one boundary between the UI (main thread) and the engine (Web Worker): a discriminated union per
 * direction, structured-cloneable, versioned. `app/` imports this file's types and nothing else from
 * the worker.
 *
 * Flow: the UI posts `init`; the engine answers with a full `snapshot`, then sends at most one `patch`
 * per animation frame, squashed over every command since the last one. `seq` counts snapshots and
 * patches; a UI that sees a gap posts `init` again to get a fresh snapshot. Commands that expect an
 * answer carry an `id`, answered by one `reply` or one `error` with the same id.
 *
 * @example
 *   worker.postMessage({ type: 'init', protocolVersion: PROTOCOL_VERSION } satisfies UiToEngine);
 *   worker.postMessage({ type: 'produce', id: 1, key: 'k', value: 'v' } satisfies UiToEngine);
 */
import type { RecordsPage, ViewDiff, ViewSnapshot } from '../view/types';

/** Bump on any incompatible change to these types. */
export const PROTOCOL_VERSION = 1;

/** Request ids are chosen by the UI, unique per connection. */
export type RequestId = number;

export interface ProduceHeader {
  readonly key: string;
  readonly value: string | null;
}

/** UI → engine. */
export type UiToEngine =
  | { readonly type: 'init'; readonly protocolVersion: number }
  /**
   * Append one record (one batch) to the partition as leader. `key` null = no key (allowed in Kafka);
   * `value` null = a tombstone. Strings are sent as UTF-8, like the console producer does.
   */
  | {
      readonly type: 'produce';
      readonly id: RequestId;
      readonly key: string | null;
      readonly value: string | null;
      readonly headers?: readonly ProduceHeader[];
    }
  /** Move the simulated clock forward; retention and deletions due by then run. */
  | { readonly type: 'advanceTime'; readonly id: RequestId; readonly ms: number }
  /** Throw the run away (memory and store) and start again, with a new seed if given. */
  | { readonly type: 'reset'; readonly id: RequestId; readonly seed?: number }
  /** A page of records from `fromOffset` (clamped to the log start offset), below the HW. */
  | {
      readonly type: 'readRecords';
      readonly id: RequestId;
      readonly fromOffset: number;
      readonly maxRecords: number;
    }
  /** The raw bytes of the batch holding `offset`, as stored in its segment's `.log`. */
  | { readonly type: 'readBatchBytes'; readonly id: RequestId; readonly offset: number };

export type UiToEngineType = UiToEngine['type'];

/** Successful answers, by the command they answer. */
export type ReplyResult =
  | {
      readonly kind: 'produced';
      readonly offset: number;
      readonly logEndOffset: number;
      readonly timestampMs: number;
    }
  | { readonly kind: 'advanced'; readonly nowMs: number }
  | { readonly kind: 'reset'; readonly seed: number }
  | { readonly kind: 'records'; readonly page: RecordsPage }
  | {
      readonly kind: 'batchBytes';
      readonly baseOffset: number;
      readonly segmentFile: string;
      /** Byte position of the batch in {@link segmentFile}. */
      readonly position: number;
      readonly bytes: Uint8Array;
    };

/**
 * Error codes: Kafka's error names where Kafka has one (its text goes in `message`), else ours.
 * The UI translates the code and shows Kafka's text as it is.
 */
export type EngineErrorCode =
  | 'RECORD_LIST_TOO_LARGE'
  | 'MESSAGE_TOO_LARGE'
  | 'INVALID_RECORD'
  | 'OFFSET_OUT_OF_RANGE'
  | 'CORRUPT_MESSAGE'
  | 'INVALID_TIMESTAMP'
  | 'UNKNOWN_SERVER_ERROR'
  | 'INVALID_REQUEST'
  | 'PROTOCOL_MISMATCH'
  | 'NOT_READY'
  | 'INTERNAL';

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
