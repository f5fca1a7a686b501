/** A decoded record as the records table shows it: UTF-8 text where Kafka has bytes. */
import type { DecodedRecord, DecodedRecordBatch } from '../codec';
import type { FetchedBatch } from '../log/log-read';
import type { RecordView } from '../view/types';

// Non-fatal: bytes that are not UTF-8 show as U+FFFD, as Java's `new String(bytes, UTF_8)` does.
const decoder = new TextDecoder();

export function toRecordView(r: DecodedRecord, batch: FetchedBatch, decoded: DecodedRecordBatch): RecordView {
  return {
    offset: r.offset,
    timestampMs: r.timestamp,
    key: r.key === null ? null : decoder.decode(r.key),
    value: r.value === null ? null : decoder.decode(r.value),
    headers: r.headers.map((h) => ({ key: h.key, value: h.value === null ? null : decoder.decode(h.value) })),
    leaderEpoch: decoded.partitionLeaderEpoch,
    batchBaseOffset: batch.baseOffset,
    batchSizeBytes: batch.sizeInBytes,
    segmentBaseOffset: batch.segmentBaseOffset,
  };
}
