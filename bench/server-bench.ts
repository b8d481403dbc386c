// `npm run bench:server`: list and create throughput and p99 of the reference server with 1,000
// stored connections, beside a bare Hono JSON endpoint served the same way in the same run.
// Bounded: fixed request counts per phase, each phase also capped in wall time.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApp } from '../server/app.ts';
import { bootstrapLocalWorkspace } from '../server/bootstrap.ts';
import { createSecretBox } from '../server/crypto/secret-box.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { createAuthConnectionsStore } from '../server/store/auth-connections-store.ts';
import { createDependentsStore } from '../server/store/dependents-store.ts';

const STORED = 1000;
const CONCURRENCY = 4;
const PHASE_CAP_MS = 20_000;
const API = '/v1/workspace/auth-connections';

interface Result {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function listen(
  fetch: (req: Request) => Response | Promise<Response>,
): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}` }),
    );
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function measure(
  name: string,
  total: number,
  request: (i: number) => Promise<Response>,
): Promise<Result> {
  for (let i = 0; i < 20; i += 1) await (await request(i)).arrayBuffer(); // warm-up
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total && performance.now() - started < PHASE_CAP_MS) {
      const i = next;
      next += 1;
      const t0 = performance.now();
      const res = await request(i);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

function seed(db: ReturnType<typeof openDatabase>, key: Buffer, workspaceId: string): void {
  const connections = createAuthConnectionsStore(db, createSecretBox(key));
  const dependents = createDependentsStore(db);
  for (let i = 0; i < STORED; i += 1) {
    const c =
      i % 3 === 0
        ? connections.insert(workspaceId, {
            authType: 'oauth2_client_credentials',
            name: `CRM ${i}`,
            provider: 'Salesforce',
            config: {
              client_id: `client-${i}`,
              token_url: 'https://login.example.com/oauth/token',
              scopes: ['api', 'refresh_token'],
              extra_params: {},
              basic_auth_in_header: false,
              custom_headers: { 'X-Org': String(i) },
            },
            secrets: { client_secret: randomBytes(16).toString('hex') },
          })
        : i % 3 === 1
          ? connections.insert(workspaceId, {
              authType: 'basic_auth',
              name: `Support ${i}`,
              provider: 'Zendesk',
              config: { username: `user${i}@example.com` },
              secrets: { password: randomBytes(16).toString('hex') },
            })
          : connections.insert(workspaceId, {
              authType: 'bearer_auth',
              name: `Search ${i}`,
              provider: 'Internal',
              config: {},
              secrets: { token: randomBytes(16).toString('hex') },
            });
    if (i % 10 === 0) {
      dependents.add(workspaceId, {
        kind: 'tool',
        authConnectionId: c.id,
        name: `Tool ${i}`,
        accessLevel: 'editor',
      });
    }
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const db = openDatabase(path.join(dir, 'bench.sqlite'));
  const encryptionKey = randomBytes(32);
  const boot = bootstrapLocalWorkspace(db, {
    encryptionKey,
    dataDir: undefined,
    localApiKey: undefined,
    seedDemo: false,
  });
  const seedStart = performance.now();
  seed(db, encryptionKey, boot.workspaceId);
  const seedMs = performance.now() - seedStart;

  const app = createApp({
    config: {
      allowHttpLoopback: false,
      enableTestRoutes: false,
      staticDir: dir,
      elevenLabsApiKey: undefined,
      elevenLabsBaseUrl: 'https://api.elevenlabs.io',
    },
    db,
    encryptionKey,
    log: () => {},
    // Throughput of the routes themselves: the per-key rate limit would answer 429 instead.
    rateLimitPerMinute: 0,
  });
  // The bare list serves the same 1,000-item body from memory: the ratio is then the cost of
  // SQLite, mapping and auth, not of JSON size.
  const sameBody = (await (
    await app.request(API, { headers: { 'xi-api-key': boot.apiKey } })
  ).json()) as object;
  const bare = new Hono();
  bare.get('/bare', (c) => c.json({ ok: true }));
  bare.get('/bare-list', (c) => c.json(sameBody));
  bare.get('/bare-list-gzip', compress({ encoding: 'gzip' }), (c) => c.json(sameBody));
  bare.post('/bare', async (c) => c.json(await c.req.json()));

  const touch = db.prepare('UPDATE workspaces SET name = name');
  const real = await listen(app.fetch);
  const baseline = await listen(bare.fetch);
  // fetch asks for gzip by itself; say what is wanted, so both sides do the same work.
  const identity = { 'accept-encoding': 'identity' };
  const headers = { ...identity, 'xi-api-key': boot.apiKey, 'content-type': 'application/json' };
  const gzipHeaders = { ...headers, 'accept-encoding': 'gzip' };
  const createBody = (i: number) =>
    JSON.stringify({
      auth_type: 'basic_auth',
      name: `Bench ${i}`,
      provider: 'Bench',
      username: `u${i}`,
      password: 'p4ssw0rd',
    });

  try {
    const listSize = (await (await fetch(`${real.url}${API}`, { headers })).arrayBuffer())
      .byteLength;
    const sent = async (coding: string) => {
      const res = await fetch(`${real.url}${API}`, {
        headers: { ...headers, 'accept-encoding': coding },
      });
      const bytes = (await res.arrayBuffer()).byteLength; // fetch decodes: count the header's
      return `${res.headers.get('content-encoding')} ${res.headers.get('content-length') ?? `(${bytes} decoded)`}`;
    };
    const sentBr = await sent('br');
    const results = {
      list: await measure('GET list (1,000 items)', 300, () =>
        fetch(`${real.url}${API}`, { headers }),
      ),
      // A write before each request empties the list cache (server/routes/list-cache.ts): this
      // is the cost of building the answer, as after every change.
      listRebuilt: await measure(
        'GET list (1,000 items), rebuilt: a write before each',
        300,
        () => {
          touch.run();
          return fetch(`${real.url}${API}`, { headers });
        },
      ),
      bareList: await measure('bare Hono GET same list from memory', 300, () =>
        fetch(`${baseline.url}/bare-list`, { headers: identity }),
      ),
      listGzip: await measure('GET list (1,000 items), gzip', 300, () =>
        fetch(`${real.url}${API}`, { headers: gzipHeaders }),
      ),
      bareListGzip: await measure('bare Hono + compress(), same list, gzip', 300, () =>
        fetch(`${baseline.url}/bare-list-gzip`, { headers: { 'accept-encoding': 'gzip' } }),
      ),
      bareGet: await measure('bare Hono GET {ok:true}', 3000, () =>
        fetch(`${baseline.url}/bare`, { headers: identity }),
      ),
      create: await measure('POST create (basic_auth)', 1500, (i) =>
        fetch(`${real.url}${API}`, { method: 'POST', headers, body: createBody(i) }),
      ),
      barePost: await measure('bare Hono POST echo', 3000, (i) =>
        fetch(`${baseline.url}/bare`, { method: 'POST', headers, body: createBody(i) }),
      ),
    };
    console.log(
      `Seeded ${STORED} connections in ${fmt(seedMs, 0)} ms; list body ${fmt(listSize / 1024, 0)} KiB (br: ${sentBr}); concurrency ${CONCURRENCY}; Node ${process.version}`,
    );
    console.log('');
    console.log(
      '| operation | requests | req/s | p50 ms | p99 ms | baseline | its req/s | its p99 ms | throughput ratio |',
    );
    console.log('|---|---:|---:|---:|---:|---|---:|---:|---:|');
    for (const [op, base] of [
      [results.list, results.bareList],
      [results.listRebuilt, results.bareList],
      [results.listGzip, results.bareListGzip],
      [results.list, results.bareGet],
      [results.create, results.barePost],
    ] as const) {
      console.log(
        `| ${op.name} | ${op.requests} | ${fmt(op.perSecond, 0)} | ${fmt(op.p50, 2)} | ${fmt(op.p99, 2)} | ` +
          `${base.name} | ${fmt(base.perSecond, 0)} | ${fmt(base.p99, 2)} | ${fmt(op.perSecond / base.perSecond, 2)}x |`,
      );
    }
  } finally {
    await new Promise((r) => real.server.close(r));
    await new Promise((r) => baseline.server.close(r));
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
