/**
 * Browser benchmark, run in a dedicated worker like the real engine: how fast do appended records reach
 * IndexedDB through the whole pipeline (Log.appendAsLeader → ChunkedFile 64 KiB chunks → LogPersister
 * flushes, one transaction each, coalescing while one is in flight → RemoteSegmentStore → the disk
 * worker's IdbSegmentStore, as engine/worker/disk.ts opens it), compared with raw IndexedDB puts of the
 * same bytes in the same number of transactions, in the same run.
 *
 * Appends arrive one per task (as produce commands reach the host), each followed by a flush request;
 * flushes coalesce while one is in flight. Posted `{ type: 'run', runs, mib }`; answers
 * `{ type: 'result', lines }` (plain `name=value` lines, medians over `runs`) or
 * `{ type: 'error', message }`. Wall time is read here (bench only).
 *
 * Besides the headline figures it prints (added with the persister's buffer hand-over):
 * - `idb.append.phases_ms`: where the persisted run's wall time went on this thread: in
 *   `Log.appendAsLeader`, in flush calls, in the yields between appends (other tasks: commit answers,
 *   the next transaction's drain and send), and the tail after the last append until everything
 *   committed. Timing them adds four clock reads per append (well under a millisecond a run).
 * - `idb.raw_4mib.mib_s`: the same raw puts in fixed 4 MiB transactions, whatever the persister did,
 *   and the store's ratio against it: `idb.raw.mib_s` follows the persister's transaction count, and
 *   raw gets slower with more, smaller transactions, so a change that adds transactions would
 *   otherwise flatter the headline ratio.
 */

import { DEFAULT_CHUNK_BYTES } from '../../log/chunked-file';
import { Log } from '../../log/log';
import { DEFAULT_LOG_CONFIG } from '../../log/log-config';
import { FileIds } from '../../storage/file-ids';
import { openRawBenchDb, rawChunkWrite, storeChunkWrite } from '../../storage/idb-raw-bench';
import { IdbSegmentStore } from '../../storage/idb-store';
import { PageCache } from '../../storage/page-cache';
import { LogPersister } from '../../storage/persister';
import { openDisk } from '../disk';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  performance: { now(): number };
  indexedDB: IDBFactory;
}

const scope = self as unknown as WorkerScope;
const MIB = 1024 * 1024;
/** 100 records of 1 KiB per batch: a busy producer's batch (batch.size is 16 KiB by default; linger helps). */
const RECORDS_PER_BATCH = 100;
const VALUE_BYTES = 1024;

/** Raw puts in transactions of this many bytes, for the fixed reference. */
const RAW_FIXED_TX_BYTES = 4 * MIB;

interface RunFigures {
  /** Log.appendAsLeader alone, in memory: the CPU floor under the persisted figure. */
  logOnlyMibS: number;
  storeMibS: number;
  storeApplyMibS: number;
  rawMibS: number;
  rawFixedMibS: number;
  transactions: number;
  logBytes: number;
  phases: Phases;
}

/** Milliseconds of the persisted run on this thread, by phase. */
interface Phases {
  appends: number;
  flushes: number;
  yields: number;
  tail: number;
}

scope.addEventListener('message', (event) => {
  const { runs, mib } = event.data as { runs: number; mib: number };
  benchAll(runs, mib).then(
    (lines) => scope.postMessage({ type: 'result', lines }),
    (error: unknown) => scope.postMessage({ type: 'error', message: String(error) }),
  );
});

async function benchAll(runs: number, mib: number): Promise<string[]> {
  const figures: RunFigures[] = [];
  for (let run = 0; run < runs; run++) figures.push(await benchOnce(run, mib * MIB));
  const logOnly = median(figures.map((f) => f.logOnlyMibS));
  const store = median(figures.map((f) => f.storeMibS));
  const apply = median(figures.map((f) => f.storeApplyMibS));
  const raw = median(figures.map((f) => f.rawMibS));
  const rawFixed = median(figures.map((f) => f.rawFixedMibS));
  const phase = (name: keyof Phases) => median(figures.map((f) => f.phases[name])).toFixed(1);
  return [
    `idb.append.runs=${runs}`,
    `idb.append.bytes=${figures[0]?.logBytes ?? 0}`,
    `idb.append.chunk_bytes=${DEFAULT_CHUNK_BYTES}`,
    `idb.append.transactions=${median(figures.map((f) => f.transactions))}`,
    `idb.append.log_only_mib_s=${logOnly.toFixed(2)}`,
    `idb.append.store_mib_s=${store.toFixed(2)}`,
    `idb.store_apply.mib_s=${apply.toFixed(2)}`,
    `idb.raw.mib_s=${raw.toFixed(2)}`,
    `idb.append.store_vs_raw_ratio=${(store / raw).toFixed(3)} (target ≥ 0.5)`,
    `idb.store_apply.vs_raw_ratio=${(apply / raw).toFixed(3)}`,
    `idb.raw_4mib.mib_s=${rawFixed.toFixed(2)}`,
    `idb.append.store_vs_raw_4mib_ratio=${(store / rawFixed).toFixed(3)}`,
    `idb.append.phases_ms=appends:${phase('appends')},flushes:${phase('flushes')},yields:${phase('yields')},tail:${phase('tail')}`,
  ];
}

async function benchOnce(run: number, targetBytes: number): Promise<RunFigures> {
  const {
    mibS: storeMibS,
    transactions,
    logBytes,
    chunks,
    phases,
  } = await appendThroughStore(run, targetBytes);
  // The same bytes, grouped into as many transactions as the persister used.
  const groups = groupsOf(chunks, Math.max(1, Math.ceil(chunks.length / transactions)));
  const rawMs = await timeRawWrites(`kafkascope-bench-raw-${run}`, groups);
  const chunksPerFixedTx = Math.max(1, Math.round(RAW_FIXED_TX_BYTES / DEFAULT_CHUNK_BYTES));
  const rawFixedMs = await timeRawWrites(`kafkascope-bench-raw4-${run}`, groupsOf(chunks, chunksPerFixedTx));

  const applyName = `kafkascope-bench-apply-${run}`;
  await deleteDb(applyName);
  const applyStore = await IdbSegmentStore.open(applyName);
  const t0 = scope.performance.now();
  for (const [i, group] of groups.entries()) await storeChunkWrite(applyStore, group, i);
  const applyMs = scope.performance.now() - t0;
  applyStore.close();
  await deleteDb(applyName);

  return {
    logOnlyMibS: appendInMemory(targetBytes),
    storeMibS,
    storeApplyMibS: logBytes / MIB / (applyMs / 1000),
    rawMibS: logBytes / MIB / (rawMs / 1000),
    rawFixedMibS: logBytes / MIB / (rawFixedMs / 1000),
    transactions,
    logBytes,
    phases,
  };
}

function groupsOf(chunks: ArrayBuffer[], perTx: number): ArrayBuffer[][] {
  const groups: ArrayBuffer[][] = [];
  for (let i = 0; i < chunks.length; i += perTx) groups.push(chunks.slice(i, i + perTx));
  return groups;
}

/** Milliseconds to put `groups` into a fresh database, one relaxed transaction per group. */
async function timeRawWrites(dbName: string, groups: ArrayBuffer[][]): Promise<number> {
  await deleteDb(dbName);
  const raw = await openRawBenchDb(dbName, scope.indexedDB);
  const t0 = scope.performance.now();
  for (const [i, group] of groups.entries()) await rawChunkWrite(raw, group, i);
  const ms = scope.performance.now() - t0;
  raw.close();
  await deleteDb(dbName);
  return ms;
}

function benchLog(): Log {
  return Log.create({ topic: 'bench', partition: 0, config: DEFAULT_LOG_CONFIG, nowMs: 0, nextInt: () => 0 });
}

const VALUE = new Uint8Array(VALUE_BYTES).fill(0x61);
const RECORDS = Array.from({ length: RECORDS_PER_BATCH }, (_, i) => ({
  timestamp: 0,
  key: new TextEncoder().encode(`key-${i}`),
  value: VALUE,
}));

function appendInMemory(targetBytes: number): number {
  const log = benchLog();
  const t0 = scope.performance.now();
  for (let nowMs = 1; log.size < targetBytes; nowMs++) {
    log.appendAsLeader(
      { records: RECORDS.map((r) => ({ ...r, timestamp: nowMs })) },
      { leaderEpoch: 0, nowMs },
    );
  }
  return log.size / MIB / ((scope.performance.now() - t0) / 1000);
}

async function appendThroughStore(run: number, targetBytes: number) {
  const name = `kafkascope-bench-store-${run}`;
  await deleteDb(name);
  // The app's path: the store in a disk worker of its own (engine/worker/disk.ts).
  const store = await openDisk(name);
  const pageCache = new PageCache(1024 * MIB); // no eviction: this measures writes, not cold reads
  const persister = new LogPersister(store, { fileIds: new FileIds(), pageCache });
  const log = benchLog();
  persister.attach('broker-1/bench-0', log);
  const records = RECORDS;

  const now = () => scope.performance.now();
  const phases: Phases = { appends: 0, flushes: 0, yields: 0, tail: 0 };
  const t0 = now();
  let nowMs = 0;
  while (log.size < targetBytes) {
    nowMs += 1;
    const appendStart = now();
    log.appendAsLeader(
      { records: records.map((r) => ({ ...r, timestamp: nowMs })) },
      { leaderEpoch: 0, nowMs },
    );
    log.maybeIncrementHighWatermark(log.logEndOffset);
    const flushStart = now();
    // As the worker host does after every command: flush, never awaited (flushes coalesce)...
    void persister.flush();
    const yieldStart = now();
    // ...and, like the host between two messages, let IndexedDB's callbacks run.
    await nextTask();
    phases.appends += flushStart - appendStart;
    phases.flushes += yieldStart - flushStart;
    phases.yields += now() - yieldStart;
  }
  const tailStart = now();
  void persister.flush();
  await persister.idle();
  phases.tail = now() - tailStart;
  const ms = now() - t0;
  if (persister.stats.failures > 0) throw new Error(`flush failed: ${String(persister.stats.lastError)}`);

  const segment = log.activeSegment.log;
  const chunks: ArrayBuffer[] = [];
  for (let i = 0; i < segment.chunkCount; i++) {
    const bytes = segment.peekChunk(i);
    if (bytes !== undefined) chunks.push(bytes.slice().buffer);
  }
  store.close();
  await deleteDb(name);
  return {
    mibS: log.size / MIB / (ms / 1000),
    transactions: persister.stats.transactions,
    logBytes: log.size,
    chunks,
    phases,
  };
}

/**
 * Yields to the event loop without setTimeout's clamping: a message on a channel is a fresh task at once.
 * One channel serves every yield (creating one per yield costs more than the yield itself).
 */
const yieldChannel = new MessageChannel();
let yieldResolvers: Array<() => void> = [];
yieldChannel.port1.onmessage = () => {
  const resolvers = yieldResolvers;
  yieldResolvers = [];
  for (const resolve of resolvers) resolve();
};
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    yieldResolvers.push(resolve);
    yieldChannel.port2.postMessage(null);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = scope.indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}
