/**
 * A partition directory's files and what happened to them: the name → file map that `ls` shows, the
 * FileOps the persister replays (create, rename to `.deleted`, delete, truncate), and the `.deleted`
 * files waiting for `file.delete.delay.ms` (KAFKA-REFERENCE §3.4).
 */
import { ChunkedFile } from './chunked-file';
import { segmentFileName } from './file-names';
import type { FileOp } from './file-ops';
import type { LogSegment } from './log-segment';

/** Files renamed to `.deleted` together, removed together when due. */
export interface PendingDeletion {
  readonly dueMs: number;
  readonly names: readonly string[];
}

/** A directory entry as `ls -l` would list it. */
export interface DirEntry {
  readonly name: string;
  readonly file: ChunkedFile;
}

export class LogDir {
  private readonly entries = new Map<string, ChunkedFile>();
  private ops: FileOp[] = [];
  private pending: PendingDeletion[] = [];

  constructor(readonly chunkBytes?: number) {}

  /** Adds an existing file without recording an op (restore, recovery). */
  adopt(name: string, file: ChunkedFile): void {
    this.entries.set(name, file);
  }

  /** Creates (and records) a new empty file. */
  create(name: string, file: ChunkedFile = new ChunkedFile(this.chunkBytes)): ChunkedFile {
    if (this.entries.has(name)) this.delete(name);
    this.entries.set(name, file);
    this.ops.push({ kind: 'create', name });
    return file;
  }

  get(name: string): ChunkedFile | undefined {
    return this.entries.get(name);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Renames a file; an existing file at `to` is replaced, as Kafka's atomic move does. */
  rename(from: string, to: string): void {
    const file = this.entries.get(from);
    if (file === undefined) throw new Error(`no file ${from} to rename`);
    if (this.entries.has(to)) this.delete(to);
    this.flushTruncation(from, file);
    this.entries.delete(from);
    this.entries.set(to, file);
    this.ops.push({ kind: 'rename', from, to });
  }

  delete(name: string): void {
    if (!this.entries.delete(name)) return;
    this.ops.push({ kind: 'delete', name });
    this.pending = this.pending
      .map((p) => ({ dueMs: p.dueMs, names: p.names.filter((n) => n !== name) }))
      .filter((p) => p.names.length > 0);
  }

  /** Creates (and records) a new segment's `.log`, `.index` and `.timeindex` under Kafka's names (§2.1). */
  createSegmentFiles(segment: LogSegment): void {
    this.create(segmentFileName(segment.baseOffset, 'log'), segment.log);
    this.create(segmentFileName(segment.baseOffset, 'index'), segment.offsetIndex.file);
    this.create(segmentFileName(segment.baseOffset, 'timeindex'), segment.timeIndex.file);
  }

  /** Renames a segment's files to `.deleted`, due for removal at `dueMs` (§3.4). Returns the new names. */
  renameSegmentForDeletion(baseOffset: number, dueMs: number): string[] {
    const names = (['log', 'index', 'timeindex'] as const).map((kind) => segmentFileName(baseOffset, kind));
    return this.renameForDeletion(names, dueMs);
  }

  /**
   * Replaces a small text file's content (`leader-epoch-checkpoint`, `partition.metadata`), creating it if
   * need be, as Kafka rewrites a checkpoint file whole.
   */
  writeText(name: string, text: string): void {
    const file = this.get(name) ?? this.create(name);
    if (file.size > 0) file.truncate(0);
    this.noteTruncation(name);
    file.append(new TextEncoder().encode(text));
  }

  /**
   * The directory as `ls -l` on a broker shows it: `sizeBytes` is what the file holds; `allocatedBytes`
   * is its size on disk, which for the indexes of `segments` is their allocation (pre-allocated
   * segment.index.bytes while active, trimmed after roll, §2.2).
   */
  listing(
    segments: readonly LogSegment[],
  ): Array<{ name: string; sizeBytes: number; allocatedBytes: number }> {
    const allocated = new Map<ChunkedFile, number>();
    for (const s of segments) {
      allocated.set(s.offsetIndex.file, s.offsetIndex.allocatedBytes);
      allocated.set(s.timeIndex.file, s.timeIndex.allocatedBytes);
    }
    return this.list().map(({ name, file }) => ({
      name,
      sizeBytes: file.size,
      allocatedBytes: allocated.get(file) ?? file.size,
    }));
  }

  /** Renames files to `<name>.deleted` and schedules their removal at `dueMs`. */
  renameForDeletion(names: readonly string[], dueMs: number): string[] {
    const renamed: string[] = [];
    for (const name of names) {
      if (!this.entries.has(name)) continue;
      const to = `${name}.deleted`;
      this.rename(name, to);
      renamed.push(to);
    }
    if (renamed.length > 0) this.pending.push({ dueMs, names: renamed });
    return renamed;
  }

  /** Removes every `.deleted` file whose delay has passed; returns their names. */
  deleteExpired(nowMs: number): string[] {
    const due = this.pending.filter((p) => p.dueMs <= nowMs);
    if (due.length === 0) return [];
    this.pending = this.pending.filter((p) => p.dueMs > nowMs);
    const names = due.flatMap((p) => p.names);
    for (const name of names) {
      if (this.entries.delete(name)) this.ops.push({ kind: 'delete', name });
    }
    return names;
  }

  /** When the next `.deleted` files are due, or null. */
  nextDeletionDueMs(): number | null {
    return this.pending.reduce<number | null>(
      (min, p) => (min === null || p.dueMs < min ? p.dueMs : min),
      null,
    );
  }

  pendingDeletions(): readonly PendingDeletion[] {
    return this.pending;
  }

  restorePending(pending: readonly PendingDeletion[]): void {
    this.pending = pending.map((p) => ({ dueMs: p.dueMs, names: [...p.names] }));
  }

  /** Records a `truncate` op for each file cut since the last look (follower truncation, index rebuilds). */
  flushTruncations(): void {
    for (const [name, file] of this.entries) this.flushTruncation(name, file);
  }

  /** Records a `truncate` op now for one file if it was cut (keeps ops in the order things happened). */
  noteTruncation(name: string): void {
    const file = this.entries.get(name);
    if (file !== undefined) this.flushTruncation(name, file);
  }

  private flushTruncation(name: string, file: ChunkedFile): void {
    const size = file.takeTruncation();
    if (size !== null) this.ops.push({ kind: 'truncate', name, size });
  }

  /** Drains the recorded ops, oldest first. */
  takeOps(): FileOp[] {
    this.flushTruncations();
    const ops = this.ops;
    this.ops = [];
    return ops;
  }

  /** Every file, sorted by name as `ls` sorts them. */
  list(): DirEntry[] {
    return [...this.entries]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, file]) => ({ name, file }));
  }

  names(): string[] {
    return this.list().map((e) => e.name);
  }
}
