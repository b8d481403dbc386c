import { createRequestSchema, type CreateAuthType } from '../../../../contract/index.ts';
import { emptyFormValues, switchAuthType, type ConnectionFormValues } from './form-values.ts';
import { toCreateRequest } from './to-create-request.ts';

const form = (authType: CreateAuthType, patch: Partial<ConnectionFormValues>) => ({
  ...emptyFormValues(authType),
  name: '  CRM ',
  provider: 'salesforce',
  ...patch,
});

describe('toCreateRequest', () => {
  it.each<[CreateAuthType, Partial<ConnectionFormValues>, Record<string, unknown>]>([
    [
      'oauth2_client_credentials',
      {
        client_id: ' abc ',
        client_secret: ' s3cr3t ',
        token_url: 'https://login.example.com/token',
        scopes: ['api', 'refresh'],
        extra_params: [
          { key: 'audience', value: 'x' },
          { key: '', value: '' },
        ],
        custom_headers: [{ key: 'X-Tenant', value: 't1' }],
        basic_auth_in_header: true,
      },
      {
        client_id: 'abc',
        client_secret: ' s3cr3t ',
        token_url: 'https://login.example.com/token',
        scopes: ['api', 'refresh'],
        extra_params: { audience: 'x' },
        custom_headers: { 'X-Tenant': 't1' },
        basic_auth_in_header: true,
      },
    ],
    [
      'oauth2_client_credentials',
      { client_id: 'abc', client_secret: 's', token_url: 'https://x.test/t' },
      {
        client_id: 'abc',
        client_secret: 's',
        token_url: 'https://x.test/t',
        basic_auth_in_header: false,
      },
    ],
    [
      'custom_header_auth',
      { header_name: 'x-api-key', token: 'k' },
      { header_name: 'x-api-key', token: 'k' },
    ],
    ['basic_auth', { username: 'u', password: 'p w' }, { username: 'u', password: 'p w' }],
    ['bearer_auth', { token: 't-123', username: 'left over' }, { token: 't-123' }],
    [
      'oauth2_jwt',
      {
        issuer: 'iss',
        audience: 'aud',
        subject: 'sub',
        token_url: 'https://idp.test/token',
        secret_key: 'k'.repeat(32),
        key_id: '',
        expiration_seconds: 600,
        extra_params: [{ key: 'tenant', value: 'a' }],
      },
      {
        algorithm: 'HS256',
        issuer: 'iss',
        audience: 'aud',
        subject: 'sub',
        token_url: 'https://idp.test/token',
        secret_key: 'k'.repeat(32),
        expiration_seconds: 600,
        extra_params: { tenant: 'a' },
        token_response_field: 'access_token',
      },
    ],
    [
      'private_key_jwt',
      {
        issuer: 'i',
        audience: 'a',
        subject: 's',
        secret_key: 'x',
        key_id: 'kid-1',
        algorithm: 'RS256',
      },
      {
        algorithm: 'RS256',
        issuer: 'i',
        audience: 'a',
        subject: 's',
        secret_key: 'x',
        key_id: 'kid-1',
        expiration_seconds: 3600,
      },
    ],
    [
      'mtls',
      { client_certificate: 'CERT', client_key: 'KEY', ca_certificate: '', key_passphrase: '' },
      { client_certificate: 'CERT', client_key: 'KEY' },
    ],
  ])('%s', (authType, patch, expected) => {
    const body = toCreateRequest(form(authType, patch));
    expect(body).toEqual({ auth_type: authType, name: 'CRM', provider: 'salesforce', ...expected });
    expect(createRequestSchema.safeParse(body).success).toBe(true);
  });

  it('omits an empty expiration so that the server applies the default', () => {
    const body = toCreateRequest(form('oauth2_jwt', { expiration_seconds: undefined }));
    expect(body).not.toHaveProperty('expiration_seconds');
  });
});

describe('switchAuthType', () => {
  it('keeps name, provider and shared fields, drops the rest', () => {
    const before = form('oauth2_client_credentials', {
      client_id: 'abc',
      client_secret: 'sec',
      token_url: 'https://x.test/t',
      scopes: ['a'],
    });
    const after = switchAuthType(before, 'oauth2_jwt');
    expect(after).toMatchObject({
      auth_type: 'oauth2_jwt',
      name: '  CRM ',
      provider: 'salesforce',
    });
    expect(after.token_url).toBe('https://x.test/t');
    expect(after.scopes).toEqual(['a']);
    expect(after.client_id).toBe('');
    expect(after.client_secret).toBe('');
  });
  it('does not carry a secret into a type that lacks it', () => {
    const after = switchAuthType(form('bearer_auth', { token: 'tok' }), 'basic_auth');
    expect(after.token).toBe('');
  });
});
