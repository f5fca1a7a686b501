/**
 * Opens the brokers' disks: an IndexedDB store served by a disk worker of its own (appends and disk
 * writes then use two cores), or, where this worker cannot start one, the store in this thread.
 */
import { IdbSegmentStore } from '../storage/idb-store';
import { RemoteSegmentStore } from '../storage/remote-store';
import type { SegmentStore } from '../storage/segment-store';
import type { StorePort } from '../storage/store-protocol';

export async function openDisk(dbName: string): Promise<SegmentStore> {
  if (typeof Worker === 'undefined') return IdbSegmentStore.open(dbName);
  // WARNING: keep this exact `new Worker(new URL('…', import.meta.url))` shape: it is how Vite finds
  // the disk worker and bundles it as a chunk of its own.
  const disk = new Worker(new URL('./disk-worker.ts', import.meta.url), { type: 'module', name: dbName });
  // A worker that cannot start reports it only as an 'error' event; without this, connect would wait
  // forever. (An IndexedDB that cannot open is answered by the disk worker and rejects connect.)
  const startFailed = new Promise<'failed'>((resolve) => {
    disk.addEventListener('error', () => resolve('failed'), { once: true });
  });
  const connected = await Promise.race([
    RemoteSegmentStore.connect(disk as unknown as StorePort),
    startFailed,
  ]);
  if (connected !== 'failed') return connected;
  disk.terminate();
  return IdbSegmentStore.open(dbName);
}
