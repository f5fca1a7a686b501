/**
 * A colour per leader epoch (pure; Node-tested): each new leader of a partition starts a new epoch,
 * and replicas that have learned of it wear its colour, so a follower still on an old epoch stands out.
 * Colours are the Okabe–Ito palette (told apart with colour-blindness); the epoch number is always
 * written too, so colour is never the only cue.
 */
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#7f7f7f',
] as const;

export function epochColour(epoch: number): string {
  if (epoch < 0) return 'transparent';
  return PALETTE[epoch % PALETTE.length] ?? PALETTE[0];
}

/** The newest epoch in a flattened leader-epoch cache `[epoch0, start0, epoch1, start1, …]`, or −1. */
export function latestEpoch(epochStarts: readonly number[]): number {
  if (epochStarts.length < 2) return -1;
  return epochStarts[epochStarts.length - 2] ?? -1;
}

/** Black or white, whichever reads better on `hex` (`#rrggbb`), by relative luminance. */
export function inkOn(hex: string): '#000000' | '#ffffff' {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#000000';
  const channel = (h: string | undefined) => {
    const c = Number.parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
  // Contrast with white is (1.05)/(L+0.05), with black (L+0.05)/0.05; pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
