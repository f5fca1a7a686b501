/**
 * What a user (the UI today; lessons and share links later) can do to a running session, as plain
 * serialisable data. A session's state is a function of its seed, its preset and the list of these
 * commands with the simulated times they were issued at; that is what is saved, replayed and rewound.
 */
import type { CreateTopicOptions, FaultNode } from '../cluster/cluster-api';
import type { KeyDistribution } from '../view/types';

export type Acks = 'all' | '1' | '0';

/** How the panel's producer picks a partition: Kafka's default (murmur2 of the key), or keys ignored. */
export type PartitionerChoice = 'default' | 'ignore-keys';

export type SessionCommand =
  | { readonly type: 'create-topic'; readonly name: string; readonly options: CreateTopicOptions }
  | { readonly type: 'delete-topic'; readonly name: string }
  | { readonly type: 'create-partitions'; readonly name: string; readonly totalCount: number }
  | {
      readonly type: 'alter-topic-config';
      readonly name: string;
      readonly set: Readonly<Record<string, string>>;
      readonly remove: readonly string[];
    }
  | {
      readonly type: 'alter-broker-config';
      readonly brokerId: number | null;
      readonly set: Readonly<Record<string, string>>;
    }
  | { readonly type: 'kill-broker' | 'power-off-broker' | 'start-broker'; readonly id: number }
  | { readonly type: 'isolate'; readonly node: FaultNode }
  | { readonly type: 'heal' }
  | { readonly type: 'slow'; readonly id: number; readonly delayMs: number }
  | { readonly type: 'drop-message'; readonly messageId: number }
  | {
      readonly type: 'elect-leaders';
      readonly electionType: 'PREFERRED' | 'UNCLEAN';
      readonly partitions: ReadonlyArray<{ readonly topic: string; readonly partition: number }> | null;
    }
  | {
      readonly type: 'reset-offsets';
      readonly groupId: string;
      readonly topics: readonly string[] | null;
      readonly spec: ResetSpec;
    }
  /** One record from the producer panel. */
  | {
      readonly type: 'send';
      readonly topic: string;
      readonly key: string | null;
      readonly value: string | null;
      readonly headers: ReadonlyArray<{ readonly key: string; readonly value: string | null }>;
      /** An explicit partition, or null to let the partitioner choose. */
      readonly partition: number | null;
      readonly acks: Acks;
      readonly partitioner: PartitionerChoice;
    }
  /** Starts, changes or (rate 0) stops the automatic producer. */
  | {
      readonly type: 'auto-produce';
      readonly topic: string;
      readonly ratePerSec: number;
      readonly distribution: KeyDistribution;
      readonly acks: Acks;
    }
  /** Starts a consumer application in a group, subscribed to `topics`. */
  | {
      readonly type: 'add-member';
      readonly groupId: string;
      readonly topics: readonly string[];
      readonly assignor: 'range' | 'roundrobin' | 'cooperative-sticky';
    }
  | { readonly type: 'remove-member' | 'crash-member'; readonly name: string };

export type ResetSpec =
  | { readonly to: 'earliest' }
  | { readonly to: 'latest' }
  | { readonly to: 'offset'; readonly offset: number }
  | { readonly shiftBy: number }
  | { readonly to: 'datetime'; readonly timestampMs: number };

export type SessionCommandType = SessionCommand['type'];

export interface StampedSessionCommand {
  readonly atMs: number;
  readonly command: SessionCommand;
}
