/**
 * Log throughput: `npx tsx engine/log/log.bench.ts`. Appends 100-record batches (16-byte keys, 100-byte
 * values) as leader into a log with Kafka's default segment.bytes scaled down to 64 MiB (so several
 * rolls happen), then reads every record back by fetching from the high watermark side the way a
 * consumer does (1 MiB fetches, decoded). Figures are medians of several runs after a warm-up.
 */
import { filled, median } from '../bench-kit';
import { DEFAULT_LOG_CONFIG, Log } from './index';

const RECORDS_PER_BATCH = 100;
const BATCHES = 2_000; // 200,000 records, ~27 MB
const RUNS = 5;
const START_MS = 1_700_000_000_000;

const batches = Array.from({ length: BATCHES }, (_, b) => ({
  records: Array.from({ length: RECORDS_PER_BATCH }, (_, i) => ({
    timestamp: START_MS + b * 10 + (i % 10),
    key: filled(16, b * RECORDS_PER_BATCH + i),
    value: filled(100, ~(b * RECORDS_PER_BATCH + i)),
  })),
}));

function newLog(): Log {
  return Log.create({
    topic: 'bench',
    partition: 0,
    config: { ...DEFAULT_LOG_CONFIG, segmentBytes: 64 * 1024 * 1024 },
    nowMs: START_MS,
    nextInt: () => 0,
  });
}

function appendAll(log: Log): void {
  for (const batch of batches) log.appendAsLeader(batch, { leaderEpoch: 0, nowMs: START_MS });
  log.maybeIncrementHighWatermark(log.logEndOffset);
}

function readAll(log: Log): number {
  let offset = log.logStartOffset;
  let records = 0;
  while (offset < log.highWatermark) {
    const result = log.read(offset, {
      maxBytes: 1_048_576,
      upTo: 'highWatermark',
      minOneMessage: true,
      decode: true,
    });
    for (const batch of result.decoded ?? []) {
      records += batch.records.length;
      offset = batch.baseOffset + batch.lastOffsetDelta + 1;
    }
  }
  return records;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const total = BATCHES * RECORDS_PER_BATCH;
const appendMs: number[] = [];
const readMs: number[] = [];
let bytes = 0;
for (let run = 0; run < RUNS + 1; run++) {
  const log = newLog();
  const a = time(() => appendAll(log));
  let counted = 0;
  const r = time(() => {
    counted = readAll(log);
  });
  if (counted !== total) throw new Error(`read ${counted} records, appended ${total}`);
  bytes = log.size;
  if (run === 0) continue; // warm-up
  appendMs.push(a);
  readMs.push(r);
}
const mb = bytes / 1e6;
const a = median(appendMs);
const r = median(readMs);
console.log(
  `log.append.records_per_s=${Math.round(total / (a / 1000))} (${(mb / (a / 1000)).toFixed(0)} MB/s)`,
);
console.log(
  `log.read.records_per_s=${Math.round(total / (r / 1000))} (${(mb / (r / 1000)).toFixed(0)} MB/s, decoded)`,
);
console.log(`log.workload=${total} records in ${BATCHES} batches, ${mb.toFixed(1)} MB, median of ${RUNS}`);
