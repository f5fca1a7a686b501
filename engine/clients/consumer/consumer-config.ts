/**
 * The Java consumer's configuration, with Kafka 3.9's defaults (KAFKA-REFERENCE §12) and its
 * post-processing: a generated `client.id`, and `enable.auto.commit` off without a `group.id`.
 */
import type { ConsumerConfigInput } from '../../cluster/cluster-api';
import { ASSIGNOR_NAMES, type AssignorName } from '../assignors';

export type OffsetResetPolicy = 'latest' | 'earliest' | 'none';

/** Settings the cluster API's `ConsumerConfigInput` does not expose, for tools and tests. */
export interface KafkaConsumerConfigInput extends ConsumerConfigInput {
  readonly maxPollIntervalMs?: number;
  readonly requestTimeoutMs?: number;
  readonly retryBackoffMs?: number;
  readonly retryBackoffMaxMs?: number;
  readonly metadataMaxAgeMs?: number;
  readonly fetchMaxWaitMs?: number;
  readonly fetchMinBytes?: number;
  readonly fetchMaxBytes?: number;
  readonly maxPartitionFetchBytes?: number;
  readonly defaultApiTimeoutMs?: number;
}

export interface KafkaConsumerConfig {
  readonly groupId: string | null;
  readonly clientId: string;
  readonly groupInstanceId: string | null;
  readonly autoOffsetReset: OffsetResetPolicy;
  readonly enableAutoCommit: boolean;
  readonly autoCommitIntervalMs: number;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  /** `max.poll.interval.ms`: also the rebalance timeout sent in JoinGroup. */
  readonly maxPollIntervalMs: number;
  readonly maxPollRecords: number;
  readonly partitionAssignmentStrategy: readonly AssignorName[];
  readonly requestTimeoutMs: number;
  readonly retryBackoffMs: number;
  readonly retryBackoffMaxMs: number;
  readonly metadataMaxAgeMs: number;
  readonly fetchMaxWaitMs: number;
  readonly fetchMinBytes: number;
  readonly fetchMaxBytes: number;
  readonly maxPartitionFetchBytes: number;
  /** `default.api.timeout.ms`: how long commitSync and close keep retrying. */
  readonly defaultApiTimeoutMs: number;
}

const DEFAULTS = {
  autoOffsetReset: 'latest',
  autoCommitIntervalMs: 5000,
  sessionTimeoutMs: 45_000,
  heartbeatIntervalMs: 3000,
  maxPollIntervalMs: 300_000,
  maxPollRecords: 500,
  partitionAssignmentStrategy: ['range', 'cooperative-sticky'],
  requestTimeoutMs: 30_000,
  retryBackoffMs: 100,
  retryBackoffMaxMs: 1000,
  metadataMaxAgeMs: 300_000,
  fetchMaxWaitMs: 500,
  fetchMinBytes: 1,
  fetchMaxBytes: 52_428_800,
  maxPartitionFetchBytes: 1_048_576,
  defaultApiTimeoutMs: 60_000,
} as const;

function assignorName(name: string): AssignorName {
  // Accept Kafka's class names as well as the protocol names.
  const short = name
    .replace(/^org\.apache\.kafka\.clients\.consumer\./, '')
    .replace(/Assignor$/, '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();
  const found = ASSIGNOR_NAMES.find((n) => n === name || n === short);
  if (!found) throw new RangeError(`Class ${name} cannot be found (partition.assignment.strategy)`);
  return found;
}

/**
 * `client.id` when none is set: `consumer-<group.id>-<n>` (`n` = the JVM-wide counter, from 1; the
 * instance id instead for a static member). Java formats a null group id as `null`.
 *
 * @example
 *   defaultConsumerClientId('my-group', null, 1); // 'consumer-my-group-1'
 */
export function defaultConsumerClientId(
  groupId: string | null,
  groupInstanceId: string | null,
  n: number,
): string {
  return `consumer-${groupId ?? 'null'}-${groupInstanceId ?? n}`;
}

/**
 * Fills in defaults. `clientSequence` is the next value of the consumer client-id counter, owned by
 * the caller so that two runs of one seed name their consumers alike.
 *
 * @example
 *   resolveConsumerConfig({ groupId: 'g' }, 1).clientId; // 'consumer-g-1'
 */
export function resolveConsumerConfig(
  input: KafkaConsumerConfigInput,
  clientSequence: number,
): KafkaConsumerConfig {
  const groupId = input.groupId ?? null;
  const groupInstanceId = input.groupInstanceId ?? null;
  if (input.enableAutoCommit === true && groupId === null) {
    throw new Error('enable.auto.commit cannot be set to true when default group id (null) is used.');
  }
  const clientId =
    input.clientId !== undefined && input.clientId !== ''
      ? input.clientId
      : defaultConsumerClientId(groupId, groupInstanceId, clientSequence);
  return {
    ...DEFAULTS,
    ...stripUndefined(input),
    groupId,
    groupInstanceId,
    clientId,
    enableAutoCommit: input.enableAutoCommit ?? groupId !== null,
    partitionAssignmentStrategy: (
      input.partitionAssignmentStrategy ?? DEFAULTS.partitionAssignmentStrategy
    ).map(assignorName),
  };
}

function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
