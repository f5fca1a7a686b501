/**
 * Browser benchmark: the cluster's produce → replicate (RF 3) → consume throughput in a module Web
 * Worker in real Chromium (the same workload as `engine/cluster/cluster.bench.ts` in Node), median of
 * BENCH_RUNS (default 5, at least 3) after a warm-up. Prints plain `name=value` lines.
 */
import { expect, test } from '@playwright/test';

const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));

test('cluster pipeline throughput in a worker', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(`bench.html?worker=cluster&runs=${runs}&records=200000`);
  await page.waitForFunction(
    () => window.__benchLines !== undefined || window.__benchError !== undefined,
    null,
    {
      timeout: 590_000,
    },
  );
  const error = await page.evaluate(() => window.__benchError);
  expect(error).toBeUndefined();
  const lines = (await page.evaluate(() => window.__benchLines)) ?? [];
  for (const line of lines) console.log(line);
  const rate = Number(lines.find((l) => l.startsWith('cluster.pipeline.records_per_s='))?.split('=')[1]);
  expect(rate).toBeGreaterThan(0);
});
