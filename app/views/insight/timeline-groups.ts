/**
 * Runs of the same event, shown as one timeline row with a count: a producer retrying a send every
 * `retry.backoff.ms` (NOT_ENOUGH_REPLICAS for two minutes is over a thousand failures) or messages lost
 * one after another on an isolated link would otherwise bury everything else. Only kinds whose repeats
 * say nothing new are folded; every election, ISR change or deletion keeps its own row. Pure.
 */
import type { EventRecord } from '../../../engine/view/types';
import type { EventBody } from './insight-format';

export interface TimelineGroup {
  /** The newest event of the run (the row shows it). */
  readonly newest: EventRecord;
  /** Events in the run, 1 for a lone event. */
  readonly count: number;
  /** When the run began. */
  readonly sinceMs: number;
}

/** Events with the same key in a row are one run; null keys never fold. */
export function repeatKey(body: EventBody): string | null {
  switch (body.type) {
    case 'produce-failed':
      return `${body.type}/${body.clientId}/${body.topic}-${body.partition}/${body.error}/${body.willRetry}`;
    case 'message-lost':
      return `${body.type}/${body.from}/${body.to}/${body.api}/${body.reason}`;
    default:
      return null;
  }
}

/** Folds consecutive repeats of `newestFirst` (events sorted newest first) into groups, in order. */
export function groupRepeats(newestFirst: readonly EventRecord[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  let runKey: string | null = null;
  for (const event of newestFirst) {
    const key = repeatKey(event.body);
    const last = groups[groups.length - 1];
    if (key !== null && key === runKey && last) {
      groups[groups.length - 1] = { newest: last.newest, count: last.count + 1, sinceMs: event.atMs };
      continue;
    }
    runKey = key;
    groups.push({ newest: event, count: 1, sinceMs: event.atMs });
  }
  return groups;
}
