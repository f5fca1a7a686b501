/**
 * Rewriting one batch for compaction (Kafka's `MemoryRecords.filterTo` with the cleaner's filter,
 * KAFKA-REFERENCE §4.2–4.3): keep the records the filter keeps, preserve baseOffset, lastOffsetDelta and
 * each survivor's offsetDelta, set the delete horizon (attribute bit 6, baseTimestamp) the first time a
 * batch with tombstones is copied, and keep an emptied batch as a bare header when asked to.
 */
import {
  DELETE_HORIZON_FLAG_MASK,
  type DecodedRecord,
  type DecodedRecordBatch,
  decodeRecordBatches,
  encodeRecordBatch,
  TIMESTAMP_TYPE_MASK,
} from '../codec';

/** What the cleaner decides for a batch before looking at its records (Kafka's `BatchRetention`). */
export type BatchRetention = 'DELETE_EMPTY' | 'RETAIN_EMPTY';

export interface FilteredBatch {
  /** The batch to write, or null when nothing of it remains. */
  readonly bytes: Uint8Array | null;
  readonly recordsRead: number;
  readonly recordsRetained: number;
  readonly tombstonesDropped: number;
  /** The rewritten batch's max timestamp and last offset (its header keeps the original last offset). */
  readonly maxTimestamp: number;
  readonly lastOffset: number;
  /**
   * Kafka's `FilterResult.maxOffset` for this batch: the last offset of a batch kept whole or emptied,
   * but the last retained record's offset for a rebuilt one. It is what the cleaner hands to
   * `LogSegment.append`, so the cleaned segment's offset-index entry records it.
   */
  readonly maxOffset: number;
}

/** Kafka's `RecordBatch.deleteHorizonMs`: baseTimestamp when attribute bit 6 is set. */
export function deleteHorizonMs(batch: DecodedRecordBatch): number | null {
  return (batch.attributes & DELETE_HORIZON_FLAG_MASK) !== 0 ? batch.baseTimestamp : null;
}

/**
 * Filters one stored batch. `keep(record)` is the cleaner's `shouldRetainRecord`. An unchanged batch
 * that needs no new delete horizon is written back byte for byte; otherwise it is rebuilt.
 */
export function filterBatch(
  original: Uint8Array,
  retention: BatchRetention,
  keep: (batch: DecodedRecordBatch, record: DecodedRecord) => boolean,
  nowMs: number,
  deleteRetentionMs: number,
): FilteredBatch {
  const [batch] = decodeRecordBatches(original);
  if (batch === undefined) throw new Error('filterBatch needs one batch');
  const retained = batch.records.filter((r) => keep(batch, r));
  const lastOffset = batch.baseOffset + batch.lastOffsetDelta;
  const stats = {
    recordsRead: batch.records.length,
    recordsRetained: retained.length,
    tombstonesDropped: batch.records.filter((r) => r.value === null && !retained.includes(r)).length,
    lastOffset,
    maxOffset: lastOffset,
  };
  if (retained.length === 0) {
    if (retention !== 'RETAIN_EMPTY') return { ...stats, bytes: null, maxTimestamp: batch.maxTimestamp };
    return { ...stats, bytes: emptyBatch(batch), maxTimestamp: batch.maxTimestamp };
  }
  const horizon = deleteHorizonMs(batch);
  const containsTombstones = retained.some((r) => r.value === null);
  const needToSetDeleteHorizon = containsTombstones && horizon === null;
  if (retained.length === batch.records.length && !needToSetDeleteHorizon) {
    return { ...stats, bytes: original, maxTimestamp: batch.maxTimestamp };
  }
  const newHorizon = needToSetDeleteHorizon ? nowMs + deleteRetentionMs : horizon;
  const rebuilt = rebuild(batch, retained, newHorizon);
  const maxOffset = (retained.at(-1) as DecodedRecord).offset;
  return { ...stats, maxOffset, bytes: rebuilt.bytes, maxTimestamp: rebuilt.maxTimestamp };
}

/** Kafka's `buildRetainedRecordsInto`: same identity fields, survivors at their own offsets. */
function rebuild(
  batch: DecodedRecordBatch,
  retained: readonly DecodedRecord[],
  horizon: number | null,
): { bytes: Uint8Array; maxTimestamp: number } {
  const logAppendTime = (batch.attributes & TIMESTAMP_TYPE_MASK) !== 0;
  const attributes =
    horizon === null
      ? batch.attributes & ~DELETE_HORIZON_FLAG_MASK
      : batch.attributes | DELETE_HORIZON_FLAG_MASK;
  const maxTimestamp = logAppendTime ? batch.maxTimestamp : Math.max(...retained.map((r) => r.timestamp));
  const bytes = encodeRecordBatch({
    baseOffset: batch.baseOffset,
    partitionLeaderEpoch: batch.partitionLeaderEpoch,
    producerId: batch.producerId,
    producerEpoch: batch.producerEpoch,
    baseSequence: batch.baseSequence,
    attributes,
    ...(horizon === null ? {} : { baseTimestamp: horizon }),
    maxTimestamp,
    lastOffsetDelta: batch.lastOffsetDelta,
    records: retained.map((r) => ({
      timestamp: r.timestamp,
      key: r.key,
      value: r.value,
      headers: r.headers,
      offsetDelta: r.offset - batch.baseOffset,
    })),
  });
  return { bytes, maxTimestamp };
}

/**
 * Kafka's `DefaultRecordBatch.writeEmptyHeader`: no records, baseTimestamp −1, the old maxTimestamp,
 * the original offsets and producer fields; the delete-horizon bit is not carried over.
 */
function emptyBatch(batch: DecodedRecordBatch): Uint8Array {
  return encodeRecordBatch({
    baseOffset: batch.baseOffset,
    partitionLeaderEpoch: batch.partitionLeaderEpoch,
    producerId: batch.producerId,
    producerEpoch: batch.producerEpoch,
    baseSequence: batch.baseSequence,
    attributes: batch.attributes & ~DELETE_HORIZON_FLAG_MASK,
    baseTimestamp: -1,
    maxTimestamp: batch.maxTimestamp,
    lastOffsetDelta: batch.lastOffsetDelta,
    records: [],
  });
}
