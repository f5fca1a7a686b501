/**
 * The Web Worker entry: wires the host to the worker's globals (postMessage, animation frames,
 * IndexedDB, crypto for fresh seeds). The only engine file that touches `self`.
 */
import { openDisk } from './disk';
import { EngineHost } from './host';

/** The brokers' disks and the saved run (seed, preset, commands). */
const CLUSTER_DB_NAME = 'kafkascope-cluster';

// The worker's global scope, typed by hand: the engine's tsconfig has no DOM or WebWorker lib.
interface WorkerScope {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  requestAnimationFrame?: (callback: () => void) => number;
  setTimeout(callback: () => void, ms: number): number;
  crypto: { getRandomValues(array: Uint32Array): Uint32Array };
  performance: { now(): number };
}

const scope = self as unknown as WorkerScope;

const host = new EngineHost({
  post: (message, transfer) => scope.postMessage(message, transfer ?? []),
  // Dedicated workers have requestAnimationFrame in Chromium and Firefox; elsewhere, ~60 Hz.
  requestFrame: (callback) => {
    if (scope.requestAnimationFrame) scope.requestAnimationFrame(callback);
    else scope.setTimeout(callback, 16);
  },
  openStore: () => openDisk(CLUSTER_DB_NAME),
  // Fresh runs get an unpredictable seed; a run is replayed from its recorded seed, never this.
  newSeed: () => (scope.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % 1_000_000,
  wallClockMs: () => scope.performance.now(),
});

scope.addEventListener('message', (event) => host.receive(event.data));
