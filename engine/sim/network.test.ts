import { describe, expect, it } from 'vitest';
import { type InFlightMessage, Network, type NetworkEvent, type NetworkNode } from './network';
import { Scheduler } from './scheduler';

function node(id: string, up = true) {
  const got: Array<{ body: string; at: number }> = [];
  const refused: string[] = [];
  let alive = up;
  const n: NetworkNode<string> & { got: typeof got; refused: string[]; setUp(v: boolean): void } = {
    nodeId: id,
    isUp: () => alive,
    deliver: (m: InFlightMessage<string>) => got.push({ body: m.body, at: m.recvMs }),
    connectionFailed: (m: InFlightMessage<string>) => refused.push(m.body),
    got,
    refused,
    setUp: (v: boolean) => {
      alive = v;
    },
  };
  return n;
}

function world() {
  const scheduler = new Scheduler(0);
  const network = new Network<string>(scheduler, { linkLatencyMs: 2 });
  const events: NetworkEvent<string>[] = [];
  network.onEvent = (e) => events.push(e);
  const a = node('a');
  const b = node('b');
  network.register(a);
  network.register(b);
  return { scheduler, network, events, a, b };
}

describe('Network', () => {
  it('delivers after the link latency; messages are in flight until then', () => {
    const { scheduler, network, b } = world();
    const m = network.send('a', 'b', 'hello');
    expect(m.recvMs).toBe(2);
    expect(network.inFlight()).toHaveLength(1);
    scheduler.runUntil(1);
    expect(b.got).toEqual([]);
    scheduler.runUntil(2);
    expect(b.got).toEqual([{ body: 'hello', at: 2 }]);
    expect(network.inFlight()).toHaveLength(0);
  });

  it('loses messages across a cut link, even one cut while the message travels, and heals', () => {
    const { scheduler, network, events, b } = world();
    network.send('a', 'b', 'one');
    network.isolate('b');
    network.send('a', 'b', 'two');
    scheduler.runUntil(10);
    expect(b.got).toEqual([]);
    expect(events.map((e) => e.type === 'message-lost' && e.reason)).toEqual(['isolated', 'isolated']);
    network.heal();
    network.send('a', 'b', 'three');
    scheduler.runUntil(20);
    expect(b.got.map((g) => g.body)).toEqual(['three']);
  });

  it('drops exactly the next message on one link, and slows what a node sends', () => {
    const { scheduler, network, b, a } = world();
    network.dropNext('a', 'b');
    network.send('a', 'b', 'dropped');
    network.send('a', 'b', 'kept');
    network.slow('b', 100);
    network.send('b', 'a', 'slow');
    scheduler.runUntil(200);
    expect(b.got.map((g) => g.body)).toEqual(['kept']);
    expect(a.got).toEqual([{ body: 'slow', at: 102 }]);
  });

  it('tells the sender one latency later when the receiver process is down (connection refused)', () => {
    const { scheduler, network, a, b } = world();
    b.setUp(false);
    network.send('a', 'b', 'knock');
    scheduler.runUntil(3);
    expect(a.refused).toEqual([]);
    scheduler.runUntil(4);
    expect(a.refused).toEqual(['knock']);
  });
});
