import { describe, expect, it } from 'vitest';
import { formatConfigBytes, humanConfigValue, unitName } from './config-format';
import { brokerConfigMeta, type ConfigMeta, topicConfigMeta } from './config-meta';

const topic = (name: string) => topicConfigMeta(name) as ConfigMeta;

describe('config values in human terms', () => {
  it('turns ms into the largest whole unit', () => {
    expect(humanConfigValue('ko', topic('retention.ms'), '604800000')).toBe('7일');
    expect(humanConfigValue('en', topic('retention.ms'), '604800000')).toBe('7 d');
    expect(humanConfigValue('ko', topic('file.delete.delay.ms'), '60000')).toBe('1분');
    expect(humanConfigValue('ko', brokerConfigMeta('replica.lag.time.max.ms') as ConfigMeta, '30000')).toBe(
      '30초',
    );
    // Nothing to add to a few ms.
    expect(humanConfigValue('ko', topic('segment.ms'), '500')).toBeNull();
  });

  it('names the special values', () => {
    expect(humanConfigValue('ko', topic('retention.ms'), '-1')).toBe('영구 보관');
    expect(humanConfigValue('en', topic('retention.bytes'), '-1')).toBe('unlimited');
    expect(humanConfigValue('en', topic('retention.bytes'), '-5')).toBe('unlimited');
  });

  it('turns bytes into binary units, exactly when they divide', () => {
    expect(humanConfigValue('en', topic('segment.bytes'), '1073741824')).toBe('1 GiB');
    expect(humanConfigValue('en', topic('segment.bytes'), '1024')).toBe('1 KiB');
    expect(humanConfigValue('en', topic('max.message.bytes'), '1048588')).toBe('about 1.0 MiB');
    expect(formatConfigBytes('ko', 3 * 1024 * 1024)).toBe('3 MiB');
    expect(humanConfigValue('en', topic('segment.bytes'), '100')).toBeNull();
  });

  it('shows ratios and seconds', () => {
    expect(humanConfigValue('en', topic('min.cleanable.dirty.ratio'), '0.5')).toBe('50%');
    expect(
      humanConfigValue(
        'ko',
        brokerConfigMeta('leader.imbalance.check.interval.seconds') as ConfigMeta,
        '300',
      ),
    ).toBe('5분');
  });

  it('leaves counts, booleans and names alone, and garbage unexplained', () => {
    expect(humanConfigValue('en', topic('min.insync.replicas'), '2')).toBeNull();
    expect(humanConfigValue('en', topic('unclean.leader.election.enable'), 'true')).toBeNull();
    expect(humanConfigValue('en', topic('retention.ms'), 'abc')).toBeNull();
    expect(unitName('ko', topic('segment.bytes'))).toBe('바이트');
    expect(unitName('en', topic('retention.ms'))).toBe('ms');
    expect(unitName('en', topic('cleanup.policy'))).toBeNull();
  });
});
