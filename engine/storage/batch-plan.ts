import {
  chunkCountOf,
  type StoreBatch,
  StoreBatchError,
  type StoredFile,
  type StoreWrite,
} from './segment-store';

/**
 * Turns an ordered batch into the final effects a store must write, checking every step against the
 * files it touches. Both stores use it, so they agree on what a batch means and on which batches fail;
 * a store fetches the records {@link batchRefs} names, plans, and only then writes (so a bad step
 * leaves the store unchanged).
 *
 * Ordering is resolved here, not in the store: a chunk put before a truncate or delete of its file
 * is dropped, a put after it survives, and the effects come out in a fixed order (drop records, drop
 * chunk ranges, put records, put chunks, meta) that gives the same result as replaying the steps.
 *
 * @example
 *   const refs = batchRefs(batch); // paths and fileIds to fetch
 *   const plan = planBatch(batch, knownFiles); // throws StoreBatchError on a bad step
 */
export interface BatchPlan {
  /** Paths whose record must go before any record is put (deleted, renamed away, or replaced). */
  readonly fileDeletes: readonly string[];
  /** Chunks `index >= fromIndex` of `fileId` to drop (a file deleted or shrunk in this batch). */
  readonly chunkDeletes: ReadonlyArray<{ readonly fileId: number; readonly fromIndex: number }>;
  readonly filePuts: readonly StoredFile[];
  readonly chunkPuts: ReadonlyArray<{
    readonly fileId: number;
    readonly index: number;
    readonly bytes: ArrayBuffer;
  }>;
  readonly metaPuts: ReadonlyMap<string, unknown>;
  readonly metaDeletes: readonly string[];
}

/** The file records a store must look up before planning: by path and by fileId. */
export interface BatchRefs {
  readonly paths: readonly string[];
  readonly fileIds: readonly number[];
}

export function batchRefs(batch: StoreBatch): BatchRefs {
  const paths = new Set<string>();
  const fileIds = new Set<number>();
  for (const step of batch) {
    switch (step.kind) {
      case 'createFile':
        paths.add(step.path);
        fileIds.add(step.fileId);
        break;
      case 'renameFile':
        paths.add(step.from);
        paths.add(step.to);
        break;
      case 'deleteFile':
      case 'resizeFile':
        paths.add(step.path);
        break;
      case 'putChunk':
        fileIds.add(step.fileId);
        break;
      case 'putMeta':
      case 'deleteMeta':
        break;
    }
  }
  return { paths: [...paths], fileIds: [...fileIds] };
}

/** `known` holds the current record of every ref that exists (missing refs are absent). */
export function planBatch(batch: StoreBatch, known: Iterable<StoredFile>): BatchPlan {
  const planner = new Planner(known);
  batch.forEach((step, i) => {
    planner.step(step, i);
  });
  return planner.result();
}

class Planner {
  /** Path → record as of the current step (undefined: the path is free). */
  private readonly byPath = new Map<string, StoredFile | undefined>();
  /** fileId → its current path, or undefined once deleted. */
  private readonly pathOf = new Map<number, string | undefined>();
  private readonly original = new Map<string, StoredFile>();
  private readonly chunkDeletes = new Map<number, number>();
  /** Key `fileId:index`; Map keeps first-insertion order, which is fine: puts are independent. */
  private readonly chunkPuts = new Map<string, { fileId: number; index: number; bytes: ArrayBuffer }>();
  private readonly metaPuts = new Map<string, unknown>();
  private readonly metaDeletes = new Set<string>();

  constructor(known: Iterable<StoredFile>) {
    for (const file of known) {
      this.byPath.set(file.path, file);
      this.pathOf.set(file.fileId, file.path);
      this.original.set(file.path, file);
    }
  }

  step(step: StoreWrite, i: number): void {
    switch (step.kind) {
      case 'createFile':
        this.create(step, i);
        break;
      case 'renameFile':
        this.rename(step.from, step.to, i);
        break;
      case 'deleteFile':
        this.delete(step.path, i);
        break;
      case 'resizeFile':
        this.resize(step.path, step.size, i);
        break;
      case 'putChunk':
        this.putChunk(step.fileId, step.index, step.bytes, i);
        break;
      case 'putMeta':
        this.metaDeletes.delete(step.key);
        this.metaPuts.set(step.key, step.value);
        break;
      case 'deleteMeta':
        this.metaPuts.delete(step.key);
        this.metaDeletes.add(step.key);
        break;
    }
  }

  result(): BatchPlan {
    const fileDeletes: string[] = [];
    const filePuts: StoredFile[] = [];
    for (const [path, now] of this.byPath) {
      const before = this.original.get(path);
      if (now === before) continue;
      if (before !== undefined) fileDeletes.push(path);
      if (now !== undefined) filePuts.push(now);
    }
    return {
      fileDeletes,
      chunkDeletes: [...this.chunkDeletes].map(([fileId, fromIndex]) => ({ fileId, fromIndex })),
      filePuts,
      chunkPuts: [...this.chunkPuts.values()],
      metaPuts: this.metaPuts,
      metaDeletes: [...this.metaDeletes],
    };
  }

  private create(step: Extract<StoreWrite, { kind: 'createFile' }>, i: number): void {
    if (this.byPath.get(step.path) !== undefined) throw new StoreBatchError(i, `${step.path} already exists`);
    if (this.pathOf.get(step.fileId) !== undefined) {
      throw new StoreBatchError(i, `fileId ${step.fileId} is in use by ${this.pathOf.get(step.fileId)}`);
    }
    if (!Number.isSafeInteger(step.fileId)) throw new StoreBatchError(i, `bad fileId ${step.fileId}`);
    if (!Number.isSafeInteger(step.chunkBytes) || step.chunkBytes <= 0) {
      throw new StoreBatchError(i, `bad chunkBytes ${step.chunkBytes}`);
    }
    const file: StoredFile = { path: step.path, fileId: step.fileId, size: 0, chunkBytes: step.chunkBytes };
    this.byPath.set(step.path, file);
    this.pathOf.set(step.fileId, step.path);
  }

  private rename(from: string, to: string, i: number): void {
    const file = this.existing(from, i);
    if (this.byPath.get(to) !== undefined) throw new StoreBatchError(i, `rename target ${to} already exists`);
    this.byPath.set(from, undefined);
    this.byPath.set(to, { ...file, path: to });
    this.pathOf.set(file.fileId, to);
  }

  private delete(path: string, i: number): void {
    const file = this.existing(path, i);
    this.byPath.set(path, undefined);
    this.pathOf.set(file.fileId, undefined);
    this.dropChunksFrom(file.fileId, 0);
  }

  private resize(path: string, size: number, i: number): void {
    const file = this.existing(path, i);
    if (!Number.isSafeInteger(size) || size < 0) throw new StoreBatchError(i, `bad size ${size} for ${path}`);
    const resized = { ...file, size };
    this.byPath.set(path, resized);
    // Growing needs no chunk work: no chunk exists past the old size (shrinks drop them).
    if (size < file.size) this.dropChunksFrom(file.fileId, chunkCountOf(resized));
  }

  private putChunk(fileId: number, index: number, bytes: ArrayBuffer, i: number): void {
    const path = this.pathOf.get(fileId);
    const file = path === undefined ? undefined : this.byPath.get(path);
    if (file === undefined) throw new StoreBatchError(i, `no file with fileId ${fileId}`);
    if (!Number.isSafeInteger(index) || index < 0 || index >= chunkCountOf(file)) {
      throw new StoreBatchError(i, `chunk ${index} outside ${file.path} (${file.size} bytes)`);
    }
    if (!(bytes instanceof ArrayBuffer) || bytes.byteLength > file.chunkBytes) {
      throw new StoreBatchError(
        i,
        `chunk ${index} of ${file.path} is not an ArrayBuffer of ≤ ${file.chunkBytes} bytes`,
      );
    }
    this.chunkPuts.set(`${fileId}:${index}`, { fileId, index, bytes });
  }

  private existing(path: string, i: number): StoredFile {
    const file = this.byPath.get(path);
    if (file === undefined) throw new StoreBatchError(i, `no file ${path}`);
    return file;
  }

  /** Records a range drop and forgets earlier puts it covers (later puts are added after it). */
  private dropChunksFrom(fileId: number, fromIndex: number): void {
    const previous = this.chunkDeletes.get(fileId);
    this.chunkDeletes.set(fileId, previous === undefined ? fromIndex : Math.min(previous, fromIndex));
    for (const [key, put] of this.chunkPuts) {
      if (put.fileId === fileId && put.index >= fromIndex) this.chunkPuts.delete(key);
    }
  }
}
