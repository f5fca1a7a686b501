import { describe, expect, it } from 'vitest';
import { encodeRecordBatch } from '../../../engine/codec/record-batch';
import type { MessageKey } from '../../i18n/i18n';
import { translate } from '../../i18n/i18n';
import { buildBatchHexModel, descriptionKey, hexRows, recordAtDelta, visibleRanges } from './batch-hex-model';

const utf8 = (text: string) => new TextEncoder().encode(text);
const t0 = 1_700_000_000_000;

function batch(records: number, valueBytes = 5): Uint8Array {
  return encodeRecordBatch({
    baseOffset: 40,
    records: Array.from({ length: records }, (_, i) => ({
      timestamp: t0 + i,
      key: i === 0 ? null : utf8(`k${i}`),
      value: utf8('v'.repeat(valueBytes)),
      headers: i === 1 ? [{ key: 'trace', value: utf8('x') }] : [],
    })),
  });
}

describe('batch hex model', () => {
  it('maps every byte to a field, header first, with records and headers told apart', () => {
    const model = buildBatchHexModel(batch(3));
    expect([...model.byteField].every((f) => f >= 0)).toBe(true);
    expect(model.fields[model.byteField[17] ?? -1]?.field).toBe('crc');
    expect(model.fields[0]).toMatchObject({ field: 'baseOffset', part: 'batch', record: -1, value: 40 });
    const headerKey = model.fields.find((f) => f.field === 'records[1].headers[0].key');
    expect(headerKey).toMatchObject({ name: 'key', part: 'header', record: 1, value: 'trace' });
    expect(model.records.map((r) => r.offsetDelta)).toEqual([0, 1, 2]);
    expect(recordAtDelta(model, 2)?.index).toBe(2);
    expect(model.records[0]?.start).toBe(61);
    expect(model.records[2]?.end).toBe(model.bytes.length);
  });

  it('has a description for every field the annotator can name', () => {
    const model = buildBatchHexModel(batch(2));
    for (const f of model.fields) {
      const key = `log.field.${descriptionKey(f)}` as MessageKey;
      expect(translate('en', key), key).not.toBe(undefined);
    }
  });

  it('checks the CRC over attributes..end, and catches a flipped byte', () => {
    const bytes = batch(2);
    expect(buildBatchHexModel(bytes).crc).toMatchObject({ ok: true, from: 21, to: bytes.length });
    const broken = bytes.slice();
    broken[broken.length - 1] = (broken[broken.length - 1] ?? 0) ^ 0xff;
    const crc = buildBatchHexModel(broken).crc;
    expect(crc.ok).toBe(false);
    expect(crc.stored).not.toBe(crc.computed);
  });

  it('shows a small batch whole, a big one as header + the chosen record with gap rows between', () => {
    const small = buildBatchHexModel(batch(2));
    expect(visibleRanges(small, undefined, 4096)).toEqual([[0, small.bytes.length]]);
    const big = buildBatchHexModel(batch(60, 100));
    const chosen = recordAtDelta(big, 30);
    const ranges = visibleRanges(big, chosen, 1024);
    expect(ranges).toEqual([
      [0, 61],
      [chosen?.start, chosen?.end],
    ]);
    const rows = hexRows(big.bytes.length, ranges);
    expect(rows[0]).toEqual({ kind: 'bytes', start: 0, end: 16 });
    expect(rows.filter((r) => r.kind === 'gap')).toHaveLength(2);
    expect(rows[rows.length - 1]).toMatchObject({ kind: 'gap', end: big.bytes.length });
    const covered = rows.reduce((n, r) => n + (r.end - r.start), 0);
    expect(covered).toBe(big.bytes.length);
  });
});
