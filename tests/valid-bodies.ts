// One valid create body per creatable type: the one place tests take them from (server, component
// and e2e). tsc requires an entry for every creatable type of the registry, so a new type cannot
// be added without a body to test it with.
import type { CreateAuthType, CreateRequestOf } from '../contract/index.ts';
import { pemMaterial } from './pem-material.ts';

type ValidBodies = { readonly [T in CreateAuthType]: CreateRequestOf<T> & { auth_type: T } };

/**
 * Bodies the reference server accepts as they are (secrets long enough, PEMs real). The mTLS body
 * is a getter: its certificate is generated on first use, not by every test file that imports this.
 */
export const validBodies = {
  oauth2_client_credentials: {
    auth_type: 'oauth2_client_credentials',
    name: 'CRM',
    provider: 'Salesforce',
    client_id: 'client-1',
    client_secret: 'client-secret-value',
    token_url: 'https://login.example.com/oauth/token',
  },
  custom_header_auth: {
    auth_type: 'custom_header_auth',
    name: 'Weather',
    provider: 'OpenWeather',
    header_name: 'X-Api-Key',
    token: 'header-token-value',
  },
  basic_auth: {
    auth_type: 'basic_auth',
    name: 'Zendesk',
    provider: 'Zendesk',
    username: 'me@example.com',
    password: 'hunter22',
  },
  bearer_auth: { auth_type: 'bearer_auth', name: 'Search', provider: 'Internal', token: 'tok' },
  oauth2_jwt: {
    auth_type: 'oauth2_jwt',
    name: 'Partner',
    provider: 'Partner',
    issuer: 'iss',
    audience: 'aud',
    subject: 'sub',
    token_url: 'https://partner.example.com/token',
    secret_key: 'k'.repeat(32),
  },
  private_key_jwt: {
    auth_type: 'private_key_jwt',
    name: 'Payments',
    provider: 'Payments',
    issuer: 'iss',
    audience: 'aud',
    subject: 'sub',
    secret_key: 's'.repeat(32),
  },
  get mtls() {
    const pem = pemMaterial();
    return {
      auth_type: 'mtls' as const,
      name: 'Bank mTLS',
      provider: 'bank',
      client_certificate: pem.certificate,
      client_key: pem.rsaKey,
    };
  },
} as const satisfies ValidBodies;
