// The package as a host installs it: examples/host/scripts/pack-and-build.ts (the webServer of
// playwright.embed.config.ts) built the library, ran `npm pack` and extracted the tarball into
// examples/host/node_modules. This reads what landed there. No browser needed.
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PKG = path.resolve('examples/host/node_modules/auth-connections-admin');
const PEERS =
  /^(react|react-dom|@mui\/material|@mui\/icons-material|@emotion\/(react|styled|cache)|@tanstack\/react-query)(\/|$)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

const js = () => files(path.join(PKG, 'dist-lib')).filter((f) => f.endsWith('.js'));
const staticImports = (code: string) =>
  [...code.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );

test('the tarball holds the library and its types, and nothing of the app or server', () => {
  const pkg = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8')) as {
    exports: { '.': { types: string; import: string } };
  };
  expect(existsSync(path.join(PKG, pkg.exports['.'].import))).toBe(true);
  const types = readFileSync(path.join(PKG, pkg.exports['.'].types), 'utf8');
  expect(types).toContain('AuthConnectionsSettings');
  const top = readdirSync(PKG).sort();
  expect(top.filter((f) => !['dist-lib', 'package.json', 'README.md'].includes(f))).toEqual([]);
  expect(files(PKG).some((f) => /\.(tsx?)$/.test(f) && !f.endsWith('.d.ts'))).toBe(false);
});

test('React, MUI, Emotion and TanStack Query are imported, never bundled', () => {
  const bare = new Set<string>();
  for (const file of js()) {
    const code = readFileSync(file, 'utf8');
    for (const spec of staticImports(code)) if (!spec.startsWith('.')) bare.add(spec);
    // Fingerprints of bundled copies: React's element symbol, MUI's class name generator,
    // Emotion's cache, TanStack's QueryClient class.
    expect(code, path.basename(file)).not.toMatch(
      /Symbol\.for\("react\.transitional\.element"\)|MuiButtonBase-root|__EMOTION_|class QueryClient\b/,
    );
  }
  expect([...bare].filter((spec) => !PEERS.test(spec))).toEqual([]);
  expect([...bare].some((spec) => spec.startsWith('@mui/material'))).toBe(true);
});

test('certificate parsing and the used_by graph stay lazy chunks, the graph with its CSS', () => {
  const dir = path.join(PKG, 'dist-lib');
  const entry = path.join(dir, 'index.js');
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.') && spec.endsWith('.js'))
        visit(path.resolve(path.dirname(file), spec));
    }
  };
  visit(entry);
  const names = [...reached].map((f) => path.basename(f));
  const all = js().map((f) => path.basename(f));
  expect(all.some((f) => f.startsWith('pem-inspect-'))).toBe(true);
  expect(all.some((f) => f.startsWith('used-by-graph-'))).toBe(true);
  expect(names.filter((f) => /^(pem-inspect|used-by-graph)-/.test(f))).toEqual([]);
  const graph = js().find((f) => path.basename(f).startsWith('used-by-graph-'))!;
  const css = staticImports(readFileSync(graph, 'utf8')).filter((s) => s.endsWith('.css'));
  expect(css).toHaveLength(1);
  expect(existsSync(path.resolve(path.dirname(graph), css[0]!))).toBe(true);
});
