/**
 * An append-mostly file held as fixed-size chunks: the unit the page cache keeps in memory and the
 * IndexedDB store persists (one stored value per chunk, never one per record).
 *
 * The log layer reads and writes through it synchronously. A chunk that the page cache evicted is
 * "cold": reading it throws {@link ColdChunkError} naming the chunk, and the host loads it from the
 * store (asynchronously) and calls {@link ChunkedFile.load} before retrying. Only clean chunks (already
 * persisted) may be evicted, so no byte is ever lost by eviction.
 *
 * @example
 *   const f = new ChunkedFile();
 *   f.append(new Uint8Array([1, 2, 3]));
 *   f.read(1, 2); // Uint8Array [2, 3]
 */
export const DEFAULT_CHUNK_BYTES = 64 * 1024;

export class ColdChunkError extends Error {
  constructor(
    readonly file: ChunkedFile,
    readonly chunkIndex: number,
  ) {
    super(`chunk ${chunkIndex} of a file is not in the page cache`);
    this.name = 'ColdChunkError';
  }
}

export class ChunkedFile {
  /** Resident chunks; `undefined` marks a chunk evicted to the store. A buffer may be shorter than
   * `chunkBytes` (it grows on append); bytes past the file's size are zero. */
  private readonly chunks: Array<Uint8Array | undefined> = [];
  /** Chunk indexes written since the last {@link takeDirty}: what the persister must write next. */
  private readonly dirty = new Set<number>();
  private sizeBytes = 0;
  /** Smallest size {@link truncate} cut the file to since the last {@link takeTruncation}, if any. */
  private truncatedToBytes: number | null = null;

  constructor(readonly chunkBytes: number = DEFAULT_CHUNK_BYTES) {}

  get size(): number {
    return this.sizeBytes;
  }

  get chunkCount(): number {
    return this.chunks.length;
  }

  append(bytes: Uint8Array): void {
    let written = 0;
    while (written < bytes.length) {
      const pos = this.sizeBytes + written;
      const index = Math.floor(pos / this.chunkBytes);
      const within = pos % this.chunkBytes;
      const n = Math.min(this.chunkBytes - within, bytes.length - written);
      const chunk = this.residentChunkForWrite(index, within + n);
      chunk.set(bytes.subarray(written, written + n), within);
      this.dirty.add(index);
      written += n;
    }
    this.sizeBytes += bytes.length;
  }

  /** Copies `length` bytes from `position`. Throws ColdChunkError if a needed chunk is evicted. */
  read(position: number, length: number): Uint8Array {
    if (position < 0 || length < 0 || position + length > this.sizeBytes) {
      throw new RangeError(
        `read [${position}, ${position + length}) outside file of ${this.sizeBytes} bytes`,
      );
    }
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const pos = position + done;
      const index = Math.floor(pos / this.chunkBytes);
      const within = pos % this.chunkBytes;
      const chunk = this.chunks[index];
      if (chunk === undefined) throw new ColdChunkError(this, index);
      const n = Math.min(this.chunkBytes - within, length - done);
      out.set(chunk.subarray(within, within + n), done);
      done += n;
    }
    return out;
  }

  /**
   * `length` bytes from `position` without copying when they lie in one chunk (a fetch's batches): a
   * read-only view. Bytes below the file size never change in place — appends go past the end and
   * truncate copies the chunk it cuts — so the view stays what was read. Copies across chunks.
   */
  readView(position: number, length: number): Uint8Array {
    const within = position % this.chunkBytes;
    if (within + length > this.chunkBytes || position < 0 || length < 0 || position + length > this.sizeBytes)
      return this.read(position, length);
    const index = Math.floor(position / this.chunkBytes);
    const chunk = this.chunks[index];
    if (chunk === undefined) throw new ColdChunkError(this, index);
    return chunk.subarray(within, within + length);
  }

  /**
   * The big-endian signed 32-bit integer at `position` (index entries), without copying when it lies in
   * one chunk. Throws ColdChunkError if the chunk is evicted.
   */
  readInt32(position: number): number {
    const within = position % this.chunkBytes;
    if (within + 4 > this.chunkBytes || position + 4 > this.sizeBytes) {
      const bytes = this.read(position, 4);
      return (
        ((bytes[0] as number) << 24) |
        ((bytes[1] as number) << 16) |
        ((bytes[2] as number) << 8) |
        (bytes[3] as number)
      );
    }
    const index = Math.floor(position / this.chunkBytes);
    const chunk = this.chunks[index];
    if (chunk === undefined) throw new ColdChunkError(this, index);
    return (
      ((chunk[within] as number) << 24) |
      ((chunk[within + 1] as number) << 16) |
      ((chunk[within + 2] as number) << 8) |
      (chunk[within + 3] as number)
    );
  }

  /** The whole file as one buffer (for small files such as indexes, and for tests). */
  readAll(): Uint8Array {
    return this.read(0, this.sizeBytes);
  }

  /** Cuts the file to `size` bytes (Kafka truncates the .log and trims index files). */
  truncate(size: number): void {
    if (size < 0 || size > this.sizeBytes) throw new RangeError(`truncate to ${size} of ${this.sizeBytes}`);
    const keep = Math.ceil(size / this.chunkBytes);
    this.chunks.length = keep;
    for (const i of [...this.dirty]) if (i >= keep) this.dirty.delete(i);
    const last = keep - 1;
    const within = size % this.chunkBytes;
    if (within !== 0 && last >= 0) {
      const chunk = this.chunks[last];
      if (chunk !== undefined && within < chunk.length) {
        // Copy on write: views handed out by readView() must never see bytes change under them.
        const copy = new Uint8Array(chunk.length);
        copy.set(chunk.subarray(0, within));
        this.chunks[last] = copy;
      }
      this.dirty.add(last);
    }
    this.sizeBytes = size;
    this.truncatedToBytes = Math.min(this.truncatedToBytes ?? size, size);
  }

  /**
   * Returns and clears the smallest size the file was truncated to since the last call (null if it was
   * not truncated): the log turns it into a `truncate` FileOp so the store drops the cut bytes.
   */
  takeTruncation(): number | null {
    const size = this.truncatedToBytes;
    this.truncatedToBytes = null;
    return size;
  }

  /** Bytes of chunk `index` that belong to the file (the tail chunk is shorter). */
  chunkLength(index: number): number {
    return Math.max(0, Math.min(this.chunkBytes, this.sizeBytes - index * this.chunkBytes));
  }

  isResident(index: number): boolean {
    return this.chunks[index] !== undefined;
  }

  isDirty(index: number): boolean {
    return this.dirty.has(index);
  }

  /** The resident bytes of a chunk that belong to the file, or undefined when evicted. */
  peekChunk(index: number): Uint8Array | undefined {
    return this.chunks[index]?.subarray(0, this.chunkLength(index));
  }

  /** Returns and clears the set of chunks written since the last call, in index order. */
  takeDirty(): number[] {
    const out = [...this.dirty].sort((a, b) => a - b);
    this.dirty.clear();
    return out;
  }

  /** Drops a clean chunk from memory. Returns the bytes freed (0 if it was dirty or absent). */
  evict(index: number): number {
    const chunk = this.chunks[index];
    if (chunk === undefined || this.dirty.has(index)) return 0;
    this.chunks[index] = undefined;
    return chunk.length;
  }

  /** Puts a chunk read back from the store into memory. */
  load(index: number, bytes: Uint8Array): void {
    this.chunks[index] = bytes.slice(0, Math.min(bytes.length, this.chunkBytes));
  }

  /**
   * Rebuilds a file of `size` bytes whose chunks all live in the store (after a reload). Chunks are
   * loaded on demand through {@link load}; none is dirty.
   */
  static cold(size: number, chunkBytes: number = DEFAULT_CHUNK_BYTES): ChunkedFile {
    const file = new ChunkedFile(chunkBytes);
    file.sizeBytes = size;
    file.chunks.length = Math.ceil(size / chunkBytes);
    return file;
  }

  /** A resident, clean file holding `bytes` (e.g. read whole from the store). */
  static of(bytes: Uint8Array, chunkBytes: number = DEFAULT_CHUNK_BYTES): ChunkedFile {
    const file = new ChunkedFile(chunkBytes);
    file.append(bytes);
    file.dirty.clear();
    return file;
  }

  /**
   * A chunk buffer able to hold `needed` bytes. Buffers grow by doubling up to `chunkBytes`, so the
   * thousands of tiny files a 14-byte `segment.bytes` lesson creates do not each cost a full chunk.
   */
  private residentChunkForWrite(index: number, needed: number): Uint8Array {
    const existing = this.chunks[index];
    if (existing === undefined && index < this.chunks.length) throw new ColdChunkError(this, index);
    if (existing !== undefined && existing.length >= needed) return existing;
    // The first chunk grows by doubling, so the thousands of tiny files of a `segment.bytes=14` lesson
    // stay small; a file that has outgrown one chunk is a big file, and later chunks start full size
    // rather than being copied ten times on the way up.
    const minimum = index > 0 ? this.chunkBytes : 256;
    const capacity = Math.min(this.chunkBytes, Math.max(needed, 2 * (existing?.length ?? 0), minimum));
    const grown = new Uint8Array(capacity);
    if (existing !== undefined) grown.set(existing);
    this.chunks[index] = grown;
    return grown;
  }
}
