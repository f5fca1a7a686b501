/**
 * Chart geometry: d3 scales and line paths for series over simulated time, computed here and drawn by
 * React (d3 does the math, React owns the DOM; axes are rendered from the scales' ticks, so d3-axis's
 * DOM writing is not needed). Pure: Node-tested.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line, symbol, symbolsFill } from 'd3-shape';
import type { Lang } from '../../i18n/i18n';
import type { Series } from './chart-series';

export interface ChartBox {
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Room for the unit (top), y tick labels (left), the lines' end labels (right) and the time axis (bottom). */
export const MARGIN = { top: 28, right: 112, bottom: 34, left: 64 } as const;

export interface Tick {
  /** Position along the axis, px inside the plot. */
  readonly at: number;
  readonly value: number;
}

export interface LinePath {
  readonly key: string;
  /** SVG path data (gaps where values are missing). */
  readonly d: string;
  /** The last drawn point, where the end marker sits; null when the series has no value. */
  readonly end: { readonly x: number; readonly y: number } | null;
  /** Where its end label goes: the end point's y nudged apart from the other labels. */
  readonly labelY: number;
}

export interface ChartLayout {
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly domainMs: readonly [number, number];
  readonly yMax: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly lines: readonly LinePath[];
}

export interface LayoutOptions {
  /** A fixed top of the value axis (1 for ratios); otherwise a nice value above the data. */
  readonly yMax?: number;
  /** Byte values: ticks fall on round KiB / MiB (10 KiB, 20 KiB), not on round decimals of bytes. */
  readonly bytes?: boolean;
}

/** The binary unit byte ticks are counted in: the largest power of 1024 not above `max`. */
export function byteUnit(max: number): number {
  let unit = 1;
  while (unit * 1024 <= max) unit *= 1024;
  return unit;
}

/** Smallest gap between two end labels, px (one line of 14 px text). */
export const LABEL_GAP_PX = 16;

/**
 * Scales, ticks and paths for `series` in a box. The time axis spans the samples' simulated times;
 * the value axis starts at 0 (all our quantities are non-negative and comparing to zero is honest).
 *
 * @example
 *   const layout = layoutChart(series, { widthPx: 480, heightPx: 200 });
 *   layout.lines[0].d; // 'M0,160L12.5,120…'
 */
export function layoutChart(
  series: readonly Series[],
  box: ChartBox,
  options: LayoutOptions = {},
): ChartLayout {
  const plotWidth = Math.max(40, box.widthPx - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(40, box.heightPx - MARGIN.top - MARGIN.bottom);
  const domainMs = timeDomain(series);
  const x = scaleLinear().domain(domainMs).range([0, plotWidth]);
  const dataMax = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value ?? 0)));
  // Ticks are computed in `unit`s (KiB, MiB for bytes; 1 otherwise) so they land on round numbers.
  const unit = options.bytes ? byteUnit(dataMax) : 1;
  const scaled = scaleLinear()
    .domain([0, (options.yMax ?? (dataMax > 0 ? dataMax : 1)) / unit])
    .range([plotHeight, 0]);
  if (options.yMax === undefined) scaled.nice(5);
  const y = (value: number) => scaled(value / unit);
  const yMax = (scaled.domain()[1] as number) * unit;

  const path = line<{ atMs: number; value: number | null }>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.atMs))
    .y((p) => y(p.value ?? 0));
  const ends = series.map((s) => {
    for (let i = s.points.length - 1; i >= 0; i--) {
      const p = s.points[i];
      if (p !== undefined && p.value !== null) return { x: x(p.atMs), y: y(p.value) };
    }
    return null;
  });
  const labelYs = spreadLabels(
    ends.map((e) => e?.y ?? null),
    LABEL_GAP_PX,
    0,
    plotHeight,
  );
  const lines = series.map((s, i) => ({
    key: s.key,
    d: path(s.points as { atMs: number; value: number | null }[]) ?? '',
    end: ends[i] ?? null,
    labelY: labelYs[i] ?? 0,
  }));

  const xTicks = timeTicks(domainMs, Math.max(2, Math.floor(plotWidth / 110))).map((ms) => ({
    at: x(ms),
    value: ms,
  }));
  const yTicks = scaled.ticks(4).map((v) => ({ at: scaled(v), value: v * unit }));
  return { plotWidth, plotHeight, domainMs, yMax, xTicks, yTicks, lines };
}

/** First to last sample time; one point or none gets a one-second span so scales stay finite. */
export function timeDomain(series: readonly Series[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of series) {
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    if (first !== undefined) lo = Math.min(lo, first.atMs);
    if (last !== undefined) hi = Math.max(hi, last.atMs);
  }
  if (!Number.isFinite(lo)) return [0, 1000];
  return hi > lo ? [lo, hi] : [lo, lo + 1000];
}

/** Round simulated times inside the domain (whole seconds, minutes, hours, days in UTC). */
export function timeTicks(domainMs: readonly [number, number], count: number): number[] {
  return scaleUtc()
    .domain([new Date(domainMs[0]), new Date(domainMs[1])])
    .ticks(count)
    .map((d) => d.getTime());
}

/**
 * Label positions near `ys` (null = no label) at least `gap` apart, inside [lo, hi]: sorted top-down,
 * pushed down on overlap, then pulled back up if the last fell off the bottom.
 */
export function spreadLabels(ys: readonly (number | null)[], gap: number, lo: number, hi: number): number[] {
  const order = ys
    .map((y, i) => ({ y, i }))
    .filter((e): e is { y: number; i: number } => e.y !== null)
    .sort((a, b) => a.y - b.y);
  const placed = order.map((e) => Math.min(hi, Math.max(lo, e.y)));
  for (let k = 1; k < placed.length; k++)
    placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? hi : (placed[k + 1] as number) - gap;
    placed[k] = Math.min(placed[k] as number, limit);
  }
  const out = ys.map((y) => y ?? 0);
  order.forEach((e, k) => {
    out[e.i] = placed[k] as number;
  });
  return out;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * How to print the time axis' ticks for a span: seconds for a minute or two, minutes within two days,
 * dates beyond (a +7 d jump). UTC, as the header's clock.
 */
export function timeTickFormatter(lang: Lang, spanMs: number): (ms: number) => string {
  const grain = spanMs <= 120_000 ? 'second' : spanMs <= 2 * 86_400_000 ? 'minute' : 'day';
  const id = `${lang}/${grain}`;
  let f = timeFormats.get(id);
  if (f === undefined) {
    const options: Intl.DateTimeFormatOptions =
      grain === 'day'
        ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
        : grain === 'minute'
          ? { hour: '2-digit', minute: '2-digit' }
          : { hour: '2-digit', minute: '2-digit', second: '2-digit' };
    f = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
      timeZone: 'UTC',
      hourCycle: 'h23',
      ...options,
    });
    timeFormats.set(id, f);
  }
  const format = f;
  return (ms) => format.format(ms);
}

/** Line styles beyond colour: a dash pattern and an end marker per series index (shape carries it too). */
export const SERIES_COLOURS = [
  '#0b5fa5',
  '#c2410c',
  '#047857',
  '#a21caf',
  '#92400e',
  '#0e7490',
  '#881337',
  '#4d7c0f',
  '#374151',
] as const;
export const SERIES_DASHES = ['', '9 4', '2 4', '12 4 2 4', '5 5', '16 5', '2 2', '10 3 3 3', '6 2'] as const;
/** The "others" line: grey, long dashes. */
export const OTHERS_STYLE = { colour: '#6b7280', dash: '3 6' } as const;

export interface SeriesStyle {
  readonly colour: string;
  readonly dash: string;
  /** SVG path of the marker, centred on (0, 0). */
  readonly marker: string;
}

const markerPaths = symbolsFill.map((type) => symbol(type, 64)() ?? '');

export function seriesStyle(index: number, others = false): SeriesStyle {
  if (others) return { ...OTHERS_STYLE, marker: markerPaths[0] ?? '' };
  const pick = <T>(list: readonly T[]) => list[index % list.length] as T;
  return { colour: pick(SERIES_COLOURS), dash: pick(SERIES_DASHES), marker: pick(markerPaths) };
}
