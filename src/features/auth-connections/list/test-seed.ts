// Seeding helpers for component tests against the in-process server.
import type { CreateAuthType, ResponseAuthType } from '../../../../contract/index.ts';
import type { InProcessServer } from '../../../../tests/in-process-server.ts';
import { validBodies } from '../../../../tests/valid-bodies.ts';

export async function createConnection(
  server: InProcessServer,
  body: Record<string, unknown>,
): Promise<{ id: string; name: string }> {
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; name: string };
}

export async function listNames(server: InProcessServer): Promise<string[]> {
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    headers: { 'xi-api-key': server.apiKey },
  });
  const body = (await res.json()) as { auth_connections: { name: string }[] };
  return body.auth_connections.map((c) => c.name).sort();
}

/**
 * One connection of each creatable type: the shared valid bodies (tests/valid-bodies.ts) under
 * the names and providers the list tests search and sort by. tsc requires every creatable type.
 */
export const CREATABLE = {
  oauth2_client_credentials: {
    ...validBodies.oauth2_client_credentials,
    name: 'Salesforce',
    provider: 'salesforce',
  },
  oauth2_jwt: { ...validBodies.oauth2_jwt, name: 'Google JWT', provider: 'google' },
  private_key_jwt: { ...validBodies.private_key_jwt, name: 'Private JWT', provider: 'acme' },
  basic_auth: { ...validBodies.basic_auth, name: 'Acme billing', provider: 'acme' },
  bearer_auth: { ...validBodies.bearer_auth, name: 'Weather API', provider: 'weather' },
  custom_header_auth: { ...validBodies.custom_header_auth, name: 'Maps key', provider: 'maps' },
  get mtls() {
    return { ...validBodies.mtls, name: 'Bank mTLS', provider: 'bank' };
  },
} satisfies Record<CreateAuthType, { name: string; provider: string }>;

const envelope = (id: string, name: string, extra: Record<string, unknown>) => ({
  id,
  name,
  used_by: { tools: [], mcp_servers: [], integration_connections: [] },
  ...extra,
});
const integration = {
  token_url: 'https://example.com/token',
  expires_at: '2030-01-01T00:00:00Z',
  integration_id: 'int_1',
  credential_id: 'cred_1',
};
/**
 * One connection of each type only other parts of the product create (keyed by type, so tsc
 * requires every read-only type), and statuses only a token refresh sets: the reference server's
 * API cannot produce them, so withReadOnlyTypes (a stand-in, not a fault) appends them to the
 * real list response.
 */
export const READ_ONLY = {
  refresh_token_auth: envelope('ac_ro_1', 'Refresh token', {
    auth_type: 'refresh_token_auth',
    provider: 'google',
    client_id: 'c',
    token_url: 'https://example.com/token',
    status: 'refresh_failed',
    status_detail: 'invalid_grant: token expired',
  }),
  api_integration_oauth2_auth_code: envelope('ac_ro_2', 'Integration OAuth', {
    auth_type: 'api_integration_oauth2_auth_code',
    provider: 'hubspot',
    ...integration,
  }),
  api_integration_oauth2_custom_app: envelope('ac_ro_3', 'Integration custom app', {
    auth_type: 'api_integration_oauth2_custom_app',
    provider: 'hubspot',
    client_id: 'c',
    ...integration,
    status: 'revoked',
  }),
  whatsapp_auth: envelope('ac_ro_4', 'WhatsApp line', {
    auth_type: 'whatsapp_auth',
    provider: 'whatsapp',
    phone_number_id: '123',
  }),
  slack_bot_auth: envelope('ac_ro_5', 'Slack bot', {
    auth_type: 'slack_bot_auth',
    provider: 'Slack',
    status: 'credential_invalid',
  }),
  url_secret: envelope('ac_ro_6', 'Webhook secret', {
    auth_type: 'url_secret',
    provider: 'zapier',
  }),
} satisfies Record<Exclude<ResponseAuthType, CreateAuthType>, { name: string }>;

export function withReadOnlyTypes(server: InProcessServer): typeof fetch {
  return async (input, init) => {
    const res = await server.fetch(input, init);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (method !== 'GET' || res.status !== 200) return res;
    const body = (await res.json()) as { auth_connections: unknown[] };
    body.auth_connections.push(...Object.values(READ_ONLY));
    return new Response(JSON.stringify(body), { status: 200 });
  };
}
