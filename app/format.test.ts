import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatSimTime } from './format';

describe('format', () => {
  it('formats sizes in binary units', () => {
    expect(formatBytes('en', 512)).toBe('512 B');
    expect(formatBytes('en', 1536)).toBe('1.5 KiB');
    expect(formatBytes('ko', 1024 * 1024)).toBe('1 MiB');
  });

  it('formats durations by their largest whole unit', () => {
    expect(formatDuration('ko', 604_800_000)).toBe('7일');
    expect(formatDuration('en', 3_600_000)).toBe('1 h');
    expect(formatDuration('en', 60_000)).toBe('1 min');
    expect(formatDuration('en', 1500)).toBe('1500 ms');
  });

  it('shows simulated time in UTC', () => {
    expect(formatSimTime('en', Date.UTC(2026, 0, 5, 9, 0, 0))).toContain('09:00:00.000 UTC');
  });
});
