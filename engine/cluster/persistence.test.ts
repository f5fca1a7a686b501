/**
 * Each broker's log dir is written through the Foundation's persister to a SegmentStore (memory here,
 * IndexedDB in the browser): every replica's real segment files at `broker-N/<topic>-<p>`, byte for byte,
 * and a deleted topic's files removed from every broker's dir.
 */
import { describe, expect, it } from 'vitest';
import { FileIds } from '../storage/file-ids';
import { MemorySegmentStore } from '../storage/memory-store';
import { LogPersister } from '../storage/persister';
import { createCluster } from './cluster';

async function storedBytes(store: MemorySegmentStore, path: string): Promise<Uint8Array> {
  const [file] = (await store.listFiles(path)).filter((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the store`);
  const out = new Uint8Array(file.size);
  for (let i = 0; i * file.chunkBytes < file.size; i++)
    out.set((await store.readChunk(file.fileId, i)) ?? new Uint8Array(0), i * file.chunkBytes);
  return out;
}

describe('brokers persist their log dirs through the persister', () => {
  it('stores every replica’s segment files byte for byte, and removes a deleted topic everywhere', async () => {
    const store = new MemorySegmentStore();
    const persister = new LogPersister(store, { fileIds: new FileIds() });
    const cluster = createCluster({ brokers: 3, seed: 5, persister });
    cluster.createTopic('orders', { partitions: 1, replicationFactor: 3 });
    const producer = cluster.newProducer();
    for (let i = 0; i < 20; i++) producer.send({ topic: 'orders', key: `k${i}`, value: `v${i}` });
    producer.flush();
    cluster.runUntil(() => producer.idle(), 10_000);
    cluster.advance(1000);
    const result = await cluster.persist(() => ({ seed: cluster.seed }));
    expect(result.committed).toBe(true);
    for (const broker of cluster.brokers.values()) {
      const log = broker.logs.get('orders-0');
      const segment = log?.files().find((f) => f.name.endsWith('.log'));
      expect(segment).toBeDefined();
      const path = `broker-${broker.id}/orders-0/${segment?.name}`;
      expect(await storedBytes(store, path)).toEqual(segment?.file.readAll());
    }
    expect(await store.getMeta('seed')).toBe(5);

    cluster.deleteTopic('orders');
    await cluster.persist();
    const left = (await store.listFiles()).filter((f) => f.path.includes('/orders-0/'));
    expect(left).toEqual([]);
  });
});
