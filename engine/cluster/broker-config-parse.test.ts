import { describe, expect, it } from 'vitest';
import { DEFAULT_BROKER_CONFIG } from './broker-config';
import { applyBrokerConfig } from './broker-config-parse';

describe('broker config values are parsed as Kafka’s ConfigDef types', () => {
  it('names the type Kafka names: INT, LONG or SHORT', () => {
    expect(() => applyBrokerConfig(DEFAULT_BROKER_CONFIG, { 'num.partitions': 'x' })).toThrow(
      'Invalid value x for configuration num.partitions: Not a number of type INT',
    );
    expect(() => applyBrokerConfig(DEFAULT_BROKER_CONFIG, { 'replica.lag.time.max.ms': '1.5' })).toThrow(
      'Invalid value 1.5 for configuration replica.lag.time.max.ms: Not a number of type LONG',
    );
    expect(() =>
      applyBrokerConfig(DEFAULT_BROKER_CONFIG, { 'offsets.topic.replication.factor': '40000' }),
    ).toThrow(
      'Invalid value 40000 for configuration offsets.topic.replication.factor: Not a number of type SHORT',
    );
    // Past Integer.MAX_VALUE an INT is not a number of its type; a LONG takes it.
    expect(() => applyBrokerConfig(DEFAULT_BROKER_CONFIG, { 'log.segment.bytes': '3000000000' })).toThrow(
      'Not a number of type INT',
    );
    expect(
      applyBrokerConfig(DEFAULT_BROKER_CONFIG, { 'log.retention.ms': '3000000000' }).log.retentionMs,
    ).toBe(3_000_000_000);
  });

  it('accepts a leading + as Java’s parseInt does, and keeps the lower bounds', () => {
    expect(applyBrokerConfig(DEFAULT_BROKER_CONFIG, { 'num.partitions': '+4' }).numPartitions).toBe(4);
    expect(() => applyBrokerConfig(DEFAULT_BROKER_CONFIG, { 'log.segment.bytes': '10' })).toThrow(
      'Invalid value 10 for configuration log.segment.bytes: Value must be at least 14',
    );
  });
});
