import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../crypto/secret-box.ts';
import { openDatabase } from '../db/open-database.ts';
import { createAuthConnectionsStore } from '../store/auth-connections-store.ts';
import { createWorkspacesStore } from '../store/workspaces-store.ts';
import { toChanges, toNewConnection, toResponse, toResponseJson } from './mapping.ts';

describe('toNewConnection', () => {
  it('splits secrets off the config, whatever the type', () => {
    const conn = toNewConnection('mtls', {
      name: 'n',
      provider: 'p',
      auth_type: 'mtls',
      client_certificate: 'CERT',
      client_key: 'KEY',
      ca_certificate: null,
      key_passphrase: 'PASS',
    });
    expect(conn.secrets).toEqual({
      client_certificate: 'CERT',
      client_key: 'KEY',
      key_passphrase: 'PASS',
    });
    expect(conn.config).toEqual({});
  });
});

describe('PATCH semantics against the store', () => {
  const db = openDatabase(':memory:');
  const workspaceId = createWorkspacesStore(db).createWorkspace('w');
  const store = createAuthConnectionsStore(db, createSecretBox(randomBytes(32)));
  const created = store.insert(
    workspaceId,
    toNewConnection('oauth2_jwt', {
      name: 'n',
      provider: 'p',
      auth_type: 'oauth2_jwt',
      issuer: 'i',
      audience: 'a',
      subject: 's',
      key_id: 'kid',
      token_url: 'https://x.example.com/t',
      extra_params: { a: '1', b: '2' },
      secret_key: 'original-secret',
    }),
  );

  it('null keeps a secret, a value rotates it', () => {
    const kept = store.update(
      workspaceId,
      created.id,
      toChanges('oauth2_jwt', { secret_key: null }, created),
    );
    expect(kept?.config).toEqual(created.config);
    expect(store.readSecret(workspaceId, created.id, 'secret_key')).toBe('original-secret');
    store.update(
      workspaceId,
      created.id,
      toChanges('oauth2_jwt', { secret_key: 'rotated' }, created),
    );
    expect(store.readSecret(workspaceId, created.id, 'secret_key')).toBe('rotated');
  });

  it('null clears key_id only; maps are replaced, not merged', () => {
    const changes = toChanges(
      'oauth2_jwt',
      { key_id: null, issuer: null, extra_params: { c: '3' }, provider: null },
      created,
    );
    expect(changes).toEqual({
      config: { ...created.config, key_id: null, extra_params: { c: '3' } },
      secrets: {},
    });
  });
});

describe('toResponseJson (the list, built as text)', () => {
  const usedBy = {
    tools: [
      {
        type: 'available' as const,
        id: 'tool_1',
        name: 'Tool "one"',
        created_at_unix_secs: 1,
        access_level: 'editor' as const,
      },
    ],
    mcp_servers: [{ type: 'unknown' as const, id: 'mcp_1' }],
    integration_connections: [],
  };
  const base = {
    id: 'ac_1',
    authType: 'oauth2_jwt',
    name: 'Name with "quotes" and \u2028',
    provider: 'Prov\\ider' as string | null,
    status: 'active',
    statusDetail: null as string | null,
    statusUpdatedAt: '2026-01-01T00:00:00.000Z' as string | null,
  };
  const configs: Record<string, unknown>[] = [
    {},
    { issuer: 'i', audience: 'a', key_id: null, extra_claims: { nested: { deep: [1, 'x'] } } },
    { scopes: ['a', 'b'], custom_headers: { 'X-A': 'ü' }, basic_auth_in_header: false },
  ];

  it('is byte for byte JSON.stringify(toResponse(...)) for every shape of row', () => {
    for (const config of configs) {
      for (const provider of ['Prov\\ider', null]) {
        for (const statusDetail of [null, 'token endpoint said 401']) {
          const stored = { ...base, provider, statusDetail, config };
          const text = { ...base, provider, statusDetail, configJson: JSON.stringify(config) };
          expect(toResponseJson(text, usedBy)).toBe(JSON.stringify(toResponse(stored, usedBy)));
        }
      }
    }
  });

  it('parses to what toResponse gives even if a config held one of the other keys', () => {
    const config = { status: 'from-config', name: 'config name', id: 'config id', x: 1 };
    const stored = { ...base, config };
    const text = { ...base, configJson: JSON.stringify(config) };
    const parsed = JSON.parse(toResponseJson(text, usedBy)) as Record<string, unknown>;
    const expected = toResponse(stored, usedBy);
    expect(parsed).toEqual(expected);
    expect(Object.keys(parsed)).toEqual(Object.keys(expected));
  });

  it('refuses a stored config that is not a JSON object', () => {
    expect(() => toResponseJson({ ...base, configJson: '[1]' }, usedBy)).toThrow(/not a JSON/);
  });
});
