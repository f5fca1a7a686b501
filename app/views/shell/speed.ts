/**
 * The speed slider's scale: logarithmic from 0.001× (1 simulated millisecond = 1 real second: a
 * request crossing a 1 ms link is watchable) to 100,000× (a simulated day in under a second, for
 * retention). Pure, tested.
 */
export const MIN_SPEED = 0.001;
export const MAX_SPEED = 100_000;
/** Slider positions (integers) per factor of ten. */
export const STEPS_PER_DECADE = 4;
export const SLIDER_MIN = Math.round(Math.log10(MIN_SPEED) * STEPS_PER_DECADE);
export const SLIDER_MAX = Math.round(Math.log10(MAX_SPEED) * STEPS_PER_DECADE);

/** Speed for a slider position, rounded to a friendly value (1, 2, 5 style kept by the log steps). */
export function speedAt(position: number): number {
  const raw = 10 ** (position / STEPS_PER_DECADE);
  const digits = raw >= 10 ? 0 : raw >= 1 ? 1 : 3;
  return Number(raw.toFixed(digits));
}

export function positionOf(speed: number): number {
  const clamped = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
  return Math.round(Math.log10(clamped) * STEPS_PER_DECADE);
}

/** How the speed reads in plain words: slower than real time as "1 s = N s", faster as "1 s = T". */
export type SpeedWords =
  | { readonly kind: 'slow'; readonly realSecondsPerSimSecond: number }
  | { readonly kind: 'same' }
  | { readonly kind: 'fast'; readonly simMsPerRealSecond: number };

export function speedWords(speed: number): SpeedWords {
  if (Math.abs(speed - 1) < 1e-9) return { kind: 'same' };
  if (speed < 1) return { kind: 'slow', realSecondsPerSimSecond: Number((1 / speed).toPrecision(3)) };
  return { kind: 'fast', simMsPerRealSecond: speed * 1000 };
}
