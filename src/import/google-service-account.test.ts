import { serviceAccountJson } from '../../tests/import-samples.ts';
import { importText } from './import-credential.ts';

describe('Google service-account JSON', () => {
  it('becomes an OAuth2 JWT bearer connection filled as Google expects', async () => {
    const sample = serviceAccountJson();
    const result = await importText(sample.json);
    expect(result).toEqual({
      ok: true,
      imported: {
        authType: 'oauth2_jwt',
        fields: {
          provider: 'google',
          name: 'test-project',
          issuer: sample.email,
          subject: sample.email,
          audience: 'https://oauth2.googleapis.com/token',
          token_url: 'https://oauth2.googleapis.com/token',
          key_id: sample.keyId,
          algorithm: 'RS256',
          secret_key: sample.privateKey,
          scopes: [],
        },
        recognised: { format: 'google-service-account', email: sample.email, keyId: sample.keyId },
        notes: [{ code: 'scopes-for-admin' }, { code: 'google-subject' }],
      },
    });
  });

  it('repairs a key whose newlines were lost as literal \\n', async () => {
    const sample = serviceAccountJson();
    const flattened = sample.json.replace(/\\n/g, '\\\\n');
    const result = await importText(flattened);
    expect(result.ok && result.imported.fields.secret_key).toBe(sample.privateKey);
  });

  for (const field of ['client_email', 'private_key', 'private_key_id', 'token_uri']) {
    it(`a missing ${field} is named`, async () => {
      const sample = serviceAccountJson({ [field]: undefined });
      expect(await importText(sample.json)).toEqual({
        ok: false,
        problem: { code: 'google-missing-field', field },
      });
    });
  }

  it('a user credential (authorized_user) is not taken for a service account', async () => {
    const json = JSON.stringify({ type: 'authorized_user', client_id: 'x', refresh_token: 'y' });
    expect(await importText(json)).toEqual({
      ok: false,
      problem: { code: 'google-not-service-account', type: 'authorized_user' },
    });
  });

  it('a private_key that is not an RSA PEM key is named', async () => {
    const sample = serviceAccountJson({ private_key: 'not a key' });
    expect(await importText(sample.json)).toEqual({
      ok: false,
      problem: { code: 'google-bad-key' },
    });
  });

  it('broken JSON and other JSON say what was expected', async () => {
    expect(await importText('{"type": "service_account",')).toEqual({
      ok: false,
      problem: { code: 'json-invalid' },
    });
    expect(await importText('{"hello": "world"}')).toEqual({
      ok: false,
      problem: { code: 'json-unknown-shape' },
    });
  });
});
