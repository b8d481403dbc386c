import { fieldLabel } from './field-labels.ts';

it.each([
  ['client_secret', 'Client secret'],
  ['key_id', 'Key ID'],
  ['token_url', 'Token URL'],
  ['client_id', 'Client ID'],
  ['ca_certificate', 'CA certificate'],
  ['basic_auth_in_header', 'Basic auth in header'],
  ['expiration_seconds', 'Expiration seconds'],
  ['name', 'Name'],
])('%s -> %s', (api, label) => expect(fieldLabel(api)).toBe(label));
