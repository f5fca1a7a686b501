import type { SessionId } from './zookeeper-types';

/**
 * Session ids and timeouts as ZooKeeper's `SessionTrackerImpl`, `ZooKeeperServer` and `ExpiryQueue`
 * compute them. Ids are 64-bit, so the arithmetic is done in bigint and the result kept as hex text.
 */

const MASK_64 = (1n << 64n) - 1n;
/** `EphemeralType.CONTAINER_EPHEMERAL_OWNER` (Long.MIN_VALUE): a session may never take this id. */
const CONTAINER_EPHEMERAL_OWNER = 1n << 63n;

/** `ZooKeeperServer.createSessionTrackerServerId`: a standalone server, as Kafka's quickstart runs, uses 1. */
export const STANDALONE_SERVER_ID = 1;
/** `tickTime` when `zoo.cfg` (Kafka's `config/zookeeper.properties`) does not set it. */
export const DEFAULT_TICK_TIME_MS = 3000;

/**
 * `SessionTrackerImpl.initializeNextSessionId`: the monotonic clock's ms shifted into bits 16..55, the
 * server id in the top byte. Later sessions count up by one from it.
 *
 * @example
 *   initialSessionId(1, 0x1e8c4); // '0x1000001e8c40000'
 */
export function initialSessionId(serverId: number, monotonicMs: number): SessionId {
  const time = BigInt(Math.trunc(monotonicMs));
  let next = ((time << 24n) & MASK_64) >> 8n;
  next |= (BigInt(serverId) << 56n) & MASK_64;
  if (next === CONTAINER_EPHEMERAL_OWNER) next++;
  return toSessionId(next);
}

/**
 * The id after `sessionId` (`nextSessionId.getAndIncrement()`), wrapping at 64 bits as a Java long does.
 *
 * @example
 *   nextSessionIdAfter('0x1000001e8c40000'); // '0x1000001e8c40001'
 */
export function nextSessionIdAfter(sessionId: SessionId): SessionId {
  return toSessionId((BigInt(sessionId) + 1n) & MASK_64);
}

function toSessionId(value: bigint): SessionId {
  return `0x${value.toString(16)}`;
}

/**
 * The timeout the server grants (`ZooKeeperServer.processConnectRequest`): the request clamped to
 * [minSessionTimeout, maxSessionTimeout], which default to 2 and 20 ticks.
 *
 * @example
 *   negotiateSessionTimeoutMs(18_000, 3000); // 18000
 *   negotiateSessionTimeoutMs(1_000, 3000); // 6000
 */
export function negotiateSessionTimeoutMs(
  requestedMs: number,
  tickTimeMs: number = DEFAULT_TICK_TIME_MS,
): number {
  return Math.min(Math.max(requestedMs, 2 * tickTimeMs), 20 * tickTimeMs);
}

/**
 * When the server expires a session last heard from at `lastHeardMs` (`ExpiryQueue.update`): the timeout
 * added, then rounded up to the next tick boundary, because the tracker only checks once a tick.
 *
 * @example
 *   sessionExpiryDeadlineMs(1_000, 18_000, 3000); // 21000
 */
export function sessionExpiryDeadlineMs(
  lastHeardMs: number,
  timeoutMs: number,
  tickTimeMs: number = DEFAULT_TICK_TIME_MS,
): number {
  return (Math.floor((lastHeardMs + timeoutMs) / tickTimeMs) + 1) * tickTimeMs;
}
