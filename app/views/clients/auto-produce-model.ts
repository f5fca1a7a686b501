/**
 * The automatic producer's form, as pure functions: the rate on a logarithmic slider (1 … 20,000
 * records/s, 0 = off), the key distribution the form builds, where its keys are expected to land
 * (murmur2 of each key the session draws) and where they did land (growth of each partition's LEO).
 *
 * The session draws keys `key-0 … key-(N−1)` and, for the hot-key case, `hot-key`: the names and the
 * rate ceiling come from engine/view/auto-produce.ts, shared with the engine.
 */
import { murmur2, toPositive } from '../../../engine/codec/murmur2';
import { HOT_KEY, MAX_AUTO_PRODUCE_RATE, uniformKey } from '../../../engine/view/auto-produce';
import type { KeyDistribution } from '../../../engine/view/types';

export { HOT_KEY, uniformKey };
/** The session's ceiling. */
export const MAX_RATE_PER_SEC = MAX_AUTO_PRODUCE_RATE;
/** Slider positions 0 … SLIDER_STEPS; 0 = stopped. */
export const SLIDER_STEPS = 100;
/** Expected shares are computed key by key up to this many keys (then the hash spreads them evenly). */
const MAX_KEYS_HASHED = 5000;

/** Two significant digits: 1, 2, … 9.5, 10, 11, … 1,200, … 20,000. */
function nice(n: number): number {
  if (n < 10) return Math.round(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}

/** Slider position → records/s, logarithmic: each step multiplies the rate by about 10 %. */
export function rateFromSlider(position: number): number {
  if (!(position > 0)) return 0;
  const p = Math.min(position, SLIDER_STEPS) / SLIDER_STEPS;
  return Math.min(MAX_RATE_PER_SEC, Math.max(1, nice(MAX_RATE_PER_SEC ** p)));
}

/** Records/s → the nearest slider position. */
export function sliderFromRate(rate: number): number {
  if (!(rate >= 1)) return 0;
  const p = Math.log(Math.min(rate, MAX_RATE_PER_SEC)) / Math.log(MAX_RATE_PER_SEC);
  return Math.max(1, Math.round(p * SLIDER_STEPS));
}

export type DistributionKind = KeyDistribution['kind'];

/** What the form holds (strings as typed are parsed by the caller; shares in percent for people). */
export interface DistributionForm {
  readonly kind: DistributionKind;
  readonly keys: number;
  readonly hotSharePercent: number;
}

/** Why the form cannot be sent, as a message key suffix, or null when it can. */
export type DistributionProblem = 'keys' | 'share' | null;

export function distributionProblem(form: DistributionForm): DistributionProblem {
  if (form.kind === 'none') return null;
  if (!Number.isInteger(form.keys) || form.keys < 1 || form.keys > 1_000_000) return 'keys';
  if (form.kind === 'hot-key' && !(form.hotSharePercent >= 0 && form.hotSharePercent <= 100)) return 'share';
  return null;
}

export function toDistribution(form: DistributionForm): KeyDistribution {
  switch (form.kind) {
    case 'none':
      return { kind: 'none' };
    case 'uniform':
      return { kind: 'uniform', keys: form.keys };
    case 'hot-key':
      return { kind: 'hot-key', keys: form.keys, hotShare: form.hotSharePercent / 100 };
  }
}

export function fromDistribution(d: KeyDistribution): DistributionForm {
  switch (d.kind) {
    case 'none':
      return { kind: 'none', keys: 10, hotSharePercent: 70 };
    case 'uniform':
      return { kind: 'uniform', keys: d.keys, hotSharePercent: 70 };
    case 'hot-key':
      return { kind: 'hot-key', keys: d.keys, hotSharePercent: Math.round(d.hotShare * 1000) / 10 };
  }
}

const encoder = new TextEncoder();

/** The default partitioner's choice for a string key. */
export function partitionOfKey(key: string, numPartitions: number): number {
  return toPositive(murmur2(encoder.encode(key))) % numPartitions;
}

/**
 * The share of records each partition should receive under `d` with the default partitioner, or null
 * for null keys (the sticky partitioner spreads them by batches, evenly only over time).
 *
 * @example
 *   expectedShares({ kind: 'hot-key', keys: 20, hotShare: 0.7 }, 6); // one partition ≥ 0.7
 */
export function expectedShares(d: KeyDistribution, numPartitions: number): number[] | null {
  if (d.kind === 'none' || !(numPartitions >= 1)) return null;
  const shares = new Array<number>(numPartitions).fill(0);
  const hot = d.kind === 'hot-key' ? d.hotShare : 0;
  if (d.keys > MAX_KEYS_HASHED) {
    for (let p = 0; p < numPartitions; p++) shares[p] = (1 - hot) / numPartitions;
  } else {
    for (let i = 0; i < d.keys; i++) {
      const p = partitionOfKey(uniformKey(i), numPartitions);
      shares[p] = (shares[p] as number) + (1 - hot) / d.keys;
    }
  }
  if (d.kind === 'hot-key') {
    const p = partitionOfKey(HOT_KEY, numPartitions);
    shares[p] = (shares[p] as number) + hot;
  }
  return shares;
}

export interface Landing {
  readonly partition: number;
  /** Records appended since the baseline (LEO growth). */
  readonly delta: number;
  /** delta / total, 0 when nothing landed. */
  readonly share: number;
}

/**
 * Where records landed between two samples of the partitions' LEOs (index = partition). A partition
 * missing from `before` (just created) counts from 0; a LEO that went down (truncation, a new leader
 * behind the old one) counts as nothing landed.
 */
export function landingShares(before: readonly number[], after: readonly number[]): Landing[] {
  const deltas = after.map((leo, p) => Math.max(0, leo - Math.max(0, before[p] ?? 0)));
  const total = deltas.reduce((a, b) => a + b, 0);
  return deltas.map((delta, partition) => ({ partition, delta, share: total > 0 ? delta / total : 0 }));
}
