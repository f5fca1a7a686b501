/**
 * Offset markers of a replica row (log start offset, HW, LEO) and their labels. Markers at the same
 * offset share one label ("HW·LEO 42", the usual healthy state); labels that would overlap move to
 * another line. The same staggering places consumer cursors. Pure.
 *
 * @example
 *   groupMarkers([{ kind: 'start', offset: 0 }, { kind: 'hw', offset: 42 }, { kind: 'leo', offset: 42 }]);
 *   // [{ offset: 0, kinds: ['start'] }, { offset: 42, kinds: ['hw', 'leo'] }]
 */

export type MarkerKind = 'start' | 'hw' | 'leo';

const ORDER: readonly MarkerKind[] = ['start', 'hw', 'leo'];

export interface Marker {
  readonly kind: MarkerKind;
  readonly offset: number;
}

export interface MarkerGroup {
  readonly offset: number;
  /** In the order start, hw, leo. */
  readonly kinds: readonly MarkerKind[];
}

export function groupMarkers(markers: readonly Marker[]): MarkerGroup[] {
  const byOffset = new Map<number, MarkerKind[]>();
  for (const m of markers) {
    if (m.offset < 0) continue;
    const kinds = byOffset.get(m.offset) ?? [];
    if (!kinds.includes(m.kind)) kinds.push(m.kind);
    byOffset.set(m.offset, kinds);
  }
  return [...byOffset.entries()]
    .sort(([a], [b]) => a - b)
    .map(([offset, kinds]) => ({
      offset,
      kinds: [...kinds].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)),
    }));
}

export interface LabelBox {
  /** Where the label starts (its anchor), in px. */
  readonly x: number;
  readonly width: number;
}

/**
 * A line (0 … lines−1) for each label, in input order, so that labels on one line do not overlap:
 * the lowest free line, or (when every line is taken) the one that frees up first.
 */
export function staggerLabels(labels: readonly LabelBox[], lines: number, gapPx = 4): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => (labels[a] as LabelBox).x - (labels[b] as LabelBox).x);
  const lineEnd = new Array<number>(Math.max(1, lines)).fill(Number.NEGATIVE_INFINITY);
  const out = new Array<number>(labels.length).fill(0);
  for (const i of order) {
    const label = labels[i] as LabelBox;
    let line = lineEnd.findIndex((end) => end + gapPx <= label.x);
    if (line < 0) line = lineEnd.indexOf(Math.min(...lineEnd));
    lineEnd[line] = label.x + label.width;
    out[i] = line;
  }
  return out;
}

/** A rough text width for SVG labels (no DOM to measure in): monospace-ish digits, wider Hangul. */
export function estimateTextPx(text: string, fontPx: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += isWide(text.charCodeAt(i)) ? 1 : 0.6;
  return em * fontPx;
}

/** Hangul syllables and jamo take a full em; Latin letters and digits about 0.6. */
function isWide(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f)
  );
}

/** Where a label starting near `x` should start so that it ends by `limitPx` (never before 0). */
export function labelStart(x: number, widthPx: number, limitPx: number): number {
  return Math.max(0, Math.min(x, limitPx - widthPx));
}
