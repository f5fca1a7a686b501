/**
 * The Java producer's settings the simulation obeys, with Kafka 3.9's defaults (§7.4–§7.5, §12), and how
 * the user's `acks` / idempotence choices resolve (idempotence silently off when acks ≠ all unless set).
 */
import type { ProducerConfigInput } from '../../cluster/cluster-api';

export interface ProducerConfig {
  readonly clientId: string;
  readonly acks: 0 | 1 | -1;
  readonly lingerMs: number;
  readonly batchSize: number;
  readonly retries: number;
  readonly retryBackoffMs: number;
  readonly requestTimeoutMs: number;
  readonly deliveryTimeoutMs: number;
  readonly maxBlockMs: number;
  readonly maxInFlightRequestsPerConnection: number;
  readonly enableIdempotence: boolean;
  readonly partitionerIgnoreKeys: boolean;
  readonly metadataMaxAgeMs: number;
}

export class ProducerConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigException';
  }
}

/** Parses `acks` as Kafka does: `all` and `-1` are the same; anything else is a ConfigException. */
export function parseAcks(value: string): 0 | 1 | -1 {
  const v = value.trim().toLowerCase();
  if (v === 'all' || v === '-1') return -1;
  if (v === '0') return 0;
  if (v === '1') return 1;
  throw new ProducerConfigError(
    `Invalid value ${value} for configuration acks: String must be one of: all, -1, 0, 1`,
  );
}

export function resolveProducerConfig(input: ProducerConfigInput, defaultClientId: string): ProducerConfig {
  const acks = input.acks === undefined ? -1 : parseAcks(input.acks);
  const retries = input.retries ?? 2_147_483_647;
  // 3.2+: idempotence defaults on, and turns itself off when conflicting settings were chosen.
  const enableIdempotence = input.enableIdempotence ?? (acks === -1 && retries > 0);
  if (input.enableIdempotence === true && acks !== -1) {
    throw new ProducerConfigError(
      'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
    );
  }
  return {
    clientId: input.clientId ?? defaultClientId,
    acks,
    lingerMs: input.lingerMs ?? 0,
    batchSize: input.batchSize ?? 16_384,
    retries,
    retryBackoffMs: input.retryBackoffMs ?? 100,
    requestTimeoutMs: input.requestTimeoutMs ?? 30_000,
    deliveryTimeoutMs: input.deliveryTimeoutMs ?? 120_000,
    maxBlockMs: input.maxBlockMs ?? 60_000,
    maxInFlightRequestsPerConnection: 5,
    enableIdempotence,
    partitionerIgnoreKeys: input.partitionerIgnoreKeys ?? false,
    metadataMaxAgeMs: 300_000,
  };
}
