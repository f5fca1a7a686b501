/**
 * The messages between a {@link RemoteSegmentStore} (in the simulation's worker) and the store it
 * stands for (in a "disk" worker of its own). IndexedDB's structured clone of every chunk runs on the
 * thread that calls `put()`; moving the store to its own worker takes that cost off the simulation's
 * thread, so appends and disk writes run on two cores at once — as a broker's log appends and the
 * OS's page-cache writeback do.
 */
import type { ApplyOptions, ChunkRef, StoreBatch, StoredFile, StoreWriteStats } from './segment-store';

export const STORE_PROTOCOL_VERSION = 2;

/** Client → server. `id` pairs each request with its answer. */
export type StoreRequest =
  | { readonly id: number; readonly op: 'open'; readonly version: number }
  | {
      readonly id: number;
      readonly op: 'apply';
      readonly batch: StoreBatch;
      /**
       * Chunk buffers may arrive transferred ({@link ApplyOptions.handOverChunks}); with this, send
       * them back (transferred) with the answer, for reuse.
       */
      readonly returnChunks?: boolean;
    }
  | { readonly id: number; readonly op: 'listFiles'; readonly prefix: string }
  | { readonly id: number; readonly op: 'readChunks'; readonly refs: readonly ChunkRef[] }
  | { readonly id: number; readonly op: 'getMeta'; readonly key: string }
  | { readonly id: number; readonly op: 'clear' }
  | { readonly id: number; readonly op: 'close' };

/** Server → client: the answer to request `id`, with the store's write counters as they now stand. */
export type StoreResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly value: StoredFile[] | Array<Uint8Array | undefined> | unknown;
      readonly stats: StoreWriteStats;
      /** An `apply` with `returnChunks`: its chunk buffers, transferred back. */
      readonly chunks?: ArrayBuffer[];
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { readonly name: string; readonly message: string };
      readonly chunks?: ArrayBuffer[];
    };

/** The part of a MessagePort / Worker / worker scope both ends use. */
export interface StorePort {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
