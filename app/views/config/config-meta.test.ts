/**
 * The editor's curated table against the engine's own: every default, type, bound and broker synonym
 * must be what the simulation uses, so the editor never teaches a number the cluster does not obey.
 * (A test may read the engine; the app module may not.)
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BROKER_CONFIG } from '../../../engine/cluster/broker-config';
import { applyBrokerConfig, BROKER_CONFIG_NAMES } from '../../../engine/cluster/broker-config-parse';
// biome-ignore lint/style/noRestrictedImports: the test compares the UI's table with the engine's; tests never ship.
import { formatConfigValue } from '../../../engine/log/config-parse';
// biome-ignore lint/style/noRestrictedImports: as above.
import { parseTopicConfig, topicConfigDef } from '../../../engine/log/topic-config';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { BROKER_CONFIG_META, brokerConfigMeta, TOPIC_CONFIG_META, topicConfigMeta } from './config-meta';

describe('topic configs', () => {
  it.each(TOPIC_CONFIG_META.map((m) => [m.name, m] as const))('%s matches the engine', (name, meta) => {
    const def = topicConfigDef(name);
    expect(def, `${name} is a Kafka topic config`).toBeDefined();
    if (def === undefined) return;
    expect(meta.type).toBe(def.type);
    const engineDefault = Array.isArray(def.defaultValue)
      ? def.defaultValue.join(',')
      : formatConfigValue(def.type, def.defaultValue);
    expect(meta.defaultValue).toBe(engineDefault);
    expect(meta.brokerSynonym).toBe(def.synonym);
    // The default itself is accepted.
    expect(() => parseTopicConfig({ [name]: meta.defaultValue })).not.toThrow();
  });

  it.each(TOPIC_CONFIG_META.filter((m) => m.min !== undefined).map((m) => [m.name, m] as const))(
    '%s has the engine’s lower bound',
    (name, meta) => {
      const min = meta.min as number;
      const below = meta.type === 'double' ? String(min - 0.1) : String(min - 1);
      expect(() => parseTopicConfig({ [name]: String(min) })).not.toThrow();
      expect(() => parseTopicConfig({ [name]: below })).toThrow(`Value must be at least ${min}`);
    },
  );

  it('lists the ten configs the issue names', () => {
    for (const name of [
      'retention.ms',
      'retention.bytes',
      'segment.bytes',
      'segment.ms',
      'min.insync.replicas',
      'unclean.leader.election.enable',
      'cleanup.policy',
      'max.message.bytes',
      'file.delete.delay.ms',
      'message.timestamp.type',
    ])
      expect(topicConfigMeta(name), name).toBeDefined();
  });
});

describe('broker configs', () => {
  const { explicit: _explicit, ...defaults } = DEFAULT_BROKER_CONFIG;

  it.each(BROKER_CONFIG_META.map((m) => [m.name, m] as const))(
    '%s: setting its default changes nothing',
    (name, meta) => {
      expect(BROKER_CONFIG_NAMES).toContain(name);
      const { explicit: _e, ...after } = applyBrokerConfig(DEFAULT_BROKER_CONFIG, {
        [name]: meta.defaultValue,
      });
      expect(after).toEqual(defaults);
    },
  );

  it.each(BROKER_CONFIG_META.filter((m) => m.min !== undefined).map((m) => [m.name, m] as const))(
    '%s has the engine’s lower bound',
    (name, meta) => {
      const min = meta.min as number;
      expect(() => applyBrokerConfig(DEFAULT_BROKER_CONFIG, { [name]: String(min) })).not.toThrow();
      expect(() => applyBrokerConfig(DEFAULT_BROKER_CONFIG, { [name]: String(min - 1) })).toThrow(
        `Value must be at least ${min}`,
      );
    },
  );

  it('teaches the right names for the notes’ misspellings', () => {
    expect(brokerConfigMeta('replica.lag.time.max.ms')?.misspelling).toBe('replica.lag.max.ms');
    expect(brokerConfigMeta('log.roll.ms')?.misspelling).toBe('log.segment.ms');
    expect(BROKER_CONFIG_NAMES).not.toContain('replica.lag.max.ms');
    expect(BROKER_CONFIG_NAMES).not.toContain('log.segment.ms');
  });

  it('gives log.retention.ms the synonyms the shipped server.properties uses', () => {
    const synonyms = brokerConfigMeta('log.retention.ms')?.synonyms?.map((s) => s.name);
    expect(synonyms).toEqual(['log.retention.minutes', 'log.retention.hours']);
    expect(DEFAULT_BROKER_CONFIG.explicit['log.retention.hours']).toBe('168');
    expect(168 * 3_600_000).toBe(Number(brokerConfigMeta('log.retention.ms')?.defaultValue));
  });
});

describe('docs', () => {
  it('explain every config in both languages', () => {
    for (const meta of [...TOPIC_CONFIG_META, ...BROKER_CONFIG_META]) {
      expect(ko[meta.doc].length, meta.name).toBeGreaterThan(10);
      expect(en[meta.doc].length, meta.name).toBeGreaterThan(10);
    }
  });
});
