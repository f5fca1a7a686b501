/**
 * One colour and one mark per consumer application, the same in every view (consumers panel, cluster,
 * partition log), so "who reads this partition" can be followed across the screen. Pure: the cluster
 * and log views import it.
 *
 * Members are named `<group>-app-<n>` by the session, so the n-th member of a group takes the n-th
 * palette entry: the members of one group never share a colour until the ninth. Other names hash.
 * Colour is never the only cue: each entry has a mark (a shape character) that goes with the name.
 *
 * @example
 *   memberColour('orders-app-1'); // '#0072b2'
 *   memberStyle('orders-app-2');  // { colour: '#c0392b', mark: '▲', index: 1 }
 */

export interface MemberStyle {
  /** A CSS colour with ≥ 3:1 contrast on white (WCAG for graphics), for fills, strokes and swatches. */
  readonly colour: string;
  /** A shape character drawn beside the name, so the mark is not colour alone. */
  readonly mark: string;
  /** The palette position, 0-based. */
  readonly index: number;
}

/** Okabe–Ito hues, darkened where needed to reach 3:1 on white; neighbours differ in lightness too. */
export const MEMBER_PALETTE: readonly string[] = [
  '#0072b2', // blue
  '#c0392b', // vermillion red
  '#007a5a', // bluish green
  '#7b3fa0', // purple
  '#8f6a00', // ochre
  '#c0417f', // magenta
  '#4a4a4a', // graphite
  '#a34a00', // burnt orange
];

export const MEMBER_MARKS: readonly string[] = ['●', '▲', '■', '◆', '★', '▼', '✚', '⬟'];

const APP_NUMBER = /-(\d+)$/;

/** FNV-1a over UTF-16 units: stable across runs and machines (no Math.random, no locale). */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function memberPaletteIndex(name: string): number {
  const n = APP_NUMBER.exec(name);
  const size = MEMBER_PALETTE.length;
  if (n) return (Number(n[1]) - 1 + size) % size;
  return hashName(name) % size;
}

export function memberStyle(name: string): MemberStyle {
  const index = memberPaletteIndex(name);
  return { colour: MEMBER_PALETTE[index] as string, mark: MEMBER_MARKS[index] as string, index };
}

export function memberColour(name: string): string {
  return memberStyle(name).colour;
}
