/**
 * What the one selection means for the cluster view's nodes (pure; Node-tested). Every view highlights
 * what belongs to the selection: a broker lights up when its partition or replica is selected, both
 * ends of a selected message light up, and a selected partition is the one the log view watches.
 * Replicas and partition rows are highlighted by stylesheet instead (selection-css.ts): there are
 * too many of them to re-render on each click.
 */
import type { Selection } from '../../store/ui-slice';

/** `selected`: the thing itself; `related`: belongs to it; `none`: no opinion. */
export type Relation = 'selected' | 'related' | 'none';

export interface ReplicaRef {
  readonly topic: string;
  readonly partition: number;
  readonly brokerId: number;
}

/** What a selection needs looked up in the store: a member's assigned partitions (`topic-p`). */
export interface SelectionContext {
  readonly memberPartitions?: readonly string[] | undefined;
}

/** A broker's node. `hosts` tells whether it holds a replica of the selected partition. */
export function brokerRelation(
  sel: Selection | null,
  brokerId: number,
  hosts: (topic: string, partition: number) => boolean,
): Relation {
  if (sel === null) return 'none';
  switch (sel.kind) {
    case 'broker':
      return sel.brokerId === brokerId ? 'selected' : 'none';
    case 'partition':
      return hosts(sel.topic, sel.partition) ? 'related' : 'none';
    case 'replica':
    case 'record':
      return sel.brokerId === brokerId ? 'related' : 'none';
    default:
      return 'none';
  }
}

/** A network node (broker, ZooKeeper, client) as an end of the selected message. */
export function isMessageEnd(
  sel: Selection | null,
  node: string,
  message: { from: string; to: string } | undefined,
) {
  if (sel === null || sel.kind !== 'message' || message === undefined) return false;
  return message.from === node || message.to === node;
}

/** The partition a selection points at (the one the log view should watch), or null. */
export function watchedPartitionOf(sel: Selection | null): string | null {
  if (sel === null) return null;
  if (sel.kind === 'partition' || sel.kind === 'replica' || sel.kind === 'record')
    return `${sel.topic}-${sel.partition}`;
  return null;
}
