/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.ts';
import { prerender } from './scripts/prerender.ts';
import { scaled } from './scripts/time-factor.ts';

export default defineConfig({
  plugins: [react(), precompress(), prerender()],
  server: { port: 5173, strictPort: true, proxy: { '/v1': 'http://127.0.0.1:8787' } },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // The server reads it to preload a deep link's lazy chunks (server/routes/route-preloads.ts).
    manifest: true,
    // Every browser this page supports has <link rel="modulepreload">: no polyfill in the entry.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The file that turns zod's JIT off shares a chunk with zod's config module, so
          // `config({ jitless })` runs before any schema is built, whichever chunk builds it
          // first: every zod chunk imports this one. Otherwise rolldown may put zod and the
          // contract in a common chunk that runs before main.tsx's body, and zod's eval probe
          // trips the CSP. The rest of zod is its own chunk, loaded with the first request
          // (src/api/wire-schemas.ts), not at first paint (docs/decisions/0030).
          groups: [
            {
              name: 'zod-config',
              test: /src[\\/]app[\\/]zod-jitless\.ts$|node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/,
              priority: 2,
            },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    include: ['{src,server,contract,tests,scripts}/**/*.test.{ts,tsx}', 'e2e/canary/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    // Scaled by the machine's time factor (scripts/time-factor.ts); measured only under Vitest.
    testTimeout: process.env.VITEST ? scaled(20_000) : undefined,
  },
});
