/**
 * The producer applications the UI sends through: one Java-style producer per (acks, partitioner)
 * setting, created on first use (as a user would start a console producer with those settings), plus
 * the last sends with their outcomes for the producer panel.
 */
import type { Cluster } from '../cluster/cluster';
import type { ProducerHandle, SendResult } from '../cluster/cluster-api';
import type { Acks, PartitionerChoice, SessionCommand } from './commands';

/** How many of the user's own sends the panel lists. */
export const RECENT_SENDS = 30;
/** How many samples of the automatic producer's sends are listed (one per tick, kept apart). */
export const RECENT_AUTO_SENDS = 10;

export interface SendEntry {
  readonly seq: number;
  readonly topic: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly acks: Acks;
  readonly sentMs: number;
  readonly auto: boolean;
  /** Filled in by the producer as the send completes. */
  readonly result: SendResult;
}

export class PanelProducers {
  private readonly byConfig = new Map<string, ProducerHandle>();
  private readonly recentSends: SendEntry[] = [];
  /** Kept apart, so 100 automatic samples a second never push the user's own sends out of the list. */
  private readonly recentAutoSends: SendEntry[] = [];
  private sendSeq = 0;

  constructor(private readonly cluster: Cluster) {}

  producer(acks: Acks, partitioner: PartitionerChoice): ProducerHandle {
    const key = `${acks}/${partitioner}`;
    let producer = this.byConfig.get(key);
    if (!producer) {
      producer = this.cluster.newProducer({ acks, partitionerIgnoreKeys: partitioner === 'ignore-keys' });
      this.byConfig.set(key, producer);
    }
    return producer;
  }

  send(command: Extract<SessionCommand, { type: 'send' }>): number {
    const producer = this.producer(command.acks, command.partitioner);
    const result = producer.send({
      topic: command.topic,
      key: command.key,
      value: command.value,
      headers: command.headers,
      ...(command.partition === null ? {} : { partition: command.partition }),
    });
    return this.remember(command, result, false);
  }

  remember(
    command: { topic: string; key: string | null; value: string | null; acks: Acks },
    result: SendResult,
    auto: boolean,
  ): number {
    const seq = this.sendSeq++;
    const list = auto ? this.recentAutoSends : this.recentSends;
    list.push({
      seq,
      topic: command.topic,
      key: command.key,
      value: command.value,
      acks: command.acks,
      sentMs: this.cluster.nowMs,
      auto,
      result,
    });
    if (list.length > (auto ? RECENT_AUTO_SENDS : RECENT_SENDS)) list.shift();
    return seq;
  }

  /** The user's recent sends, then the automatic producer's samples. */
  recent(): readonly SendEntry[] {
    return this.recentAutoSends.length === 0
      ? this.recentSends
      : [...this.recentSends, ...this.recentAutoSends];
  }

  /** Java client log lines (WARN and above) since the last call, from every panel producer. */
  takeLog(): string[] {
    const lines: string[] = [];
    for (const producer of this.byConfig.values())
      for (const entry of producer.takeLog()) lines.push(entry.message);
    return lines;
  }
}
