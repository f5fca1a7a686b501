/**
 * What the consumer consumes and where it stands (Kafka's `SubscriptionState`): a topic subscription
 * (group-managed) or a manual assignment, and per assigned partition its fetch state and position —
 * the offset of the next record `poll()` will return.
 */
import { type TopicPartition, tpKey } from '../../cluster/protocol';

export type ResetCause = 'OFFSET_OUT_OF_RANGE' | 'no-committed-offset';
export type ResetStrategy = 'earliest' | 'latest';

/**
 * `initializing`: needs the committed offset (or the reset policy); `awaiting-reset`: a ListOffsets is
 * due; `fetching`: has a valid position; `error`: reset impossible (`auto.offset.reset=none`).
 */
export type PartitionFetchState = 'initializing' | 'awaiting-reset' | 'fetching' | 'error';

export interface AssignedPartition {
  readonly topic: string;
  readonly partition: number;
  readonly key: string;
  state: PartitionFetchState;
  position: number;
  /** Leader epoch of the last record returned (for commits); −1 when unknown. */
  positionEpoch: number;
  /** What a reset is for: the strategy, why (null for seekToBeginning/End, which emit nothing), from where. */
  reset: { strategy: ResetStrategy | null; cause: ResetCause | null; from: number | null } | null;
  highWatermark: number;
  logStartOffset: number;
}

const byTopicThenPartition = (a: TopicPartition, b: TopicPartition): number =>
  (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0) || a.partition - b.partition;

export class SubscriptionState {
  type: 'none' | 'auto' | 'manual' = 'none';
  private topics: string[] = [];
  private readonly assigned = new Map<string, AssignedPartition>();

  get subscription(): readonly string[] {
    return this.topics;
  }

  subscribe(topics: readonly string[]): boolean {
    if (this.type === 'manual')
      throw new Error('Subscription to topics, partitions and pattern are mutually exclusive');
    const next = [...new Set(topics)].sort();
    const changed = this.type !== 'auto' || next.join('\u0000') !== this.topics.join('\u0000');
    this.type = 'auto';
    this.topics = next;
    return changed;
  }

  assignManually(partitions: readonly TopicPartition[]): void {
    if (this.type === 'auto')
      throw new Error('Subscription to topics, partitions and pattern are mutually exclusive');
    this.type = 'manual';
    this.replaceAssignment(partitions);
  }

  /** A new group assignment: partitions kept keep their state and position. */
  assignFromSubscribed(partitions: readonly TopicPartition[]): void {
    this.replaceAssignment(partitions);
  }

  private replaceAssignment(partitions: readonly TopicPartition[]): void {
    const keep = new Map(this.assigned);
    this.assigned.clear();
    for (const tp of [...partitions].sort(byTopicThenPartition)) {
      const key = tpKey(tp.topic, tp.partition);
      this.assigned.set(key, keep.get(key) ?? newPartition(tp, key));
    }
  }

  isAssigned(key: string): boolean {
    return this.assigned.has(key);
  }

  get(key: string): AssignedPartition | undefined {
    return this.assigned.get(key);
  }

  partitions(): AssignedPartition[] {
    return [...this.assigned.values()];
  }

  assignedPartitions(): TopicPartition[] {
    return this.partitions().map((p) => ({ topic: p.topic, partition: p.partition }));
  }

  inState(state: PartitionFetchState): AssignedPartition[] {
    return this.partitions().filter((p) => p.state === state);
  }

  seek(key: string, offset: number, epoch = -1): void {
    const p = this.assigned.get(key);
    if (!p) throw new Error(`No current assignment for partition ${key}`);
    p.position = offset;
    p.positionEpoch = epoch;
    p.state = 'fetching';
    p.reset = null;
  }

  requestReset(
    key: string,
    strategy: ResetStrategy | null,
    cause: ResetCause | null,
    from: number | null,
  ): void {
    const p = this.assigned.get(key);
    if (!p) return;
    p.state = 'awaiting-reset';
    p.reset = { strategy, cause, from };
  }

  /** Positions worth committing: partitions with a valid position (`allConsumed`). */
  allConsumed(): Array<TopicPartition & { offset: number; leaderEpoch: number }> {
    return this.inState('fetching').map((p) => ({
      topic: p.topic,
      partition: p.partition,
      offset: p.position,
      leaderEpoch: p.positionEpoch,
    }));
  }
}

function newPartition(tp: TopicPartition, key: string): AssignedPartition {
  return {
    topic: tp.topic,
    partition: tp.partition,
    key,
    state: 'initializing',
    position: -1,
    positionEpoch: -1,
    reset: null,
    highWatermark: -1,
    logStartOffset: -1,
  };
}
