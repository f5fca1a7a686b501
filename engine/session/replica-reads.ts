/**
 * Reads of one replica's log on the UI's request: a page of records, the raw bytes of one batch, and
 * how a broker finds an offset (segment floor → sparse index → scan). Records are paged, never pushed.
 * A bad request (no such replica, offset out of range) throws a RangeError in plain words.
 */
import { segmentFileName } from '../log/file-names';
import { batchesFrom } from '../log/file-records';
import type { Log } from '../log/log';
import type { RecordsPage, RecordView } from '../view/types';
import type { OffsetLookup, ReplicaRef } from '../worker/protocol';
import { toRecordView } from './record-view';
import type { Session } from './session';

const READ_MAX_BYTES = 256 * 1024;

export interface BatchBytes {
  readonly baseOffset: number;
  readonly segmentFile: string;
  readonly position: number;
  readonly bytes: Uint8Array;
}

export function replicaLog(session: Session, replica: ReplicaRef): Log {
  const broker = session.cluster.brokers.get(replica.brokerId);
  if (!broker) throw new RangeError(`No broker ${replica.brokerId}`);
  const log = broker.logs.get(`${replica.topic}-${replica.partition}`);
  if (!log)
    throw new RangeError(
      `Broker ${replica.brokerId} holds no replica of ${replica.topic}-${replica.partition}`,
    );
  return log;
}

export function readRecords(
  session: Session,
  replica: ReplicaRef,
  fromOffset: number,
  maxRecords: number,
  uncommitted: boolean,
): RecordsPage {
  const log = replicaLog(session, replica);
  const cap = uncommitted ? log.logEndOffset : log.highWatermark;
  const from = Math.max(fromOffset, log.logStartOffset);
  const records: RecordView[] = [];
  let offset = from;
  while (records.length < maxRecords && offset < cap) {
    const result = log.read(offset, {
      maxBytes: READ_MAX_BYTES,
      upTo: uncommitted ? 'logEndOffset' : 'highWatermark',
      decode: true,
    });
    const lastBatch = result.batches.at(-1);
    if (lastBatch === undefined) break;
    result.batches.forEach((batch, i) => {
      const decoded = result.decoded?.[i];
      if (!decoded) return;
      // A fetch returns whole batches: skip records below the offset asked for, as a consumer does.
      for (const record of decoded.records) {
        if (record.offset < offset || records.length >= maxRecords) continue;
        records.push(toRecordView(record, batch, decoded));
      }
    });
    offset = lastBatch.lastOffset + 1;
  }
  const last = records.at(-1);
  return {
    ...replica,
    fromOffset: from,
    records,
    nextOffset: last === undefined ? from : last.offset + 1,
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    highWatermark: log.highWatermark,
  };
}

export function readBatchBytes(session: Session, replica: ReplicaRef, offset: number): BatchBytes {
  const log = replicaLog(session, replica);
  if (offset < log.logStartOffset || offset >= log.logEndOffset)
    throw new RangeError(
      `Offset ${offset} is outside the replica's log (${log.logStartOffset} to ${log.logEndOffset - 1})`,
    );
  const result = log.read(offset, { maxBytes: 1, upTo: 'logEndOffset', minOneMessage: true });
  const batch = result.batches[0];
  if (batch === undefined) throw new RangeError(`No batch holds offset ${offset}`);
  return {
    baseOffset: batch.baseOffset,
    segmentFile: segmentFileName(batch.segmentBaseOffset, 'log'),
    position: batch.position,
    // A copy: the read may be a view of the segment file, and this one crosses to another thread.
    bytes: result.records.slice(0, batch.sizeInBytes),
  };
}

export function lookupOffset(session: Session, replica: ReplicaRef, offset: number): OffsetLookup {
  const log = replicaLog(session, replica);
  if (offset < log.logStartOffset || offset >= log.logEndOffset)
    throw new RangeError(
      `Offset ${offset} is outside the replica's log (${log.logStartOffset} to ${log.logEndOffset - 1})`,
    );
  let segment = log.segments[0];
  for (const s of log.segments) if (s.baseOffset <= offset) segment = s;
  if (!segment) throw new RangeError('The log has no segments');
  const entry = segment.offsetIndex.lookup(offset);
  let scanned = 0;
  for (const { position, header } of batchesFrom(segment.log, entry.position)) {
    if (header.lastOffset >= offset) {
      return {
        offset,
        segmentBaseOffset: segment.baseOffset,
        segmentFile: segmentFileName(segment.baseOffset, 'log'),
        indexFile: segmentFileName(segment.baseOffset, 'index'),
        indexEntryOffset: entry.offset,
        indexEntryPosition: entry.position,
        indexEntries: segment.offsetIndex.entries,
        batchPosition: position,
        batchBaseOffset: header.baseOffset,
        batchesScanned: scanned,
      };
    }
    scanned++;
  }
  throw new RangeError(`No batch holds offset ${offset}`);
}
