import { describe, expect, it } from 'vitest';
import { MAX_ADVANCE_MS, parseUiMessage } from './validate';

describe('parseUiMessage', () => {
  it('accepts each well-formed command', () => {
    const good = [
      { type: 'init', protocolVersion: 1 },
      { type: 'produce', id: 1, key: null, value: '' },
      { type: 'produce', id: 2, key: 'k', value: null, headers: [{ key: 'h', value: null }] },
      { type: 'advanceTime', id: 3, ms: 3_600_000 },
      { type: 'reset', id: 4 },
      { type: 'reset', id: 5, seed: 42 },
      { type: 'readRecords', id: 6, fromOffset: 0, maxRecords: 20 },
      { type: 'readBatchBytes', id: 7, offset: 3 },
    ];
    for (const m of good) expect(parseUiMessage(m)).toEqual({ ok: true, message: m });
  });

  it('rejects malformed commands, keeping the id so the error finds its request', () => {
    const bad: [unknown, number | undefined][] = [
      [null, undefined],
      ['produce', undefined],
      [{ type: 'nope', id: 1 }, 1],
      [{ type: 'produce', id: 2, key: 5, value: 'v' }, 2],
      [{ type: 'produce', id: 3, key: 'k' }, 3],
      [{ type: 'produce', id: 4, key: 'k', value: 'v', headers: [{ key: null, value: 'x' }] }, 4],
      [{ type: 'advanceTime', id: 5, ms: -1 }, 5],
      [{ type: 'advanceTime', id: 6, ms: Number.NaN }, 6],
      [{ type: 'advanceTime', id: 7, ms: MAX_ADVANCE_MS + 1 }, 7],
      [{ type: 'readRecords', id: 8, fromOffset: -1, maxRecords: 5 }, 8],
      [{ type: 'readRecords', id: 9, fromOffset: 0, maxRecords: 0 }, 9],
      [{ type: 'reset', id: 10, seed: 1.5 }, 10],
      [{ type: 'produce', key: 'k', value: 'v' }, undefined],
    ];
    for (const [m, id] of bad) {
      const r = parseUiMessage(m);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.id).toBe(id);
    }
  });
});
