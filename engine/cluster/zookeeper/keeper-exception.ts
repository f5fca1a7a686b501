import type { KeeperCode, OpResult } from './zookeeper-types';

/**
 * `KeeperException.Code` numbers for the codes this model raises (ZooKeeper 3.8 `KeeperException`),
 * for anything that shows the raw error code as Kafka's logs do.
 */
export const KEEPER_CODE_NUMBERS: Readonly<Record<KeeperCode, number>> = {
  Ok: 0,
  RuntimeInconsistency: -2,
  BadArguments: -8,
  NoNode: -101,
  BadVersion: -103,
  NoChildrenForEphemerals: -108,
  NodeExists: -110,
  NotEmpty: -111,
  SessionExpired: -112,
};

/** `KeeperException.getCodeMessage`: the text after `KeeperErrorCode = `. */
const CODE_MESSAGES: Readonly<Record<KeeperCode, string>> = {
  Ok: 'ok',
  RuntimeInconsistency: 'RuntimeInconsistency',
  BadArguments: 'BadArguments',
  NoNode: 'NoNode',
  BadVersion: 'BadVersion',
  NoChildrenForEphemerals: 'NoChildrenForEphemerals',
  NodeExists: 'NodeExists',
  NotEmpty: 'Directory not empty',
  SessionExpired: 'Session expired',
};

/**
 * A failed ZooKeeper call, with ZooKeeper's message. `path` is the path the client asked for (the Java
 * client rebuilds the exception from the error code and its own path, so a sequential create reports
 * the prefix and a create under a missing parent reports the child); a multi's exception has no path,
 * as the Java client's `multi` throws it, and carries every op's result.
 *
 * @example
 *   new KeeperException('NodeExists', '/controller').message; // 'KeeperErrorCode = NodeExists for /controller'
 */
export class KeeperException extends Error {
  readonly code: KeeperCode;
  readonly path: string | null;
  /** Per-op results of a failed multi; empty for a single call. */
  readonly results: readonly OpResult[];

  constructor(code: KeeperCode, path: string | null, results: readonly OpResult[] = []) {
    const text = `KeeperErrorCode = ${CODE_MESSAGES[code]}`;
    super(path === null || path === '' ? text : `${text} for ${path}`);
    this.name = 'KeeperException';
    this.code = code;
    this.path = path;
    this.results = results;
  }
}

/**
 * True when `error` is a `KeeperException` with this code.
 *
 * @example
 *   try { zk.create('/controller', json, 'ephemeral', sid, now); } catch (e) { if (isKeeperError(e, 'NodeExists')) … }
 */
export function isKeeperError(error: unknown, code: KeeperCode): error is KeeperException {
  return error instanceof KeeperException && error.code === code;
}
