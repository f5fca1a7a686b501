import { describe, expect, it } from 'vitest';
import * as engine from './index';

// Other tools import these names from engine/index.ts (issue: Foundation, §3): keep them.
describe('engine/index.ts, the public contract', () => {
  it('exports the byte layer under its agreed names', () => {
    for (const name of ['murmur2', 'partitionForKey', 'encodeRecordBatch', 'decodeRecordBatches', 'crc32c']) {
      expect(typeof (engine as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('partitions and round-trips as the contract says', () => {
    const key = new TextEncoder().encode('key2');
    expect(engine.partitionForKey(key, 3)).toBe(2);
    expect(engine.partitionForKey(key, 6)).toBe(5);
    const bytes = engine.encodeRecordBatch({
      baseOffset: 7,
      records: [{ timestamp: 1_700_000_000_000, key, value: null }],
    });
    const [batch] = engine.decodeRecordBatches(bytes);
    expect(batch).toMatchObject({ baseOffset: 7, magic: 2, producerId: -1, partitionLeaderEpoch: -1 });
    expect(batch?.records[0]).toMatchObject({ offset: 7, timestamp: 1_700_000_000_000, value: null });
  });

  it('also offers the log, storage and simulation layers', () => {
    expect(typeof engine.Log.create).toBe('function');
    expect(typeof engine.LogManager).toBe('function');
    expect(typeof engine.MemorySegmentStore).toBe('function');
    expect(typeof engine.PageCache).toBe('function');
    expect(typeof engine.SeededRandom.fromSeed).toBe('function');
  });
});
