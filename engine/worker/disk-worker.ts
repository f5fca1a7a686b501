/**
 * The "disk" worker: serves the IndexedDB store to the simulation's worker, so IndexedDB's structured
 * clone of every chunk runs on its own thread (see storage/store-protocol.ts). Its database is named
 * by the worker's name (`new Worker(url, { name })`).
 */
import { IdbSegmentStore } from '../storage/idb-store';
import type { StorePort } from '../storage/store-protocol';
import { serveSegmentStore } from '../storage/store-server';

const scope = self as unknown as StorePort & { name: string };

serveSegmentStore(scope, () => IdbSegmentStore.open(scope.name));
