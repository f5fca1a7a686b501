/**
 * The slice's saved state: everything that is not file bytes, stored as meta in the same transaction
 * as the bytes (so a reload never mixes moments). Plain, structured-cloneable data.
 *
 * The command history is kept too: state = f(seed, commands), so it is also a replay script.
 */
import type { Log } from '../log/log';
import { LogManager, type LogManagerState } from '../log/log-manager';
import { SimClock } from '../sim/clock';
import { type RandomState, SeededRandom } from '../sim/random';
import { FileIds } from '../storage/file-ids';
import { loadLogDir } from '../storage/loader';
import { PageCache } from '../storage/page-cache';
import type { SegmentStore } from '../storage/segment-store';
import type { ProduceHeader } from './protocol';
import { SLICE_LOG_MANAGER_CONFIG, SLICE_META_KEY, SLICE_STORE_DIR } from './slice-config';
import { restoreSliceLog, type SliceLogState, sliceLogState } from './slice-log-state';
import type { SliceParts } from './slice-simulation';

/** Bump when the shape changes; an unknown version is not restored (the run starts fresh). */
export const SLICE_STATE_VERSION = 1;

export type SliceCommand =
  | {
      readonly type: 'produce';
      readonly atMs: number;
      readonly key: string | null;
      readonly value: string | null;
      readonly headers: readonly ProduceHeader[];
    }
  | { readonly type: 'advanceTime'; readonly atMs: number; readonly ms: number };

export interface SliceState {
  readonly version: number;
  readonly seed: number;
  readonly rng: RandomState;
  readonly clockMs: number;
  readonly log: SliceLogState;
  readonly manager: LogManagerState;
  readonly history: readonly SliceCommand[];
}

export function sliceStateOf(parts: {
  seed: number;
  rng: SeededRandom;
  clock: SimClock;
  log: Log;
  manager: LogManager;
  history: readonly SliceCommand[];
}): SliceState {
  return {
    version: SLICE_STATE_VERSION,
    seed: parts.seed,
    rng: parts.rng.toState(),
    clockMs: parts.clock.nowMs,
    log: sliceLogState(parts.log),
    manager: parts.manager.state(),
    // A copy: the persister serialises it later than this call only if it queues (it never does: meta
    // is built when the transaction is), but the history array keeps growing in place.
    history: [...parts.history],
  };
}

/**
 * The saved run, rebuilt: meta from the store, the partition directory's files through the loader
 * (older `.log` files stay cold until read, like a broker's page cache after a restart), the log on
 * top of them. Undefined when the store holds no run; throws when it holds one it cannot read.
 */
export async function restoreSlice(
  store: SegmentStore,
  pageCacheBytes: number,
): Promise<Omit<SliceParts, never> | undefined> {
  const saved = (await store.getMeta(SLICE_META_KEY)) as SliceState | undefined;
  if (saved === undefined) return undefined;
  if (saved.version !== SLICE_STATE_VERSION) throw new Error(`saved slice state is version ${saved.version}`);
  const fileIds = await FileIds.forStore(store);
  const pageCache = new PageCache(pageCacheBytes);
  const files = await loadLogDir(store, SLICE_STORE_DIR, {
    fileIds,
    pageCache,
    // Indexes, checkpoints and the active segment come back whole; older segments stay on "disk".
    loadWhole: (name, _file, activeBase) =>
      !name.includes('.log') || (activeBase !== undefined && name.startsWith(activeBase)),
  });
  const rng = SeededRandom.fromState(saved.rng);
  const log = restoreSliceLog(saved.log, files, () => rng.nextInt());
  const manager = new LogManager(SLICE_LOG_MANAGER_CONFIG, saved.manager.startMs, saved.manager);
  manager.addLog(log);
  return {
    seed: saved.seed,
    rng,
    clock: new SimClock(saved.clockMs),
    log,
    manager,
    history: [...saved.history],
    store,
    fileIds,
    pageCache,
    restored: true,
  };
}
