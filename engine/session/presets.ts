/**
 * Starting points for a new cluster. A preset's setup is replayed with it, so a saved or shared run
 * is (seed, preset, commands). Topic configs are small where a lesson needs to see segments roll and
 * retention delete within a demo.
 */
import type { PresetName } from '../view/types';
import type { SessionCommand } from './commands';

export interface PresetSpec {
  readonly brokers: number;
  /** Lines of every broker's `server.properties` (settings Kafka reads only at startup). */
  readonly serverProperties?: Readonly<Record<string, string>>;
  readonly setup: readonly SessionCommand[];
}

export const PRESET_NAMES: readonly PresetName[] = ['classroom', 'hot-key', 'retention', 'large'];

/**
 * Kafka's shipped server.properties sets `offsets.topic.replication.factor=1` (for a one-broker
 * quickstart): then killing one broker takes a third of the consumer groups' coordinators with it. A
 * multi-broker cluster is configured with 3, as Kafka's own default is, so a lesson about a dead broker
 * is not also a lesson about unreplicated offsets.
 */
const REPLICATED_OFFSETS = { 'offsets.topic.replication.factor': '3' } as const;

export function presetSpec(name: PresetName): PresetSpec {
  switch (name) {
    case 'classroom':
      return {
        brokers: 3,
        serverProperties: REPLICATED_OFFSETS,
        setup: [
          {
            type: 'create-topic',
            name: 'orders',
            options: {
              partitions: 3,
              replicationFactor: 3,
              // segment.bytes at the producer's batch.size (16 KiB): any batch fits, and segments roll
              // after a few hundred records, soon enough to watch.
              configs: { 'min.insync.replicas': '2', 'segment.bytes': '16384' },
            },
          },
        ],
      };
    case 'hot-key':
      return {
        brokers: 3,
        serverProperties: REPLICATED_OFFSETS,
        setup: [
          { type: 'create-topic', name: 'clicks', options: { partitions: 6, replicationFactor: 2 } },
          {
            type: 'auto-produce',
            topic: 'clicks',
            ratePerSec: 50,
            distribution: { kind: 'hot-key', keys: 20, hotShare: 0.7 },
            acks: 'all',
          },
        ],
      };
    case 'retention':
      return {
        brokers: 3,
        // Not a dynamic config in Kafka: set in server.properties, before the brokers start.
        serverProperties: { ...REPLICATED_OFFSETS, 'log.retention.check.interval.ms': '10000' },
        setup: [
          {
            type: 'create-topic',
            name: 'logs',
            options: {
              partitions: 1,
              replicationFactor: 3,
              configs: { 'retention.ms': '60000', 'segment.ms': '15000', 'segment.bytes': '4096' },
            },
          },
          {
            type: 'auto-produce',
            topic: 'logs',
            ratePerSec: 5,
            distribution: { kind: 'uniform', keys: 5 },
            acks: 'all',
          },
        ],
      };
    case 'large':
      return {
        brokers: 9,
        serverProperties: REPLICATED_OFFSETS,
        setup: [
          {
            type: 'create-topic',
            name: 'events',
            options: {
              partitions: 50,
              replicationFactor: 3,
              // 5,000 records/s would fill a browser's memory within the hour: size-based retention
              // keeps each replica under ~640 KiB (segments of 128 KiB, a 512 KiB budget), and shows
              // retention.bytes at work.
              configs: { 'retention.bytes': '524288', 'segment.bytes': '131072' },
            },
          },
          {
            type: 'auto-produce',
            topic: 'events',
            ratePerSec: 5000,
            distribution: { kind: 'uniform', keys: 1000 },
            acks: 'all',
          },
        ],
      };
  }
}
