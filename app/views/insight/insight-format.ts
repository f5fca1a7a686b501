/**
 * Small formatters the insight views share: topic-partition names, broker lists as Kafka prints ISRs,
 * segment file names, acks, and elapsed spans ("7 d 2 h"). Pure.
 */
import type { EventRecord } from '../../../engine/view/types';
import { type Lang, translate } from '../../i18n/i18n';

export type EventBody = EventRecord['body'];
export type EventType = EventBody['type'];
export type EventOf<T extends EventType> = Extract<EventBody, { type: T }>;

/** `orders-0`, Kafka's own spelling of a topic-partition. */
export function tpName(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/** `[1, 2, 3]`; `[]` for an empty ISR. */
export function brokerList(ids: readonly number[]): string {
  return `[${ids.join(', ')}]`;
}

/** `00000000000000000042.log`: Kafka names a segment's files by its base offset, 20 digits. */
export function segmentFileName(baseOffset: number): string {
  return `${String(baseOffset).padStart(20, '0')}.log`;
}

/** The producer's `acks` as a user writes it: −1 is `all`. */
export function acksLabel(acks: number | string): string {
  return acks === -1 || acks === '-1' ? 'all' : String(acks);
}

const UNITS = [
  [86_400_000, 'duration.d'],
  [3_600_000, 'duration.h'],
  [60_000, 'duration.min'],
] as const;

/**
 * An elapsed time for a sentence: the two largest whole units from a minute up ("7 d 2 h", "3 min"),
 * seconds with one decimal below a minute ("10.5 s"), ms below a second.
 */
export function formatSpan(lang: Lang, ms: number): string {
  const abs = Math.max(0, Math.round(ms));
  if (abs < 1000) return translate(lang, 'duration.ms', { n: abs });
  if (abs < 60_000) {
    const s = Math.round(abs / 100) / 10;
    return translate(lang, 'duration.s', { n: Number.isInteger(s) ? s : s.toFixed(1) });
  }
  const parts: string[] = [];
  let rest = abs;
  for (const [size, key] of UNITS) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / size);
    if (n === 0 && parts.length === 0) continue;
    if (n > 0) parts.push(translate(lang, key, { n }));
    else break;
    rest -= n * size;
  }
  return parts.join(' ');
}
