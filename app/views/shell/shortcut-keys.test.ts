import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcut-keys';

const none = { ctrl: false, meta: false, alt: false };
const body = { tag: 'body' };

describe('shortcutFor', () => {
  it('maps space and . (clicker keys) to play/pause, → to step', () => {
    expect(shortcutFor(' ', body, none)).toBe('play-pause');
    expect(shortcutFor('.', body, none)).toBe('play-pause');
    expect(shortcutFor('ArrowRight', body, none)).toBe('step');
    expect(shortcutFor('k', body, none)).toBe('kill-leader');
    expect(shortcutFor('?', body, none)).toBe('help');
  });

  it('leaves keys typed into text fields alone, except Escape', () => {
    const input = { tag: 'input', type: 'text' };
    expect(shortcutFor('k', input, none)).toBeNull();
    expect(shortcutFor(' ', input, none)).toBeNull();
    expect(shortcutFor('.', { tag: 'textarea' }, none)).toBeNull();
    expect(shortcutFor('Escape', input, none)).toBe('escape');
  });

  it('lets buttons keep space and sliders/tabs keep arrows, and ignores modified keys', () => {
    expect(shortcutFor(' ', { tag: 'button' }, none)).toBeNull();
    expect(shortcutFor('ArrowRight', { tag: 'input', type: 'range' }, none)).toBeNull();
    expect(shortcutFor('ArrowRight', { tag: 'button', role: 'tab' }, none)).toBeNull();
    expect(shortcutFor('.', { tag: 'input', type: 'range' }, none)).toBe('play-pause');
    expect(shortcutFor('k', body, { ctrl: true, meta: false, alt: false })).toBeNull();
  });
});
