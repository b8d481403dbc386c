import { CREATE_AUTH_TYPES } from '../../../../contract/index.ts';
import { fieldSections } from './field-order.ts';
import { variantFieldNames } from './form-values.ts';

describe('fieldSections', () => {
  it.each(CREATE_AUTH_TYPES)('%s shows every field of its contract shape exactly once', (t) => {
    const { credentials, optional } = fieldSections(t);
    expect([...credentials, ...optional].sort()).toEqual(variantFieldNames(t).sort());
  });

  it('puts who before the secret, and options last', () => {
    expect(fieldSections('oauth2_client_credentials')).toEqual({
      credentials: ['client_id', 'token_url', 'client_secret'],
      optional: ['scopes', 'extra_params', 'basic_auth_in_header', 'custom_headers'],
    });
    expect(fieldSections('mtls').credentials).toEqual([
      'client_certificate',
      'client_key',
      'key_passphrase',
    ]);
  });
});
