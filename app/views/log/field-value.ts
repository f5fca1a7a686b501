/**
 * A batch field's value as a person reads it: the CRC and attributes in hex, the batch timestamps also
 * as times, key and value bytes as their (UTF-8) text, lengths and deltas as numbers. Pure.
 *
 * @example
 *   fieldValueText(crcField, model, 'en'); // '0x1a2b3c4d'
 */
import { formatSimTimeShort } from '../../format';
import type { Lang } from '../../i18n/i18n';
import { type BatchHexModel, type HexField, hex } from './batch-hex-model';

const MAX_TEXT = 48;
const decoder = new TextDecoder('utf-8', { fatal: false });

export function fieldValueText(f: HexField, model: BatchHexModel, lang: Lang): string {
  if (f.value === null) return 'null';
  if (f.part !== 'batch' && (f.name === 'key' || f.name === 'value')) {
    return quote(decoder.decode(model.bytes.subarray(f.start, f.end)));
  }
  if (typeof f.value === 'string') return f.value;
  if (f.part === 'batch' && f.name === 'crc') return `0x${hex(f.value, 8)}`;
  if (f.name === 'attributes') return `0x${hex(f.value, f.part === 'batch' ? 4 : 2)}`;
  if (f.part === 'batch' && (f.name === 'baseTimestamp' || f.name === 'maxTimestamp')) {
    return `${f.value} (${formatSimTimeShort(lang, f.value)})`;
  }
  return String(f.value);
}

function quote(text: string): string {
  return `"${text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text}"`;
}
