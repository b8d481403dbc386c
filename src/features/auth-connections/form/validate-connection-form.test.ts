import { checkHeaderFieldValue } from '../../../../contract/index.ts';
import { editProblems } from '../edit/edit-resolver.ts';
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

describe('values that reach a header (contract/header-values.ts)', () => {
  const words = (field: string, value: string) => checkHeaderFieldValue(field, value);
  const cc = {
    auth_type: 'oauth2_client_credentials' as const,
    client_id: 'c',
    client_secret: 's',
    token_url: 'https://t.test/x',
  };

  it.each<
    [Partial<ConnectionFormValues> & Pick<ConnectionFormValues, 'auth_type'>, string, string]
  >([
    [{ auth_type: 'custom_header_auth', header_name: 'X-Key', token: 'a\0b' }, 'token', 'a\0b'],
    [{ auth_type: 'custom_header_auth', header_name: 'X-Key', token: 'tok ' }, 'token', 'tok '],
    [{ auth_type: 'bearer_auth', token: 'a\r\nX-Evil: 1' }, 'token', 'a\r\nX-Evil: 1'],
    [{ auth_type: 'basic_auth', username: 'me:you', password: 'p' }, 'username', 'me:you'],
    [{ auth_type: 'basic_auth', username: 'me', password: 'p\u0007' }, 'password', 'p\u0007'],
    [{ ...cc, client_id: 'cl\u00efent' }, 'client_id', 'cl\u00efent'],
    [{ ...cc, client_secret: 's\u007f' }, 'client_secret', 's\u007f'],
  ])("%j: the server's message on %s", (patch, path, value) => {
    expect(errorsOf(patch)).toEqual({ [path]: words(path, value) });
  });

  it('judges a trimmed field as sent: spaces around a username are not the problem', () => {
    expect(errorsOf({ auth_type: 'basic_auth', username: ' me ', password: 'p' })).toEqual({});
  });

  it("puts a custom header value problem under that row's value", () => {
    const errors = errorsOf({
      ...cc,
      custom_headers: [
        { key: 'X-A', value: 'ok' },
        { key: 'X-B', value: ' padded' },
      ],
    });
    expect(errors).toEqual({ 'custom_headers.1.value': words('custom_headers', ' padded') });
  });

  it('on edit too, except a secret left empty to keep the stored one', () => {
    const values = { ...emptyFormValues('bearer_auth'), name: 'n', provider: 'p' };
    expect(Object.fromEntries(editProblems('bearer_auth', { ...values, token: 'é' }))).toEqual({
      token: words('token', 'é'),
    });
    expect(editProblems('bearer_auth', values).size).toBe(0);
  });
});
