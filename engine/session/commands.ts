/**
 * What a user (the UI today; lessons and share links later) can do to a running session, as plain
 * serialisable data. A session's state is a function of its seed, its preset and the list of these
 * commands with the simulated times they were issued at; that is what is saved, replayed and rewound.
 */
import type { OffsetResetSpec } from '../cluster/group-offsets-admin';
import type { ClusterOperation } from '../cluster/recorded-cluster';
import type { KeyDistribution } from '../view/types';

export type Acks = 'all' | '1' | '0';

/** How the panel's producer picks a partition: Kafka's default (murmur2 of the key), or keys ignored. */
export type PartitionerChoice = 'default' | 'ignore-keys';

export type SessionCommand =
  /** Admin calls and faults: the recorder's own cluster operations (`drop-next` has no UI). */
  | Exclude<ClusterOperation, { readonly type: 'drop-next' }>
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

/** How `reset-offsets` moves a group's offsets (kafka-consumer-groups --reset-offsets --to-…). */
export type ResetSpec = OffsetResetSpec;

export type SessionCommandType = SessionCommand['type'];

export interface StampedSessionCommand {
  readonly atMs: number;
  readonly command: SessionCommand;
}
