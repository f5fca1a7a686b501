import { type DataTree, statOf, type ZNode } from './data-tree';
import { KeeperException } from './keeper-exception';
import { isSpecialPath, parentPath } from './zk-paths';
import type { CreateMode, KeeperCode, OpResult, Stat, ZkOp } from './zookeeper-types';
import { NO_SESSION } from './zookeeper-types';

/**
 * One write op, checked in `PrepRequestProcessor`'s order and then applied to the tree. Inside a multi
 * the checks see the ops before it, as ZooKeeper's outstanding change records do (create `/a` then
 * `/a/b` in one multi works).
 */

/** The transaction an op belongs to: a multi's ops share one zxid and one time. */
export interface OpContext {
  readonly tree: DataTree;
  readonly zxid: number;
  readonly nowMs: number;
}

/** True for the two sequential create modes. */
export function isSequential(mode: CreateMode): boolean {
  return mode.endsWith('-sequential');
}

/** True for the two ephemeral create modes. */
export function isEphemeral(mode: CreateMode): boolean {
  return mode.startsWith('ephemeral');
}

/**
 * Checks and applies one op; throws `KeeperException` (with the path the client asked for) when a
 * check fails, before anything changed.
 *
 * @example
 *   applyOp({ tree, zxid: 7, nowMs }, { type: 'check', path: '/controller_epoch', version: 1 });
 */
export function applyOp(context: OpContext, op: ZkOp): OpResult {
  switch (op.type) {
    case 'create':
      return { type: 'create', path: createZNode(context, op) };
    case 'delete':
      deleteZNode(context, op.path, op.version);
      return { type: 'delete' };
    case 'setData':
      return { type: 'setData', stat: setZNodeData(context, op.path, op.data, op.version) };
    case 'check':
      existingWithVersion(context.tree, op.path, op.version);
      return { type: 'check' };
  }
}

/**
 * `pRequest2TxnCreate`: parent must exist; a sequential name takes the parent's cversion (before this
 * create bumps it) as a 10-digit suffix; then NodeExists, then an ephemeral parent refuses children.
 * Returns the path created.
 */
export function createZNode(context: OpContext, op: Extract<ZkOp, { type: 'create' }>): string {
  const { tree } = context;
  const parent = tree.get(parentPath(op.path));
  if (parent === undefined) throw new KeeperException('NoNode', op.path);
  const path = isSequential(op.mode) ? `${op.path}${sequenceSuffix(parent)}` : op.path;
  if (tree.get(path) !== undefined) throw new KeeperException('NodeExists', op.path);
  if (parent.stat.ephemeralOwner !== NO_SESSION)
    throw new KeeperException('NoChildrenForEphemerals', op.path);
  const owner = isEphemeral(op.mode) && op.sessionId !== null ? op.sessionId : NO_SESSION;
  tree.createNode(path, op.data, owner, context.zxid, context.nowMs);
  return path;
}

/** setData: NoNode, then BadVersion; returns the new stat. */
export function setZNodeData(context: OpContext, path: string, data: string | null, version: number): Stat {
  existingWithVersion(context.tree, path, version);
  context.tree.setData(path, data, context.zxid, context.nowMs);
  return statOf(existing(context.tree, path));
}

/** `String.format("%010d", parentCVersion)`. */
function sequenceSuffix(parent: ZNode): string {
  return String(parent.stat.cversion).padStart(10, '0');
}

/** Delete: ZooKeeper's own znodes are refused, then NoNode, BadVersion, NotEmpty — in that order. */
export function deleteZNode(context: OpContext, path: string, version: number): void {
  if (isSpecialPath(path)) throw new KeeperException('BadArguments', path);
  const node = existingWithVersion(context.tree, path, version);
  if (node.children.size > 0) throw new KeeperException('NotEmpty', path);
  context.tree.deleteNode(path, context.zxid);
}

/** `checkAndIncVersion`: -1 matches any dataVersion. */
function existingWithVersion(tree: DataTree, path: string, version: number): ZNode {
  const node = existing(tree, path);
  if (version !== -1 && version !== node.stat.version) throw new KeeperException('BadVersion', path);
  return node;
}

function existing(tree: DataTree, path: string): ZNode {
  const node = tree.get(path);
  if (node === undefined) throw new KeeperException('NoNode', path);
  return node;
}

/**
 * A failed multi's results (`DataTree.processTxn`): `Ok` for the ops before the failure, its code at
 * it, `RuntimeInconsistency` after it.
 *
 * @example
 *   failedMultiResults(3, 1, 'NodeExists'); // Ok, NodeExists, RuntimeInconsistency
 */
export function failedMultiResults(count: number, failedAt: number, code: KeeperCode): OpResult[] {
  return Array.from({ length: count }, (_, i): OpResult => {
    if (i < failedAt) return { type: 'error', code: 'Ok' };
    return { type: 'error', code: i === failedAt ? code : 'RuntimeInconsistency' };
  });
}
