import { describe, expect, it } from 'vitest';
import type { ClusterEvent } from '../cluster/events';
import { MAX_NOTABLE_EVENTS, MAX_REPETITIVE_EVENTS, NotableEvents } from './notable-events';

let seq = 0;
const event = (body: Record<string, unknown>): ClusterEvent =>
  ({ ...body, atMs: seq, seq: seq++ }) as unknown as ClusterEvent;

describe('NotableEvents', () => {
  it('counts high-rate events without listing them', () => {
    const n = new NotableEvents();
    n.offer(event({ type: 'records-appended' }));
    n.offer(event({ type: 'broker-started', broker: 1 }));
    expect(n.recent().map((e) => e.type)).toEqual(['broker-started']);
    expect(n.counts.get('records-appended')).toBe(1);
  });

  it('keeps an election visible behind a flood of retries, in seq order', () => {
    const n = new NotableEvents();
    n.offer(event({ type: 'broker-stopped', broker: 2, how: 'kill' }));
    n.offer(event({ type: 'leader-elected', topic: 't', partition: 0 }));
    for (let i = 0; i < MAX_NOTABLE_EVENTS * 3; i++)
      n.offer(event({ type: 'produce-failed', error: 'NOT_ENOUGH_REPLICAS', willRetry: true }));
    const recent = n.recent();
    expect(recent.filter((e) => e.type === 'produce-failed')).toHaveLength(MAX_REPETITIVE_EVENTS);
    expect(recent.slice(0, 2).map((e) => e.type)).toEqual(['broker-stopped', 'leader-elected']);
    const seqs = recent.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });
});
