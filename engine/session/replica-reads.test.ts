/**
 * Reads of one replica's log on the UI's request: pages of records (capped at the HW or the LEO,
 * clamped to the log start offset), the stored bytes of one batch, and a broker's offset lookup
 * (segment floor → sparse index entry → scan of the `.log`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeRecordBatches, verifyBatchCrc } from '../codec';
import type { SessionCommand } from './commands';
import { lookupOffset, readBatchBytes, readRecords, replicaLog } from './replica-reads';
import { Session } from './session';

/** Records sent one per batch, then {@link EXTRA} more in one millisecond. */
const RECORDS = 30;
const EXTRA = 4;
const END = RECORDS + EXTRA;

const send = (i: number): SessionCommand => ({
  type: 'send',
  topic: 'orders',
  key: `key-${i}`,
  value: `value-${i}`.padEnd(40, '.'),
  headers: [{ key: 'n', value: String(i) }],
  partition: 0,
  acks: 'all',
  partitioner: 'default',
});

function leaderOf(session: Session, partition: number): number {
  const p = session.cluster.describeTopics(['orders'])[0]?.partitions.find((x) => x.partition === partition);
  if (!p) throw new Error(`no orders-${partition}`);
  return p.leader;
}

/**
 * orders-0 with one record per batch over several 1 KiB segments, an index entry every ~150 bytes,
 * then four records sent in the same millisecond: the first goes alone, the other three wait for it
 * (one batch in flight per partition) and go as one batch.
 */
function filledSession(): Session {
  const session = new Session({ seed: 12, preset: 'classroom' });
  session.apply({
    type: 'alter-topic-config',
    name: 'orders',
    set: { 'segment.bytes': '1024', 'index.interval.bytes': '150' },
    remove: [],
  });
  for (let i = 0; i < RECORDS; i++) {
    session.apply(send(i));
    session.advanceTo(session.nowMs + 50);
  }
  for (let i = RECORDS; i < END; i++) session.apply(send(i));
  session.advanceTo(session.nowMs + 2000);
  return session;
}

describe('on a replica with several segments', () => {
  let session: Session;
  let replica: { topic: string; partition: number; brokerId: number };

  beforeAll(() => {
    session = filledSession();
    replica = { topic: 'orders', partition: 0, brokerId: leaderOf(session, 0) };
  });

  it('has the layout the tests below rely on', () => {
    const log = replicaLog(session, replica);
    expect(log.logEndOffset).toBe(END);
    expect(log.highWatermark).toBe(END);
    expect(log.segments.length).toBeGreaterThan(2);
    expect(log.segments.some((s) => s.offsetIndex.entries > 0)).toBe(true);
  });

  it('pages records in order, each with its batch and segment', () => {
    const log = replicaLog(session, replica);
    const bases = log.segments.map((s) => s.baseOffset);
    const seen: number[] = [];
    let from = 0;
    for (let page = 0; page < 20 && from < log.logEndOffset; page++) {
      const result = readRecords(session, replica, from, 7, true);
      expect(result).toMatchObject({ ...replica, fromOffset: from, logStartOffset: 0, logEndOffset: END });
      expect(result.records.length).toBeLessThanOrEqual(7);
      expect(result.records.length).toBeGreaterThan(0);
      for (const r of result.records) {
        seen.push(r.offset);
        expect(r.key).toBe(`key-${r.offset}`);
        expect(r.value).toBe(`value-${r.offset}`.padEnd(40, '.'));
        expect(r.headers).toEqual([{ key: 'n', value: String(r.offset) }]);
        expect(r.leaderEpoch).toBe(0);
        expect(r.segmentBaseOffset).toBe(Math.max(...bases.filter((b) => b <= r.offset)));
        if (r.offset <= RECORDS) expect(r.batchBaseOffset).toBe(r.offset);
        else expect(r.batchBaseOffset).toBe(RECORDS + 1);
      }
      from = result.nextOffset;
    }
    expect(seen).toEqual(Array.from({ length: END }, (_, i) => i));
  });

  it('starts inside a batch at the offset asked for, as a consumer skips the batch’s earlier records', () => {
    const page = readRecords(session, replica, RECORDS + 2, 10, true);
    expect(page.records.map((r) => r.offset)).toEqual([RECORDS + 2, RECORDS + 3]);
    expect(page.records.map((r) => r.batchBaseOffset)).toEqual([RECORDS + 1, RECORDS + 1]);
    expect(page.nextOffset).toBe(END);
    // Past the end: nothing, and the next page starts where it was asked.
    const empty = readRecords(session, replica, END, 10, true);
    expect(empty.records).toEqual([]);
    expect(empty.nextOffset).toBe(END);
  });

  it('hands out the exact stored bytes of the batch holding an offset', () => {
    const three = readBatchBytes(session, replica, RECORDS + 2);
    expect(three.baseOffset).toBe(RECORDS + 1);
    expect(verifyBatchCrc(three.bytes, 0)).toBe(true);
    const [batch, ...rest] = decodeRecordBatches(three.bytes);
    expect(rest).toEqual([]);
    expect(batch?.baseOffset).toBe(RECORDS + 1);
    expect(batch?.records.map((r) => r.offset)).toEqual([RECORDS + 1, RECORDS + 2, RECORDS + 3]);

    const log = replicaLog(session, replica);
    for (const offset of [0, 7, 15, RECORDS - 1]) {
      const b = readBatchBytes(session, replica, offset);
      const lookup = lookupOffset(session, replica, offset);
      expect(b.baseOffset).toBe(offset);
      expect(b.position).toBe(lookup.batchPosition);
      expect(b.segmentFile).toBe(lookup.segmentFile);
      expect(verifyBatchCrc(b.bytes, 0)).toBe(true);
      // Byte for byte what the segment's .log holds there, and exactly one batch long.
      const segment = log.segments.find((s) => s.baseOffset === lookup.segmentBaseOffset);
      expect(segment).toBeDefined();
      expect(b.bytes).toEqual(segment?.log.read(b.position, b.bytes.length));
      const page = readRecords(session, replica, offset, 1, true);
      expect(b.bytes.length).toBe(page.records[0]?.batchSizeBytes);
      // A copy: changing it leaves the log alone.
      b.bytes.fill(0);
      expect(verifyBatchCrc(readBatchBytes(session, replica, offset).bytes, 0)).toBe(true);
    }
  });

  it('looks an offset up as a broker does: segment floor, index entry ≤ offset, then a scan', () => {
    const log = replicaLog(session, replica);
    let usedAnEntry = false;
    for (let offset = 0; offset < log.logEndOffset; offset++) {
      const lookup = lookupOffset(session, replica, offset);
      const segment = [...log.segments].reverse().find((s) => s.baseOffset <= offset);
      expect(lookup.segmentBaseOffset).toBe(segment?.baseOffset);
      expect(lookup.segmentFile).toBe(`${String(segment?.baseOffset).padStart(20, '0')}.log`);
      expect(lookup.indexFile).toBe(`${String(segment?.baseOffset).padStart(20, '0')}.index`);
      expect(lookup.indexEntries).toBe(segment?.offsetIndex.entries);

      // The greatest index entry at or below the offset, else the segment's start.
      const entries = segment?.offsetIndex.allEntries() ?? [];
      const floor = [...entries].reverse().find((e) => e.offset <= offset) ?? {
        offset: lookup.segmentBaseOffset,
        position: 0,
      };
      expect([lookup.indexEntryOffset, lookup.indexEntryPosition]).toEqual([floor.offset, floor.position]);
      if (floor.offset > lookup.segmentBaseOffset) usedAnEntry = true;

      // The batch holds the offset; the scan stepped over every batch between the entry and it.
      expect(lookup.batchBaseOffset).toBe(offset > RECORDS ? RECORDS + 1 : offset);
      expect(lookup.batchPosition).toBeGreaterThanOrEqual(lookup.indexEntryPosition);
      let scanned = 0;
      for (let o = lookup.indexEntryOffset; o < lookup.batchBaseOffset; o++) {
        const b = readBatchBytes(session, replica, o);
        if (b.baseOffset === o && b.position >= lookup.indexEntryPosition) scanned++;
      }
      expect(lookup.batchesScanned, `offset ${offset}`).toBe(scanned);
    }
    expect(usedAnEntry).toBe(true);
  });

  it('refuses offsets outside the log, and replicas that do not exist, in plain words', () => {
    expect(() => lookupOffset(session, replica, END)).toThrow(
      `Offset ${END} is outside the replica's log (0 to ${END - 1})`,
    );
    expect(() => readBatchBytes(session, replica, END)).toThrow(RangeError);
    expect(() => readRecords(session, { ...replica, brokerId: 7 }, 0, 1, true)).toThrow('No broker 7');
    expect(() => readRecords(session, { ...replica, topic: 'nope' }, 0, 1, true)).toThrow(
      `Broker ${replica.brokerId} holds no replica of nope-0`,
    );
  });
});

describe('caps and clamps', () => {
  it('reads up to the HW for consumers and up to the LEO for the replica’s own view', () => {
    const session = new Session({ seed: 13, preset: 'classroom' });
    session.apply(send(0));
    session.advanceTo(session.nowMs + 1000);
    const leader = leaderOf(session, 0);
    // Slow followers: the leader appends at once, the HW waits for their fetches.
    for (const id of [1, 2, 3]) if (id !== leader) session.apply({ type: 'slow', id, delayMs: 500 });
    session.advanceTo(session.nowMs + 2000);
    session.apply(send(1));
    session.advanceTo(session.nowMs + 50);
    const replica = { topic: 'orders', partition: 0, brokerId: leader };
    const log = replicaLog(session, replica);
    expect(log.highWatermark).toBe(1);
    expect(log.logEndOffset).toBe(2);

    const committed = readRecords(session, replica, 0, 10, false);
    expect(committed.records.map((r) => r.offset)).toEqual([0]);
    expect(committed).toMatchObject({ nextOffset: 1, highWatermark: 1, logEndOffset: 2 });
    expect(readRecords(session, replica, 1, 10, false).records).toEqual([]);
    const stored = readRecords(session, replica, 0, 10, true);
    expect(stored.records.map((r) => r.offset)).toEqual([0, 1]);
    expect(readRecords(session, replica, 0, 1, true).records.map((r) => r.offset)).toEqual([0]);
    // Once the followers catch up, consumers see it too.
    session.advanceTo(session.nowMs + 3000);
    expect(readRecords(session, replica, 0, 10, false).records.map((r) => r.offset)).toEqual([0, 1]);
  });

  it('clamps a read below the log start offset to it', () => {
    const session = filledSession();
    const replica = { topic: 'orders', partition: 0, brokerId: leaderOf(session, 0) };
    // Keep about two segments: the oldest ones go.
    session.apply({
      type: 'alter-topic-config',
      name: 'orders',
      set: { 'retention.bytes': '2000' },
      remove: [],
    });
    // The retention check runs every log.retention.check.interval.ms (5 minutes).
    session.advanceTo(session.nowMs + 301_000);
    const log = replicaLog(session, replica);
    expect(log.logStartOffset).toBeGreaterThan(0);
    const start = log.logStartOffset;
    const page = readRecords(session, replica, 0, 5, true);
    expect(page.fromOffset).toBe(start);
    expect(page.logStartOffset).toBe(start);
    expect(page.records[0]?.offset).toBe(start);
    expect(() => readBatchBytes(session, replica, start - 1)).toThrow(
      `Offset ${start - 1} is outside the replica's log (${start} to ${log.logEndOffset - 1})`,
    );
    expect(() => lookupOffset(session, replica, 0)).toThrow(RangeError);
  });
});
