/**
 * One user's running cluster: the simulated Kafka cluster plus the applications the UI drives (the
 * producer panel's producers, the automatic producer, consumer applications in groups), all on the one
 * simulated clock. Its state is a function of (seed, preset, stamped commands): `apply` records every
 * command it accepts, and {@link replaySession} rebuilds the session at any earlier moment.
 *
 * Synchronous and pure like the rest of the engine: the worker host decides when time moves and passes
 * a `shouldYield` callback (its wall clock) so long runs can be spread over frames.
 *
 * @example
 *   const session = new Session({ seed: 7, preset: 'classroom' });
 *   session.apply({ type: 'send', topic: 'orders', key: 'k', value: 'v', headers: [], partition: null, acks: 'all', partitioner: 'default' });
 *   session.advanceTo(session.nowMs + 1000);
 */
import type { Cluster } from '../cluster/cluster';
import { createCluster } from '../cluster/cluster';
import type { ClusterEvent } from '../cluster/events';
import { applyClusterOperation } from '../cluster/recorded-cluster';
import type { LogPersister } from '../storage/persister';
import type { PresetName } from '../view/types';
import { AppConsumers } from './app-consumers';
import { AutoProducer } from './auto-producer';
import type { SessionCommand, StampedSessionCommand } from './commands';
import { NotableEvents } from './notable-events';
import { PanelProducers } from './panel-producers';
import { presetSpec } from './presets';

export interface SessionConfig {
  readonly seed: number;
  readonly preset: PresetName;
}

export interface SessionOptions extends SessionConfig {
  /** Writes every broker's files to the store (the browser's "disks"); absent in tests. */
  readonly persister?: LogPersister;
}

/** What a command answered (for the UI's reply), if anything worth showing. */
export type CommandOutcome = { readonly kind: 'none' } | { readonly kind: 'value'; readonly value: unknown };

/** How many scheduler events run between two `shouldYield` checks. */
const YIELD_CHECK_EVENTS = 256;

export class Session {
  readonly cluster: Cluster;
  /** The first moment of the run's history: the clock just after the preset's setup. */
  /** The first moment of the run (after the preset's setup): the timeline's left end. */
  readonly startMs: number;
  readonly producers: PanelProducers;
  readonly autoProducer: AutoProducer;
  readonly consumers: AppConsumers;
  readonly notable: NotableEvents;
  private readonly log: StampedSessionCommand[] = [];

  constructor(readonly options: SessionOptions) {
    const preset = presetSpec(options.preset);
    this.cluster = createCluster({
      brokers: preset.brokers,
      seed: options.seed,
      ...(preset.serverProperties ? { serverProperties: preset.serverProperties } : {}),
      ...(options.persister ? { persister: options.persister } : {}),
    });
    this.notable = new NotableEvents();
    this.cluster.listeners.add((event: ClusterEvent) => this.notable.offer(event));
    this.producers = new PanelProducers(this.cluster);
    this.autoProducer = new AutoProducer(this.cluster, this.producers, options.seed);
    this.consumers = new AppConsumers(this.cluster);
    // The preset's own setup is part of the preset, not of the history: replay runs it again.
    for (const command of preset.setup) this.execute(command);
    // After the setup (creating a topic takes a few ms): the earliest moment a seek can reach.
    this.startMs = this.cluster.nowMs;
  }

  get config(): SessionConfig {
    return { seed: this.options.seed, preset: this.options.preset };
  }

  get nowMs(): number {
    return this.cluster.nowMs;
  }

  /** Commands accepted so far, in order, each with the time it was issued. */
  commands(): readonly StampedSessionCommand[] {
    return this.log;
  }

  /**
   * Applies a command now and records it. A command Kafka (or the session) refuses throws with
   * Kafka's message and is not recorded, and the session is left as it was.
   */
  apply(command: SessionCommand): CommandOutcome {
    const atMs = this.cluster.nowMs;
    const outcome = this.execute(command);
    this.log.push({ atMs, command });
    return outcome;
  }

  /**
   * Runs the world forward to `targetMs`, every due event at its own time. With `shouldYield`, it may
   * stop early (returning false) at a moment where every event of that millisecond has run, so a
   * command issued then lands exactly where a replay would put it.
   *
   * Simulated time moves in whole milliseconds: a fractional target is rounded down (a record's
   * timestamp is an int64 of ms, and a clock at 0.5 ms would make every later send fail to encode).
   */
  advanceTo(targetMs: number, shouldYield?: () => boolean): boolean {
    const scheduler = this.cluster.scheduler;
    const target = Math.floor(targetMs);
    if (target <= scheduler.nowMs) return true;
    let run = 0;
    while (scheduler.step(target)) {
      if (shouldYield && ++run % YIELD_CHECK_EVENTS === 0 && shouldYield()) {
        scheduler.runUntil(scheduler.nowMs);
        return false;
      }
    }
    scheduler.runUntil(target);
    return true;
  }

  /**
   * Runs scheduled work until the cluster emits its next event (an append, a fetch, an election…),
   * then the rest of that millisecond: the "step" button. Gives up after `maxMs`. Returns whether an
   * event happened.
   */
  stepToNextEvent(maxMs = 3_600_000): boolean {
    const scheduler = this.cluster.scheduler;
    const before = this.cluster.eventCount;
    const limit = scheduler.nowMs + maxMs;
    while (this.cluster.eventCount === before) {
      if (!scheduler.step(limit)) {
        scheduler.runUntil(limit);
        return false;
      }
    }
    scheduler.runUntil(scheduler.nowMs);
    return true;
  }

  private execute(command: SessionCommand): CommandOutcome {
    switch (command.type) {
      case 'send':
        return { kind: 'value', value: this.producers.send(command) };
      case 'auto-produce':
        this.autoProducer.configure(command);
        return { kind: 'none' };
      case 'add-member':
        return { kind: 'value', value: this.consumers.add(command) };
      case 'remove-member':
        this.consumers.remove(command.name);
        return { kind: 'none' };
      case 'crash-member':
        this.consumers.crash(command.name);
        return { kind: 'none' };
      default: {
        const answer = applyClusterOperation(this.cluster, command);
        return answer === undefined ? { kind: 'none' } : { kind: 'value', value: answer };
      }
    }
  }
}

/**
 * A fresh session with the same seed and preset, the commands issued before `atMs` replayed at their
 * times, and the clock moved to `atMs`: the session exactly as it was then. Long histories can be
 * replayed over several calls: see {@link SessionReplay}.
 */
export function replaySession(
  options: SessionOptions,
  commands: readonly StampedSessionCommand[],
  atMs: number,
): Session {
  const replay = new SessionReplay(options, commands, atMs);
  while (!replay.run()) {
    // runs to the end without yielding
  }
  return replay.session;
}

/** A replay in progress: `run(shouldYield)` continues it and says whether it has finished. */
export class SessionReplay {
  readonly session: Session;
  private next = 0;

  constructor(
    options: SessionOptions,
    private readonly commands: readonly StampedSessionCommand[],
    readonly targetMs: number,
  ) {
    this.session = new Session(options);
  }

  /** Fraction done, by simulated time. */
  get progress(): number {
    const span = this.targetMs - this.session.startMs;
    return span <= 0 ? 1 : Math.min(1, (this.session.nowMs - this.session.startMs) / span);
  }

  run(shouldYield?: () => boolean): boolean {
    while (this.next < this.commands.length) {
      const stamped = this.commands[this.next] as StampedSessionCommand;
      if (stamped.atMs > this.targetMs) break;
      if (!this.session.advanceTo(stamped.atMs, shouldYield)) return false;
      this.session.apply(stamped.command);
      this.next++;
      if (shouldYield?.()) return false;
    }
    return this.session.advanceTo(this.targetMs, shouldYield);
  }
}
