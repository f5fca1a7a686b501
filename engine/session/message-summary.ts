/**
 * A message on the wire in one line, for the UI's message details: the partitions it carries with the
 * numbers that matter for each API (records sent, fetch offset, the offset a produce got, an error),
 * and the group or acks where the API has one. Pure; reads the message body only.
 */
import type { MessageBody } from '../cluster/protocol';

const SHOWN_PARTITIONS = 3;

interface PartitionLike {
  readonly topic?: string;
  readonly partition?: number;
  readonly recordCount?: number;
  readonly fetchOffset?: number;
  readonly baseOffset?: number;
  readonly highWatermark?: number;
  readonly error?: string;
}

/**
 * @example
 *   summarizeMessage(produceRequest); // 'acks=all · orders-0: 3 records'
 */
export function summarizeMessage(message: MessageBody): string {
  if (message.kind === 'zk') return `${message.body.type} ${message.body.path}`;
  const body = message.body as unknown as Record<string, unknown>;
  const parts: string[] = [];
  if (body.api === 'Produce' && typeof body.acks === 'number') parts.push(`acks=${acksName(body.acks)}`);
  if (body.api === 'Fetch' && typeof body.replicaId === 'number')
    parts.push(body.replicaId >= 0 ? `replica ${body.replicaId}` : 'consumer');
  if (typeof body.groupId === 'string') parts.push(`group ${body.groupId}`);
  if (typeof body.generationId === 'number') parts.push(`generation ${body.generationId}`);
  if (typeof body.error === 'string' && body.error !== 'NONE') parts.push(body.error);
  const partitions = Array.isArray(body.partitions) ? (body.partitions as PartitionLike[]) : [];
  const shown = partitions.slice(0, SHOWN_PARTITIONS).map(describePartition);
  if (partitions.length > SHOWN_PARTITIONS) shown.push(`+${partitions.length - SHOWN_PARTITIONS}`);
  if (shown.length > 0) parts.push(shown.join(', '));
  return parts.join(' · ');
}

function describePartition(p: PartitionLike): string {
  const name = `${p.topic ?? '?'}-${p.partition ?? '?'}`;
  if (p.error !== undefined && p.error !== 'NONE') return `${name}: ${p.error}`;
  if (p.fetchOffset !== undefined) return `${name}@${p.fetchOffset}`;
  if (p.baseOffset !== undefined) return `${name} → offset ${p.baseOffset}`;
  if (p.recordCount !== undefined)
    return p.highWatermark === undefined
      ? `${name}: ${p.recordCount} record${p.recordCount === 1 ? '' : 's'}`
      : `${name}: ${p.recordCount} record${p.recordCount === 1 ? '' : 's'}, HW ${p.highWatermark}`;
  return name;
}

function acksName(acks: number): string {
  return acks === -1 ? 'all' : String(acks);
}
