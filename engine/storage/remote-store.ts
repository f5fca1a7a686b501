/**
 * A {@link SegmentStore} that lives in another worker (see store-protocol.ts for why). Every call is a
 * request over the port; the answer settles it. Batches are sent by structured clone, not transfer:
 * the persister keeps a failed batch to retry, so its chunk buffers must stay usable here.
 *
 * @example
 *   const store = await RemoteSegmentStore.connect(new Worker(diskWorkerUrl, { type: 'module' }));
 */
import {
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

type Pending = { resolve(value: unknown): void; reject(error: Error): void };
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

  async apply(batch: StoreBatch): Promise<void> {
    await this.request({ op: 'apply', batch });
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

  private request(body: RequestBody): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage({ ...body, id });
    });
  }

  private settle(response: StoreResponse): void {
    const pending = this.pending.get(response.id);
    if (pending === undefined) return;
    this.pending.delete(response.id);
    if (!response.ok) {
      pending.reject(remoteError(response.error));
      return;
    }
    Object.assign(this.stats, response.stats);
    pending.resolve(response.value);
  }
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
