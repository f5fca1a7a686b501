import { ChunkedFile } from '../log/chunked-file';
import type { FileOp } from '../log/file-ops';
import type { PersistableLog } from './log-dir-drain';
import type { MemorySegmentStore } from './memory-store';
import type {
  ApplyOptions,
  ChunkRef,
  FileRef,
  SegmentStore,
  StoreBatch,
  StoredFile,
  StoreWriteStats,
} from './segment-store';
import type { StorePort } from './store-protocol';

// Test doubles for storage tests. They live beside the code (not in a *.test.ts) because several test
// files share them; nothing outside tests imports this file.

/**
 * A test double for a log directory: named {@link ChunkedFile}s and the {@link FileOp}s a real Log
 * reports, nothing more. Storage tests drive it instead of `engine/log`'s Log so they pin down the
 * persister's contract (`files()` + `takeFileOps()`) and not the log's behaviour.
 *
 * @example
 *   const log = new TestLog();
 *   log.create('00000000000000000000.log').append(new Uint8Array([1, 2, 3]));
 *   log.rename('00000000000000000000.log', '00000000000000000000.log.deleted');
 */
export class TestLog implements PersistableLog {
  private readonly byName = new Map<string, ChunkedFile>();
  private ops: FileOp[] = [];

  /** Starts from files rebuilt by the loader (no ops: they are already in the store). */
  constructor(loaded: ReadonlyMap<string, ChunkedFile> = new Map()) {
    for (const [name, file] of loaded) this.byName.set(name, file);
  }

  files(): Array<{ name: string; file: ChunkedFile }> {
    return [...this.byName].map(([name, file]) => ({ name, file }));
  }

  takeFileOps(): FileOp[] {
    const ops = this.ops;
    this.ops = [];
    return ops;
  }

  file(name: string): ChunkedFile {
    const file = this.byName.get(name);
    if (file === undefined) throw new Error(`no file ${name}`);
    return file;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  create(name: string, chunkBytes?: number): ChunkedFile {
    const file = new ChunkedFile(chunkBytes);
    this.byName.set(name, file);
    this.ops.push({ kind: 'create', name });
    return file;
  }

  truncate(name: string, size: number): void {
    this.file(name).truncate(size);
    this.ops.push({ kind: 'truncate', name, size });
  }

  /** Replaces `to` if it exists, as a POSIX rename does. */
  rename(from: string, to: string): void {
    const file = this.file(from);
    this.byName.delete(from);
    this.byName.set(to, file);
    this.ops.push({ kind: 'rename', from, to });
  }

  delete(name: string): void {
    this.byName.delete(name);
    this.ops.push({ kind: 'delete', name });
  }
}

/**
 * A store whose transactions wait until the test releases (or fails) them, to hold a flush "in
 * flight". Reads go straight to the inner store, so they see only committed writes, the strictest
 * case for the page cache's pins. Chunk buffers handed over are taken as a disk worker takes them
 * (the caller's are left detached) and, once the transaction settles, given back for reuse with
 * bytes of their own (stale ones, as a reused buffer has).
 *
 * @example
 *   const store = new GatedStore(new MemorySegmentStore());
 *   const done = persister.flush(); // store.waiting === 1
 *   await store.release(); // commits it; `done` resolves
 */
export class GatedStore implements SegmentStore {
  private readonly queue: Array<{
    batch: StoreBatch;
    resolve: () => void;
    reject: (error: unknown) => void;
    giveBack: (() => void) | undefined;
  }> = [];
  /** Every batch handed to `apply`, in order (for tests that inspect what the persister sent). */
  readonly batches: StoreBatch[] = [];

  constructor(readonly inner: MemorySegmentStore) {}

  get waiting(): number {
    return this.queue.length;
  }

  get stats(): Readonly<StoreWriteStats> {
    return this.inner.stats;
  }

  apply(batch: StoreBatch, options: ApplyOptions = {}): Promise<void> {
    const taken = options.handOverChunks === true ? take(batch) : batch;
    const returned = options.onChunksReturned;
    const giveBack =
      returned && taken !== batch ? () => returned(scribbled(chunkBuffersOf(taken))) : undefined;
    this.batches.push(taken);
    return new Promise((resolve, reject) => {
      this.queue.push({ batch: taken, resolve, reject, giveBack });
    });
  }

  /** Commits the oldest waiting transaction (or rejects it, if the inner store refuses it). */
  async release(): Promise<void> {
    const next = this.queue.shift();
    if (next === undefined) throw new Error('no transaction is waiting');
    await this.inner.apply(next.batch).then(next.resolve, next.reject);
    next.giveBack?.();
    await settle();
  }

  /** Fails the oldest waiting transaction, as a full disk would; nothing of it is written. */
  async fail(error: unknown = new Error('QuotaExceededError')): Promise<void> {
    const next = this.queue.shift();
    if (next === undefined) throw new Error('no transaction is waiting');
    next.reject(error);
    next.giveBack?.();
    await settle();
  }

  listFiles(prefix?: string): Promise<StoredFile[]> {
    return this.inner.listFiles(prefix);
  }
  readChunk(file: FileRef, index: number): Promise<Uint8Array | undefined> {
    return this.inner.readChunk(file, index);
  }
  readChunks(refs: readonly ChunkRef[]): Promise<Array<Uint8Array | undefined>> {
    return this.inner.readChunks(refs);
  }
  getMeta(key: string): Promise<unknown> {
    return this.inner.getMeta(key);
  }
  clear(): Promise<void> {
    return this.inner.clear();
  }
  close(): void {
    this.inner.close();
  }
}

/** The batch as a disk worker receives it: chunk buffers transferred (detached on the caller's side). */
function take(batch: StoreBatch): StoreBatch {
  return cloneWithTransfer(batch, { transfer: chunkBuffersOf(batch) }) as StoreBatch;
}

function chunkBuffersOf(batch: StoreBatch): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const write of batch)
    if (write.kind === 'putChunk' && write.bytes.byteLength > 0) buffers.add(write.bytes);
  return [...buffers];
}

/** The buffers, detached here, as fresh ones full of junk: whoever reuses them must overwrite them. */
function scribbled(buffers: ArrayBuffer[]): ArrayBuffer[] {
  const moved = cloneWithTransfer(buffers, { transfer: buffers }) as ArrayBuffer[];
  for (const buffer of moved) new Uint8Array(buffer).fill(0xee);
  return moved;
}

/** Lets every pending promise callback run (a few turns of the microtask queue). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** Node's and the browsers' structuredClone takes a transfer list (engine/host-globals.d.ts omits it). */
const cloneWithTransfer = structuredClone as (
  value: unknown,
  options: { transfer: ArrayBuffer[] },
) => unknown;

/**
 * Two ends of a message channel: structured clone (transferred buffers are detached on the sending
 * side), delivery later (never inside postMessage).
 */
export function portPair(): [StorePort, StorePort] {
  const listeners: Array<Array<(event: { data: unknown }) => void>> = [[], []];
  const end = (me: 0 | 1): StorePort => ({
    postMessage(message, transfer = []) {
      const data = cloneWithTransfer(message, { transfer });
      void Promise.resolve().then(() => {
        for (const listener of listeners[1 - me] ?? []) listener({ data });
      });
    },
    addEventListener(_type, listener) {
      listeners[me]?.push(listener);
    },
  });
  return [end(0), end(1)];
}
