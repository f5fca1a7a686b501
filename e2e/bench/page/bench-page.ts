/**
 * The bench page: starts the benchmark worker (engine/worker/bench), shows its lines, and leaves them
 * on `window.__benchLines` for the Playwright bench script. Built only by `vite build --mode bench`.
 */
const params = new URLSearchParams(location.search);
const runs = Number(params.get('runs') ?? 5);
const mib = Number(params.get('mib') ?? 16);
const out = document.getElementById('results') as HTMLPreElement;

declare global {
  interface Window {
    __benchLines?: string[];
    __benchError?: string;
  }
}

// One page, two benchmarks: `?worker=cluster` runs the cluster throughput workload instead.
const which = params.get('worker') ?? 'idb';
const worker =
  which === 'cluster'
    ? new Worker(new URL('../../../engine/worker/bench/cluster.worker.ts', import.meta.url), {
        type: 'module',
      })
    : new Worker(new URL('../../../engine/worker/bench/idb-append.worker.ts', import.meta.url), {
        type: 'module',
      });
worker.addEventListener(
  'message',
  (event: MessageEvent<{ type: string; lines?: string[]; message?: string }>) => {
    if (event.data.type === 'result') {
      window.__benchLines = event.data.lines ?? [];
      out.textContent = window.__benchLines.join('\n');
    } else {
      window.__benchError = event.data.message ?? 'unknown error';
      out.textContent = `error: ${window.__benchError}`;
    }
    worker.terminate();
  },
);
if (which === 'cluster') {
  const records = Number(params.get('records') ?? 200_000);
  worker.postMessage({ runs, records });
  out.textContent = `running ${runs} × ${records} records…`;
} else {
  worker.postMessage({ runs, mib });
  out.textContent = `running ${runs} × ${mib} MiB…`;
}

export {};
