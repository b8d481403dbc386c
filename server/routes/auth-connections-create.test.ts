import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pemMaterial } from '../../tests/pem-material.ts';
import { ALL_SECRET_FIELD_NAMES } from '../../contract/index.ts';
import { BASE, testApi, validBodies, type TestApi } from '../test-support/test-api.ts';

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => {
  expect(api.fetch.checked()).toBeGreaterThan(0);
  api.server.close();
});

const locs = (body: { detail: { loc: unknown[] }[] }) => body.detail.map((d) => d.loc);

describe('POST /v1/workspace/auth-connections: 200', () => {
  it.each(Object.entries(validBodies))(
    'creates %s and returns that response type',
    async (type, body) => {
      const res = await api.create(body);
      expect(res.status).toBe(200);
      expect(res.body.auth_type).toBe(type);
      expect(res.body.id).toMatch(/^ac_[0-9a-f]{24}$/);
      expect(res.body.name).toBe(body.name);
      expect(res.body.used_by).toEqual({ tools: [], mcp_servers: [], integration_connections: [] });
      expect(res.body.status).toBe('active');
      for (const secret of ALL_SECRET_FIELD_NAMES) {
        expect(res.body).not.toHaveProperty(secret);
      }
    },
  );

  it('creates mtls from real PEM material and returns no certificate or key', async () => {
    const pem = pemMaterial();
    const res = await api.create({
      auth_type: 'mtls',
      name: 'Bank',
      provider: 'Bank',
      client_certificate: pem.certificate,
      client_key: pem.rsaKey,
      ca_certificate: pem.otherCertificate,
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'auth_type',
        'id',
        'name',
        'provider',
        'status',
        'status_detail',
        'status_updated_at',
        'used_by',
      ].sort(),
    );
  });

  it('applies the spec defaults', async () => {
    const cc = await api.create(validBodies.oauth2_client_credentials);
    expect(cc.body).toMatchObject({
      scopes: [],
      extra_params: {},
      basic_auth_in_header: false,
      custom_headers: {},
    });
    const jwt = await api.create(validBodies.oauth2_jwt);
    expect(jwt.body).toMatchObject({
      algorithm: 'HS256',
      expiration_seconds: 3600,
      token_response_field: 'access_token',
      key_id: null,
    });
  });

  it('lists what it created, in creation order', async () => {
    const a = await api.create(validBodies.basic_auth);
    const b = await api.create(validBodies.bearer_auth);
    const list = await api.list();
    expect(list.status).toBe(200);
    expect(list.body.auth_connections.map((c: { id: string }) => c.id)).toEqual([
      a.body.id,
      b.body.id,
    ]);
  });
});

describe('POST without auth_type: inference in spec order', () => {
  it('accepts the docs example body as oauth2_client_credentials', async () => {
    const res = await api.create({
      client_id: 'id',
      client_secret: 'secret',
      name: 'Docs example',
      provider: 'p',
      token_url: 'https://auth.example.com/token',
    });
    expect(res.status).toBe(200);
    expect(res.body.auth_type).toBe('oauth2_client_credentials');
  });

  it.each([
    [{ name: 'n', provider: 'p', header_name: 'X-Key', token: 't' }, 'custom_header_auth'],
    [{ name: 'n', provider: 'p', username: 'u', password: 'p' }, 'basic_auth'],
    [{ name: 'n', provider: 'p', token: 't' }, 'bearer_auth'],
    [
      {
        name: 'n',
        provider: 'p',
        issuer: 'i',
        audience: 'a',
        subject: 's',
        secret_key: 'x'.repeat(32),
      },
      'private_key_jwt',
    ],
  ])('infers %j as %s', async (body, type) => {
    const res = await api.create(body);
    expect(res.status).toBe(200);
    expect(res.body.auth_type).toBe(type);
  });

  it('reports the errors of the closest variant when none fits', async () => {
    const res = await api.create({
      client_id: 'id',
      name: 'n',
      provider: 'p',
      token_url: 'https://auth.example.com/token',
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      { loc: ['body', 'client_secret'], msg: 'Field required', type: 'missing' },
    ]);
  });

  it('runs the checks beyond the spec on the inferred variant', async () => {
    const res = await api.create({
      name: 'n',
      provider: 'p',
      header_name: 'bad header',
      token: 't',
    });
    expect(res.status).toBe(422);
    expect(locs(res.body)).toEqual([['body', 'header_name']]);
  });
});

describe('POST: 422 validation errors', () => {
  it('gives each invalid field its own entry', async () => {
    const res = await api.create({
      auth_type: 'oauth2_jwt',
      name: 'n',
      provider: 7,
      expiration_seconds: 10,
    });
    expect(res.status).toBe(422);
    expect(locs(res.body)).toEqual(
      expect.arrayContaining([
        ['body', 'provider'],
        ['body', 'issuer'],
        ['body', 'audience'],
        ['body', 'subject'],
        ['body', 'token_url'],
        ['body', 'secret_key'],
        ['body', 'expiration_seconds'],
      ]),
    );
    const bounds = res.body.detail.find(
      (d: { loc: string[] }) => d.loc[1] === 'expiration_seconds',
    );
    expect(bounds).toEqual({
      loc: ['body', 'expiration_seconds'],
      msg: 'Input should be greater than or equal to 60',
      type: 'greater_than_equal',
    });
    expect(new Set(locs(res.body).map((l) => JSON.stringify(l))).size).toBe(res.body.detail.length);
  });

  it('rejects expiration_seconds above 86400 and unknown algorithms', async () => {
    const res = await api.create({
      ...validBodies.oauth2_jwt,
      expiration_seconds: 86401,
      algorithm: 'ES256',
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual(
      expect.arrayContaining([
        {
          loc: ['body', 'expiration_seconds'],
          msg: 'Input should be less than or equal to 86400',
          type: 'less_than_equal',
        },
        expect.objectContaining({ loc: ['body', 'algorithm'], type: 'enum' }),
      ]),
    );
  });

  it('never echoes a secret value, even when the secret is the invalid field', async () => {
    const canary = 'CANARY-7f3a9c-never-echo';
    const bodies = [
      { ...validBodies.basic_auth, password: canary, username: 42 },
      { ...validBodies.oauth2_jwt, secret_key: canary },
      { ...validBodies.oauth2_jwt, secret_key: canary, algorithm: 'RS256' },
      { ...validBodies.bearer_auth, token: [canary] },
      {
        auth_type: 'mtls',
        name: 'n',
        provider: 'p',
        client_certificate: canary,
        client_key: canary,
        key_passphrase: canary,
      },
      { name: 'n', token: canary, surprise: canary },
    ];
    for (const body of bodies) {
      const res = await api.create(body);
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).not.toContain('CANARY');
      for (const item of res.body.detail) expect(item).not.toHaveProperty('input');
    }
  });

  it('rejects unknown fields (strict requests)', async () => {
    const res = await api.create({ ...validBodies.bearer_auth, surprise: 1 });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      { loc: ['body', 'surprise'], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' },
    ]);
  });

  it('rejects an unknown or read-only auth_type on auth_type', async () => {
    for (const authType of ['nope', 'slack_bot_auth', 5]) {
      const res = await api.create({ ...validBodies.bearer_auth, auth_type: authType });
      expect(res.status).toBe(422);
      expect(locs(res.body)).toEqual([['body', 'auth_type']]);
    }
  });

  it('rejects a body that is not an object', async () => {
    for (const body of [[], 'text', 3, null]) {
      const res = await api.create(body);
      expect(res.status).toBe(422);
      expect(locs(res.body)).toEqual([['body']]);
    }
  });

  it('rejects invalid JSON and an empty body with 422', async () => {
    for (const raw of ['{"name": ', '']) {
      const res = await api.fetch(`${api.server.baseUrl}${BASE}`, {
        method: 'POST',
        headers: { 'xi-api-key': api.server.apiKey, 'content-type': 'application/json' },
        body: raw,
      });
      expect(res.status).toBe(422);
      const body = (await res.json()) as { detail: { loc: unknown[]; type: string }[] };
      expect(body.detail[0]?.loc).toEqual(['body']);
    }
  });

  it('rejects blank names and empty required secrets', async () => {
    const res = await api.create({ ...validBodies.basic_auth, name: '  ', password: '' });
    expect(res.status).toBe(422);
    expect(locs(res.body).sort()).toEqual([
      ['body', 'name'],
      ['body', 'password'],
    ]);
  });
});

describe('POST: other statuses', () => {
  it('415 for a body that is not application/json', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const headers: Record<string, string> = { 'xi-api-key': api.server.apiKey };
      if (contentType) headers['content-type'] = contentType;
      const res = await api.fetch(`${api.server.baseUrl}${BASE}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(validBodies.bearer_auth),
      });
      expect(res.status).toBe(415);
      expect(((await res.json()) as { detail: { status: string } }).detail.status).toBe(
        'unsupported_media_type',
      );
    }
  });

  it('413 for a body over 64 KiB, whatever Content-Length says', async () => {
    const big = { ...validBodies.bearer_auth, token: 'x'.repeat(64 * 1024) };
    const res = await api.create(big);
    expect(res.status).toBe(413);
    expect(res.body.detail.status).toBe('payload_too_large');

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 70; i += 1) controller.enqueue(new Uint8Array(1024).fill(32));
        controller.close();
      },
    });
    const streamed = await api.fetch(`${api.server.baseUrl}${BASE}`, {
      method: 'POST',
      headers: { 'xi-api-key': api.server.apiKey, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('accepts a body just under 64 KiB', async () => {
    const body = { ...validBodies.bearer_auth, token: '' };
    const overhead = JSON.stringify(body).length;
    const res = await api.create({ ...body, token: 'x'.repeat(64 * 1024 - overhead) });
    expect(res.status).toBe(200);
  });

  it('401 without a key or with a wrong key', async () => {
    const missing = await api.send('POST', BASE, validBodies.bearer_auth, null);
    expect(missing.status).toBe(401);
    expect(missing.body.detail.status).toBe('needs_authorization');
    const wrong = await api.create(validBodies.bearer_auth, 'wrong-key');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      detail: { status: 'invalid_api_key', message: 'Invalid API key' },
    });
  });

  it('405 for methods the collection does not have', async () => {
    const res = await api.send('PUT', BASE, validBodies.bearer_auth);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
  });
});
