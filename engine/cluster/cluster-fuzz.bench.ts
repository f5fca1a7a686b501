/**
 * More fuzz than `npm test` runs: `npx tsx engine/cluster/cluster-fuzz.bench.ts [COUNT]` runs seeds
 * 1001.. (past the test's pinned 1..1000) with longer schedules and prints how many passed and how fast.
 */
import { runSchedule } from './fuzz-schedule';

const COUNT = Number(process.argv[2] ?? 2000);
const started = performance.now();
for (let seed = 1001; seed < 1001 + COUNT; seed++) runSchedule(seed, 20);
const seconds = (performance.now() - started) / 1000;
console.log(
  `cluster fuzz: ${COUNT.toLocaleString('en-US')} extra schedules of 20 steps, every guarantee held ` +
    `(${(COUNT / seconds).toFixed(0)} schedules/s)`,
);
