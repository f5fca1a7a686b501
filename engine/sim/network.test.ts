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

  it('drops one chosen message in flight: it vanishes at its receive time, reported as dropped', () => {
    const { scheduler, network, events, b } = world();
    network.send('a', 'b', 'first');
    const chosen = network.send('a', 'b', 'second');
    scheduler.runUntil(1);
    network.drop(chosen.id);
    expect(network.inFlight().map((m) => m.lost)).toEqual([null, 'dropped']);
    scheduler.runUntil(10);
    expect(b.got.map((g) => g.body)).toEqual(['first']);
    expect(events).toEqual([{ type: 'message-lost', message: chosen, reason: 'dropped' }]);
  });

  it('refuses to drop a message that is not in flight, or already lost, and changes nothing', () => {
    const { scheduler, network, b } = world();
    const delivered = network.send('a', 'b', 'delivered');
    scheduler.runUntil(5);
    expect(() => network.drop(delivered.id)).toThrow(new RangeError(`No message ${delivered.id} in flight`));
    expect(() => network.drop(999)).toThrow(new RangeError('No message 999 in flight'));
    network.isolate('b');
    const cut = network.send('a', 'b', 'cut');
    expect(() => network.drop(cut.id)).toThrow(`Message ${cut.id} is already lost (isolated)`);
    expect(cut.lost).toBe('isolated');
    network.heal();
    scheduler.runUntil(20);
    expect(b.got.map((g) => g.body)).toEqual(['delivered']);
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
