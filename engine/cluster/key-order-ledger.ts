/**
 * The "per-key order kept" invariant: records one producer sends with the same key should land in one
 * partition in the order they were sent — the guarantee keyed partitioning gives consumers. Two things
 * break it: a retried batch landing after a later batch of the same partition (retries with
 * `max.in.flight.requests.per.connection` > 1 and idempotence off, §7.5), and a key moving to another
 * partition (the topic grew, so murmur2 % partitions changed). A third shows here too: with acks=1 a
 * record acknowledged by a leader that then died unreplicated is gone, and a later send takes its
 * offset (the ack ledger counts the loss; this ledger the later record landing below the earlier one).
 *
 * Kept bounded: per (producer, topic, key) only the acknowledged record sent last (partition, offset,
 * send sequence). Each acknowledged keyed record is compared with it — one Map lookup per record. A
 * pair of records neither of which is the latest-sent one seen so far is not compared (that would
 * take every record's history); see the tests for what is caught.
 *
 * @example
 *   const ledger = new KeyOrderLedger();
 *   ledger.acknowledged('p1', 'orders', 0, 10, [{ input: { key: 'k' }, sendSeq: 2 }]); // sent later, acked first
 *   ledger.acknowledged('p1', 'orders', 0, 11, [{ input: { key: 'k' }, sendSeq: 1 }]); // sent first, lands after
 *   ledger.violationCount(); // 1
 */

/** What the ledger needs of an acknowledged record (the producer's pending record fits it as is). */
export interface AcknowledgedSend {
  readonly input: { readonly key: string | null };
  /** Order of `send()` calls within the producer. */
  readonly sendSeq: number;
}

export interface KeyOrderViolation {
  readonly clientId: string;
  readonly topic: string;
  readonly key: string;
  /** Where the record sent first landed. */
  readonly earlier: { readonly partition: number; readonly offset: number };
  /** Where the record sent after it landed: a lower offset, or another partition. */
  readonly later: { readonly partition: number; readonly offset: number };
}

interface LastAcked {
  partition: number;
  offset: number;
  sendSeq: number;
}

/** How many violations are kept to show (the count goes on). */
export const KEY_ORDER_SAMPLES = 20;
/**
 * Keys remembered across all producers; past it the oldest-remembered key is forgotten (a violation
 * involving it can then go unseen). Generous for the UI's key distributions, bounded for long sessions.
 */
export const KEY_ORDER_MAX_KEYS = 100_000;

export class KeyOrderLedger {
  /** By `clientId` + NUL + topic, then by key. */
  private readonly byProducerTopic = new Map<string, Map<string, LastAcked>>();
  private keyCount = 0;
  private violations = 0;
  private readonly recent: KeyOrderViolation[] = [];

  /** A batch of `records` was acknowledged at offsets `baseOffset`, `baseOffset + 1`, … of `partition`. */
  acknowledged(
    clientId: string,
    topic: string,
    partition: number,
    baseOffset: number,
    records: readonly AcknowledgedSend[],
  ): void {
    if (baseOffset < 0) return;
    const scope = `${clientId}\u0000${topic}`;
    let keys: Map<string, LastAcked> | undefined = this.byProducerTopic.get(scope);
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as AcknowledgedSend;
      const key = record.input.key;
      if (key === null) continue;
      if (!keys) {
        keys = this.byProducerTopic.get(scope) ?? new Map<string, LastAcked>();
        this.byProducerTopic.set(scope, keys);
      }
      const offset = baseOffset + i;
      const last = keys.get(key);
      if (!last) {
        keys.set(key, { partition, offset, sendSeq: record.sendSeq });
        if (++this.keyCount > KEY_ORDER_MAX_KEYS) {
          this.forgetOldestKey();
          keys = undefined; // it may have been this scope's map, now dropped
        }
        continue;
      }
      this.compare(clientId, topic, key, last, partition, offset, record.sendSeq);
    }
  }

  violationCount(): number {
    return this.violations;
  }

  /** The last {@link KEY_ORDER_SAMPLES} violations, oldest first. */
  recentViolations(): readonly KeyOrderViolation[] {
    return this.recent;
  }

  private compare(
    clientId: string,
    topic: string,
    key: string,
    last: LastAcked,
    partition: number,
    offset: number,
    sendSeq: number,
  ): void {
    const here = { partition, offset };
    const there = { partition: last.partition, offset: last.offset };
    if (sendSeq > last.sendSeq) {
      // Sent after the remembered record: must be in its partition, at a higher offset.
      if (partition !== last.partition || offset < last.offset)
        this.report({ clientId, topic, key, earlier: there, later: here });
      last.partition = partition;
      last.offset = offset;
      last.sendSeq = sendSeq;
      return;
    }
    // Sent before the remembered record but acknowledged after it: must be at a lower offset.
    if (partition !== last.partition || offset > last.offset)
      this.report({ clientId, topic, key, earlier: here, later: there });
  }

  private report(violation: KeyOrderViolation): void {
    this.violations++;
    this.recent.push(violation);
    if (this.recent.length > KEY_ORDER_SAMPLES) this.recent.shift();
  }

  private forgetOldestKey(): void {
    for (const [scope, keys] of this.byProducerTopic) {
      const oldest = keys.keys().next();
      if (!oldest.done) {
        keys.delete(oldest.value);
        this.keyCount--;
      }
      if (keys.size === 0) this.byProducerTopic.delete(scope);
      return;
    }
  }
}
