/**
 * The editor's instant check agrees with the engine's, value for value and word for word: what the
 * row says as you type is what Kafka (the engine) answers when the change is sent.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BROKER_CONFIG } from '../../../engine/cluster/broker-config';
import { applyBrokerConfig } from '../../../engine/cluster/broker-config-parse';
// biome-ignore lint/style/noRestrictedImports: the test compares the UI's check with the engine's; tests never ship.
import { parseTopicConfig } from '../../../engine/log/topic-config';
import { BROKER_CONFIG_META, type ConfigMeta, TOPIC_CONFIG_META, topicConfigMeta } from './config-meta';
import { checkConfigValue } from './config-validate';

/** Values worth trying for a config: typos, bounds, type edges, Java parsing quirks. */
function candidates(meta: ConfigMeta): string[] {
  const out = [
    '',
    ' ',
    'abc',
    '1.5',
    '1e3',
    '-',
    '+7',
    ' 42 ',
    '007',
    'true',
    'FALSE',
    'yes',
    '0',
    '-1',
    '-2',
  ];
  out.push('2147483647', '2147483648', '-2147483649', '9223372036854775807', '9223372036854775808');
  if (meta.min !== undefined) out.push(String(meta.min - 1), String(meta.min), String(meta.min + 1));
  if (meta.max !== undefined)
    out.push(String(meta.max), String(meta.max + 1), '0.5', '1.0', '2', 'NaN', '0.25d');
  for (const a of meta.allowed ?? []) out.push(a, a.toLowerCase(), ` ${a} `);
  if (meta.type === 'list') out.push('compact,delete', 'delete, compact', 'delete,,compact', 'delete,foo');
  return out;
}

function engineTopicCheck(name: string, raw: string): { ok: boolean; message: string } {
  try {
    parseTopicConfig({ [name]: raw });
    return { ok: true, message: '' };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

describe('topic config checks', () => {
  it.each(TOPIC_CONFIG_META.map((m) => [m.name, m] as const))(
    '%s: same verdict and text as the engine',
    (name, meta) => {
      for (const raw of candidates(meta)) {
        const mine = checkConfigValue(meta, raw);
        const engine = engineTopicCheck(name, raw);
        expect(mine.ok, `${name}=${JSON.stringify(raw)}`).toBe(engine.ok);
        if (!mine.ok) expect(mine.kafkaText, `${name}=${JSON.stringify(raw)}`).toBe(engine.message);
      }
    },
  );

  it('explains the problem in a form the editor can translate', () => {
    const segmentBytes = topicConfigMeta('segment.bytes') as ConfigMeta;
    expect(checkConfigValue(segmentBytes, '10')).toEqual({
      ok: false,
      problem: { kind: 'belowMin', min: 14 },
      kafkaText: 'Invalid value 10 for configuration segment.bytes: Value must be at least 14',
    });
    expect(checkConfigValue(segmentBytes, 'ten')).toMatchObject({
      ok: false,
      problem: { kind: 'notNumber', type: 'int' },
    });
    const policy = topicConfigMeta('cleanup.policy') as ConfigMeta;
    expect(checkConfigValue(policy, 'delete, compact')).toEqual({ ok: true, value: 'delete,compact' });
    expect(checkConfigValue(policy, 'delete,foo')).toMatchObject({
      ok: false,
      problem: { kind: 'notOneOf', value: 'foo' },
      kafkaText: 'Invalid value foo for configuration cleanup.policy: String must be one of: compact, delete',
    });
    const ratio = topicConfigMeta('min.cleanable.dirty.ratio') as ConfigMeta;
    expect(checkConfigValue(ratio, '2')).toMatchObject({ ok: false, problem: { kind: 'aboveMax', max: 1 } });
    expect(checkConfigValue(topicConfigMeta('retention.ms') as ConfigMeta, ' +60000 ')).toEqual({
      ok: true,
      value: '60000',
    });
  });
});

describe('broker config checks', () => {
  it.each(BROKER_CONFIG_META.map((m) => [m.name, m] as const))(
    '%s: same verdict as the engine',
    (name, meta) => {
      // The engine's broker parser reads 32-bit-free integers without '+' and prints INT for every
      // integer (a simplification noted in the report); the verdicts agree on what people type.
      const typed = ['abc', '1.5', 'true', 'false', 'yes', '0', '-1', '-2', '60000', ' 5 '];
      if (meta.min !== undefined) typed.push(String(meta.min - 1), String(meta.min));
      for (const raw of typed) {
        let engineOk = true;
        try {
          applyBrokerConfig(DEFAULT_BROKER_CONFIG, { [name]: raw });
        } catch {
          engineOk = false;
        }
        expect(checkConfigValue(meta, raw).ok, `${name}=${JSON.stringify(raw)}`).toBe(engineOk);
      }
    },
  );
});
