/**
 * The automatic producer's key names and limits, shared by the engine (which draws the keys) and the
 * UI (which predicts where they land with murmur2). Pure; imports nothing.
 */

/** The one hot key of the `hot-key` distribution (the notes' 70 % example). */
export const HOT_KEY = 'hot-key';

/** The i-th key of a uniform distribution over N keys. */
export function uniformKey(i: number): string {
  return `key-${i}`;
}

/** The most records per second the automatic producer is asked to send. */
export const MAX_AUTO_PRODUCE_RATE = 20_000;

/** The automatic producer application's `linger.ms` (see engine/session/auto-producer.ts for why). */
export const AUTO_PRODUCE_LINGER_MS = 20;
