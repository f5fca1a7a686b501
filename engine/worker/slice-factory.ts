/**
 * Makes the slice's simulations for the host: a fresh run from a seed, or the run saved in the store.
 *
 * @example
 *   const host = new EngineHost(env, sliceSimulation);
 *   const coldHost = new EngineHost(env, createSliceFactory({ pageCacheBytes: 0 })); // tests
 */
import { Log } from '../log/log';
import { LogManager } from '../log/log-manager';
import { SimClock } from '../sim/clock';
import { SeededRandom } from '../sim/random';
import { FileIds } from '../storage/file-ids';
import { PageCache } from '../storage/page-cache';
import type { SimulationFactory } from './hosted-simulation';
import {
  SLICE_LOG_CONFIG,
  SLICE_LOG_MANAGER_CONFIG,
  SLICE_PAGE_CACHE_BYTES,
  SLICE_PARTITION,
  SLICE_TOPIC,
} from './slice-config';
import { LEADER_EPOCH, SliceSimulation } from './slice-simulation';
import { restoreSlice } from './slice-state';

export interface SliceOptions {
  /** The broker's page cache budget (tests use 0 to make every clean chunk cold). */
  readonly pageCacheBytes?: number;
}

/** Creates fresh runs and restores saved ones for the host. */
export function createSliceFactory(options: SliceOptions = {}): SimulationFactory {
  const pageCacheBytes = options.pageCacheBytes ?? SLICE_PAGE_CACHE_BYTES;
  return {
    fresh(store, seed, env) {
      const rng = SeededRandom.fromSeed(seed);
      const clock = new SimClock();
      const log = Log.create({
        topic: SLICE_TOPIC,
        partition: SLICE_PARTITION,
        config: SLICE_LOG_CONFIG,
        nowMs: clock.nowMs,
        nextInt: () => rng.nextInt(),
      });
      // The replica became leader at epoch 0 when the topic was created (leader-epoch-checkpoint: "0 0").
      log.maybeAssignEpochStartOffset(LEADER_EPOCH, log.logEndOffset);
      const manager = new LogManager(SLICE_LOG_MANAGER_CONFIG, clock.nowMs);
      manager.addLog(log);
      return new SliceSimulation(
        {
          seed,
          rng,
          clock,
          log,
          manager,
          history: [],
          store,
          fileIds: new FileIds(),
          pageCache: new PageCache(pageCacheBytes),
          restored: false,
        },
        env,
      );
    },

    async restore(store, env) {
      const parts = await restoreSlice(store, pageCacheBytes);
      return parts === undefined ? undefined : new SliceSimulation(parts, env);
    },
  };
}

/** The slice as the worker runs it. */
export const sliceSimulation: SimulationFactory = createSliceFactory();
