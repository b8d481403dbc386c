// Upstream mode with two instances: a local server on a real loopback port acts as "ElevenLabs",
// and an upstream-mode app forwards to it with the server-side key.
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { bootstrapLocalWorkspace } from '../bootstrap.ts';
import { openDatabase } from '../db/open-database.ts';
import { conformingFetch } from '../test-support/openapi-conformance.ts';
import { validBodies } from '../test-support/test-api.ts';

const BASE = '/v1/workspace/auth-connections';
const LOCAL_KEY = 'browser-local-key';
let upstreamServer: ServerType;
let upstreamKey: string;
const upstreamLog: string[] = [];
const proxyLog: string[] = [];
let proxyFetch: ReturnType<typeof conformingFetch>;

function proxyApp(baseUrl: string) {
  return createApp({
    config: {
      allowHttpLoopback: false,
      enableTestRoutes: false,
      staticDir: '/nonexistent',
      elevenLabsApiKey: upstreamKey,
      elevenLabsBaseUrl: baseUrl,
    },
    localApiKey: LOCAL_KEY,
    log: (line) => proxyLog.push(line),
  });
}

beforeAll(async () => {
  const db = openDatabase(':memory:');
  const encryptionKey = randomBytes(32);
  upstreamKey = bootstrapLocalWorkspace(db, {
    encryptionKey,
    dataDir: undefined,
    localApiKey: undefined,
    seedDemo: false,
  }).apiKey;
  const upstream = createApp({
    config: {
      allowHttpLoopback: false,
      enableTestRoutes: false,
      staticDir: '/nonexistent',
      elevenLabsApiKey: undefined,
      elevenLabsBaseUrl: '',
    },
    db,
    encryptionKey,
    log: (line) => upstreamLog.push(line),
  });
  const port = await new Promise<number>((resolve) => {
    upstreamServer = serve(
      { fetch: upstream.fetch, hostname: '127.0.0.1', port: 0 },
      (info: AddressInfo) => resolve(info.port),
    );
  });
  const app = proxyApp(`http://127.0.0.1:${port}`);
  proxyFetch = conformingFetch(async (input, init) =>
    app.fetch(new Request(input as Request, init)),
  );
});

afterAll(() => new Promise<void>((resolve) => upstreamServer.close(() => resolve())));

const call = (method: string, path: string, body?: unknown, key: string | null = LOCAL_KEY) =>
  proxyFetch(`http://test.local${path}`, {
    method,
    headers: {
      ...(key === null ? {} : { 'xi-api-key': key }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('upstream mode', () => {
  it('forwards create, list, update and delete with the server-side key', async () => {
    const created = await call('POST', BASE, validBodies.basic_auth);
    expect(created.status).toBe(200);
    const conn = (await created.json()) as { id: string; auth_type: string };
    expect(conn.auth_type).toBe('basic_auth');
    expect(upstreamLog.at(-1)).toMatch(/^POST \/v1\/workspace\/auth-connections 200/);

    const list = await call('GET', BASE);
    expect(
      ((await list.json()) as { auth_connections: { id: string }[] }).auth_connections.map(
        (c) => c.id,
      ),
    ).toEqual([conn.id]);
    expect(list.headers.get('cache-control')).toBe('no-store');

    const patched = await call('PATCH', `${BASE}/${conn.id}`, { provider: 'Changed' });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { provider: string }).provider).toBe('Changed');

    const invalid = await call('PATCH', `${BASE}/${conn.id}`, { auth_type: 'bearer_auth' });
    expect(invalid.status).toBe(422);

    expect((await call('DELETE', `${BASE}/${conn.id}`)).status).toBe(200);
    expect((await call('DELETE', `${BASE}/${conn.id}`)).status).toBe(404);
    expect(proxyFetch.checked()).toBeGreaterThanOrEqual(6);
  });

  it('requires the local key from the browser and never forwards it', async () => {
    const before = upstreamLog.length;
    expect((await call('GET', BASE, undefined, null)).status).toBe(401);
    expect((await call('GET', BASE, undefined, upstreamKey)).status).toBe(401);
    expect(upstreamLog.length).toBe(before);
    // The upstream only knows its own key: a 200 proves the proxy swapped the browser's key out.
    expect((await call('GET', BASE)).status).toBe(200);
  });

  it('enforces the body limit locally, and logs no keys', async () => {
    const res = await call('POST', BASE, { ...validBodies.bearer_auth, token: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
    const text = proxyLog.join('\n');
    expect(text).not.toContain(upstreamKey);
    expect(text).not.toContain(LOCAL_KEY);
  });

  it('answers 502 when the upstream cannot be reached', async () => {
    const app = proxyApp('http://127.0.0.1:1');
    const res = await app.request(`http://test.local${BASE}`, {
      headers: { 'xi-api-key': LOCAL_KEY },
    });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      detail: { status: 'upstream_unreachable', message: 'The upstream API could not be reached.' },
    });
  });
});
