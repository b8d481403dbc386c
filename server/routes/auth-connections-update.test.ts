import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pemMaterial } from '../../tests/pem-material.ts';
import { BASE, testApi, validBodies, type TestApi } from '../test-support/test-api.ts';

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => {
  expect(api.fetch.checked()).toBeGreaterThan(0);
  api.server.close();
});

async function created(body: object): Promise<Record<string, unknown> & { id: string }> {
  const res = await api.create(body);
  expect(res.status).toBe(200);
  return res.body;
}

describe('PATCH: 200 and its semantics', () => {
  it('changes what was sent and leaves omitted fields unchanged', async () => {
    const conn = await created({ ...validBodies.oauth2_client_credentials, scopes: ['a'] });
    const res = await api.update(conn.id, {
      auth_type: 'oauth2_client_credentials',
      client_id: 'new-id',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...conn, client_id: 'new-id' });
  });

  it('treats a missing auth_type as the stored type, so {} is a no-op', async () => {
    const conn = await created(validBodies.basic_auth);
    const res = await api.update(conn.id, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual(conn);
  });

  it('null leaves required fields unchanged and clears key_id', async () => {
    const conn = await created({ ...validBodies.oauth2_jwt, key_id: 'kid-1' });
    expect(conn.key_id).toBe('kid-1');
    const res = await api.update(conn.id, {
      auth_type: 'oauth2_jwt',
      provider: null,
      issuer: null,
      secret_key: null,
      key_id: null,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...conn, key_id: null });
  });

  it('replaces maps and scopes as a whole', async () => {
    const conn = await created({
      ...validBodies.oauth2_client_credentials,
      scopes: ['a', 'b'],
      custom_headers: { 'X-One': '1' },
      extra_params: { audience: 'x' },
    });
    const res = await api.update(conn.id, {
      scopes: ['c'],
      custom_headers: { 'X-Two': '2' },
      extra_params: {},
    });
    expect(res.status).toBe(200);
    expect(res.body.scopes).toEqual(['c']);
    expect(res.body.custom_headers).toEqual({ 'X-Two': '2' });
    expect(res.body.extra_params).toEqual({});
  });

  it('updates each updatable type', async () => {
    const cases = [
      [
        validBodies.oauth2_client_credentials,
        { basic_auth_in_header: true, client_secret: 'rotated' },
      ],
      [validBodies.basic_auth, { username: 'new', password: 'rotated' }],
      [validBodies.bearer_auth, { provider: 'Other', token: 'rotated' }],
      [validBodies.oauth2_jwt, { algorithm: 'HS512', secret_key: 'z'.repeat(64), scopes: ['x'] }],
    ] as const;
    for (const [body, change] of cases) {
      const conn = await created(body);
      const res = await api.update(conn.id, { auth_type: body.auth_type, ...change });
      expect(res.status).toBe(200);
      for (const [key, value] of Object.entries(change)) {
        if (['client_secret', 'password', 'token', 'secret_key'].includes(key)) {
          expect(res.body).not.toHaveProperty(key);
        } else {
          expect(res.body[key]).toEqual(value);
        }
      }
    }
  });
});

describe('PATCH: 422', () => {
  it('rejects an auth_type that differs from the stored one', async () => {
    const conn = await created(validBodies.basic_auth);
    const res = await api.update(conn.id, { auth_type: 'bearer_auth', token: 't' });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      expect.objectContaining({ loc: ['body', 'auth_type'], type: 'literal_error' }),
    ]);
  });

  it('rejects updates to types that have no update schema', async () => {
    for (const body of [validBodies.custom_header_auth, validBodies.private_key_jwt]) {
      const conn = await created(body);
      const res = await api.update(conn.id, { provider: 'x' });
      expect(res.status).toBe(422);
      expect(res.body.detail[0].loc).toEqual(['body', 'auth_type']);
      expect(res.body.detail[0].msg).toMatch(/cannot be updated/);
    }
  });

  it('rejects name and token_url with a message that says why', async () => {
    const conn = await created(validBodies.oauth2_client_credentials);
    const res = await api.update(conn.id, { name: 'New', token_url: 'https://x.example.com/t' });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      {
        loc: ['body', 'name'],
        msg: expect.stringMatching(/cannot be changed/),
        type: 'extra_forbidden',
      },
      {
        loc: ['body', 'token_url'],
        msg: expect.stringMatching(/cannot be changed/),
        type: 'extra_forbidden',
      },
    ]);
  });

  it('checks sent fields: types, bounds, header names, empty secrets', async () => {
    const cc = await created(validBodies.oauth2_client_credentials);
    const res = await api.update(cc.id, {
      client_id: 5,
      custom_headers: { 'Bad Header': 'v' },
      client_secret: '',
    });
    expect(res.status).toBe(422);
    expect(res.body.detail.map((d: { loc: unknown[] }) => d.loc)).toEqual(
      expect.arrayContaining([
        ['body', 'client_id'],
        ['body', 'custom_headers', 'Bad Header', '[key]'],
        ['body', 'client_secret'],
      ]),
    );
    const jwt = await created(validBodies.oauth2_jwt);
    const bounds = await api.update(jwt.id, { expiration_seconds: 59 });
    expect(bounds.status).toBe(422);
    expect(bounds.body.detail[0].type).toBe('greater_than_equal');
  });

  it('checks the JWT secret against the new algorithm, stored or sent', async () => {
    const jwt = await created(validBodies.oauth2_jwt);
    const noKey = await api.update(jwt.id, { algorithm: 'RS256' });
    expect(noKey.status).toBe(422);
    expect(noKey.body.detail[0].loc).toEqual(['body', 'secret_key']);
    expect(noKey.body.detail[0].msg).toMatch(/RS256 needs a new secret key/);

    const tooShort = await api.update(jwt.id, { algorithm: 'HS512' });
    expect(tooShort.status).toBe(422);

    const withKey = await api.update(jwt.id, {
      algorithm: 'RS256',
      secret_key: pemMaterial().rsaKey,
    });
    expect(withKey.status).toBe(200);
    expect(withKey.body.algorithm).toBe('RS256');

    const hmacNow = await api.update(jwt.id, { secret_key: 'short' });
    expect(hmacNow.status).toBe(422);
  });
});

describe('PATCH: other statuses', () => {
  it('404 for an unknown id, 401 without a valid key', async () => {
    const missing = await api.update('ac_000000000000000000000000', { provider: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.body.detail.status).toBe('auth_connection_not_found');
    const conn = await created(validBodies.basic_auth);
    expect((await api.send('PATCH', `${BASE}/${conn.id}`, { provider: 'x' }, null)).status).toBe(
      401,
    );
    expect((await api.update(conn.id, { provider: 'x' }, 'nope')).status).toBe(401);
  });

  it('415, 413 and 422 for bodies that are not acceptable JSON', async () => {
    const conn = await created(validBodies.basic_auth);
    const url = `${api.server.baseUrl}${BASE}/${conn.id}`;
    const headers = { 'xi-api-key': api.server.apiKey };
    const text = await api.fetch(url, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
    const big = await api.update(conn.id, { password: 'p'.repeat(70_000) });
    expect(big.status).toBe(413);
    const bad = await api.fetch(url, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(bad.status).toBe(422);
  });
});

describe('DELETE', () => {
  it('200 {} then 404, and the list no longer has it', async () => {
    const conn = await created(validBodies.bearer_auth);
    const res = await api.remove(conn.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    expect((await api.list()).body.auth_connections).toEqual([]);
    const again = await api.remove(conn.id);
    expect(again.status).toBe(404);
  });

  it('401 without a valid key, and nothing is deleted', async () => {
    const conn = await created(validBodies.bearer_auth);
    expect((await api.send('DELETE', `${BASE}/${conn.id}`, undefined, null)).status).toBe(401);
    expect((await api.remove(conn.id, 'nope')).status).toBe(401);
    expect((await api.list()).body.auth_connections).toHaveLength(1);
  });

  it('405 for GET on an item (the API has no GET by id)', async () => {
    const conn = await created(validBodies.bearer_auth);
    const res = await api.send('GET', `${BASE}/${conn.id}`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('PATCH, DELETE');
  });
});

describe('GET list', () => {
  it('401 without or with a wrong key, with the ElevenLabs error shape', async () => {
    const res = await api.list('wrong');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: { status: 'invalid_api_key', message: 'Invalid API key' } });
    expect((await api.send('GET', BASE, undefined, null)).status).toBe(401);
  });

  it('sends no-store, nosniff and no-referrer on API responses', async () => {
    const res = await api.list();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
