import { emptyFormValues } from '../form/form-values.ts';
import { chooseAuthType, importedFormValues } from './imported-form-values.ts';
import type { Imported } from '../../../import/types.ts';

describe('importedFormValues', () => {
  it('fills only the fields the type sends; maps become rows', () => {
    const values = importedFormValues(
      {
        provider: 'acme',
        client_id: 'cid',
        client_secret: 's',
        extra_params: { audience: 'https://api.acme.com' },
        custom_headers: {},
        token: 'not for this type',
      },
      'oauth2_client_credentials',
    );
    expect(values).toEqual({
      ...emptyFormValues('oauth2_client_credentials'),
      provider: 'acme',
      client_id: 'cid',
      client_secret: 's',
      extra_params: [{ key: 'audience', value: 'https://api.acme.com' }],
      custom_headers: [],
    });
  });

  it('on Replace keeps the old name and provider, and what the import does not say', () => {
    const base = { ...emptyFormValues('mtls'), name: 'Bank', provider: 'bank', key_passphrase: '' };
    const values = importedFormValues(
      { name: 'other', provider: 'other', client_certificate: 'C', client_key: 'K' },
      'mtls',
      base,
    );
    expect(values).toMatchObject({ name: 'Bank', provider: 'bank', client_certificate: 'C' });
  });
});

describe('chooseAuthType', () => {
  const key = {
    authType: 'private_key_jwt',
    alsoFits: ['oauth2_jwt'],
    fields: {},
    recognised: { format: 'dotenv', names: [] },
    notes: [],
  } satisfies Imported;
  it("keeps the admin's pick when the credential fits it, else takes the credential's own", () => {
    expect(chooseAuthType(key, 'oauth2_jwt')).toBe('oauth2_jwt');
    expect(chooseAuthType(key, 'mtls')).toBe('private_key_jwt');
    expect(chooseAuthType(key, null)).toBe('private_key_jwt');
  });
});
