// Builds a Vite app into a temporary folder and returns its chunk graph with gzip sizes: the
// shared measuring step of `npm run budget` and `npm run bench` (docs/decisions/0030).
// The graph comes from the Vite manifest (entry, static `imports`, `dynamicImports`); which
// modules each chunk holds comes from the bundle itself, so a check can name what leaked.
// "Sent" is what our server (server/routes/static-ui.ts) sends Chromium for each file: the
// brotli copy the build wrote (scripts/precompress.ts), asked for with Chromium's own
// Accept-Encoding, so the budget counts the bytes that actually cross the wire.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { build, type Plugin } from 'vite';
import { staticUi } from '../server/routes/static-ui.ts';

/** What Chromium 156 sends, over http://127.0.0.1 too. */
export const CHROMIUM_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

export interface ChunkInfo {
  file: string;
  /** The chunk's name in the manifest (its facade module, or "index" for the entry). */
  name: string;
  raw: number;
  gzip: number;
  /** Bytes our server sends Chromium for this file, in `coding`. */
  sent: number;
  coding: string;
  /** Module ids in the chunk (absolute paths) with their rendered size in bytes. */
  modules: { id: string; bytes: number }[];
  /** True when reachable from the entry through static imports only: loaded at first paint. */
  initial: boolean;
}

export interface BundleGraph {
  label: string;
  chunks: ChunkInfo[];
  initialRaw: number;
  initialGzip: number;
  /** What the server sends for the initial chunks (see `sent`). */
  initialSent: number;
  /** CSS emitted next to the entry (MUI styles are runtime Emotion, so usually none). */
  initialCssGzip: number;
}

interface ManifestEntry {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** gzip at level 9: deterministic for identical bytes, and what a static server would send. */
export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

/** The files reachable from `start` through static imports, in the manifest's terms. */
export function staticClosure(manifest: Record<string, ManifestEntry>, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) stack.push(next);
  }
  return seen;
}

export async function buildAndMeasure(
  label: string,
  configFile: string,
  root: string,
  extraPlugins: Plugin[] = [],
): Promise<BundleGraph> {
  const outDir = mkdtempSync(path.join(tmpdir(), `budget-${label.replace(/\W+/g, '-')}-`));
  const modulesByFile = new Map<string, { id: string; bytes: number }[]>();
  const collect: Plugin = {
    name: 'budget-collect-modules',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        modulesByFile.set(
          item.fileName,
          Object.entries(item.modules).map(([id, m]) => ({ id, bytes: m.renderedLength })),
        );
      }
    },
  };
  try {
    await build({
      configFile,
      root,
      logLevel: 'warn',
      plugins: [collect, ...extraPlugins],
      build: { outDir, emptyOutDir: true, manifest: true, write: true, sourcemap: false },
    });
    const manifest = JSON.parse(
      readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, ManifestEntry>;
    const entryKeys = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
    if (entryKeys.length !== 1) {
      throw new Error(`${label}: expected one entry in the manifest, found ${entryKeys.length}`);
    }
    const initialKeys = staticClosure(manifest, entryKeys[0]!);
    const initialFiles = new Set([...initialKeys].map((k) => manifest[k]!.file));
    const server = new Hono().get('*', staticUi(outDir));
    const chunks: ChunkInfo[] = [];
    for (const entry of Object.values(manifest)) {
      if (!entry.file.endsWith('.js') || chunks.some((c) => c.file === entry.file)) continue;
      const bytes = readFileSync(path.join(outDir, entry.file));
      const res = await server.request(`http://budget.local/${entry.file}`, {
        headers: { 'Accept-Encoding': CHROMIUM_ACCEPT_ENCODING },
      });
      if (res.status !== 200)
        throw new Error(`${label}: the server answered ${res.status} for ${entry.file}`);
      chunks.push({
        file: entry.file,
        name: entry.name ?? path.basename(entry.file),
        raw: bytes.length,
        gzip: gzipSize(bytes),
        sent: (await res.arrayBuffer()).byteLength,
        coding: res.headers.get('Content-Encoding') ?? 'identity',
        modules: modulesByFile.get(entry.file) ?? [],
        initial: initialFiles.has(entry.file),
      });
    }
    const initialCss = [...initialKeys].flatMap((k) => manifest[k]!.css ?? []);
    const initial = chunks.filter((c) => c.initial);
    return {
      label,
      chunks,
      initialRaw: initial.reduce((sum, c) => sum + c.raw, 0),
      initialGzip: initial.reduce((sum, c) => sum + c.gzip, 0),
      initialSent: initial.reduce((sum, c) => sum + c.sent, 0),
      initialCssGzip: [...new Set(initialCss)].reduce(
        (sum, f) => sum + gzipSize(readFileSync(path.join(outDir, f))),
        0,
      ),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export const kb = (bytes: number) => (bytes / 1000).toFixed(1);
