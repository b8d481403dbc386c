// Crash safety: the real server (server/main.ts, a child process on a loopback port with a temp
// DATA_DIR) is killed with SIGKILL at random moments while a client streams creates. After each
// kill, SQLite must pass its integrity check and every create that got a 200 must be there
// (WAL + synchronous=NORMAL survive a process crash; decisions 0012 and 0025).
//
// `tsx server/main.ts` compiles on every start (1.5 to 2.5 s on a loaded 2-core box), which made
// 20 rounds take 73 s. So main.ts is compiled once, with the esbuild that tsx itself runs on, and
// each round starts `node` on that output: the same code, started in a fraction of the time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scaled } from '../scripts/time-factor.ts';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROUNDS = 20;
const dataDir = mkdtempSync(path.join(tmpdir(), 'crash-safety-'));
// Inside the project, so that the bundle's bare imports resolve from its node_modules.
mkdirSync(path.resolve('node_modules/.cache'), { recursive: true });
const bundleDir = mkdtempSync(path.resolve('node_modules/.cache/crash-safety-'));
const bundle = path.join(bundleDir, 'main.mjs');
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});
beforeAll(async () => {
  const { build } = await import('esbuild');
  await build({
    entryPoints: ['server/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: bundle,
    logLevel: 'silent',
  });
});

interface Running {
  child: ChildProcess;
  baseUrl: string;
  apiKey: string;
  exited: Promise<void>;
}

function start(): Promise<Running> {
  const child = spawn(process.execPath, [bundle], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: '0',
      STATIC_DIR: path.join(dataDir, 'no-ui'),
      RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start: ${out}`)),
      scaled(15_000),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:\d+)\/#key=([^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          child,
          baseUrl: m[1] as string,
          apiKey: decodeURIComponent(m[2] as string),
          exited,
        });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Streams creates, 4 in flight, until stopped; returns the ids of every create that got a 200. */
function streamCreates(server: Running, round: number) {
  const acked: string[] = [];
  let stop = false;
  let n = 0;
  const worker = async () => {
    while (!stop) {
      const i = n++;
      try {
        const res = await fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'xi-api-key': server.apiKey,
            'Idempotency-Key': `round-${round}-${i}`,
          },
          body: JSON.stringify({
            auth_type: 'basic_auth',
            name: `crash ${round}.${i}`,
            provider: 'crash',
            username: 'u',
            password: `p-${round}-${i}`,
          }),
        });
        if (res.status === 200) acked.push(((await res.json()) as { id: string }).id);
      } catch {
        // The server died mid-request: this create got no 200, so nothing is promised.
      }
    }
  };
  const workers = Promise.all([worker(), worker(), worker(), worker()]);
  return {
    acked,
    stop: async () => {
      stop = true;
      await workers;
    },
  };
}

describe('crash safety', () => {
  it(
    `keeps every acknowledged create and a sound database across ${ROUNDS} kill -9`,
    async () => {
      const allAcked: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const server = await start();
        const stream = streamCreates(server, round);
        // Kill at a random moment after the first acknowledged create, however slow the machine,
        // so every round has something that must survive.
        while (stream.acked.length === 0) await sleep(10);
        await sleep(Math.floor(Math.random() * 250));
        server.child.kill('SIGKILL');
        await server.exited;
        await stream.stop();
        allAcked.push(...stream.acked);

        const db = new Database(path.join(dataDir, 'auth-connections.sqlite'));
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          const present = new Set(db.prepare('SELECT id FROM auth_connections').pluck().all());
          const lost = allAcked.filter((id) => !present.has(id));
          expect(lost, `round ${round}: acknowledged creates missing`).toEqual([]);
          // Each secret row belongs to a connection: the two tables were written together.
          const orphans = db
            .prepare(
              `SELECT count(*) FROM auth_connections c
             WHERE NOT EXISTS (SELECT 1 FROM auth_connection_secrets s WHERE s.connection_id = c.id)`,
            )
            .pluck()
            .get();
          expect(orphans).toBe(0);
        } finally {
          db.close();
        }
      }
      // The test only proves something if creates were acknowledged before the kills.
      expect(allAcked.length).toBeGreaterThan(ROUNDS);
    },
    scaled(90_000),
  );
});
