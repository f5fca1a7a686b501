/**
 * Consumer applications the UI starts: each a KafkaConsumer in a group, polled by its "application"
 * every {@link POLL_INTERVAL_MS} of simulated time (the Java app's poll loop), counting what it reads.
 * Removing one closes it (commit + LeaveGroup); crashing one kills the process (the coordinator notices
 * only after `session.timeout.ms`).
 */
import type { Cluster } from '../cluster/cluster';
import type { ConsumerHandle } from '../cluster/cluster-api';
import type { Timer } from '../sim/scheduler';
import type { SessionCommand } from './commands';

export const POLL_INTERVAL_MS = 100;
/** The app's `auto.offset.reset`: a new group reads the topic from the start, as a lesson wants. */
export const APP_AUTO_OFFSET_RESET = 'earliest';
const MAX_MEMBERS = 50;

export interface AppConsumer {
  readonly name: string;
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly handle: ConsumerHandle;
  status: 'running' | 'closing' | 'closed' | 'crashed';
  consumedCount: number;
  /** When the process died (the coordinator notices at crash + `session.timeout.ms`), or −1. */
  crashedAtMs: number;
  /** The partitions it owned when it crashed: the coordinator keeps them assigned until it notices. */
  partitionsAtCrash: readonly string[];
}

/** The app consumers' `session.timeout.ms` (Kafka's default, 45 s). */
export const APP_SESSION_TIMEOUT_MS = 45_000;

export class AppConsumers {
  private readonly apps = new Map<string, AppConsumer>();
  private readonly countByGroup = new Map<string, number>();
  private timer: Timer | null = null;

  constructor(private readonly cluster: Cluster) {}

  all(): IterableIterator<AppConsumer> {
    return this.apps.values();
  }

  add(command: Extract<SessionCommand, { type: 'add-member' }>): string {
    const groupId = command.groupId.trim();
    if (groupId === '') throw new RangeError('The group id must not be empty');
    if (command.topics.length === 0) throw new RangeError('Subscribe to at least one topic');
    const running = [...this.apps.values()].filter((a) => a.status === 'running' || a.status === 'closing');
    if (running.length >= MAX_MEMBERS) throw new RangeError(`At most ${MAX_MEMBERS} consumers run at once`);
    const n = (this.countByGroup.get(groupId) ?? 0) + 1;
    this.countByGroup.set(groupId, n);
    const name = `${groupId}-app-${n}`;
    const handle = this.cluster.newConsumer({
      groupId,
      sessionTimeoutMs: APP_SESSION_TIMEOUT_MS,
      autoOffsetReset: APP_AUTO_OFFSET_RESET,
      partitionAssignmentStrategy: [command.assignor],
    });
    handle.subscribe(command.topics);
    this.apps.set(name, {
      name,
      groupId,
      topics: command.topics,
      handle,
      status: 'running',
      consumedCount: 0,
      crashedAtMs: -1,
      partitionsAtCrash: [],
    });
    this.ensurePolling();
    return name;
  }

  remove(name: string): void {
    const app = this.live(name);
    app.handle.close();
    app.status = 'closing';
    this.ensurePolling();
  }

  crash(name: string): void {
    const app = this.live(name);
    app.partitionsAtCrash = app.handle.assignment().map((tp) => `${tp.topic}-${tp.partition}`);
    app.handle.crash();
    app.status = 'crashed';
    app.crashedAtMs = this.cluster.nowMs;
  }

  private live(name: string): AppConsumer {
    const app = this.apps.get(name);
    if (!app) throw new RangeError(`No consumer named ${name}`);
    if (app.status !== 'running') throw new RangeError(`Consumer ${name} is not running (${app.status})`);
    return app;
  }

  private ensurePolling(): void {
    if (this.timer !== null) return;
    this.timer = this.cluster.scheduler.after(POLL_INTERVAL_MS, 'app-poll', () => this.pollAll());
  }

  private pollAll(): void {
    this.timer = null;
    let active = false;
    for (const app of this.apps.values()) {
      if (app.status === 'closing' && app.handle.closed) app.status = 'closed';
      if (app.status === 'closing') active = true;
      if (app.status !== 'running') continue;
      active = true;
      app.consumedCount += app.handle.poll().length;
    }
    if (active) this.ensurePolling();
  }
}
