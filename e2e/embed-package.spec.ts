// The package as a host installs it: examples/host/scripts/pack-and-build.ts (the webServer of
// playwright.embed.config.ts) built the library, ran `npm pack` and extracted the tarball into
// examples/host/node_modules. This reads what landed there. No browser needed.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startLoopbackRegistry } from './loopback-registry';

const run = promisify(execFile);

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

/** The server's and the build's packages: a host installing the component must get none. */
const SERVER_ONLY =
  /^(hono|@hono\/.*|better-sqlite3|tsx|vite|@vitejs\/.*|rolldown|@rolldown\/.*|esbuild|@esbuild\/.*|typescript|vitest|@playwright\/.*)$/;

/** Bare specifiers the published files reach from the entry, following relative imports. */
function reachedPackages(
  entry: string,
  imports: (code: string) => string[],
  resolve: (file: string, spec: string) => string,
) {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const spec of imports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(file, spec));
      else
        packages.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  };
  visit(entry);
  return packages;
}

/** Minified JS: its import statements, and the lazy chunks it loads with import("./x.js"). */
const jsImports = (code: string) => [
  ...staticImports(code),
  ...[...code.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => m[1]!),
];
/** Declarations: `from '…'` and `import('…')` types. */
const typeImports = (code: string) =>
  [...code.matchAll(/(?:\bfrom\s*|\bimport\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);

test('it declares as dependencies exactly what its files import besides the peers', () => {
  const pkg = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies: Record<string, string>;
    exports: { '.': { types: string; import: string } };
  };
  const fromJs = reachedPackages(path.join(PKG, pkg.exports['.'].import), jsImports, (file, spec) =>
    path.resolve(path.dirname(file), spec),
  );
  // Declarations keep the sources' .ts/.tsx specifiers; TypeScript reads the .d.ts beside them.
  const fromTypes = reachedPackages(
    path.join(PKG, pkg.exports['.'].types),
    typeImports,
    (file, spec) => path.resolve(path.dirname(file), spec).replace(/\.(tsx?|js)$/, '.d.ts'),
  );
  const needed = [...new Set([...fromJs, ...fromTypes])]
    .filter((name) => !(name in pkg.peerDependencies) && !name.startsWith('node:'))
    .sort();
  expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(needed);
});

test('installed with npm into a clean folder, it brings no server or build package', async () => {
  const tarball = path.resolve(`.e2e/host-dist-${process.env.E2E_PORT}.tgz`);
  const dir = mkdtempSync(path.join(tmpdir(), 'ac-clean-host-'));
  // npm resolves the package's dependencies from a loopback registry holding this project's
  // node_modules, with an empty cache of its own: the same answer on a fresh machine or a warm one.
  const registry = await startLoopbackRegistry(path.resolve('node_modules'));
  try {
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'clean-host', private: true, version: '0.0.0' }),
    );
    // Without the peers: a host brings its own React and MUI.
    const npm = async (...args: string[]) =>
      (
        await run('npm', args, {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, npm_config_registry: registry.url },
        })
      ).stdout;
    await npm(
      'install',
      `--registry=${registry.url}`,
      `--cache=${path.join(dir, '.npm-cache')}`,
      '--no-audit',
      '--no-fund',
      '--no-update-notifier',
      '--ignore-scripts',
      '--legacy-peer-deps',
      tarball,
    );
    expect(registry.requested).toEqual(['zod']);
    let listing: string;
    try {
      listing = await npm('ls', '--all', '--json');
    } catch (error) {
      // npm ls exits 1 over the missing peers; its JSON is still the tree.
      listing = (error as { stdout: string }).stdout;
    }
    const installed = new Set<string>();
    const walk = (deps: Record<string, { missing?: boolean; dependencies?: object }> = {}) => {
      for (const [name, node] of Object.entries(deps)) {
        if (node.missing) continue;
        installed.add(name);
        walk(node.dependencies as typeof deps);
      }
    };
    const tree = JSON.parse(listing) as {
      dependencies: Record<string, { missing?: boolean; dependencies?: object }>;
    };
    walk(tree.dependencies);
    expect([...installed].filter((name) => SERVER_ONLY.test(name))).toEqual([]);
    expect([...installed].sort()).toEqual(['auth-connections-admin', 'zod']);
    // The peers are required, and left to the host.
    const ours = tree.dependencies['auth-connections-admin']!.dependencies as Record<
      string,
      { missing?: boolean }
    >;
    for (const peer of ['react', 'react-dom', '@mui/material', '@tanstack/react-query']) {
      expect(ours[peer], peer).toMatchObject({ missing: true });
    }
  } finally {
    await registry.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
