// Demo content for the first start of an empty database, so a new user sees a populated page:
// several auth types, a read-only integration-managed type, a failed refresh, and dependents
// including one the user cannot see. Secrets are random; nothing here works against a real API.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { AuthConnectionsStore } from '../store/auth-connections-store.ts';
import type { DependentsStore } from '../store/dependents-store.ts';

const DAY = 86_400;

export function seedDemoData(
  connections: AuthConnectionsStore,
  dependents: DependentsStore,
  workspaceId: string,
): void {
  const now = Math.floor(Date.now() / 1000);
  const randomSecret = () => randomBytes(24).toString('base64url');

  const salesforce = connections.insert(workspaceId, {
    authType: 'oauth2_client_credentials',
    name: 'Salesforce production',
    provider: 'Salesforce',
    config: {
      client_id: '3MVG9demo.client.id',
      token_url: 'https://login.salesforce.com/services/oauth2/token',
      scopes: ['api', 'refresh_token'],
      extra_params: {},
      basic_auth_in_header: false,
      custom_headers: { 'X-Org-Id': '00D000000000001' },
    },
    secrets: { client_secret: randomSecret() },
  });
  dependents.add(workspaceId, {
    kind: 'tool',
    authConnectionId: salesforce.id,
    name: 'Look up customer',
    accessLevel: 'editor',
    createdAtUnixSecs: now - 12 * DAY,
  });
  dependents.add(workspaceId, {
    kind: 'tool',
    authConnectionId: salesforce.id,
    name: 'Finance forecast (private)',
    accessLevel: 'admin',
    hidden: true,
    createdAtUnixSecs: now - 9 * DAY,
  });
  dependents.add(workspaceId, {
    kind: 'mcp_server',
    authConnectionId: salesforce.id,
    name: 'CRM MCP server',
    accessLevel: 'admin',
    createdAtUnixSecs: now - 30 * DAY,
  });
  dependents.add(workspaceId, {
    kind: 'integration_connection',
    authConnectionId: salesforce.id,
    name: 'Salesforce sync',
    createdAtUnixSecs: now - 30 * DAY,
  });

  const zendesk = connections.insert(workspaceId, {
    authType: 'basic_auth',
    name: 'Zendesk support',
    provider: 'Zendesk',
    config: { username: 'support@example.com' },
    secrets: { password: randomSecret() },
  });
  dependents.add(workspaceId, {
    kind: 'tool',
    authConnectionId: zendesk.id,
    name: 'Create support ticket',
    accessLevel: 'viewer',
    createdAtUnixSecs: now - 3 * DAY,
  });

  connections.insert(workspaceId, {
    authType: 'bearer_auth',
    name: 'Internal search (unused)',
    provider: 'Internal',
    config: {},
    secrets: { token: randomSecret() },
  });

  const weather = connections.insert(workspaceId, {
    authType: 'custom_header_auth',
    name: 'Weather API',
    provider: 'OpenWeather',
    config: { header_name: 'X-Api-Key' },
    secrets: { token: randomSecret() },
  });
  dependents.add(workspaceId, {
    kind: 'tool',
    authConnectionId: weather.id,
    name: 'Get forecast',
    accessLevel: 'editor',
    createdAtUnixSecs: now - DAY,
  });

  connections.insert(workspaceId, {
    authType: 'oauth2_jwt',
    name: 'Partner gateway',
    provider: 'Partner',
    config: {
      algorithm: 'HS256',
      key_id: 'demo-2026',
      issuer: 'agents@example.com',
      audience: 'https://partner.example.com',
      subject: 'voice-agent',
      expiration_seconds: 3600,
      token_url: 'https://partner.example.com/oauth/token',
      scopes: ['orders.read'],
      token_response_field: 'access_token',
    },
    secrets: { secret_key: randomBytes(32).toString('base64url') },
  });

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  connections.insert(workspaceId, {
    authType: 'private_key_jwt',
    name: 'Payments service account',
    provider: 'Payments',
    config: {
      algorithm: 'RS256',
      key_id: null,
      issuer: 'payments-client',
      audience: 'https://payments.example.com/token',
      subject: 'payments-client',
      expiration_seconds: 300,
    },
    secrets: { secret_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
  });

  // Integration-managed (read-only) type with a failed token refresh.
  const calendar = connections.insert(workspaceId, {
    authType: 'api_integration_oauth2_auth_code',
    name: 'Google Calendar',
    provider: 'Google',
    config: {
      token_url: 'https://oauth2.googleapis.com/token',
      scopes: ['https://www.googleapis.com/auth/calendar.readonly'],
      scope_separator: ' ',
      expires_at: new Date((now - 2 * DAY) * 1000).toISOString(),
      integration_id: 'int_google_calendar',
      credential_id: 'cred_demo_calendar',
    },
    secrets: {},
    status: 'refresh_failed',
    statusDetail: 'invalid_grant: Token has been expired or revoked.',
  });
  dependents.add(workspaceId, {
    kind: 'mcp_server',
    authConnectionId: calendar.id,
    name: 'Scheduling assistant',
    accessLevel: 'commenter',
    createdAtUnixSecs: now - 20 * DAY,
  });

  connections.insert(workspaceId, {
    authType: 'slack_bot_auth',
    name: 'Support Slack bot',
    provider: 'Slack',
    config: {},
    secrets: {},
  });
}
