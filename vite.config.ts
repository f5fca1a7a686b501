import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'` keeps every asset URL relative, so the built site works from any static-host path.
// The worker is an ES module (the engine uses `import`), emitted as its own chunk, never in the main one.
// `--mode bench` builds only the IndexedDB benchmark page, into its own folder, so the shipped site
// never carries it.
export default defineConfig(({ mode }) => {
  const bench = mode === 'bench';
  return {
    base: './',
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: bench ? 'dist-bench' : 'dist',
      target: 'es2022',
      rollupOptions: {
        input: bench
          ? { bench: resolve(import.meta.dirname, 'bench.html') }
          : { index: resolve(import.meta.dirname, 'index.html') },
      },
    },
  };
});
