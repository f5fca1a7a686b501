/**
 * The simulator's own verbs (`sim …`), which stand for what an operator does to machines and networks
 * rather than for a Kafka tool. They print nothing on success except `sim status`; a mistake prints
 * `sim: <what is wrong>` on stderr and changes nothing.
 *
 *   sim brokers N            before anything else: cluster size, ids 1..N (default 3)
 *   sim seed S               before anything else: the PRNG seed (default 1)
 *   sim advance DURATION     run the cluster forward (250ms, 30s, 5m, 2h, 7d)
 *   sim kill-broker ID       the broker process dies (kill -9); its disk survives
 *   sim power-off ID         the machine loses power: unflushed page cache is lost too
 *   sim start-broker ID      start a stopped broker
 *   sim isolate ID|zookeeper cut a node off the network
 *   sim heal                 undo every isolation, slowness and drop
 *   sim slow ID DELAY        add DELAY to the broker's network traffic
 *   sim drop FROM TO         drop the next message from FROM to TO (IDs or zookeeper)
 *   sim config broker ID|all k=v…   set broker configs (dynamic, like kafka-configs.sh)
 *   sim config topic NAME k=v…      set topic configs
 *   sim status               one line per broker, then the controller
 */
import type { ClusterApi, FaultNode } from '../../cluster/cluster-api';
import { KafkaError } from '../../cluster/errors';
import { parseDuration } from '../duration';
import type { Output } from './tool';

/** Every verb `sim` knows, for the script parser. */
export const SIM_VERBS: ReadonlySet<string> = new Set([
  'brokers',
  'seed',
  'advance',
  'kill-broker',
  'power-off',
  'start-broker',
  'isolate',
  'heal',
  'slow',
  'drop',
  'config',
  'status',
]);

class SimUsage extends Error {}

function arity(args: readonly string[], count: number, usage: string): void {
  if (args.length !== count) throw new SimUsage(`usage: sim ${usage}`);
}

/**
 * A non-negative whole number, or a usage error naming `what`.
 *
 * @example
 *   parseCount('3', 'broker count'); // 3
 */
export function parseCount(text: string | undefined, what: string): number {
  if (text === undefined || !/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new SimUsage(`${what} must be a whole number, got '${text ?? ''}'`);
  }
  return Number(text);
}

function brokerId(cluster: ClusterApi, text: string | undefined): number {
  const id = parseCount(text, 'broker id');
  if (!cluster.brokerIds.includes(id)) {
    throw new SimUsage(`no broker ${id} (brokers are ${cluster.brokerIds.join(', ')})`);
  }
  return id;
}

function node(cluster: ClusterApi, text: string | undefined): FaultNode {
  return text === 'zookeeper' ? 'zookeeper' : brokerId(cluster, text);
}

function keyValues(args: readonly string[]): Record<string, string> {
  if (args.length === 0) throw new SimUsage('expected one or more key=value settings');
  const set: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new SimUsage(`expected key=value, got '${arg}'`);
    set[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  return set;
}

/** Runs `sim <verb> <args…>` (not `brokers`/`seed`, which the runner applies before the cluster exists). */
export function runSim(cluster: ClusterApi, out: Output, args: readonly string[]): void {
  const [verb, ...rest] = args;
  try {
    simVerb(cluster, out, verb ?? '', rest);
  } catch (e) {
    if (e instanceof SimUsage || e instanceof RangeError || e instanceof KafkaError) {
      out.stderr(`sim: ${e.message}\n`);
      return;
    }
    throw e;
  }
}

function simVerb(cluster: ClusterApi, out: Output, verb: string, args: readonly string[]): void {
  switch (verb) {
    case 'brokers':
    case 'seed':
      throw new SimUsage(`'${verb}' must come before the first other command`);
    case 'advance':
      arity(args, 1, 'advance DURATION');
      cluster.advance(parseDuration(args[0] as string));
      return;
    case 'kill-broker':
      arity(args, 1, 'kill-broker ID');
      cluster.killBroker(brokerId(cluster, args[0]));
      return;
    case 'power-off':
      arity(args, 1, 'power-off ID');
      cluster.powerOffBroker(brokerId(cluster, args[0]));
      return;
    case 'start-broker':
      arity(args, 1, 'start-broker ID');
      cluster.startBroker(brokerId(cluster, args[0]));
      return;
    case 'isolate':
      arity(args, 1, 'isolate ID|zookeeper');
      cluster.isolate(node(cluster, args[0]));
      return;
    case 'heal':
      arity(args, 0, 'heal');
      cluster.heal();
      return;
    case 'slow':
      arity(args, 2, 'slow ID DELAY');
      cluster.slow(brokerId(cluster, args[0]), parseDuration(args[1] as string));
      return;
    case 'drop':
      arity(args, 2, 'drop FROM TO');
      cluster.dropNext(node(cluster, args[0]), node(cluster, args[1]));
      return;
    case 'config':
      config(cluster, args);
      return;
    case 'status':
      arity(args, 0, 'status');
      for (const line of cluster.statusLines()) out.stdout(`${line}\n`);
      return;
    default:
      throw new SimUsage(`unknown verb '${verb}'`);
  }
}

function config(cluster: ClusterApi, args: readonly string[]): void {
  const [kind, name, ...settings] = args;
  if (kind === 'broker' && name !== undefined) {
    const id = name === 'all' ? null : brokerId(cluster, name);
    cluster.alterBrokerConfig(id, keyValues(settings));
    return;
  }
  if (kind === 'topic' && name !== undefined) {
    cluster.alterTopicConfig(name, keyValues(settings));
    return;
  }
  throw new SimUsage('usage: sim config broker ID|all k=v… or sim config topic NAME k=v…');
}
