/** Shapes shared by the consumer's group-membership pieces (group-membership.ts, heartbeater.ts). */
import type { ErrorName } from '../../cluster/errors';
import type { ClientContext } from '../client-context';
import type { KafkaConsumerConfig } from './consumer-config';
import type { CommitGeneration, ConsumerCoordinator } from './consumer-coordinator';
import type { ConsumerMetadata } from './consumer-metadata';
import type { SubscriptionState } from './subscription-state';

/** Kafka's `AbstractCoordinator.MemberState`. */
export type MemberState = 'unjoined' | 'preparing-rebalance' | 'completing-rebalance' | 'stable';

export interface Generation extends CommitGeneration {
  readonly protocolName: string | null;
}

export const NO_GENERATION: Generation = { generationId: -1, memberId: '', protocolName: null };

/** `AbstractCoordinator.JOIN_GROUP_TIMEOUT_LAPSE`: slack on top of the rebalance timeout. */
export const JOIN_GROUP_TIMEOUT_LAPSE_MS = 5000;

/** What the membership needs of the consumer that owns it. */
export interface MembershipHost {
  readonly ctx: ClientContext;
  readonly config: KafkaConsumerConfig;
  readonly groupId: string;
  readonly subscriptions: SubscriptionState;
  readonly metadata: ConsumerMetadata;
  readonly coordinator: ConsumerCoordinator;
  /** Partitions were taken away: drop their buffered records. */
  onPartitionsRevoked(): void;
  onJoinComplete(): void;
  onFatalError(error: ErrorName, message: string): void;
  wake(): void;
}
