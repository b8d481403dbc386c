// The real server, in-process, for Vitest: SQLite ':memory:', a random encryption key,
// ALLOW_HTTP_LOOPBACK and test routes on. `fetch` routes http://test.local/... into the Hono app
// without opening a port, so component tests talk to the real API code (GUIDE §11).
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Database } from 'better-sqlite3';
import { createApp } from '../server/app.ts';
import type { TestNetwork } from '../server/connection-test/address-guard.ts';
import { bootstrapLocalWorkspace } from '../server/bootstrap.ts';
import { generateApiKey } from '../server/crypto/key-files.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { createWorkspacesStore } from '../server/store/workspaces-store.ts';

export interface DependentBody {
  auth_connection_id: string;
  kind: 'tool' | 'mcp_server' | 'integration_connection';
  name: string;
  access_level?: 'admin' | 'editor' | 'commenter' | 'viewer';
  hidden?: boolean;
}

export interface InProcessServer {
  fetch: typeof fetch;
  baseUrl: 'http://test.local';
  apiKey: string;
  otherWorkspaceApiKey: string;
  attachDependent(apiKey: string, body: DependentBody): Promise<{ id: string }>;
  /** The same app on a real 127.0.0.1 port (for tests of truly concurrent requests). */
  listen(): Promise<{ baseUrl: string; close: () => Promise<void> }>;
  /** The database, for server tests that inspect tables (audit log, idempotency keys). */
  db: Database;
  close(): void;
}

export interface InProcessServerOptions {
  seedDemo?: boolean;
  /** Request log sink; silent by default. */
  log?: (line: string) => void;
  /** Directory of index.html and assets; defaults to a path with no UI. */
  staticDir?: string;
  /** Requests per minute per API key; 0 (the default here) disables the limit. */
  rateLimitPerMinute?: number;
  /** Clock in ms since the epoch (idempotency-key expiry, rate-limit refill). */
  now?: () => number;
  /** Connection tests: the network (inject DNS answers, catch connects), limit and timeout. */
  testNetwork?: TestNetwork;
  connectionTestRateLimitPerMinute?: number;
  connectionTestTimeoutMs?: number;
}

const BASE_URL = 'http://test.local' as const;

export function createInProcessServer(opts: InProcessServerOptions = {}): InProcessServer {
  const db = openDatabase(':memory:');
  const encryptionKey = randomBytes(32);
  const local = bootstrapLocalWorkspace(db, {
    encryptionKey,
    dataDir: undefined,
    localApiKey: undefined,
    seedDemo: opts.seedDemo ?? false,
  });
  const workspaces = createWorkspacesStore(db);
  const otherWorkspaceApiKey = generateApiKey();
  workspaces.addApiKey(
    workspaces.createWorkspace('Other workspace'),
    otherWorkspaceApiKey,
    'other',
  );

  const app = createApp({
    config: {
      allowHttpLoopback: true,
      enableTestRoutes: true,
      staticDir: opts.staticDir ?? '/nonexistent-static-dir',
      elevenLabsApiKey: undefined,
      elevenLabsBaseUrl: 'https://api.elevenlabs.io',
      connectionTestRateLimitPerMinute: opts.connectionTestRateLimitPerMinute ?? 0,
      ...(opts.connectionTestTimeoutMs
        ? { connectionTestTimeoutMs: opts.connectionTestTimeoutMs }
        : {}),
    },
    ...(opts.testNetwork ? { testNetwork: opts.testNetwork } : {}),
    db,
    encryptionKey,
    log: opts.log ?? (() => {}),
    // Off unless a test asks: UI tests fire many requests and must not meet a 429 by accident.
    rateLimitPerMinute: opts.rateLimitPerMinute ?? 0,
    ...(opts.now ? { now: opts.now } : {}),
  });

  const inProcessFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    // Like fetch: an already-aborted signal rejects before anything is sent.
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const request =
      input instanceof Request && init === undefined
        ? input
        : new Request(
            typeof input === 'string' && input.startsWith('/') ? `${BASE_URL}${input}` : input,
            init,
          );
    return app.fetch(request);
  }) as typeof fetch;

  return {
    fetch: inProcessFetch,
    baseUrl: BASE_URL,
    apiKey: local.apiKey,
    otherWorkspaceApiKey,
    async attachDependent(apiKey, body) {
      const res = await inProcessFetch(`${BASE_URL}/__test/dependents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'xi-api-key': apiKey },
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`attachDependent failed: ${res.status}`);
      return (await res.json()) as { id: string };
    },
    listen() {
      return new Promise((resolve) => {
        const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
          resolve({
            baseUrl: `http://127.0.0.1:${(info as AddressInfo).port}`,
            close: () => new Promise<void>((done) => server.close(() => done())),
          });
        });
      });
    },
    db,
    close() {
      db.close();
    },
  };
}
