// Where an e2e run (one port) leaves what the canary scan reads. Everything is per port, so two
// runs on one machine never mix, and is emptied by the global setup at the start of a run.
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_PORT } from '../env.ts';

const ROOT = path.resolve('.e2e');

export const artifacts = {
  /** One JSON string per line: every canary handed out or registered. */
  canaries: path.join(ROOT, `canaries-${E2E_PORT}.txt`),
  /** The e2e server's stdout and stderr (e2e/start-server.ts). */
  serverLog: path.join(ROOT, `server-${E2E_PORT}.log`),
  /** The server's DATA_DIR, written by e2e/start-server.ts. */
  dataDirPointer: path.join(ROOT, `server-${E2E_PORT}.data-dir`),
  /** Every response body the browser or the `api` fixture received. */
  responses: path.join(ROOT, `responses-${E2E_PORT}`),
  /** Per test: page HTML, storage, IndexedDB, TanStack cache, console output, URLs. */
  snapshots: path.join(ROOT, `snapshots-${E2E_PORT}`),
  /** One line per checked page: how many CSP violations its listener saw (always 0 to pass). */
  cspLog: path.join(ROOT, `csp-${E2E_PORT}.txt`),
};

/** Snapshot file suffixes, and the kind of place each is in the summary. */
export const SNAPSHOT_KINDS = {
  '.html': 'page HTML',
  '.storage.json': 'localStorage and sessionStorage',
  '.indexeddb.json': 'IndexedDB',
  '.query-cache.json': 'TanStack Query cache',
  '.console.txt': 'console output',
  '.urls.txt': 'requested URLs',
  '.clipboard.txt': 'clipboard (copied transcripts)',
} as const;

export type SnapshotSuffix = keyof typeof SNAPSHOT_KINDS;

export function resetArtifacts(): void {
  for (const file of [artifacts.canaries, artifacts.cspLog]) rmSync(file, { force: true });
  for (const dir of [artifacts.responses, artifacts.snapshots]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
}

export function appendCanary(value: string): void {
  mkdirSync(ROOT, { recursive: true });
  appendFileSync(artifacts.canaries, `${JSON.stringify(value)}\n`);
}

/** A file name that is safe and unique per test (test ids are unique within a run). */
export function testFileStem(testId: string, retry: number): string {
  return `${testId.replace(/[^\w-]/g, '_')}-r${retry}`;
}

export function writeSnapshot(stem: string, suffix: SnapshotSuffix, text: string): void {
  mkdirSync(artifacts.snapshots, { recursive: true });
  writeFileSync(path.join(artifacts.snapshots, `${stem}${suffix}`), text);
}

let responseCounter = 0;

/**
 * Keeps one response body. API answers are kept one file each; static files (the same hashed
 * bundle in every test) once per URL.
 */
export function writeResponse(stem: string, url: string, status: number, body: Buffer): void {
  mkdirSync(artifacts.responses, { recursive: true });
  const isStatic = !/\/(v1|__test)\//.test(new URL(url).pathname);
  const name = isStatic
    ? `static-${Buffer.from(url).toString('base64url').slice(-120)}`
    : `${stem}-${process.pid}-${++responseCounter}`;
  const file = path.join(artifacts.responses, name);
  if (isStatic && existsSync(file)) return;
  writeFileSync(file, Buffer.concat([Buffer.from(`${status} ${url}\n\n`), body]));
}
