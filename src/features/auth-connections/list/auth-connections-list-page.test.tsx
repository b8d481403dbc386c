// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { AuthConnectionsListPage } from './auth-connections-list-page.tsx';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';

let server: InProcessServer;

beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

async function createConnection(body: Record<string, unknown>): Promise<{ id: string }> {
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { id: string };
}

function renderPage(
  overrides: { fetch?: typeof fetch; apiKey?: string; onUnauthorized?: () => void } = {},
  createdId?: string,
) {
  return renderWithApi(<AuthConnectionsListPage createdId={createdId} />, {
    baseUrl: server.baseUrl,
    fetch: overrides.fetch ?? server.fetch,
    apiKey: overrides.apiKey ?? server.apiKey,
    onUnauthorized: overrides.onUnauthorized,
  });
}

describe('AuthConnectionsListPage', () => {
  it('shows a loading state, then invites to create the first connection on an empty workspace', async () => {
    renderPage();
    expect(screen.getByRole('status')).toHaveTextContent('Loading auth connections');
    expect(
      await screen.findByRole('heading', { name: 'No auth connections yet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first connection' })).toHaveAttribute(
      'href',
      '/new',
    );
    expect(screen.getByRole('link', { name: 'New connection' })).toHaveAttribute('href', '/new');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists connections with type, provider, status and how many things use them', async () => {
    const weather = await createConnection({
      auth_type: 'bearer_auth',
      name: 'Weather API',
      provider: 'weather',
      token: 'canary-token-1',
    });
    await createConnection({
      auth_type: 'basic_auth',
      name: 'Acme billing',
      provider: 'acme',
      username: 'svc',
      password: 'canary-password-1',
    });
    await server.attachDependent(server.apiKey, {
      auth_connection_id: weather.id,
      kind: 'tool',
      name: 'Forecast tool',
    });
    await server.attachDependent(server.apiKey, {
      auth_connection_id: weather.id,
      kind: 'mcp_server',
      name: 'Hidden server',
      hidden: true,
    });

    renderPage({}, weather.id);
    const table = await screen.findByRole('table', { name: 'Auth connections' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    // Sorted by name.
    const [acme, weatherRow] = rows as [HTMLElement, HTMLElement];
    expect(within(acme).getByRole('rowheader')).toHaveTextContent('Acme billing');
    expect(acme).toHaveTextContent('Basic');
    expect(acme).toHaveTextContent('acme');
    expect(acme).toHaveTextContent('Not used');

    expect(within(weatherRow).getByRole('rowheader')).toHaveTextContent('Weather API');
    expect(weatherRow).toHaveTextContent('Bearer token');
    expect(weatherRow).toHaveTextContent('weather');
    expect(weatherRow).toHaveTextContent('Active');
    // The count includes the dependent the admin can't see, and says so on hover and focus.
    expect(within(weatherRow).getByTitle("1 tool, 1 you can't see")).toHaveTextContent('2');
    expect(weatherRow).toHaveAttribute('aria-current', 'true');
    expect(acme).not.toHaveAttribute('aria-current');

    expect(screen.getByRole('alert')).toHaveTextContent('“Weather API” was created.');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(weatherRow).toHaveAttribute('aria-current', 'true');

    expect(document.body.textContent).not.toMatch(/canary/);
  });

  it('shows an auth type it does not know as a generic row instead of failing', async () => {
    await createConnection({
      auth_type: 'bearer_auth',
      name: 'Known',
      provider: 'p',
      token: 't',
    });
    // Mock (the real server cannot produce it): a type from the future added to the real list.
    const withFutureType: typeof fetch = async (input, init) => {
      const res = await server.fetch(input, init);
      const body = (await res.json()) as { auth_connections: unknown[] };
      body.auth_connections.push({
        id: 'ac_future',
        name: 'Future thing',
        provider: 'acme',
        auth_type: 'quantum_entangled_auth',
        status: 'sleeping',
      });
      return new Response(JSON.stringify(body), { status: 200 });
    };
    renderPage({ fetch: withFutureType });
    const row = (await screen.findByRole('rowheader', { name: /^Future thing/ })).closest('tr')!;
    expect(row).toHaveTextContent('Quantum entangled auth');
    expect(row).toHaveTextContent('quantum_entangled_auth');
    expect(row).toHaveTextContent('Sleeping');
    expect(screen.getByRole('rowheader', { name: /^Known/ })).toBeInTheDocument();
  });

  it('asks to reconnect when the server refuses the key', async () => {
    const onUnauthorized = vi.fn();
    renderPage({ apiKey: 'not-a-valid-key', onUnauthorized });
    expect(await screen.findByText('Not connected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('shows a failed load with Retry, and Retry loads the list', async () => {
    await createConnection({
      auth_type: 'bearer_auth',
      name: 'Retried',
      provider: 'p',
      token: 't',
    });
    // Mock (a fault the real server cannot produce): the first request finds no server.
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) throw new TypeError('fetch failed');
      return server.fetch(input, init);
    };
    renderPage({ fetch: flaky });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load auth connections');
    expect(alert).toHaveTextContent('could not be reached');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('rowheader', { name: /^Retried/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
