// @vitest-environment jsdom
// The detail view against the real server in-process: fields labelled like the form, secrets as
// write-only, and the used_by list with a dependent the admin can't see. (jsdom has no
// ResizeObserver, so the picture is left out here; the e2e test checks it in Chromium.)
import { screen, within } from '@testing-library/react';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';
import { ConnectionDetailPage } from './connection-detail-page.tsx';

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

async function create(body: Record<string, unknown>): Promise<string> {
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

function renderDetail(id: string) {
  return renderWithApi(
    <ConnectionDetailPage
      id={id}
      listHref="/"
      editHref={`/connections/${id}/edit`}
      replaceHref={`/connections/${id}/replace`}
      onDeleted={() => {}}
    />,
    { baseUrl: server.baseUrl, fetch: server.fetch, apiKey: server.apiKey },
  );
}

const valueOf = (label: string) => {
  const term = within(screen.getByRole('region', { name: 'Settings' })).getByText(label, {
    selector: 'dt',
  });
  return term.nextElementSibling as HTMLElement;
};

describe('ConnectionDetailPage', () => {
  it('shows an OAuth2 JWT connection: header, fields, the secret as write-only, dependents', async () => {
    const id = await create({
      auth_type: 'oauth2_jwt',
      name: 'Identity',
      provider: 'okta',
      issuer: 'iss-1',
      audience: 'aud-1',
      subject: 'sub-1',
      key_id: 'kid-7',
      token_url: 'https://idp.example.com/token',
      secret_key: 'canary-jwt-secret-0123456789abcdef',
      extra_params: { tenant: 'acme' },
    });
    await server.attachDependent(server.apiKey, {
      auth_connection_id: id,
      kind: 'tool',
      name: 'Fetch profile',
      access_level: 'commenter',
    });
    await server.attachDependent(server.apiKey, {
      auth_connection_id: id,
      kind: 'mcp_server',
      name: 'Hidden one',
      hidden: true,
    });
    await server.attachDependent(server.apiKey, {
      auth_connection_id: id,
      kind: 'integration_connection',
      name: 'Okta sync',
    });
    const { container } = renderDetail(id);

    expect(await screen.findByRole('heading', { level: 1, name: 'Identity' })).toBeVisible();
    expect(screen.getByText('OAuth2 JWT bearer · okta')).toBeVisible();
    expect(valueOf('Issuer')).toHaveTextContent('iss-1');
    expect(valueOf('Key ID')).toHaveTextContent('kid-7');
    expect(valueOf('Algorithm')).toHaveTextContent('HS256');
    expect(valueOf('Token URL')).toHaveTextContent('https://idp.example.com/token');
    expect(valueOf('Expiration seconds')).toHaveTextContent('3600');
    expect(valueOf('Extra JWT claims')).toHaveTextContent('tenant: acme');
    expect(valueOf('Scopes')).toHaveTextContent('Not set');
    expect(valueOf('Secret key')).toHaveTextContent('Stored, write-only');
    expect(container.innerHTML).not.toContain('canary-jwt-secret');

    const usedBy = screen.getByRole('region', { name: 'Used by' });
    expect(
      within(usedBy).getByText('3 dependents call outside APIs with this connection.'),
    ).toBeVisible();
    expect(within(usedBy).getByRole('heading', { name: 'Tools (1)' })).toBeVisible();
    expect(
      within(within(usedBy).getByRole('list', { name: 'Tools' })).getByRole('listitem'),
    ).toHaveTextContent('Fetch profileCommenter access');
    expect(within(usedBy).getByRole('list', { name: 'Integration connections' })).toHaveTextContent(
      'Okta sync',
    );
    expect(within(usedBy).queryByRole('heading', { name: /MCP servers/ })).toBeNull();
    expect(within(usedBy).getByRole('list', { name: 'Not visible to you' })).toHaveTextContent(
      "1 you can't see",
    );
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/connections/${id}/edit`,
    );
  });

  it('an mTLS connection: every secret write-only, no edit, Replace instead, nothing uses it', async () => {
    const { pemMaterial } = await import('../../../../tests/pem-material.ts');
    const pem = pemMaterial();
    const id = await create({
      auth_type: 'mtls',
      name: 'Bank',
      provider: 'bank',
      client_certificate: pem.certificate,
      client_key: pem.rsaKey,
    });
    renderDetail(id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bank' })).toBeVisible();
    expect(valueOf('Client certificate')).toHaveTextContent('Stored, write-only');
    expect(valueOf('Client key')).toHaveTextContent('Stored, write-only');
    expect(valueOf('CA certificate')).toHaveTextContent('Write-only, stored if one was given');
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Replace' })).toHaveAttribute(
      'href',
      `/connections/${id}/replace`,
    );
    expect(screen.getByText(/^Nothing uses this connection/)).toBeVisible();
  });

  it('says so when the id is not in the list', async () => {
    renderDetail('no-such-id');
    expect(await screen.findByRole('heading', { name: 'Connection not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to all connections' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});
