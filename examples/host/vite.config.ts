// The example host's build. It imports `auth-connections-admin` from its node_modules, where
// scripts/pack-and-build.ts puts the packed tarball; React, MUI, Emotion and TanStack Query
// resolve from the repository's node_modules, as a host's own dependencies would.
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // One copy of each peer, whichever folder imports it (the host's src or the package).
  resolve: {
    dedupe: ['react', 'react-dom', '@emotion/react', '@mui/material', '@tanstack/react-query'],
  },
  server: { port: 5174, strictPort: true, proxy: { '/v1': 'http://127.0.0.1:8787' } },
  build: {
    // Outside the sources: eslint and prettier skip .e2e/.
    outDir: path.resolve(import.meta.dirname, '../../.e2e/host-dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
});
