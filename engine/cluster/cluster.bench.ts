/**
 * Cluster throughput: `npx tsx engine/cluster/cluster.bench.ts`. Simulated records per wall-clock second
 * through the whole path — a producer (acks=all, linger.ms 5) batching into a 6-partition topic with
 * replication factor 3 on 3 brokers, followers fetching, the HW advancing, a consumer reading every
 * record back — and the cost of building the view model of 9 brokers × 50 partitions × RF 3.
 * Figures are medians of several runs.
 */
import { median } from '../bench-kit';
import { createCluster } from './cluster';
import { buildClusterView } from './cluster-view';
import { producePipeline } from './throughput-run';

const RECORDS = 200_000;
const RUNS = 9;

function pipelineRun() {
  return producePipeline(RECORDS, () => performance.now());
}

function viewModelRun(): number {
  const cluster = createCluster({ brokers: 9, seed: 7 });
  cluster.createTopic('orders', { partitions: 50, replicationFactor: 3 });
  const producer = cluster.newProducer({ acks: 'all' });
  for (let i = 0; i < 5000; i++) producer.send({ topic: 'orders', key: `k${i}`, value: 'x' });
  producer.flush();
  cluster.runUntil(() => producer.idle(), 10_000);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    buildClusterView(cluster);
    times.push(performance.now() - t0);
  }
  return median(times);
}

pipelineRun(); // warm-up: let the JIT compile the hot paths before timing
const runs = Array.from({ length: RUNS }, pipelineRun);
const rate = median(runs.map((r) => r.recordsPerSec));
console.log(
  `cluster produce→replicate(RF 3)→consume: ${Math.round(rate).toLocaleString('en-US')} records/s ` +
    `(median of ${RUNS}; ${runs.map((r) => Math.round(r.recordsPerSec).toLocaleString('en-US')).join(', ')}; ` +
    `${runs[0]?.events.toLocaleString('en-US')} scheduler events per run; target ≥ 200,000)`,
);
/** Wall time to fast-forward an idle 9-broker cluster (50 partitions × RF 3) by 7 days, and a day with a group. */
function fastForwardRun(): { idleWeekMs: number; groupDayMs: number } {
  const cluster = createCluster({ brokers: 9, seed: 3 });
  cluster.createTopic('orders', { partitions: 50, replicationFactor: 3 });
  let t0 = performance.now();
  cluster.advance(7 * 24 * 3600 * 1000);
  const idleWeekMs = performance.now() - t0;
  const consumer = cluster.newConsumer({ groupId: 'g' });
  consumer.subscribe(['orders']);
  cluster.advance(10_000);
  t0 = performance.now();
  cluster.advance(24 * 3600 * 1000);
  return { idleWeekMs, groupDayMs: performance.now() - t0 };
}

const ff = Array.from({ length: 3 }, fastForwardRun);
console.log(
  `cluster fast-forward, 9 brokers × 50 partitions × RF 3: idle 7 days in ${median(ff.map((r) => r.idleWeekMs)).toFixed(0)} ms; ` +
    `1 day with one auto-committing consumer group in ${median(ff.map((r) => r.groupDayMs)).toFixed(0)} ms (medians of 3)`,
);
const viewMs = median(Array.from({ length: 3 }, viewModelRun));
console.log(
  `cluster view model, 9 brokers × 50 partitions × RF 3: ${viewMs.toFixed(3)} ms median (target < 2 ms)`,
);
