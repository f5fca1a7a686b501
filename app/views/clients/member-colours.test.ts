import { describe, expect, it } from 'vitest';
import {
  MEMBER_MARKS,
  MEMBER_PALETTE,
  memberColour,
  memberPaletteIndex,
  memberStyle,
} from './member-colours';

/** WCAG relative luminance contrast against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

describe('memberColour', () => {
  it('gives the n-th member of a group the n-th colour, so one group has eight distinct ones', () => {
    const colours = Array.from({ length: 8 }, (_, i) => memberColour(`orders-app-${i + 1}`));
    expect(new Set(colours).size).toBe(8);
    expect(memberColour('orders-app-1')).toBe(MEMBER_PALETTE[0]);
    expect(memberColour('orders-app-9')).toBe(MEMBER_PALETTE[0]);
  });

  it('is the same for the same name in every view and every run', () => {
    expect(memberColour('billing-app-3')).toBe(memberColour('billing-app-3'));
    expect(memberPaletteIndex('console-consumer')).toBe(memberPaletteIndex('console-consumer'));
    expect(memberPaletteIndex('console-consumer')).toBeGreaterThanOrEqual(0);
    expect(memberPaletteIndex('console-consumer')).toBeLessThan(MEMBER_PALETTE.length);
  });

  it('pairs every colour with its own mark, so colour is not the only cue', () => {
    expect(new Set(MEMBER_MARKS).size).toBe(MEMBER_PALETTE.length);
    const style = memberStyle('orders-app-2');
    expect(style).toEqual({ colour: MEMBER_PALETTE[1], mark: MEMBER_MARKS[1], index: 1 });
  });

  it('keeps every colour readable on white (≥ 3:1)', () => {
    for (const colour of MEMBER_PALETTE) expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(3);
  });
});
