// The peer: react-jsonschema-form with its MUI theme, built with the same Vite and React plugin
// as the product, outside the product bundle (docs/decisions/0030).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/precompress.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), precompress()],
  logLevel: 'warn',
  build: { sourcemap: false, manifest: true, chunkSizeWarningLimit: 4000 },
});
