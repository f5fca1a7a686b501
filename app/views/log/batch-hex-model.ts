/**
 * The record inspector's annotated hex, as data: every byte of one record batch mapped to the field it
 * belongs to (the codec's annotator gives Kafka's field names), the byte range of each record, which
 * rows to draw, and the CRC checked the way a broker checks it: CRC-32C over the bytes from
 * `attributes` to the end of the batch, compared with the stored `crc`. Pure; imports only the codec's
 * pure helpers, and only the lazily loaded hex view imports this module (the codec stays out of the
 * main chunk).
 *
 * @example
 *   const model = buildBatchHexModel(bytes);
 *   model.fields[model.byteField[17]].field; // 'crc'
 *   model.crc.ok; // true
 */
import { annotateRecordBatch } from '../../../engine/codec/annotate';
import {
  ATTRIBUTES_OFFSET,
  BATCH_LENGTH_OFFSET,
  CRC_OFFSET,
  LOG_OVERHEAD,
} from '../../../engine/codec/batch-layout';
import { crc32c } from '../../../engine/codec/crc32c';

/** Which part of the batch a field is in: the 61-byte header, a record, or a record's header. */
export type FieldPart = 'batch' | 'record' | 'header';

export interface HexField {
  readonly index: number;
  /** Byte range `[start, end)` within the batch. */
  readonly start: number;
  readonly end: number;
  /** Kafka's name with its path, e.g. `crc`, `records[2].valueLength`, `records[0].headers[1].key`. */
  readonly field: string;
  /** The name alone (`valueLength`), and where it lives: what the description is looked up by. */
  readonly name: string;
  readonly part: FieldPart;
  /** Index of the record the field belongs to; −1 for the batch header. */
  readonly record: number;
  readonly value: number | string | null;
}

export interface RecordSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly offsetDelta: number;
}

export interface CrcCheck {
  readonly stored: number;
  readonly computed: number;
  readonly ok: boolean;
  /** The bytes the CRC covers, `[from, to)`. */
  readonly from: number;
  readonly to: number;
}

export interface BatchHexModel {
  readonly bytes: Uint8Array;
  readonly fields: readonly HexField[];
  /** Field index of each byte (−1 for a byte no field covers). */
  readonly byteField: Int32Array;
  readonly records: readonly RecordSpan[];
  readonly crc: CrcCheck;
}

const PATH = /^(?:records\[(\d+)\]\.)?(?:headers\[\d+\]\.)?(\w+)$/;

export function buildBatchHexModel(bytes: Uint8Array): BatchHexModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const annotations = annotateRecordBatch(bytes, 0);
  const byteField = new Int32Array(bytes.length).fill(-1);
  const fields: HexField[] = annotations.map((a, index) => {
    const m = PATH.exec(a.field);
    const record = m?.[1] === undefined ? -1 : Number(m[1]);
    const part: FieldPart = record < 0 ? 'batch' : a.field.includes('.headers[') ? 'header' : 'record';
    for (let b = a.start; b < a.end; b++) byteField[b] = index;
    return {
      index,
      start: a.start,
      end: a.end,
      field: a.field,
      name: m?.[2] ?? a.field,
      part,
      record,
      value: a.value,
    };
  });
  const end = Math.min(bytes.length, LOG_OVERHEAD + view.getInt32(BATCH_LENGTH_OFFSET));
  const stored = view.getUint32(CRC_OFFSET);
  const computed = crc32c(bytes, ATTRIBUTES_OFFSET, end);
  return {
    bytes,
    fields,
    byteField,
    records: recordSpans(fields),
    crc: { stored, computed, ok: stored === computed, from: ATTRIBUTES_OFFSET, to: end },
  };
}

function recordSpans(fields: readonly HexField[]): RecordSpan[] {
  const spans = new Map<number, { start: number; end: number; offsetDelta: number }>();
  for (const f of fields) {
    if (f.record < 0) continue;
    const span = spans.get(f.record) ?? { start: f.start, end: f.end, offsetDelta: -1 };
    span.start = Math.min(span.start, f.start);
    span.end = Math.max(span.end, f.end);
    if (f.part === 'record' && f.name === 'offsetDelta' && typeof f.value === 'number')
      span.offsetDelta = f.value;
    spans.set(f.record, span);
  }
  return [...spans.entries()].sort(([a], [b]) => a - b).map(([index, s]) => ({ index, ...s }));
}

/** The record of the batch at `offsetDelta` (offset − the batch's base offset), or undefined. */
export function recordAtDelta(model: BatchHexModel, offsetDelta: number): RecordSpan | undefined {
  return model.records.find((r) => r.offsetDelta === offsetDelta);
}

/** The key of a field's description in the message table: `batch.crc`, `record.value`, `header.key`. */
export function descriptionKey(field: HexField): string {
  return `${field.part}.${field.name}`;
}

export type HexRow =
  | { readonly kind: 'bytes'; readonly start: number; readonly end: number }
  /** Bytes left out (a big batch shows its header and the chosen record unless asked for all). */
  | { readonly kind: 'gap'; readonly start: number; readonly end: number };

/**
 * Rows of `perRow` bytes covering `visible` ranges (snapped out to whole rows), with one gap row for
 * each stretch left out.
 */
export function hexRows(
  length: number,
  visible: readonly (readonly [number, number])[],
  perRow = 16,
): HexRow[] {
  const shown = new Array<boolean>(Math.ceil(length / perRow)).fill(false);
  for (const [from, to] of visible) {
    for (let row = Math.floor(Math.max(0, from) / perRow); row * perRow < Math.min(to, length); row++)
      shown[row] = true;
  }
  const rows: HexRow[] = [];
  shown.forEach((isShown, row) => {
    const start = row * perRow;
    const end = Math.min(length, start + perRow);
    const last = rows[rows.length - 1];
    if (isShown) rows.push({ kind: 'bytes', start, end });
    else if (last?.kind === 'gap') rows[rows.length - 1] = { kind: 'gap', start: last.start, end };
    else rows.push({ kind: 'gap', start, end });
  });
  return rows;
}

/**
 * What to show of a batch: all of it up to `limitBytes`; beyond that the header and the chosen record
 * (the rest behind a "show all" button), so a 16 KiB batch does not draw 16,384 cells by default.
 */
export function visibleRanges(
  model: BatchHexModel,
  record: RecordSpan | undefined,
  limitBytes: number,
): (readonly [number, number])[] {
  if (model.bytes.length <= limitBytes) return [[0, model.bytes.length]];
  const headerEnd = model.records[0]?.start ?? model.bytes.length;
  return record === undefined
    ? [[0, headerEnd]]
    : [
        [0, headerEnd],
        [record.start, record.end],
      ];
}

export function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, '0');
}
