/**
 * The throughput workload shared by the Node benchmark (`cluster.bench.ts`) and the browser one (a Web
 * Worker, `worker/bench/cluster.worker.ts`): a producer (acks=all, linger.ms 5) writing 100-byte values
 * into a 6-partition topic with replication factor 3 on 3 brokers, followers replicating, the HW
 * advancing, a consumer reading every record back. The caller hands in its wall clock (the engine reads
 * none).
 */
import { createCluster } from './cluster';

const VALUE = 'v'.repeat(100);

export interface ThroughputResult {
  readonly recordsPerSec: number;
  /** Scheduler events the run took (messages, timers). */
  readonly events: number;
}

/**
 * @example
 *   producePipeline(200_000, hostClockMs).recordsPerSec; // ~200k in Node on a small VM
 */
export function producePipeline(records: number, wallClockMs: () => number): ThroughputResult {
  const cluster = createCluster({ brokers: 3, seed: 42 });
  cluster.createTopic('bench', { partitions: 6, replicationFactor: 3 });
  const partitions = Array.from({ length: 6 }, (_, partition) => ({ topic: 'bench', partition }));
  const consumer = cluster.newConsumer({ groupId: null });
  consumer.assign(partitions);
  consumer.seekToBeginning(partitions);
  const producer = cluster.newProducer({ acks: 'all', lingerMs: 5 });
  const eventsBefore = cluster.scheduler.eventCount;
  const started = wallClockMs();
  let consumed = 0;
  for (let sent = 0; sent < records; ) {
    for (let i = 0; i < 5000 && sent < records; i++, sent++)
      producer.send({ topic: 'bench', key: `key-${sent % 1000}`, value: VALUE });
    cluster.advance(10);
    consumed += consumer.poll(100_000).length;
  }
  producer.flush();
  cluster.runUntil(() => {
    consumed += consumer.poll(100_000).length;
    return producer.idle() && consumed >= records;
  }, 60_000);
  const seconds = (wallClockMs() - started) / 1000;
  if (consumed < records) throw new Error(`consumed only ${consumed} of ${records}`);
  return { recordsPerSec: records / seconds, events: cluster.scheduler.eventCount - eventsBefore };
}
