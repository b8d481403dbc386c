// Seeding helpers for component tests against the in-process server.
import type { InProcessServer } from '../../../../tests/in-process-server.ts';

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

/** One of each of the 7 types the API can create. */
export const CREATABLE = [
  {
    auth_type: 'oauth2_client_credentials',
    name: 'Salesforce',
    provider: 'salesforce',
    client_id: 'c',
    client_secret: 's',
    token_url: 'https://login.example.com/token',
  },
  {
    auth_type: 'oauth2_jwt',
    name: 'Google JWT',
    provider: 'google',
    token_url: 'https://oauth2.example.com/token',
    issuer: 'i',
    audience: 'a',
    subject: 's',
    secret_key: 'k'.repeat(32),
  },
  {
    auth_type: 'private_key_jwt',
    name: 'Private JWT',
    provider: 'acme',
    issuer: 'i',
    audience: 'a',
    subject: 's',
    secret_key: 'k'.repeat(32),
  },
  {
    auth_type: 'basic_auth',
    name: 'Acme billing',
    provider: 'acme',
    username: 'svc',
    password: 'pw',
  },
  { auth_type: 'bearer_auth', name: 'Weather API', provider: 'weather', token: 'tok' },
  {
    auth_type: 'custom_header_auth',
    name: 'Maps key',
    provider: 'maps',
    header_name: 'x-api-key',
    token: 'k',
  },
] as const;

/**
 * The 6 types only other parts of the product create, and statuses only a token refresh sets:
 * the reference server's API cannot produce them, so this wrapper (a stand-in, not a fault)
 * appends them to the real list response.
 */
export function withReadOnlyTypes(server: InProcessServer): typeof fetch {
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
  const extra = [
    envelope('ac_ro_1', 'Refresh token', {
      auth_type: 'refresh_token_auth',
      provider: 'google',
      client_id: 'c',
      token_url: 'https://example.com/token',
      status: 'refresh_failed',
      status_detail: 'invalid_grant: token expired',
    }),
    envelope('ac_ro_2', 'Integration OAuth', {
      auth_type: 'api_integration_oauth2_auth_code',
      provider: 'hubspot',
      ...integration,
    }),
    envelope('ac_ro_3', 'Integration custom app', {
      auth_type: 'api_integration_oauth2_custom_app',
      provider: 'hubspot',
      client_id: 'c',
      ...integration,
      status: 'revoked',
    }),
    envelope('ac_ro_4', 'WhatsApp line', {
      auth_type: 'whatsapp_auth',
      provider: 'whatsapp',
      phone_number_id: '123',
    }),
    envelope('ac_ro_5', 'Slack bot', {
      auth_type: 'slack_bot_auth',
      provider: 'Slack',
      status: 'credential_invalid',
    }),
    envelope('ac_ro_6', 'Webhook secret', { auth_type: 'url_secret', provider: 'zapier' }),
  ];
  return async (input, init) => {
    const res = await server.fetch(input, init);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (method !== 'GET' || res.status !== 200) return res;
    const body = (await res.json()) as { auth_connections: unknown[] };
    body.auth_connections.push(...extra);
    return new Response(JSON.stringify(body), { status: 200 });
  };
}
