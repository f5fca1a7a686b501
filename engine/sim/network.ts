/**
 * The simulated network: links between nodes (brokers, ZooKeeper, clients) with a latency, and the
 * faults a teacher injects — a node cut off from everyone (network partition), a slow node, a message
 * dropped on a link. Messages in flight are state, each with its send and receive time, so the UI can
 * draw a dot at `(now − sendMs) / (recvMs − sendMs)` along its link and a rewind shows them exactly.
 *
 * Two ways a message fails, as on a real network:
 * - to a node whose process is down: the sender's connection is refused (or reset) and it learns that
 *   one latency later (`connectionFailed`), as a Kafka client notices a killed broker quickly;
 * - across a cut link or a dropped message: nothing comes back, and the sender only notices by its own
 *   timeout (`request.timeout.ms`, ZooKeeper's session timeout) — the notes' "partial failure".
 */
import type { Scheduler } from './scheduler';

export interface InFlightMessage<B> {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly sendMs: number;
  readonly recvMs: number;
  readonly body: B;
  /** Set when the message will not arrive (cut link, dropped); the dot fades out at recvMs. */
  lost: 'isolated' | 'dropped' | null;
}

export interface NetworkNode<B> {
  readonly nodeId: string;
  /** The process is running. */
  isUp(): boolean;
  deliver(message: InFlightMessage<B>): void;
  /** A message this node sent could not be delivered because the receiver's process is down. */
  connectionFailed(message: InFlightMessage<B>): void;
}

export type NetworkEvent<B> =
  | {
      readonly type: 'message-lost';
      readonly message: InFlightMessage<B>;
      readonly reason: 'isolated' | 'dropped';
    }
  | { readonly type: 'connection-refused'; readonly message: InFlightMessage<B> };

export interface NetworkOptions {
  /** One-way latency of every link. */
  readonly linkLatencyMs: number;
}

export const DEFAULT_NETWORK_OPTIONS: NetworkOptions = { linkLatencyMs: 1 };

export class Network<B> {
  private readonly nodes = new Map<string, NetworkNode<B>>();
  private readonly inFlightById = new Map<number, InFlightMessage<B>>();
  private readonly isolated = new Set<string>();
  private readonly extraDelayMs = new Map<string, number>();
  private readonly dropsPending = new Map<string, number>();
  private nextId = 1;
  /** Observers of losses (the cluster turns them into timeline events). */
  onEvent: ((event: NetworkEvent<B>) => void) | null = null;

  constructor(
    private readonly scheduler: Scheduler,
    readonly options: NetworkOptions = DEFAULT_NETWORK_OPTIONS,
  ) {}

  register(node: NetworkNode<B>): void {
    this.nodes.set(node.nodeId, node);
  }

  unregister(id: string): void {
    this.nodes.delete(id);
  }

  /** Sends `body`; the message is in flight until its receive time whatever its fate. */
  send(from: string, to: string, body: B): InFlightMessage<B> {
    const nowMs = this.scheduler.nowMs;
    const latency = this.options.linkLatencyMs + (this.extraDelayMs.get(from) ?? 0);
    const message: InFlightMessage<B> = {
      id: this.nextId++,
      from,
      to,
      sendMs: nowMs,
      recvMs: nowMs + latency,
      body,
      lost: this.cut(from, to) ? 'isolated' : this.takeDrop(from, to) ? 'dropped' : null,
    };
    this.inFlightById.set(message.id, message);
    this.scheduler.schedule(message.recvMs, 'deliver', () => this.arrive(message));
    return message;
  }

  /** Messages on the wire now, oldest first. */
  inFlight(): InFlightMessage<B>[] {
    return [...this.inFlightById.values()];
  }

  isIsolated(id: string): boolean {
    return this.isolated.has(id);
  }

  /** Both ends can talk (neither is cut off). */
  reachable(a: string, b: string): boolean {
    return !this.cut(a, b);
  }

  isolate(id: string): void {
    this.isolated.add(id);
  }

  heal(): void {
    this.isolated.clear();
  }

  isolatedNodes(): string[] {
    return [...this.isolated].sort();
  }

  /** Adds `delayMs` to everything `id` sends (0 removes it). */
  slow(id: string, delayMs: number): void {
    if (delayMs <= 0) this.extraDelayMs.delete(id);
    else this.extraDelayMs.set(id, delayMs);
  }

  extraDelay(id: string): number {
    return this.extraDelayMs.get(id) ?? 0;
  }

  /** The next message sent from `from` to `to` is lost. */
  dropNext(from: string, to: string): void {
    const key = `${from}->${to}`;
    this.dropsPending.set(key, (this.dropsPending.get(key) ?? 0) + 1);
  }

  /**
   * Loses one message already on the wire, as `dropNext` would have: it still travels to its receive
   * time (the dot fades out there), and nothing tells the sender, which notices only by its timeout.
   * A message that arrived, or never existed, cannot be dropped.
   *
   * @example
   *   network.drop(network.inFlight()[0].id);
   */
  drop(messageId: number): void {
    const message = this.inFlightById.get(messageId);
    if (!message) throw new RangeError(`No message ${messageId} in flight`);
    if (message.lost !== null) throw new RangeError(`Message ${messageId} is already lost (${message.lost})`);
    message.lost = 'dropped';
  }

  pendingDrops(): Array<{ from: string; to: string; count: number }> {
    return [...this.dropsPending].map(([key, count]) => {
      const [from = '', to = ''] = key.split('->');
      return { from, to, count };
    });
  }

  private cut(a: string, b: string): boolean {
    return this.isolated.has(a) || this.isolated.has(b);
  }

  private takeDrop(from: string, to: string): boolean {
    const key = `${from}->${to}`;
    const count = this.dropsPending.get(key);
    if (count === undefined) return false;
    if (count <= 1) this.dropsPending.delete(key);
    else this.dropsPending.set(key, count - 1);
    return true;
  }

  private arrive(message: InFlightMessage<B>): void {
    this.inFlightById.delete(message.id);
    // A link cut while the message travelled loses it too.
    if (message.lost === null && this.cut(message.from, message.to)) message.lost = 'isolated';
    if (message.lost !== null) {
      this.onEvent?.({ type: 'message-lost', message, reason: message.lost });
      return;
    }
    const receiver = this.nodes.get(message.to);
    if (!receiver?.isUp()) {
      this.onEvent?.({ type: 'connection-refused', message });
      const sender = this.nodes.get(message.from);
      // The refusal (RST) travels back one latency later.
      this.scheduler.after(this.options.linkLatencyMs, 'connection-refused', () => {
        if (sender?.isUp()) sender.connectionFailed(message);
      });
      return;
    }
    receiver.deliver(message);
  }
}
