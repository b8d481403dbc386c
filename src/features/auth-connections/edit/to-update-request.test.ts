import { updateRequestSchema, type UpdateAuthType } from '../../../../contract/index.ts';
import { emptyFormValues, type ConnectionFormValues } from '../form/form-values.ts';
import { changedFields, toUpdateRequest } from './to-update-request.ts';

// What the form holds right after loading each type's stored connection.
const STORED: Record<UpdateAuthType, Partial<ConnectionFormValues>> = {
  oauth2_client_credentials: {
    client_id: 'abc',
    token_url: 'https://login.example.com/token',
    scopes: ['api', 'refresh'],
    extra_params: [{ key: 'audience', value: 'x' }],
    custom_headers: [
      { key: 'X-Tenant', value: 't1' },
      { key: 'X-Env', value: 'prod' },
    ],
    basic_auth_in_header: false,
  },
  basic_auth: { username: 'u' },
  bearer_auth: {},
  oauth2_jwt: {
    issuer: 'iss',
    audience: 'aud',
    subject: 'sub',
    token_url: 'https://idp.test/token',
    key_id: 'kid-1',
    algorithm: 'HS256',
    expiration_seconds: 3600,
    scopes: ['read'],
    extra_params: [{ key: 'tenant', value: 'a' }],
    token_response_field: 'access_token',
  },
};

const stored = (authType: UpdateAuthType): ConnectionFormValues => ({
  ...emptyFormValues(authType),
  name: 'CRM',
  provider: 'salesforce',
  ...STORED[authType],
});

type Row = [string, UpdateAuthType, Partial<ConnectionFormValues>, Record<string, unknown>];

const ROWS: Row[] = [
  // Nothing changed: only the stored auth_type is sent.
  ['nothing', 'oauth2_client_credentials', {}, {}],
  ['nothing', 'basic_auth', {}, {}],
  ['nothing', 'bearer_auth', {}, {}],
  ['nothing', 'oauth2_jwt', {}, {}],
  // Whitespace around text is not a change.
  ['trailing space', 'basic_auth', { username: ' u ', provider: 'salesforce ' }, {}],
  // Secrets: sent exactly as typed when typed, never otherwise.
  [
    'rotate client_secret',
    'oauth2_client_credentials',
    { client_secret: ' new ' },
    { client_secret: ' new ' },
  ],
  ['rotate password', 'basic_auth', { password: 'p2' }, { password: 'p2' }],
  ['rotate token', 'bearer_auth', { token: 't-2' }, { token: 't-2' }],
  [
    'rotate secret_key',
    'oauth2_jwt',
    { secret_key: 'k'.repeat(32) },
    { secret_key: 'k'.repeat(32) },
  ],
  // Plain fields.
  ['provider', 'bearer_auth', { provider: ' stripe ' }, { provider: 'stripe' }],
  ['client_id', 'oauth2_client_credentials', { client_id: 'def' }, { client_id: 'def' }],
  [
    'username and password',
    'basic_auth',
    { username: 'v', password: 'p' },
    { username: 'v', password: 'p' },
  ],
  [
    'switch',
    'oauth2_client_credentials',
    { basic_auth_in_header: true },
    { basic_auth_in_header: true },
  ],
  // Scopes and maps: the whole new value, because the server replaces them.
  [
    'add a scope',
    'oauth2_client_credentials',
    { scopes: ['api', 'refresh', 'write'] },
    { scopes: ['api', 'refresh', 'write'] },
  ],
  ['clear scopes', 'oauth2_jwt', { scopes: [] }, { scopes: [] }],
  [
    'remove a header row',
    'oauth2_client_credentials',
    { custom_headers: [{ key: 'X-Env', value: 'prod' }] },
    { custom_headers: { 'X-Env': 'prod' } },
  ],
  [
    'reorder header rows and add an empty one',
    'oauth2_client_credentials',
    {
      custom_headers: [
        { key: 'X-Env', value: 'prod' },
        { key: 'X-Tenant', value: 't1' },
        { key: '', value: '' },
      ],
    },
    {},
  ],
  ['empty the params', 'oauth2_client_credentials', { extra_params: [] }, { extra_params: {} }],
  [
    'change a claim value',
    'oauth2_jwt',
    { extra_params: [{ key: 'tenant', value: 'b' }] },
    { extra_params: { tenant: 'b' } },
  ],
  // JWT fields.
  ['expiration', 'oauth2_jwt', { expiration_seconds: 600 }, { expiration_seconds: 600 }],
  ['emptied expiration', 'oauth2_jwt', { expiration_seconds: undefined }, {}],
  [
    'algorithm and key',
    'oauth2_jwt',
    { algorithm: 'HS512', secret_key: 's'.repeat(64) },
    { algorithm: 'HS512', secret_key: 's'.repeat(64) },
  ],
  [
    'token_response_field',
    'oauth2_jwt',
    { token_response_field: 'id_token' },
    { token_response_field: 'id_token' },
  ],
  [
    'claims',
    'oauth2_jwt',
    { issuer: 'i2', audience: 'a2', subject: 's2' },
    { issuer: 'i2', audience: 'a2', subject: 's2' },
  ],
  ['new key_id', 'oauth2_jwt', { key_id: 'kid-2' }, { key_id: 'kid-2' }],
  // key_id is the one field null clears (0001).
  ['clear key_id', 'oauth2_jwt', { key_id: '  ' }, { key_id: null }],
  // name and token_url are not updatable: never sent, whatever the form holds.
  ['name and token_url', 'oauth2_jwt', { name: 'Other', token_url: 'https://x.test/t' }, {}],
];

describe('toUpdateRequest', () => {
  it.each(ROWS)('%s (%s)', (_what, authType, patch, expected) => {
    const before = stored(authType);
    const body = toUpdateRequest(authType, before, { ...before, ...patch });
    expect(body).toEqual({ auth_type: authType, ...expected });
    expect(changedFields(body)).toEqual(Object.keys(expected));
    expect(updateRequestSchema.safeParse(body).success).toBe(true);
  });
});
