// An npm registry on 127.0.0.1 that serves only what this project's node_modules holds.
//
// Why: `npm install --offline` resolves a dependency's version range from a cached packument, and
// `npm ci` never caches packuments (it fetches tarballs by the lockfile's URLs). So an offline
// install passed on machines whose npm cache was warmed by someone's `npm install <name>` and
// failed with ENOTCACHED on a fresh one. Serving the installed packages on loopback lets npm do
// its real resolution with no packet leaving the machine and no dependence on the cache's past.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LoopbackRegistry {
  url: string;
  /** Package names npm asked for, in order: what the install resolved through the registry. */
  requested: string[];
  close(): Promise<void>;
}

export async function startLoopbackRegistry(nodeModules: string): Promise<LoopbackRegistry> {
  const packDir = mkdtempSync(path.join(tmpdir(), 'ac-registry-'));
  const tarballs = new Map<string, Buffer>();
  const requested: string[] = [];

  // `npm pack <folder>` makes the tarball npm would have downloaded; made once per package.
  async function tarballOf(name: string): Promise<Buffer> {
    const made = tarballs.get(name);
    if (made) return made;
    const { stdout } = await run(
      'npm',
      [
        'pack',
        '--json',
        '--ignore-scripts',
        '--pack-destination',
        packDir,
        path.join(nodeModules, name),
      ],
      { encoding: 'utf8' },
    );
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    const bytes = readFileSync(path.join(packDir, filename));
    tarballs.set(name, bytes);
    return bytes;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const tarball = /^\/(.+)\/-\/[^/]+\.tgz$/.exec(url.pathname);
      const name = decodeURIComponent((tarball?.[1] ?? url.pathname.slice(1)).replace(/%2f/i, '/'));
      const manifestPath = path.join(nodeModules, name, 'package.json');
      if (!name || name.includes('..') || !existsSync(manifestPath)) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      const bytes = await tarballOf(name);
      if (tarball) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes);
        return;
      }
      requested.push(name);
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        version: string;
        dependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
      };
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const version = {
        name,
        version: manifest.version,
        dependencies: manifest.dependencies,
        peerDependencies: manifest.peerDependencies,
        optionalDependencies: manifest.optionalDependencies,
        dist: {
          tarball: `${base}/${name}/-/${name.split('/').pop()}-${manifest.version}.tgz`,
          integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
        },
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          name,
          'dist-tags': { latest: manifest.version },
          versions: { [manifest.version]: version },
        }),
      );
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(packDir, { recursive: true, force: true });
      }),
  };
}
