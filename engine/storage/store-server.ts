/**
 * Serves a {@link SegmentStore} over a {@link StorePort}: the disk worker's whole job. Requests are
 * answered in arrival order per operation kind as the store itself orders them (the IndexedDB store
 * runs writes one after another). A store that cannot be opened answers every request with the error.
 *
 * @example
 *   serveSegmentStore(self, () => IdbSegmentStore.open('kafkascope'));
 */
import type { SegmentStore, StoreBatch } from './segment-store';
import {
  STORE_PROTOCOL_VERSION,
  type StorePort,
  type StoreRequest,
  type StoreResponse,
} from './store-protocol';

export function serveSegmentStore(port: StorePort, open: () => Promise<SegmentStore>): void {
  let store: Promise<SegmentStore> | null = null;
  port.addEventListener('message', (event) => {
    const request = event.data as StoreRequest;
    void answer(request).then((response) => {
      // Chunk bytes go back by transfer: they were read for this answer alone.
      const transfer =
        response.ok && request.op === 'readChunks'
          ? (response.value as Array<Uint8Array | undefined>).flatMap((b) =>
              b ? [b.buffer as ArrayBuffer] : [],
            )
          : [];
      // A settled batch's chunk buffers are done with (the store copied them): back for reuse.
      if (request.op === 'apply' && request.returnChunks === true) {
        const chunks = batchBuffers(request.batch);
        port.postMessage({ ...response, chunks }, chunks);
        return;
      }
      port.postMessage(response, transfer);
    });
  });

  async function answer(request: StoreRequest): Promise<StoreResponse> {
    try {
      if (request.op === 'open') {
        if (request.version !== STORE_PROTOCOL_VERSION) {
          throw new Error(`store protocol ${request.version} asked, ${STORE_PROTOCOL_VERSION} served`);
        }
        store ??= open();
      }
      if (store === null) throw new Error('the store was not opened');
      const opened = await store;
      return { id: request.id, ok: true, value: await run(opened, request), stats: { ...opened.stats } };
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      return { id: request.id, ok: false, error: { name, message } };
    }
  }
}

/** The batch's chunk buffers, each once, leaving out empty (detached) ones. */
function batchBuffers(batch: StoreBatch): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const write of batch)
    if (write.kind === 'putChunk' && write.bytes.byteLength > 0) buffers.add(write.bytes);
  return [...buffers];
}

function run(store: SegmentStore, request: StoreRequest): Promise<unknown> {
  switch (request.op) {
    case 'open':
      return Promise.resolve(null);
    case 'apply':
      return store.apply(request.batch);
    case 'listFiles':
      return store.listFiles(request.prefix);
    case 'readChunks':
      // Exact copies, so each answer owns its buffers and can transfer them.
      return store.readChunks(request.refs).then((chunks) => chunks.map((c) => c?.slice()));
    case 'getMeta':
      return store.getMeta(request.key);
    case 'clear':
      return store.clear();
    case 'close':
      store.close();
      return Promise.resolve(null);
  }
}
