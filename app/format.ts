/**
 * Number, size, time and duration formatting for the views, in the current language. Pure.
 * Simulated time is shown in UTC: the same run reads the same on every machine and projector.
 */
import { type Lang, translate } from './i18n/i18n';

const KIB = 1024;
const MIB = 1024 * 1024;

export function formatBytes(lang: Lang, bytes: number): string {
  if (bytes < KIB) return translate(lang, 'unit.bytes', { n: bytes });
  if (bytes < MIB) return translate(lang, 'unit.kib', { n: trim(bytes / KIB) });
  return translate(lang, 'unit.mib', { n: trim(bytes / MIB) });
}

function trim(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1).replace(/\.0$/, '');
}

/** The largest whole unit: 604800000 → '7일' / '7 d'; −1 or "off" values are handled by the caller. */
export function formatDuration(lang: Lang, ms: number): string {
  const units = [
    [86_400_000, 'duration.d'],
    [3_600_000, 'duration.h'],
    [60_000, 'duration.min'],
    [1000, 'duration.s'],
  ] as const;
  for (const [size, key] of units)
    if (ms >= size && ms % size === 0) return translate(lang, key, { n: ms / size });
  return translate(lang, 'duration.ms', { n: ms });
}

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * e.g. '2026년 1월 5일 (월) 09:00:00.005 UTC' / 'Mon, 5 Jan 2026, 09:00:00.005 UTC'. Milliseconds are
 * shown: Kafka timestamps are ms, and records produced in one second differ only there.
 */
export function formatSimTime(lang: Lang, ms: number): string {
  let f = dateTimeFormats.get(lang);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      fractionalSecondDigits: 3,
      hourCycle: 'h23',
    });
    dateTimeFormats.set(lang, f);
  }
  return `${f.format(ms)} UTC`;
}

const shortFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Compact, for table cells: '1월 5일 09:00:00.005' / '5 Jan 09:00:00.005' (UTC, the full form in a title). */
export function formatSimTimeShort(lang: Lang, ms: number): string {
  let f = shortFormats.get(lang);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      fractionalSecondDigits: 3,
      hourCycle: 'h23',
    });
    shortFormats.set(lang, f);
  }
  return f.format(ms);
}

/** Machine-readable form for `<time dateTime>`. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
