/**
 * Helpers shared by the engine's `*.bench.ts` files (which may read wall time; this file does not).
 */

/** Deterministic filler bytes (no Math.random, so every run benches the same bytes). */
export function filled(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed | 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** The middle value (upper middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
