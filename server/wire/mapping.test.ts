import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../crypto/secret-box.ts';
import { openDatabase } from '../db/open-database.ts';
import { createAuthConnectionsStore } from '../store/auth-connections-store.ts';
import { createWorkspacesStore } from '../store/workspaces-store.ts';
import { toChanges, toNewConnection } from './mapping.ts';

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
