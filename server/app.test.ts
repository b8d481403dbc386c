// The app outside the API routes: the page and its CSP nonce, static files, the SPA fallback,
// and routes that must not exist in a normal run.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { bootstrapLocalWorkspace } from './bootstrap.ts';
import { openDatabase } from './db/open-database.ts';

const staticDir = mkdtempSync(path.join(tmpdir(), 'static-'));
mkdirSync(path.join(staticDir, 'assets'));
writeFileSync(
  path.join(staticDir, 'index.html'),
  '<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head><body></body></html>',
);
writeFileSync(path.join(staticDir, 'assets', 'app-abc123.js'), 'console.log(1)');
writeFileSync(path.join(tmpdir(), 'outside-static.txt'), 'private');
afterAll(() => {
  rmSync(staticDir, { recursive: true, force: true });
  rmSync(path.join(tmpdir(), 'outside-static.txt'), { force: true });
});

function makeApp(enableTestRoutes: boolean) {
  const db = openDatabase(':memory:');
  const encryptionKey = randomBytes(32);
  const boot = bootstrapLocalWorkspace(db, {
    encryptionKey,
    dataDir: undefined,
    localApiKey: undefined,
    seedDemo: false,
  });
  const app = createApp({
    config: {
      allowHttpLoopback: false,
      enableTestRoutes,
      staticDir,
      elevenLabsApiKey: undefined,
      elevenLabsBaseUrl: 'https://api.elevenlabs.io',
    },
    db,
    encryptionKey,
    log: () => {},
  });
  return { app, apiKey: boot.apiKey };
}

const { app, apiKey } = makeApp(false);
const get = (p: string) => app.request(`http://test.local${p}`);

describe('the page', () => {
  it('serves index.html with a fresh nonce in the meta tag and in the CSP', async () => {
    const first = await get('/');
    const second = await get('/');
    expect(first.status).toBe(200);
    const html = await first.text();
    const nonce = /content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(html).not.toContain('__CSP_NONCE__');
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data:; ` +
        "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'self'",
    );
    expect(csp).not.toContain('unsafe-inline');
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    expect(first.headers.get('cache-control')).toBe('no-store');
  });

  it('falls back to the page for client routes, but not for missing assets', async () => {
    const route = await get('/connections/ac_123');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toMatch(/text\/html/);
    expect(route.headers.get('content-security-policy')).toBeTruthy();
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('serves assets with their type and long caching, and nothing outside STATIC_DIR', async () => {
    const asset = await get('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    for (const p of [
      '/../outside-static.txt',
      '/%2e%2e/outside-static.txt',
      '/assets/%2e%2e/%2e%2e/outside-static.txt',
    ]) {
      const res = await get(p);
      expect(await res.text()).not.toBe('private');
    }
  });
});

describe('routes that do not exist in a normal run', () => {
  it('/__test/* answers 404 unless ENABLE_TEST_ROUTES=1', async () => {
    const init = {
      method: 'POST',
      headers: { 'xi-api-key': apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ auth_connection_id: 'ac_x', kind: 'tool', name: 't' }),
    };
    expect((await app.request('http://test.local/__test/dependents', init)).status).toBe(404);
    const enabled = makeApp(true);
    const res = await enabled.app.request('http://test.local/__test/dependents', {
      ...init,
      headers: { ...init.headers, 'xi-api-key': enabled.apiKey },
    });
    expect(res.status).toBe(404); // the route exists: this 404 is for the unknown connection id
    expect(((await res.json()) as { detail: { status: string } }).detail.status).toBe(
      'auth_connection_not_found',
    );
  });

  it('unknown /v1 paths are JSON 404s with no-store', async () => {
    const res = await get('/v1/unknown');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      detail: { status: 'not_found', message: 'No such API route.' },
    });
  });
});

describe('unexpected errors', () => {
  it('answer 500 with the error shape and log only the error class', async () => {
    const db = openDatabase(':memory:');
    const encryptionKey = randomBytes(32);
    const boot = bootstrapLocalWorkspace(db, {
      encryptionKey,
      dataDir: undefined,
      localApiKey: undefined,
      seedDemo: false,
    });
    const log: string[] = [];
    const broken = createApp({
      config: {
        allowHttpLoopback: false,
        enableTestRoutes: false,
        staticDir,
        elevenLabsApiKey: undefined,
        elevenLabsBaseUrl: 'https://api.elevenlabs.io',
      },
      db,
      encryptionKey,
      log: (line) => log.push(line),
    });
    db.exec('DROP TABLE auth_connection_secrets');
    const res = await broken.request('http://test.local/v1/workspace/auth-connections', {
      method: 'POST',
      headers: { 'xi-api-key': boot.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({
        auth_type: 'bearer_auth',
        name: 'n',
        provider: 'p',
        token: 'SECRET-X',
      }),
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      detail: { status: 'internal_error', message: 'Internal server error' },
    });
    expect(log.join('\n')).toMatch(/^ERROR POST \/v1\/workspace\/auth-connections SqliteError/m);
    expect(log.join('\n')).not.toContain('SECRET-X');
    // One transaction per write: the connection row went away with the failed secret insert.
    const list = await broken.request('http://test.local/v1/workspace/auth-connections', {
      headers: { 'xi-api-key': boot.apiKey },
    });
    expect(await list.json()).toEqual({ auth_connections: [] });
  });
});
