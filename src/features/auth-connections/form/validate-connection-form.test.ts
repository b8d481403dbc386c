import { emptyFormValues, type ConnectionFormValues } from './form-values.ts';
import { validateConnectionForm } from './validate-connection-form.ts';

const errorsOf = (patch: Partial<ConnectionFormValues> & Pick<ConnectionFormValues, 'auth_type'>) =>
  Object.fromEntries(
    validateConnectionForm({
      ...emptyFormValues(patch.auth_type),
      name: 'n',
      provider: 'p',
      ...patch,
    }),
  );

describe('validateConnectionForm', () => {
  it('marks every empty required field of the chosen type', () => {
    expect(errorsOf({ auth_type: 'basic_auth', name: '' })).toEqual({
      name: 'Name is required.',
      username: 'Username is required.',
      password: 'Password is required.',
    });
  });

  it('accepts a complete bearer connection', () => {
    expect(errorsOf({ auth_type: 'bearer_auth', token: 't' })).toEqual({});
  });

  it('checks the token URL, header names and duplicate rows', () => {
    const errors = errorsOf({
      auth_type: 'oauth2_client_credentials',
      client_id: 'c',
      client_secret: 's',
      token_url: 'http://example.com/token',
      custom_headers: [
        { key: 'X-A', value: '1' },
        { key: 'x-a', value: '2' },
        { key: 'bad name', value: '3' },
      ],
    });
    expect(errors.token_url).toBe('The token URL must start with https://.');
    expect(errors['custom_headers.1.key']).toBe('"x-a" is already in row 1.');
    expect(errors['custom_headers.2.key']).toMatch(/header name/);
  });

  it('bounds the expiration and checks the key against the algorithm', () => {
    const base = {
      auth_type: 'oauth2_jwt' as const,
      issuer: 'i',
      audience: 'a',
      subject: 's',
      token_url: 'https://t.test/x',
    };
    expect(errorsOf({ ...base, expiration_seconds: 59, secret_key: 'k'.repeat(32) })).toEqual({
      expiration_seconds: 'Enter a whole number from 60 to 86400.',
    });
    expect(errorsOf({ ...base, secret_key: 'short' }).secret_key).toMatch(/at least 32 bytes/);
    expect(
      errorsOf({ ...base, algorithm: 'RS256', secret_key: 'k'.repeat(32) }).secret_key,
    ).toMatch(/RSA private key/);
  });

  it('asks for the passphrase of an encrypted mTLS key', () => {
    const errors = errorsOf({
      auth_type: 'mtls',
      client_certificate: '-----BEGIN CERTIFICATE-----\nAA\n-----END CERTIFICATE-----',
      client_key: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAA\n-----END ENCRYPTED PRIVATE KEY-----',
    });
    expect(errors).toEqual({ key_passphrase: 'This key is encrypted: enter its passphrase.' });
  });
});
