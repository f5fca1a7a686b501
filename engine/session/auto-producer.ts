/**
 * The automatic producer: an application sending `ratePerSec` records to one topic, with keys drawn
 * from a distribution (none, uniform over N keys, or one hot key taking a share). It sends on a fixed
 * 10 ms grid of simulated time, so how the host slices time into frames never changes what is sent.
 */
import type { Cluster } from '../cluster/cluster';
import type { ProducerHandle, SendResult } from '../cluster/cluster-api';
import { SeededRandom } from '../sim/random';
import type { Timer } from '../sim/scheduler';
import { AUTO_PRODUCE_LINGER_MS, MAX_AUTO_PRODUCE_RATE } from '../view/auto-produce';
import type { KeyDistribution } from '../view/types';
import type { Acks, SessionCommand } from './commands';
import { chooseKey, distributionProblem } from './key-chooser';
import type { PanelProducers } from './panel-producers';

export const AUTO_PRODUCE_TICK_MS = 10;
/*
 * The automatic producer is a throughput application, configured as one: `linger.ms=20`
 * (AUTO_PRODUCE_LINGER_MS) lets each partition's records gather into a batch for 20 ms (Kafka 3.9's
 * default is 0, 4.0's is 5). At 5,000 records/s over 50 partitions that means ~2 records per batch
 * instead of 1, and a third of the requests: the browser keeps up, and the UI shows the setting.
 */
/** A salt so the key RNG's sequence is not the cluster's own (same seed, different stream). */
const KEY_RNG_SALT = 0x5eed_4b59;

export class AutoProducer {
  topic = '';
  ratePerSec = 0;
  distribution: KeyDistribution = { kind: 'none' };
  acks: Acks = 'all';
  sent = 0;
  acknowledged = 0;
  failed = 0;
  private readonly rng: SeededRandom;
  private timer: Timer | null = null;
  /** Fractional records carried to the next tick. */
  private carry = 0;
  /** Sends not yet completed, oldest first (mostly completed in order). */
  private pending: SendResult[] = [];
  private sendCount = 0;
  /** One producer per acks setting, as an application restarted with new settings would have. */
  private readonly producerByAcks = new Map<Acks, ProducerHandle>();

  constructor(
    private readonly cluster: Cluster,
    private readonly producers: PanelProducers,
    seed: number,
  ) {
    this.rng = SeededRandom.fromSeed((seed ^ KEY_RNG_SALT) >>> 0);
  }

  configure(command: Extract<SessionCommand, { type: 'auto-produce' }>): void {
    const rate = command.ratePerSec;
    if (!Number.isFinite(rate) || rate < 0 || rate > MAX_AUTO_PRODUCE_RATE)
      throw new RangeError(`The rate must be between 0 and ${MAX_AUTO_PRODUCE_RATE} records per second`);
    const problem = distributionProblem(command.distribution);
    if (problem) throw new RangeError(problem);
    if (rate > 0 && command.topic.trim() === '') throw new RangeError('Choose a topic to produce to');
    this.topic = command.topic;
    this.ratePerSec = rate;
    this.distribution = command.distribution;
    this.acks = command.acks;
    this.carry = 0;
    this.cluster.scheduler.cancel(this.timer);
    this.timer = null;
    if (rate > 0) this.scheduleNext();
  }

  private scheduleNext(): void {
    const now = this.cluster.nowMs;
    const next = (Math.floor(now / AUTO_PRODUCE_TICK_MS) + 1) * AUTO_PRODUCE_TICK_MS;
    this.timer = this.cluster.scheduler.schedule(next, 'auto-produce', () => this.tick());
  }

  private tick(): void {
    this.carry += (this.ratePerSec * AUTO_PRODUCE_TICK_MS) / 1000;
    const count = Math.floor(this.carry);
    this.carry -= count;
    let producer = this.producerByAcks.get(this.acks);
    if (!producer) {
      producer = this.cluster.newProducer({ acks: this.acks, lingerMs: AUTO_PRODUCE_LINGER_MS });
      this.producerByAcks.set(this.acks, producer);
    }
    for (let i = 0; i < count; i++) {
      const key = chooseKey(this.distribution, this.rng);
      const value = `record-${this.sendCount++}`;
      const result = producer.send({ topic: this.topic, key, value });
      this.pending.push(result);
      this.sent++;
      // Only the first of each tick is listed in the panel: the list shows the flow, not every record.
      if (i === 0) this.producers.remember({ topic: this.topic, key, value, acks: this.acks }, result, true);
    }
    this.settle();
    this.scheduleNext();
  }

  /** Counts completed sends (called each tick and before the view is built). */
  settle(): void {
    let done = 0;
    for (const result of this.pending) {
      if (!result.done) break;
      if (result.error === null) this.acknowledged++;
      else this.failed++;
      done++;
    }
    if (done > 0) this.pending = this.pending.slice(done);
  }
}
