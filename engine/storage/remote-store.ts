/**
 * A {@link SegmentStore} that lives in another worker (see store-protocol.ts for why). Every call is a
 * request over the port; the answer settles it. Batches are sent by structured clone; with
 * `handOverChunks` their chunk buffers are transferred instead (the message copies no chunk bytes; the
 * caller's buffers are left detached), and with `onChunksReturned` the server sends them back, also
 * transferred, once the batch has settled.
 *
 * @example
 *   const store = await RemoteSegmentStore.connect(new Worker(diskWorkerUrl, { type: 'module' }));
 */
import {
  type ApplyOptions,
  type ChunkRef,
  type FileRef,
  type SegmentStore,
  type StoreBatch,
  StoreBatchError,
  type StoredFile,
  type StoreWriteStats,
} from './segment-store';
import {
  STORE_PROTOCOL_VERSION,
  type StorePort,
  type StoreRequest,
  type StoreResponse,
} from './store-protocol';

type Pending = {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onChunks?: ((buffers: ArrayBuffer[]) => void) | undefined;
};
type RequestBody = StoreRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class RemoteSegmentStore implements SegmentStore {
  readonly stats: StoreWriteStats = { transactions: 0, chunkPuts: 0, chunkBytesWritten: 0 };
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly port: StorePort) {
    port.addEventListener('message', (event) => this.settle(event.data as StoreResponse));
  }

  /** Connects and opens the remote store; rejects with the remote's error if it cannot open. */
  static async connect(port: StorePort): Promise<RemoteSegmentStore> {
    const store = new RemoteSegmentStore(port);
    await store.request({ op: 'open', version: STORE_PROTOCOL_VERSION });
    return store;
  }

  async apply(batch: StoreBatch, options: ApplyOptions = {}): Promise<void> {
    const transfer = options.handOverChunks === true ? chunkBuffers(batch) : [];
    const returnChunks = transfer.length > 0 && options.onChunksReturned !== undefined;
    await this.request(
      { op: 'apply', batch, returnChunks },
      transfer,
      returnChunks ? options.onChunksReturned : undefined,
    );
  }

  listFiles(prefix = ''): Promise<StoredFile[]> {
    return this.request({ op: 'listFiles', prefix }) as Promise<StoredFile[]>;
  }

  async readChunk(file: FileRef, index: number): Promise<Uint8Array | undefined> {
    const [bytes] = await this.readChunks([{ file, index }]);
    return bytes;
  }

  readChunks(refs: readonly ChunkRef[]): Promise<Array<Uint8Array | undefined>> {
    return this.request({ op: 'readChunks', refs }) as Promise<Array<Uint8Array | undefined>>;
  }

  getMeta(key: string): Promise<unknown> {
    return this.request({ op: 'getMeta', key });
  }

  async clear(): Promise<void> {
    await this.request({ op: 'clear' });
  }

  close(): void {
    void this.request({ op: 'close' }).catch(() => {});
  }

  private request(
    body: RequestBody,
    transfer: ArrayBuffer[] = [],
    onChunks?: (buffers: ArrayBuffer[]) => void,
  ): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onChunks });
      try {
        this.port.postMessage({ ...body, id }, transfer);
      } catch (error) {
        // Not sent (e.g. an uncloneable meta value): nothing was transferred, no answer will come.
        this.pending.delete(id);
        throw error;
      }
    });
  }

  private settle(response: StoreResponse): void {
    const pending = this.pending.get(response.id);
    if (pending === undefined) return;
    this.pending.delete(response.id);
    if (response.chunks !== undefined && response.chunks.length > 0) pending.onChunks?.(response.chunks);
    if (!response.ok) {
      pending.reject(remoteError(response.error));
      return;
    }
    Object.assign(this.stats, response.stats);
    pending.resolve(response.value);
  }
}

/** The batch's chunk buffers, each once (a buffer listed twice would make postMessage throw). */
function chunkBuffers(batch: StoreBatch): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const write of batch) if (write.kind === 'putChunk') buffers.add(write.bytes);
  return [...buffers];
}

/** Rebuilds the remote error with its name, so callers can tell a bad batch from a failed disk. */
function remoteError({ name, message }: { name: string; message: string }): Error {
  if (name === 'StoreBatchError') {
    const step = /^batch step (\d+): (.*)$/s.exec(message);
    if (step) return new StoreBatchError(Number(step[1]), step[2] ?? message);
  }
  const error = new Error(message);
  error.name = name;
  return error;
}
