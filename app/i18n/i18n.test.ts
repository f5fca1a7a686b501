import { describe, expect, it } from 'vitest';
import { en } from './en';
import { translate, translateCount } from './i18n';
import { ko } from './ko';

describe('i18n', () => {
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) expect(holes(en[key])).toEqual(holes(ko[key]));
  });

  it('fills placeholders and picks plural forms', () => {
    expect(translate('ko', 'time.speedSlow', { n: 10 })).toBe('시뮬레이션 1초 = 실제 10초');
    expect(translate('en', 'time.speedSlow', { n: 10 })).toBe('1 simulated second = 10 real seconds');
    expect(translateCount('en', 'count.records', 1)).toBe('1 record');
    expect(translateCount('en', 'count.records', 3)).toBe('3 records');
    expect(translateCount('ko', 'count.records', 3)).toBe('3개 레코드');
  });
});
