import { describe, expect, it } from 'vitest';
import type { OffsetLookup } from '../../../engine/worker/protocol';
import { LOOKUP_STEPS, lookupPositions, visibleSteps } from './lookup-steps';

const lookup: OffsetLookup = {
  offset: 57,
  segmentBaseOffset: 42,
  segmentFile: '00000000000000000042.log',
  indexFile: '00000000000000000042.index',
  indexEntryOffset: 50,
  indexEntryPosition: 1024,
  indexEntries: 3,
  batchPosition: 1300,
  batchBaseOffset: 56,
  batchesScanned: 2,
};

describe('offset lookup steps', () => {
  it('places the index position and the batch position in the .log', () => {
    expect(lookupPositions(lookup, 4096)).toEqual({ index: 0.25, batch: 1300 / 4096 });
    // A segment smaller than what the lookup saw (it grew since): still inside the bar.
    expect(lookupPositions(lookup, 100).batch).toBeLessThanOrEqual(1);
  });

  it('reveals one step per tick, or all at once with reduced motion', () => {
    expect(visibleSteps(0, false)).toEqual(['segment']);
    expect(visibleSteps(2, false)).toEqual(['segment', 'index', 'scan']);
    expect(visibleSteps(9, false)).toEqual(LOOKUP_STEPS);
    expect(visibleSteps(0, true)).toEqual(LOOKUP_STEPS);
  });
});
