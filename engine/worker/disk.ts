/**
 * Opens the brokers' disks: an IndexedDB store served by a disk worker of its own (appends and disk
 * writes then use two cores), or, where this worker cannot start one, the store in this thread.
 *
 * One tab owns a saved cluster at a time: the owner holds a Web Lock named after the database for its
 * worker's lifetime. Another tab that cannot get it within {@link LOCK_WAIT_MS} is told so (its engine
 * then runs in memory), so two tabs never write the same disks.
 */
import { IdbSegmentStore } from '../storage/idb-store';
import { RemoteSegmentStore } from '../storage/remote-store';
import type { SegmentStore } from '../storage/segment-store';
import type { StorePort } from '../storage/store-protocol';
import { CLUSTER_LOCKED } from './host';

/**
 * How long to wait for the lock. A reload's new worker may ask before the old one has gone and let go
 * of it, so the lock is waited for, not just tried.
 */
const LOCK_WAIT_MS = 3000;

interface LockManager {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<void>;
}

export async function openDisk(dbName: string): Promise<SegmentStore> {
  await holdLock(`kafkascope:${dbName}`);
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

/** Resolves once this worker holds the lock (kept until the worker ends); rejects if another tab has it. */
function holdLock(name: string): Promise<void> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks === undefined) return Promise.resolve(); // no Web Locks: nothing to coordinate with
  return new Promise((resolve, reject) => {
    locks
      .request(name, { signal: AbortSignal.timeout(LOCK_WAIT_MS) }, () => {
        resolve();
        return new Promise<void>(() => {}); // held for the worker's lifetime
      })
      .catch(() => {
        const error = new Error(`another tab has this cluster open (Web Lock "${name}" is held)`);
        error.name = CLUSTER_LOCKED;
        reject(error);
      });
  });
}
