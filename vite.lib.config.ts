// `npm run build:lib`: the embeddable component (src/index.ts) as an ES module library in
// dist-lib/, for a host app's bundler (docs/decisions/0050). The host's own copies of React, MUI,
// Emotion and TanStack Query are used (peer dependencies): none of them is bundled, and the build
// fails if one slips in. Everything else (zod, react-hook-form, the contract) is bundled, and
// what only some screens need stays in lazy chunks, as in the standalone page.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Imports that stay imports: the host provides these packages (package.json peerDependencies). */
export const PEER_IMPORT =
  /^(react|react-dom|@mui\/material|@mui\/icons-material|@mui\/system|@mui\/utils|@emotion\/[^/]+|@tanstack\/react-query)(\/.*)?$/;
const PEER_MODULE =
  /node_modules[\\/](react|react-dom|scheduler|@mui[\\/][^\\/]+|@emotion[\\/][^\\/]+|@tanstack[\\/](react-query|query-core))[\\/]/;

/** Fails the build when a module of a peer package ends up inside a chunk. */
function noPeerCopies(): Plugin {
  return {
    name: 'no-peer-copies',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const copied = chunk.moduleIds.filter((id) => PEER_MODULE.test(id));
        if (copied.length > 0) {
          this.error(`${chunk.fileName} bundles peer modules: ${copied.slice(0, 3).join(', ')}`);
        }
      }
    },
  };
}

/**
 * Vite's library mode writes a chunk's CSS (the used_by graph's @xyflow styles) to a .css file
 * but nothing loads it. This keeps an `import './x.css'` at the top of the chunk that needs it, so
 * the host's bundler loads the styles with that lazy chunk, as a file (no inline <style>, which a
 * strict CSP would refuse), and only when the graph is shown.
 */
function importChunkCss(): Plugin {
  return {
    name: 'import-chunk-css',
    // In generateBundle, after Vite's CSS plugin has filled in `importedCss`. Prepended on the
    // first line, so the source map's lines still match.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const css = [...(chunk.viteMetadata?.importedCss ?? [])];
        if (css.length === 0) continue;
        const up = '../'.repeat(chunk.fileName.split('/').length - 1) || './';
        chunk.code = css.map((file) => `import '${up}${file}';`).join('') + chunk.code;
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), noPeerCopies(), importChunkCss()],
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    // No maps in the package: they would carry the bundled sources (zod, x509) and triple its size.
    sourcemap: false,
    cssCodeSplit: true,
    copyPublicDir: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    rolldownOptions: {
      external: (id) => PEER_IMPORT.test(id),
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        codeSplitting: {
          // As in vite.config.ts: zod's config module and the file that turns its JIT off share a
          // chunk that every zod chunk imports, so `jitless` is set before any schema is built.
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
});
