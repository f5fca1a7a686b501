import { describe, expect, it } from 'vitest';
import { encodeRecordBatch } from '../../../engine/codec/record-batch';
import { buildBatchHexModel } from './batch-hex-model';
import { fieldValueText } from './field-value';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('field values', () => {
  const model = buildBatchHexModel(
    encodeRecordBatch({
      baseOffset: 7,
      records: [
        {
          timestamp: Date.UTC(2026, 0, 5, 9),
          key: utf8('user-1'),
          value: utf8('주문'),
          headers: [{ key: 'h', value: utf8('v') }],
        },
        { timestamp: Date.UTC(2026, 0, 5, 9), key: null, value: utf8('x'.repeat(60)) },
      ],
    }),
  );
  const text = (field: string) => {
    const f = model.fields.find((x) => x.field === field);
    if (f === undefined) throw new Error(field);
    return fieldValueText(f, model, 'en');
  };

  it('reads key, value and header bytes as text, and shortens long ones', () => {
    expect(text('records[0].key')).toBe('"user-1"');
    expect(text('records[0].value')).toBe('"주문"');
    expect(text('records[0].headers[0].key')).toBe('"h"');
    expect(text('records[0].headers[0].value')).toBe('"v"');
    expect(text('records[1].value')).toBe(`"${'x'.repeat(48)}…"`);
    expect(text('records[1].keyLength')).toBe('-1');
  });

  it('writes the CRC and attributes in hex and the batch timestamps as times', () => {
    expect(text('crc')).toMatch(/^0x[0-9a-f]{8}$/);
    expect(text('attributes')).toBe('0x0000');
    expect(text('baseTimestamp').startsWith(`${Date.UTC(2026, 0, 5, 9)} (`)).toBe(true);
    expect(text('baseTimestamp')).toContain('09:00:00.000)');
    expect(text('baseOffset')).toBe('7');
  });
});
