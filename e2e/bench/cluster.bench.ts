/**
 * Browser benchmark: the cluster's produce → replicate (RF 3) → consume throughput in a module Web
 * Worker in real Chromium (the same workload as `engine/cluster/cluster.bench.ts` in Node), median of
 * BENCH_RUNS (default 5, at least 3) after a warm-up. Prints plain `name=value` lines.
 */
import { expect, test } from '@playwright/test';
import { figure, runBenchPage } from './run-bench-page';

const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));

test('cluster pipeline throughput in a worker', async ({ page }) => {
  test.setTimeout(600_000);
  const lines = await runBenchPage(page, `worker=cluster&runs=${runs}&records=200000`);
  expect(figure(lines, 'cluster.pipeline.records_per_s')).toBeGreaterThan(0);
});
