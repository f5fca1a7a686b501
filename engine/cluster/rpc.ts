/**
 * Request/response over the simulated network for one node: correlation ids, outstanding requests with
 * their timeouts, and the two ways a request fails (Kafka's `NetworkClient`): the connection is refused
 * or reset (the receiver's process is down) → `disconnected`; no answer within the timeout (a cut link,
 * a lost message, a receiver too slow) → `timeout`.
 *
 * Long-poll fetches keep their timeout without a timer: a fetch may rightly wait at its leader for as
 * long as nothing changes (see fetch-handler.ts), and arming a 30 s timer per fetch would wake every
 * idle fetcher twice a minute for nothing. Their timeout is charged when it can matter — the request or
 * its response is lost, or the response arrives later than the timeout — and it then fires at exactly
 * `sendMs + timeoutMs`, as the timer would have.
 */
import type { InFlightMessage, Network } from '../sim/network';
import type { Scheduler, Timer } from '../sim/scheduler';
import type { MessageBody, RequestBody, ResponseBody, ResponseFor } from './protocol';

/**
 * `refused`: the connection could not be made (the peer's process is down), so the request never left —
 * Kafka's clients keep the work and back off reconnecting. `disconnected`: the connection broke with
 * the request outstanding, which the peer may or may not have processed. `timeout`: no answer in time.
 */
export type RpcFailure = 'refused' | 'disconnected' | 'timeout';

interface Outstanding {
  readonly to: string;
  readonly sentMs: number;
  readonly timeoutMs: number;
  readonly onResponse: (body: ResponseBody) => void;
  readonly onFailure: (reason: RpcFailure) => void;
  timer: Timer | null;
}

export type Message = InFlightMessage<MessageBody>;

export class RpcEndpoint {
  private nextCorrelationId = 1;
  private readonly outstanding = new Map<number, Outstanding>();

  constructor(
    readonly nodeId: string,
    private readonly network: Network<MessageBody>,
    private readonly scheduler: Scheduler,
  ) {}

  /**
   * Sends a request; exactly one of the callbacks runs later, unless {@link reset} forgets it first.
   * A timeout of 0 waits forever.
   */
  request<R extends RequestBody>(
    to: string,
    body: R,
    timeoutMs: number,
    onResponse: (response: ResponseFor<R>) => void,
    onFailure: (reason: RpcFailure) => void,
  ): number {
    const correlationId = this.nextCorrelationId++;
    const lazy = body.api === 'Fetch';
    const outstanding: Outstanding = {
      to,
      sentMs: this.scheduler.nowMs,
      timeoutMs,
      onResponse: onResponse as (body: ResponseBody) => void,
      onFailure,
      timer: null,
    };
    if (timeoutMs > 0 && !lazy)
      outstanding.timer = this.scheduler.after(timeoutMs, `${body.api} timeout`, () =>
        this.fail(correlationId, 'timeout'),
      );
    this.outstanding.set(correlationId, outstanding);
    this.network.send(this.nodeId, to, { kind: 'request', correlationId, body });
    return correlationId;
  }

  /** Sends a fire-and-forget request (acks=0 produce): no response is expected. */
  send(to: string, body: RequestBody): void {
    this.network.send(this.nodeId, to, { kind: 'request', correlationId: this.nextCorrelationId++, body });
  }

  respond(to: string, correlationId: number, body: ResponseBody): void {
    this.network.send(this.nodeId, to, { kind: 'response', correlationId, body });
  }

  /** Routes a response to its waiting callback; returns false for anything else. */
  handleResponse(message: Message): boolean {
    if (message.body.kind !== 'response') return false;
    const waiting = this.outstanding.get(message.body.correlationId);
    // A response to a request this incarnation never sent (or gave up on) is ignored, as a new
    // connection would never see it.
    if (!waiting) return true;
    if (
      waiting.timer === null &&
      waiting.timeoutMs > 0 &&
      message.recvMs > waiting.sentMs + waiting.timeoutMs
    ) {
      // A lazily timed request answered too late: the client had already given up.
      this.fail(message.body.correlationId, 'timeout');
      return true;
    }
    this.outstanding.delete(message.body.correlationId);
    this.scheduler.cancel(waiting.timer);
    waiting.onResponse(message.body.body);
    return true;
  }

  /** The receiver of a request refused the connection. */
  handleConnectionFailed(message: Message): void {
    if (message.body.kind !== 'request') return;
    this.fail(message.body.correlationId, 'refused');
  }

  /** A request of ours, or the response to it, was lost on the way: its timeout will fire. */
  handleLost(correlationId: number): void {
    const waiting = this.outstanding.get(correlationId);
    if (!waiting || waiting.timer !== null || waiting.timeoutMs <= 0) return;
    waiting.timer = this.scheduler.schedule(waiting.sentMs + waiting.timeoutMs, 'request timeout', () =>
      this.fail(correlationId, 'timeout'),
    );
  }

  /** The peer's process died: its connections are reset, so every request waiting on it fails. */
  peerDied(peer: string): void {
    for (const [correlationId, waiting] of [...this.outstanding]) {
      if (waiting.to === peer) this.fail(correlationId, 'disconnected');
    }
  }

  /** Requests awaiting an answer from `to`. */
  outstandingTo(to: string): number {
    let n = 0;
    for (const o of this.outstanding.values()) if (o.to === to) n++;
    return n;
  }

  /** The process died: forget everything in flight without calling back. */
  reset(): void {
    for (const o of this.outstanding.values()) this.scheduler.cancel(o.timer);
    this.outstanding.clear();
  }

  private fail(correlationId: number, reason: RpcFailure): void {
    const waiting = this.outstanding.get(correlationId);
    if (!waiting) return;
    this.outstanding.delete(correlationId);
    this.scheduler.cancel(waiting.timer);
    waiting.onFailure(reason);
  }
}
