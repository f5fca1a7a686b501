/**
 * What a client (producer, consumer) needs of the world it runs in: the simulated clock and timers,
 * requests to brokers over the simulated network, the seeded PRNG and the event stream. The cluster's
 * client node implements it; tests can fake it.
 */

import type { EmitEvent } from '../cluster/events';
import type { KeyOrderLedger } from '../cluster/key-order-ledger';
import type { RequestBody, ResponseFor } from '../cluster/protocol';
import type { RpcFailure } from '../cluster/rpc';
import type { Timer } from '../sim/scheduler';

export interface ClientContext {
  /** The client's network node id, e.g. `client-3`. */
  readonly nodeId: string;
  /** The address brokers see, as Java prints it: `/127.0.0.1`. */
  readonly host: string;
  nowMs(): number;
  after(delayMs: number, label: string, action: () => void): Timer;
  cancel(timer: Timer | null | undefined): void;
  /**
   * Sends a request to a broker; exactly one callback runs (unless the client closes first). Returns
   * the request's correlation id (what Java clients print in their log lines).
   */
  request<R extends RequestBody>(
    brokerId: number,
    body: R,
    timeoutMs: number,
    onResponse: (response: ResponseFor<R>) => void,
    onFailure: (reason: RpcFailure) => void,
  ): number;
  /** A request that expects no response (acks=0 produce). */
  send(brokerId: number, body: RequestBody): void;
  /** `bootstrap.servers`: every broker id of the cluster's configuration, in order. */
  bootstrapBrokers(): readonly number[];
  nextInt(): number;
  nextIntBelow(bound: number): number;
  emit: EmitEvent;
  /** The client process is done (closed, or crashed): its node leaves the network. Optional for fakes. */
  release?(): void;
  /** Producers report each acknowledged batch's keyed records here, when the cluster keeps the ledger. */
  readonly keyOrderLedger?: KeyOrderLedger | undefined;
}

/** A line a Java client logs through log4j (what the tools print on stderr at WARN and above). */
export interface ClientLogEntry {
  readonly atMs: number;
  readonly level: 'WARN' | 'ERROR';
  /** The logger (class) name, printed in parentheses at the end of the line. */
  readonly logger: string;
  readonly message: string;
}
