import { describe, expect, it } from 'vitest';
import {
  byteUnit,
  LABEL_GAP_PX,
  layoutChart,
  MARGIN,
  seriesStyle,
  spreadLabels,
  timeDomain,
  timeTickFormatter,
  timeTicks,
} from './chart-layout';
import type { Series } from './chart-series';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

function series(key: string, values: (number | null)[], stepMs = 1000): Series {
  return {
    key,
    label: { kind: 'broker', brokerId: 1 },
    points: values.map((value, i) => ({ atMs: T0 + i * stepMs, value })),
  };
}

describe('layoutChart', () => {
  const box = { widthPx: 400 + MARGIN.left + MARGIN.right, heightPx: 200 + MARGIN.top + MARGIN.bottom };

  it('maps time to x and values to y from zero, with a nice top', () => {
    const layout = layoutChart([series('a', [0, 5, 9.3])], box);
    expect(layout.plotWidth).toBe(400);
    expect(layout.plotHeight).toBe(200);
    expect(layout.yMax).toBe(10);
    expect(layout.lines[0]?.d).toBe('M0,200L200,100L400,14');
    expect(layout.lines[0]?.end?.x).toBe(400);
    expect(layout.lines[0]?.end?.y).toBeCloseTo(14);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('breaks the line where values are missing and ends at the last value', () => {
    const layout = layoutChart([series('a', [1, null, 1, null])], box, { yMax: 1 });
    expect(layout.lines[0]?.d).toBe('M0,0ZM266.667,0Z');
    expect(layout.lines[0]?.end?.x).toBeCloseTo(266.667, 2);
  });

  it('puts byte ticks on round KiB', () => {
    const layout = layoutChart([series('a', [0, 48_000])], box, { bytes: true });
    expect(byteUnit(48_000)).toBe(1024);
    expect(layout.yTicks.map((t) => t.value / 1024)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(layout.yMax).toBe(50 * 1024);
  });

  it('uses a fixed top for ratios and a unit span when there is one sample', () => {
    const layout = layoutChart([series('a', [0.2])], box, { yMax: 1 });
    expect(layout.yMax).toBe(1);
    expect(layout.domainMs).toEqual([T0, T0 + 1000]);
  });

  it('puts time ticks on round simulated times', () => {
    const layout = layoutChart([series('a', [1, 2, 3, 4, 5, 6, 7], 10_000)], box);
    const ticks = layout.xTicks.map((t) => t.value - T0);
    expect(ticks.length).toBeGreaterThan(1);
    // A minute shown in about three ticks: every 15 or 20 s, on whole seconds.
    for (const ms of ticks) expect(ms % 5000).toBe(0);
  });
});

describe('helpers', () => {
  it('span the time domain over every series, one second for an empty chart', () => {
    expect(timeDomain([series('a', [1, 2]), series('b', [1, 2, 3])])).toEqual([T0, T0 + 2000]);
    expect(timeDomain([])).toEqual([0, 1000]);
  });

  it('give round ticks across a week', () => {
    const ticks = timeTicks([T0, T0 + 7 * 86_400_000], 4);
    expect(ticks.every((ms) => ms % 86_400_000 === 0)).toBe(true);
  });

  it('spread end labels apart, inside the plot', () => {
    const ys = spreadLabels([100, 101, null, 102, 199], LABEL_GAP_PX, 0, 200);
    expect(ys[0]).toBe(100);
    expect(ys[1]).toBe(116);
    expect(ys[3]).toBe(132);
    expect(ys[4]).toBe(199);
    const crowded = spreadLabels([200, 200, 200], 16, 0, 200);
    expect(crowded).toEqual([168, 184, 200]);
  });

  it('format ticks by the span: seconds, minutes, then dates', () => {
    expect(timeTickFormatter('en', 60_000)(T0 + 5000)).toBe('09:00:05');
    expect(timeTickFormatter('en', 3_600_000)(T0)).toBe('09:00');
    expect(timeTickFormatter('ko', 7 * 86_400_000)(T0)).toContain('1월 5일');
  });

  it('styles lines by more than colour: dashes and markers differ too', () => {
    const a = seriesStyle(0);
    const b = seriesStyle(1);
    expect(a.dash).not.toBe(b.dash);
    expect(a.marker).not.toBe(b.marker);
    expect(seriesStyle(9).colour).toBe(a.colour);
    expect(seriesStyle(0, true).dash).toBe('3 6');
  });
});
