import { KeeperException } from './keeper-exception';
import { joinPath, parentPath } from './zk-paths';
import type { ZooKeeperServer } from './zookeeper';

/**
 * The composite writes of Kafka's `KafkaZkClient` that are sequences of plain ZooKeeper requests.
 * They are here, not in the server, because the sequence is Kafka's: every attempt is a request, and
 * a failed write uses up a zxid just as it does in ZooKeeper, so following Kafka's exact order keeps
 * zxids and cversions the same as a real cluster's.
 */

/**
 * `KafkaZkClient.createRecursive`: try the znode; on NoNode make the parents (no data) the same way
 * and try again. NodeExists is an error only when `throwIfPathExists`.
 *
 * @example
 *   createRecursive(zk, '/cluster/id', clusterIdJson(id), now); // NoNode, then /cluster, then /cluster/id
 */
export function createRecursive(
  zk: ZooKeeperServer,
  path: string,
  data: string | null,
  nowMs: number,
  throwIfPathExists = true,
): void {
  let code = tryCreate(zk, path, data, nowMs);
  if (code === 'NodeExists' && throwIfPathExists) throw new KeeperException(code, path);
  if (code !== 'NoNode') return;
  createParents(zk, parentPath(path), nowMs);
  code = tryCreate(zk, path, data, nowMs);
  if (code === 'NoNode' || (code === 'NodeExists' && throwIfPathExists))
    throw new KeeperException(code, path);
}

/**
 * `KafkaZkClient.makeSurePersistentPathExists`: `createRecursive` without data, tolerating NodeExists.
 * Broker start runs it for each of `KAFKA_PERSISTENT_PATHS`.
 *
 * @example
 *   for (const path of KAFKA_PERSISTENT_PATHS) makeSurePersistentPathExists(zk, path, now);
 */
export function makeSurePersistentPathExists(zk: ZooKeeperServer, path: string, nowMs: number): void {
  createRecursive(zk, path, null, nowMs, false);
}

/**
 * `KafkaZkClient.deleteRecursive`: the children first, then the znode (any version), each delete its
 * own transaction; a child already gone is fine. Children go in sorted order (ZooKeeper lists them in
 * HashSet order, which is not modelled). False when `path` did not exist.
 *
 * @example
 *   deleteRecursive(zk, topicPath('demo'), now); // true
 */
export function deleteRecursive(zk: ZooKeeperServer, path: string, nowMs: number): boolean {
  let children: string[];
  try {
    children = zk.getChildren(path);
  } catch (error) {
    if (error instanceof KeeperException && error.code === 'NoNode') return false;
    throw error;
  }
  for (const child of children) deleteRecursive(zk, joinPath(path, child), nowMs);
  try {
    zk.delete(path, -1, nowMs);
  } catch (error) {
    if (!(error instanceof KeeperException && error.code === 'NoNode')) throw error;
  }
  return true;
}

function tryCreate(
  zk: ZooKeeperServer,
  path: string,
  data: string | null,
  nowMs: number,
): 'Ok' | 'NoNode' | 'NodeExists' {
  try {
    zk.create(path, data, 'persistent', null, nowMs);
    return 'Ok';
  } catch (error) {
    if (error instanceof KeeperException && (error.code === 'NoNode' || error.code === 'NodeExists')) {
      return error.code;
    }
    throw error;
  }
}

/** `createRecursive0`: each parent tried first, its own parent made only on NoNode. */
function createParents(zk: ZooKeeperServer, path: string, nowMs: number): void {
  if (tryCreate(zk, path, null, nowMs) !== 'NoNode') return;
  createParents(zk, parentPath(path), nowMs);
  if (tryCreate(zk, path, null, nowMs) === 'NoNode') throw new KeeperException('NoNode', path);
}
