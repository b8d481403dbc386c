import { authConnectionResponseSchema } from '../../../../contract/index.ts';
import { detailFields, secretEntries } from './detail-fields.ts';

const parse = (value: unknown) => authConnectionResponseSchema.parse(value);
const envelope = { id: 'c1', name: 'CRM', provider: 'acme', status: 'active' };

describe('detailFields', () => {
  it('lists every non-secret field of the type, labelled like the form', () => {
    const fields = detailFields(
      parse({
        ...envelope,
        auth_type: 'oauth2_client_credentials',
        client_id: 'abc',
        token_url: 'https://login.example.com/token',
        scopes: ['api', 'refresh'],
        extra_params: { audience: 'x' },
        basic_auth_in_header: true,
      }),
    );
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['Client ID', { kind: 'text', text: 'abc' }],
      ['Token URL', { kind: 'text', text: 'https://login.example.com/token' }],
      ['Scopes', { kind: 'list', items: ['api', 'refresh'] }],
      ['Token request parameters', { kind: 'map', entries: [['audience', 'x']] }],
      ['Basic auth in header', { kind: 'text', text: 'Yes' }],
      ['Custom headers', { kind: 'unset' }],
    ]);
  });

  it('shows a JWT type with its claims and a cleared key ID', () => {
    const fields = detailFields(
      parse({
        ...envelope,
        auth_type: 'private_key_jwt',
        issuer: 'i',
        audience: 'a',
        subject: 's',
        key_id: null,
        extra_params: { tenant: 't' },
      }),
    );
    expect(Object.fromEntries(fields.map((f) => [f.label, f.value]))).toMatchObject({
      Algorithm: { kind: 'text', text: 'HS256' },
      'Key ID': { kind: 'unset' },
      'Expiration seconds': { kind: 'text', text: '3600' },
      'Extra JWT claims': { kind: 'map', entries: [['tenant', 't']] },
    });
  });

  it('has nothing besides the header for mTLS and bearer', () => {
    expect(detailFields(parse({ ...envelope, auth_type: 'mtls' }))).toEqual([]);
    expect(detailFields(parse({ ...envelope, auth_type: 'bearer_auth' }))).toEqual([]);
  });

  it('shows the extra fields of a type this build does not know', () => {
    const fields = detailFields(
      parse({ ...envelope, auth_type: 'carrier_pigeon', roost: 'north', used_by: null }),
    );
    expect(fields).toEqual([
      { name: 'roost', label: 'Roost', value: { kind: 'text', text: 'north' } },
    ]);
  });
});

describe('secretEntries', () => {
  it('names each write-only field of the type, optional ones marked', () => {
    expect(secretEntries('basic_auth')).toEqual([
      { name: 'password', label: 'Password', optional: false },
    ]);
    expect(secretEntries('mtls').map((s) => [s.label, s.optional])).toEqual([
      ['Client certificate', false],
      ['Client key', false],
      ['CA certificate', true],
      ['Key passphrase', true],
    ]);
    expect(secretEntries('slack_bot_auth')).toEqual([]);
  });
});
