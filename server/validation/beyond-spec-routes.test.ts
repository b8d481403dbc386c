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
      'custom_headers.Bad Name',
      'custom_headers.also:bad',
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
