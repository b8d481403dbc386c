// The checks beyond the spec, through the API: each failure is a 422 on the right field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pemMaterial } from '../../tests/pem-material.ts';
import { testApi, validBodies, type TestApi } from '../test-support/test-api.ts';

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => {
  expect(api.fetch.checked()).toBeGreaterThan(0);
  api.server.close();
});

const pem = pemMaterial();
const mtls = (overrides: object) => ({
  auth_type: 'mtls',
  name: 'Bank',
  provider: 'Bank',
  client_certificate: pem.certificate,
  client_key: pem.rsaKey,
  ...overrides,
});

async function fieldErrors(body: object): Promise<Record<string, string>> {
  const res = await api.create(body);
  expect(res.status).toBe(422);
  return Object.fromEntries(
    res.body.detail.map((d: { loc: string[]; msg: string }) => [d.loc.slice(1).join('.'), d.msg]),
  );
}

describe('token_url', () => {
  it('must be an absolute https URL; http only to loopback (switch on in tests)', async () => {
    for (const url of [
      'http://auth.example.com/token',
      'auth.example.com/token',
      'ftp://x/y',
      '',
    ]) {
      expect(
        Object.keys(
          await fieldErrors({ ...validBodies.oauth2_client_credentials, token_url: url }),
        ),
      ).toEqual(['token_url']);
    }
    const loopback = await api.create({
      ...validBodies.oauth2_jwt,
      token_url: 'http://127.0.0.1:9999/token',
    });
    expect(loopback.status).toBe(200);
  });
});

describe('header names', () => {
  it('checks header_name and every custom_headers key', async () => {
    expect(
      await fieldErrors({ ...validBodies.custom_header_auth, header_name: 'X Api: Key' }),
    ).toHaveProperty('header_name');
    const errors = await fieldErrors({
      ...validBodies.oauth2_client_credentials,
      custom_headers: { Good: '1', 'Bad Name': '2', 'also:bad': '3' },
    });
    expect(Object.keys(errors).sort()).toEqual([
      'custom_headers.Bad Name.[key]',
      'custom_headers.also:bad.[key]',
    ]);
  });
});

describe('JWT secret_key', () => {
  it('HS* needs a long enough non-PEM secret', async () => {
    expect(
      (await fieldErrors({ ...validBodies.oauth2_jwt, secret_key: 'short' })).secret_key,
    ).toMatch(/at least 32 bytes/);
    expect(
      (
        await fieldErrors({
          ...validBodies.private_key_jwt,
          algorithm: 'HS512',
          secret_key: 'x'.repeat(48),
        })
      ).secret_key,
    ).toMatch(/64 bytes/);
    expect(
      (await fieldErrors({ ...validBodies.oauth2_jwt, secret_key: pem.rsaKey })).secret_key,
    ).toMatch(/not a PEM/);
  });

  it('RS* needs an RSA private key', async () => {
    expect(
      (
        await fieldErrors({
          ...validBodies.private_key_jwt,
          algorithm: 'RS256',
          secret_key: pem.ecKey,
        })
      ).secret_key,
    ).toMatch(/RSA/);
    const ok = await api.create({
      ...validBodies.private_key_jwt,
      algorithm: 'RS256',
      secret_key: pem.rsaKey,
    });
    expect(ok.status).toBe(200);
  });
});

describe('mtls PEMs', () => {
  it('rejects an unreadable certificate or CA and a key that is not a key', async () => {
    const errors = await fieldErrors(
      mtls({ client_certificate: 'nope', ca_certificate: pem.rsaKey, client_key: pem.certificate }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      'ca_certificate',
      'client_certificate',
      'client_key',
    ]);
  });

  it('rejects a key that does not belong to the certificate', async () => {
    expect((await fieldErrors(mtls({ client_key: pem.otherRsaKey }))).client_key).toMatch(
      /does not belong/,
    );
  });

  it('needs the passphrase of an encrypted key, and it must decrypt the key', async () => {
    expect(await fieldErrors(mtls({ client_key: pem.encryptedRsaKey }))).toHaveProperty(
      'key_passphrase',
    );
    expect(
      (await fieldErrors(mtls({ client_key: pem.encryptedRsaKey, key_passphrase: 'wrong' })))
        .key_passphrase,
    ).toMatch(/does not decrypt/);
    const ok = await api.create(
      mtls({ client_key: pem.encryptedRsaKey, key_passphrase: pem.passphrase }),
    );
    expect(ok.status).toBe(200);
  });
});

describe('values that reach a header (docs/decisions/0120)', () => {
  const smuggled = 'v\r\nX-Injected: 1';
  // Every field of contract/header-values.ts, in every type that has it, on create and update.
  const cases: [keyof typeof validBodies, string, string, RegExp][] = [
    ['custom_header_auth', 'token', smuggled, /line break at character 2/],
    ['custom_header_auth', 'token', 'tok\0en', /control character U\+0000 at character 4/],
    ['custom_header_auth', 'token', 'tok ', /start or end/],
    ['bearer_auth', 'token', smuggled, /line break/],
    ['bearer_auth', 'token', 'tök', /"ö" at character 2/],
    ['basic_auth', 'username', 'me:you', /colon at character 3/],
    ['basic_auth', 'username', 'me\0', /control character/],
    ['basic_auth', 'password', 'pass\nword', /line break/],
    ['oauth2_client_credentials', 'client_id', 'id\r\n', /line break/],
    ['oauth2_client_credentials', 'client_secret', 'sec\u0007ret', /control character U\+0007/],
  ];

  it.each(cases)('%s.%s %j: 422 on the field', async (type, field, value, message) => {
    const errors = await fieldErrors({ ...validBodies[type], [field]: value });
    expect(errors).toEqual({ [field]: expect.stringMatching(message) });
  });

  it.each(cases.filter(([type]) => type !== 'custom_header_auth'))(
    'PATCH %s.%s %j: 422 on the field',
    async (type, field, value, message) => {
      const stored = await api.create(validBodies[type]);
      const res = await api.update(stored.body.id, { [field]: value });
      expect(res.status).toBe(422);
      expect(res.body.detail).toEqual([
        { loc: ['body', field], msg: expect.stringMatching(message), type: 'value_error' },
      ]);
    },
  );

  it('checks each custom_headers value on create and update, apart from its name', async () => {
    const headers = { 'X-Ok': 'fine value', 'X-Evil': smuggled, 'X Both': ' x' };
    expect(
      await fieldErrors({ ...validBodies.oauth2_client_credentials, custom_headers: headers }),
    ).toEqual({
      'custom_headers.X-Evil': expect.stringMatching(/line break/),
      'custom_headers.X Both.[key]': expect.stringMatching(/header name/),
      'custom_headers.X Both': expect.stringMatching(/start or end/),
    });
    const stored = await api.create(validBodies.oauth2_client_credentials);
    const res = await api.update(stored.body.id, { custom_headers: { 'X-Nul': 'a\0' } });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(['body', 'custom_headers', 'X-Nul']);
  });

  it('accepts what a header can carry: inner spaces, tabs, punctuation; any Unicode in Basic', async () => {
    for (const body of [
      { ...validBodies.custom_header_auth, token: 'Token a\tb ~!@#$%^&*()' },
      { ...validBodies.basic_auth, username: 'jörg', password: ' pässwörd: ' },
      { ...validBodies.oauth2_client_credentials, client_id: 'urn:client', client_secret: 'a b' },
      { ...validBodies.oauth2_jwt, issuer: 'line\nbreak', key_id: 'kid\0' },
    ]) {
      expect((await api.create(body)).status).toBe(200);
    }
  });
});
