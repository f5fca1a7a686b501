/**
 * A client process on the simulated network (`client-N`, seen by brokers as `/127.0.0.1`): it carries
 * one producer or consumer and implements the `ClientContext` they run on.
 */
import type { ClientContext } from '../clients/client-context';
import type { InFlightMessage, NetworkNode } from '../sim/network';
import type { Scheduler, Timer } from '../sim/scheduler';
import type { EmitEvent } from './events';
import type { KeyOrderLedger } from './key-order-ledger';
import { brokerNodeId } from './node-ids';
import type { MessageBody, RequestBody, ResponseFor } from './protocol';
import type { RpcEndpoint, RpcFailure } from './rpc';

export interface ClientWorld {
  /** Takes the node off the network once its client is done. */
  release(node: ClientNode): void;
  readonly scheduler: Scheduler;
  readonly emit: EmitEvent;
  rpc(nodeId: string): RpcEndpoint;
  bootstrapBrokers(): readonly number[];
  nextInt(): number;
  nextIntBelow(bound: number): number;
  /** Where producers report acknowledged keyed records (the "per-key order kept" invariant). */
  readonly keyOrderLedger?: KeyOrderLedger;
}

export class ClientNode implements NetworkNode<MessageBody>, ClientContext {
  readonly host = '/127.0.0.1';
  private up = true;
  private readonly rpcEndpoint: RpcEndpoint;

  constructor(
    readonly nodeId: string,
    private readonly world: ClientWorld,
  ) {
    this.rpcEndpoint = world.rpc(nodeId);
  }

  get id(): string {
    return this.nodeId;
  }

  get emit(): EmitEvent {
    return this.world.emit;
  }

  get keyOrderLedger(): KeyOrderLedger | undefined {
    return this.world.keyOrderLedger;
  }

  isUp(): boolean {
    return this.up;
  }

  /** The process ends (close or crash): nothing it asked for calls back any more. */
  shutDown(): void {
    this.up = false;
    this.rpcEndpoint.reset();
  }

  /**
   * The client is done. Answers still on the wire are dropped on arrival (the node is gone), as a closed
   * socket drops them; later calls from the client do nothing.
   */
  release(): void {
    if (!this.up) return;
    // Leave after the current event, so a close's last callbacks finish first.
    this.world.scheduler.after(0, `release ${this.nodeId}`, () => {
      this.shutDown();
      this.world.release(this);
    });
  }

  deliver(message: InFlightMessage<MessageBody>): void {
    if (!this.up) return;
    this.rpcEndpoint.handleResponse(message);
  }

  connectionFailed(message: InFlightMessage<MessageBody>): void {
    if (!this.up) return;
    this.rpcEndpoint.handleConnectionFailed(message);
  }

  nowMs(): number {
    return this.world.scheduler.nowMs;
  }

  after(delayMs: number, label: string, action: () => void): Timer {
    return this.world.scheduler.after(delayMs, `${label} ${this.nodeId}`, () => {
      if (this.up) action();
    });
  }

  cancel(timer: Timer | null | undefined): void {
    this.world.scheduler.cancel(timer);
  }

  request<R extends RequestBody>(
    brokerId: number,
    body: R,
    timeoutMs: number,
    onResponse: (response: ResponseFor<R>) => void,
    onFailure: (reason: RpcFailure) => void,
  ): number {
    if (!this.up) return -1;
    return this.rpcEndpoint.request(brokerNodeId(brokerId), body, timeoutMs, onResponse, onFailure);
  }

  send(brokerId: number, body: RequestBody): void {
    if (!this.up) return;
    this.rpcEndpoint.send(brokerNodeId(brokerId), body);
  }

  bootstrapBrokers(): readonly number[] {
    return this.world.bootstrapBrokers();
  }

  nextInt(): number {
    return this.world.nextInt();
  }

  nextIntBelow(bound: number): number {
    return this.world.nextIntBelow(bound);
  }
}
