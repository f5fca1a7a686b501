/**
 * Browser benchmark, in a dedicated module worker like the real engine: the cluster's produce →
 * replicate (RF 3) → consume throughput (`cluster/throughput-run.ts`), one warm-up run then `runs`
 * timed ones. Posted `{ runs, records }`; answers `{ type: 'result', lines }` (plain `name=value`
 * lines) or `{ type: 'error', message }`. Wall time is read here (bench only).
 */
import { producePipeline } from '../../cluster/throughput-run';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  performance: { now(): number };
}

const scope = self as unknown as WorkerScope;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

scope.addEventListener('message', (event) => {
  const { runs, records } = event.data as { runs: number; records: number };
  try {
    const clock = () => scope.performance.now();
    producePipeline(records, clock); // warm-up: let the JIT compile the hot paths
    const rates = Array.from({ length: runs }, () => producePipeline(records, clock).recordsPerSec);
    scope.postMessage({
      type: 'result',
      lines: [
        `cluster.pipeline.records_per_s=${Math.round(median(rates))}`,
        `cluster.pipeline.runs=${rates.map((r) => Math.round(r)).join(',')}`,
        `cluster.pipeline.records=${records}`,
      ],
    });
  } catch (e) {
    scope.postMessage({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
