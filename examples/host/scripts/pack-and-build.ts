// Builds the library, packs it as npm would publish it, installs the tarball into the example
// host and builds the host with it: the check that `npm pack` gives a package a host can use.
// Offline and quick: the tarball is extracted into examples/host/node_modules/<name> (the host
// has no dependencies of its own; the peers resolve from the repository's node_modules).
// Usage: tsx examples/host/scripts/pack-and-build.ts [--out <dir>]   (run from anywhere)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const HOST = path.resolve(import.meta.dirname, '..');
const ROOT = path.resolve(HOST, '../..');
const outArg = process.argv.indexOf('--out');
// Outside the sources (eslint and prettier skip .e2e/), unless told otherwise.
const outDir = path.resolve(ROOT, outArg > 0 ? process.argv[outArg + 1]! : '.e2e/host-dist');
mkdirSync(path.dirname(outDir), { recursive: true });

function run(command: string, args: string[], cwd = ROOT): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const started = Date.now();
const { name } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
};

run('npm', ['run', '--silent', 'build:lib']);

const packDir = mkdtempSync(path.join(tmpdir(), 'ac-pack-'));
try {
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--offline', '--pack-destination', packDir]),
  ) as { filename: string; size: number; entryCount: number }[];
  const tarball = path.join(packDir, path.basename(packed!.filename));
  // Kept for e2e/embed-package.spec.ts, which installs it into a clean folder with npm.
  copyFileSync(tarball, `${outDir}.tgz`);

  const target = path.join(HOST, 'node_modules', name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  run('tar', ['-xzf', tarball, '-C', packDir]);
  renameSync(path.join(packDir, 'package'), target);
  console.log(
    `packed ${path.basename(tarball)}: ${packed!.entryCount} files, ${(packed!.size / 1000).toFixed(0)} kB; installed into ${path.relative(ROOT, target)}`,
  );
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

// The host compiles against the package's declarations, then builds against its JS.
run('npx', ['tsc', '-p', path.join(HOST, 'tsconfig.json')]);
run('npx', [
  'vite',
  'build',
  '-c',
  path.join(HOST, 'vite.config.ts'),
  '--logLevel',
  'warn',
  '--outDir',
  outDir,
  '--emptyOutDir',
]);
console.log(
  `host built into ${path.relative(ROOT, outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
