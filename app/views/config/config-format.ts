/**
 * Config values in human terms beside Kafka's raw number: `604800000` ms is 7일 / 7 d, `1073741824`
 * bytes is 1 GiB, `-1` is "forever". Pure; the raw value is always shown too (it is what Kafka takes).
 */
import { formatDuration } from '../../format';
import { type Lang, translate } from '../../i18n/i18n';
import type { ConfigMeta } from './config-meta';

const KIB = 1024;
const MIB = KIB * 1024;
const GIB = MIB * 1024;

/** Bytes in the largest binary unit that divides them, else approximately in the nearest one. */
export function formatConfigBytes(lang: Lang, bytes: number): string {
  const units = [
    [GIB, 'config.unit.gib'],
    [MIB, 'unit.mib'],
    [KIB, 'unit.kib'],
  ] as const;
  for (const [size, key] of units)
    if (bytes >= size && bytes % size === 0) return translate(lang, key, { n: bytes / size });
  for (const [size, key] of units) {
    if (bytes >= size) {
      const n = bytes / size;
      return translate(lang, 'config.unit.about', {
        value: translate(lang, key, { n: n >= 100 ? n.toFixed(0) : n.toFixed(1) }),
      });
    }
  }
  return translate(lang, 'unit.bytes', { n: bytes });
}

/**
 * The value in words, or null when the raw value says it already (counts, booleans, names).
 *
 * @example
 *   humanConfigValue('ko', retentionMs, '604800000'); // '7일'
 *   humanConfigValue('en', retentionMs, '-1');        // 'forever'
 */
export function humanConfigValue(lang: Lang, meta: ConfigMeta, raw: string): string | null {
  const trimmed = raw.trim();
  const special = meta.special?.[trimmed];
  if (special !== undefined) return translate(lang, special);
  if (meta.type !== 'int' && meta.type !== 'long' && meta.type !== 'double') return null;
  const n = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(n)) return null;
  switch (meta.unit) {
    case 'ms':
      if (n <= 0 || !Number.isInteger(n)) return null;
      return n >= 1000 ? formatDuration(lang, n) : null;
    case 'seconds':
      return n > 0 && Number.isInteger(n) && n >= 60 ? formatDuration(lang, n * 1000) : null;
    case 'bytes':
      if (n < 0 && meta.name.includes('retention')) return translate(lang, 'config.special.unlimited');
      return n >= KIB && Number.isInteger(n) ? formatConfigBytes(lang, n) : null;
    case 'ratio':
      return translate(lang, 'config.unit.percent', { n: Math.round(n * 1000) / 10 });
    case 'percent':
    case 'count':
    case null:
      return null;
  }
}

/** The unit's name for a column header or an input's label ("ms", "바이트"). */
export function unitName(lang: Lang, meta: ConfigMeta): string | null {
  switch (meta.unit) {
    case 'ms':
      return 'ms';
    case 'seconds':
      return translate(lang, 'config.unit.seconds');
    case 'bytes':
      return translate(lang, 'config.unit.bytes');
    case 'count':
      return translate(lang, 'config.unit.count');
    case 'ratio':
      return translate(lang, 'config.unit.ratio');
    case 'percent':
      return '%';
    case null:
      return null;
  }
}
