/**
 * Browser benchmark: persisted append MiB/s into IndexedDB through Log + LogPersister + IdbSegmentStore
 * versus raw IndexedDB puts of the same 64 KiB chunks, medians of ≥ 3 runs, in real Chromium.
 * Not part of the e2e run: `npx playwright test -c playwright.bench.config.ts` (it builds the bench
 * page with `vite build --mode bench`). Prints plain `name=value` lines.
 * Knobs: BENCH_RUNS (default 5, at least 3), BENCH_MIB (default 16).
 */
import { expect, test } from '@playwright/test';
import { figure, runBenchPage } from './run-bench-page';

const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const mib = Math.max(1, Number(process.env.BENCH_MIB ?? 16));

test('idb append throughput: store vs raw', async ({ page }) => {
  test.setTimeout(600_000);
  const lines = await runBenchPage(page, `runs=${runs}&mib=${mib}`);
  expect(figure(lines, 'idb.append.store_mib_s')).toBeGreaterThan(0);
  expect(figure(lines, 'idb.raw.mib_s')).toBeGreaterThan(0);
});
