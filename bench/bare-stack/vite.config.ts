// The bare stack, built exactly like the product (same Vite, same React plugin, production
// defaults): the floor that the budget compares our initial JS against (docs/decisions/0030).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/precompress.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), precompress()],
  logLevel: 'warn',
  build: { sourcemap: false, manifest: true, chunkSizeWarningLimit: 2000 },
});
