import { describe, expect, it } from 'vitest';
import type { BrokerRecord, PartitionRecord } from '../../../engine/view/types';
import {
  captureMark,
  delta,
  isBytes,
  isMeter,
  logMbeanName,
  mbeanName,
  meterSamples,
  metricKey,
  metricNames,
  metricValue,
  partitionMetricKey,
} from './metrics-rows';

const broker = (brokerId: number, metrics: Record<string, number>): BrokerRecord =>
  ({ kind: 'broker', id: `broker:${brokerId}`, brokerId, metrics }) as BrokerRecord;

const partition = (topic: string, p: number, logStartOffset: number, logEndOffset: number): PartitionRecord =>
  ({
    kind: 'partition',
    id: `partition:${topic}-${p}`,
    topic,
    partition: p,
    logStartOffset,
    logEndOffset,
  }) as PartitionRecord;

const brokers = [
  broker(1, { LeaderCount: 2, IsrShrinksPerSec: 3, ActiveControllerCount: 1, PageCacheHitBytes: 10 }),
  broker(2, { LeaderCount: 1, IsrShrinksPerSec: 1, ActiveControllerCount: 0 }),
];

describe('metric names', () => {
  it('orders Kafka health gauges first and unknown keys last', () => {
    expect(metricNames(brokers)).toEqual([
      'ActiveControllerCount',
      'LeaderCount',
      'IsrShrinksPerSec',
      'PageCacheHitBytes',
    ]);
  });

  it('knows meters, byte counts and MBean names', () => {
    expect(isMeter('IsrShrinksPerSec')).toBe(true);
    expect(isMeter('LeaderCount')).toBe(false);
    expect(isBytes('BytesInPerSec')).toBe(true);
    expect(isBytes('MessagesInPerSec')).toBe(false);
    expect(mbeanName('UnderReplicatedPartitions')).toBe(
      'kafka.server:type=ReplicaManager,name=UnderReplicatedPartitions',
    );
    expect(mbeanName('OfflinePartitionsCount')).toBe(
      'kafka.controller:type=KafkaController,name=OfflinePartitionsCount',
    );
    expect(mbeanName('PageCacheHitBytes')).toBeNull();
    expect(logMbeanName('LogEndOffset', 'orders', 0)).toBe(
      'kafka.log:type=Log,name=LogEndOffset,topic=orders,partition=0',
    );
  });
});

describe('metricValue', () => {
  it('reads one broker or sums the cluster', () => {
    expect(metricValue(brokers, 1, 'LeaderCount')).toBe(2);
    expect(metricValue(brokers, 'cluster', 'LeaderCount')).toBe(3);
    expect(metricValue(brokers, 'cluster', 'ActiveControllerCount')).toBe(1);
    expect(metricValue(brokers, 2, 'PageCacheHitBytes')).toBeNull();
    expect(metricValue(brokers, 'cluster', 'Nope')).toBeNull();
    expect(metricValue(brokers, 9, 'LeaderCount')).toBeNull();
  });
});

describe('captureMark and delta', () => {
  it('captures every scope and partition offset for the Was column', () => {
    const mark = captureMark(brokers, [partition('orders', 0, 5, 42), partition('orders', 1, -1, -1)]);
    expect(mark[metricKey('cluster', 'IsrShrinksPerSec')]).toBe(4);
    expect(mark[metricKey(2, 'IsrShrinksPerSec')]).toBe(1);
    expect(mark[partitionMetricKey('orders', 0, 'LogStartOffset')]).toBe(5);
    expect(mark[partitionMetricKey('orders', 0, 'LogEndOffset')]).toBe(42);
    expect(partitionMetricKey('orders', 1, 'LogEndOffset') in mark).toBe(false);
  });

  it('gives Now − Was, or nothing when one side is unknown', () => {
    expect(delta(3, 5)).toBe(2);
    expect(delta(5, 3)).toBe(-2);
    expect(delta(undefined, 3)).toBeNull();
    expect(delta(3, null)).toBeNull();
  });
});

describe('meterSamples', () => {
  it('lists the meters of every broker and of the cluster', () => {
    expect(meterSamples(brokers)).toEqual([
      ['cluster/IsrShrinksPerSec', 4],
      ['broker:1/IsrShrinksPerSec', 3],
      ['broker:2/IsrShrinksPerSec', 1],
    ]);
  });
});
