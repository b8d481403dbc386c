// A canary secret, sent through every write path, must not appear in the database file, the
// WAL, any response, or the request log. Uses a real file database (WAL mode), not :memory:.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { bootstrapLocalWorkspace } from './bootstrap.ts';
import { openDatabase } from './db/open-database.ts';
import { createAuthConnectionsStore } from './store/auth-connections-store.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { pemMaterial } from '../tests/pem-material.ts';
import { conformingFetch } from './test-support/openapi-conformance.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'canary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('secrets at rest', () => {
  it('never stores, returns or logs a canary secret in clear', async () => {
    const canary = `CANARY${randomBytes(8).toString('hex')}`;
    const file = path.join(dir, 'db.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const encryptionKey = randomBytes(32);
    const boot = bootstrapLocalWorkspace(db, {
      encryptionKey,
      dataDir: dir,
      localApiKey: undefined,
      seedDemo: false,
    });
    const log: string[] = [];
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
      log: (line) => log.push(line),
    });
    const fetch = conformingFetch(async (input, init) =>
      app.fetch(new Request(input as Request, init)),
    );
    const responses: string[] = [];
    const call = async (method: string, url: string, body?: unknown) => {
      const res = await fetch(`http://test.local${url}?token=${canary}`, {
        method,
        headers: { 'xi-api-key': boot.apiKey, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      responses.push(text);
      return { status: res.status, json: text ? (JSON.parse(text) as { id: string }) : undefined };
    };

    const base = '/v1/workspace/auth-connections';
    const secretKey = `${canary}${'k'.repeat(32)}`;
    const created = [
      await call('POST', base, {
        auth_type: 'bearer_auth',
        name: 'n',
        provider: 'p',
        token: canary,
      }),
      await call('POST', base, {
        auth_type: 'basic_auth',
        name: 'n',
        provider: 'p',
        username: 'u',
        password: canary,
      }),
      await call('POST', base, {
        auth_type: 'oauth2_client_credentials',
        name: 'n',
        provider: 'p',
        client_id: 'c',
        client_secret: canary,
        token_url: 'https://x.example.com/t',
      }),
      await call('POST', base, {
        auth_type: 'oauth2_jwt',
        name: 'n',
        provider: 'p',
        issuer: 'i',
        audience: 'a',
        subject: 's',
        token_url: 'https://x.example.com/t',
        secret_key: secretKey,
      }),
      await call('POST', base, {
        auth_type: 'mtls',
        name: 'n',
        provider: 'p',
        client_certificate: pemMaterial().certificate,
        client_key: pemMaterial().encryptedRsaKey,
        key_passphrase: pemMaterial().passphrase,
      }),
    ];
    for (const c of created) expect(c.status).toBe(200);
    // Rotation and failed attempts go through the same paths.
    expect(
      (await call('PATCH', `${base}/${created[0]?.json?.id}`, { token: `${canary}-2` })).status,
    ).toBe(200);
    expect(
      (await call('POST', base, { auth_type: 'basic_auth', name: 'n', password: canary })).status,
    ).toBe(422);
    expect((await call('GET', base)).status).toBe(200);

    // The store can still read them back (so they are stored, only not in clear).
    const store = createAuthConnectionsStore(db, createSecretBox(encryptionKey));
    expect(store.readSecret(boot.workspaceId, created[1]?.json?.id ?? '', 'password')).toBe(canary);
    expect(store.readSecret(boot.workspaceId, created[4]?.json?.id ?? '', 'key_passphrase')).toBe(
      pemMaterial().passphrase,
    );

    const walFile = `${file}-wal`;
    expect(existsSync(walFile)).toBe(true);
    const needles = [
      canary,
      Buffer.from(canary).toString('base64').slice(0, 16),
      pemMaterial().passphrase,
    ];
    const haystacks = {
      database: readFileSync(file).toString('latin1'),
      wal: readFileSync(walFile).toString('latin1'),
      responses: responses.join('\n'),
      log: log.join('\n'),
    };
    for (const [where, text] of Object.entries(haystacks)) {
      for (const needle of needles)
        expect(text.includes(needle), `${needle} in ${where}`).toBe(false);
    }
    // Nor is the API key: only its hash is stored, and the log has no headers.
    expect(haystacks.database.includes(boot.apiKey) || haystacks.wal.includes(boot.apiKey)).toBe(
      false,
    );
    expect(haystacks.log.includes(boot.apiKey)).toBe(false);
    expect(log.length).toBeGreaterThanOrEqual(8);
    expect(log[0]).toMatch(/^POST \/v1\/workspace\/auth-connections 200 \d+\.\dms$/);
    db.close();
  });
});
