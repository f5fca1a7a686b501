import { describe, expect, it } from 'vitest';
import { Network, type NetworkNode } from '../sim/network';
import { Scheduler } from '../sim/scheduler';
import type { MessageBody, RequestBody } from './protocol';
import { type Message, RpcEndpoint } from './rpc';

const metadata: RequestBody = { api: 'Metadata', topics: null };
const fetch: RequestBody = {
  api: 'Fetch',
  replicaId: 1,
  maxWaitMs: 500,
  minBytes: 1,
  maxBytes: 1,
  partitions: [],
};

function world() {
  const scheduler = new Scheduler(0);
  const network = new Network<MessageBody>(scheduler, { linkLatencyMs: 1 });
  const client = new RpcEndpoint('c', network, scheduler);
  let serverUp = true;
  let answer = true;
  const server: NetworkNode<MessageBody> = {
    nodeId: 's',
    isUp: () => serverUp,
    deliver: (m: Message) => {
      if (m.body.kind !== 'request' || !answer) return;
      network.send('s', 'c', {
        kind: 'response',
        correlationId: m.body.correlationId,
        body: { api: 'Metadata', brokers: [], controllerId: 1, topics: [] },
      });
    },
    connectionFailed: () => {},
  };
  network.register(server);
  network.register({
    nodeId: 'c',
    isUp: () => true,
    deliver: (m: Message) => client.handleResponse(m),
    connectionFailed: (m: Message) => client.handleConnectionFailed(m),
  });
  network.onEvent = (e) => {
    if (e.type !== 'message-lost') return;
    const body = e.message.body;
    if (body.kind === 'request' || body.kind === 'response') client.handleLost(body.correlationId);
  };
  const outcomes: string[] = [];
  /** Sends `body` and records how it ended: `ok`, or the failure and the time it was reported. */
  const ask = (body: RequestBody, timeoutMs: number) =>
    client.request(
      's',
      body,
      timeoutMs,
      () => outcomes.push('ok'),
      (r) => outcomes.push(`${r}@${scheduler.nowMs}`),
    );
  return {
    scheduler,
    network,
    client,
    outcomes,
    ask,
    setServerUp: (v: boolean) => {
      serverUp = v;
    },
    setAnswer: (v: boolean) => {
      answer = v;
    },
  };
}

describe('RpcEndpoint', () => {
  it('matches a response to its request', () => {
    const { scheduler, outcomes, ask } = world();
    ask(metadata, 1000);
    scheduler.runUntil(10);
    expect(outcomes).toEqual(['ok']);
  });

  it('times out a request nobody answers, at its timeout', () => {
    const { scheduler, outcomes, ask, setAnswer } = world();
    setAnswer(false);
    ask(metadata, 1000);
    scheduler.runUntil(5000);
    expect(outcomes).toEqual(['timeout@1000']);
  });

  it('a long-poll fetch waits without a timer, but times out at sendMs + timeout once its message is lost', () => {
    const { scheduler, network, outcomes, ask, setAnswer } = world();
    setAnswer(false);
    ask(fetch, 30_000);
    scheduler.runUntil(100_000);
    expect(outcomes).toEqual([]); // parked: no news, no timer
    network.isolate('s');
    ask(fetch, 30_000);
    scheduler.runUntil(200_000);
    expect(outcomes).toEqual(['timeout@130000']);
  });

  it('refused when the peer is down; disconnected when it dies with the request outstanding', () => {
    const { scheduler, client, outcomes, ask, setServerUp, setAnswer } = world();
    setServerUp(false);
    ask(metadata, 1000);
    scheduler.runUntil(10);
    setServerUp(true);
    setAnswer(false);
    ask(metadata, 1000);
    scheduler.runUntil(20);
    client.peerDied('s');
    expect(outcomes).toEqual(['refused@2', 'disconnected@20']);
  });
});
