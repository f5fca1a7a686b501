import { describe, expect, it } from 'vitest';
import { diffRecords, indexRecords } from './diff';
import { buildLogView, buildRunView, type LogViewSource, type SegmentSource } from './log-view';
import type { PartitionRecord, SegmentRecord } from './types';

const seg = (baseOffset: number, nextOffset: number, sizeBytes: number, suffix = ''): SegmentSource => ({
  baseOffset,
  nextOffset,
  recordCount: nextOffset - baseOffset,
  logFileName: `${String(baseOffset).padStart(20, '0')}.log${suffix}`,
  sizeBytes,
  indexBytes: 0,
  timeIndexBytes: 12,
  largestTimestampMs: 1000 + baseOffset,
});

function source(overrides: Partial<LogViewSource> = {}): LogViewSource {
  return {
    topic: 'kafkascope-demo',
    partition: 0,
    brokerId: 1,
    logDir: '/tmp/kafka-logs',
    logStartOffset: 3,
    logEndOffset: 5,
    highWatermark: 5,
    config: {
      segmentBytes: 1024,
      segmentMs: 604_800_000,
      retentionMs: 604_800_000,
      retentionBytes: -1,
      fileDeleteDelayMs: 60_000,
      retentionCheckIntervalMs: 300_000,
    },
    schedule: { nextRetentionCheckMs: 5000, nextFileDeletionMs: -1 },
    segments: [seg(3, 4, 80), seg(4, 5, 82)],
    deletedSegments: [seg(0, 3, 240, '.deleted')],
    files: [
      { name: '00000000000000000000.log.deleted', sizeBytes: 240 },
      { name: '00000000000000000003.log', sizeBytes: 80 },
      { name: '00000000000000000004.log', sizeBytes: 82 },
    ],
    ...overrides,
  };
}

describe('buildLogView', () => {
  const records = buildLogView(source());
  const byKind = <K extends string>(kind: K) => records.filter((r) => r.kind === kind);

  it('describes the partition with Kafka dir naming, offsets, live size and configs', () => {
    const [partition] = byKind('partition') as PartitionRecord[];
    expect(partition).toMatchObject({
      id: 'partition:kafkascope-demo-0',
      dirName: 'kafkascope-demo-0',
      logStartOffset: 3,
      logEndOffset: 5,
      highWatermark: 5,
      sizeBytes: 162, // live segments only: the .deleted one no longer counts
      segmentCount: 2,
      segmentBytes: 1024,
      retentionBytes: -1,
    });
  });

  it('marks the last live segment active and the renamed ones deleted', () => {
    const segments = byKind('segment') as SegmentRecord[];
    expect(segments.map((s) => [s.fileName, s.active, s.deleted, s.recordCount])).toEqual([
      ['00000000000000000000.log.deleted', false, true, 3],
      ['00000000000000000003.log', false, false, 1],
      ['00000000000000000004.log', true, false, 1],
    ]);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('lists every file of the directory', () => {
    expect(byKind('file').map((f) => f.id)).toEqual([
      'file:kafkascope-demo-0/00000000000000000000.log.deleted',
      'file:kafkascope-demo-0/00000000000000000003.log',
      'file:kafkascope-demo-0/00000000000000000004.log',
    ]);
  });

  it('changes only the records that changed after an append', () => {
    const after = buildLogView(
      source({
        logEndOffset: 6,
        highWatermark: 6,
        segments: [seg(3, 4, 80), seg(4, 6, 164)],
        files: [
          { name: '00000000000000000000.log.deleted', sizeBytes: 240 },
          { name: '00000000000000000003.log', sizeBytes: 80 },
          { name: '00000000000000000004.log', sizeBytes: 164 },
        ],
      }),
    );
    const diff = diffRecords(indexRecords(records), indexRecords(after));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.updated.map((r) => r.id).sort()).toEqual([
      'file:kafkascope-demo-0/00000000000000000004.log',
      'partition:kafkascope-demo-0',
      'segment:kafkascope-demo-0/00000000000000000004.log',
    ]);
  });

  it('refuses a log without an active segment', () => {
    expect(() => buildLogView(source({ segments: [] }))).toThrow();
  });
});

describe('buildRunView', () => {
  it('gives the clock, page cache and persistence singletons', () => {
    const records = buildRunView({
      nowMs: 42,
      seed: 7,
      commandCount: 3,
      pageCache: { hits: 1, misses: 2, residentBytes: 3, budgetBytes: 4 },
      persistence: {
        bytesWritten: 5,
        pendingBytes: 6,
        flushes: 1,
        restored: false,
        lastError: null,
        notSaved: null,
      },
    });
    expect(records.map((r) => r.id)).toEqual(['clock', 'pageCache', 'persistence']);
    expect(records[0]).toEqual({ kind: 'clock', id: 'clock', nowMs: 42, seed: 7, commandCount: 3 });
  });
});
