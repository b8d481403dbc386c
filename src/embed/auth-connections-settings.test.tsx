// @vitest-environment jsdom
// The component as a host renders it, against the real server in-process: the host's
// QueryClient is picked up, the host's headers are sent, callbacks fire, the URL mode keeps its
// place under the base path and the memory mode leaves the address alone, and a nonce reaches
// Emotion's <style> tags when the host has no cache of its own.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createInProcessServer } from '../../tests/in-process-server.ts';
import { AuthConnectionsSettings } from '../index.ts';

const server = createInProcessServer();
afterAll(() => server.close());
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

async function seed(name: string) {
  const response = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    method: 'POST',
    headers: { 'xi-api-key': server.apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth_type: 'bearer_auth', name, provider: 'p', token: 'tok-123' }),
  });
  return (await response.json()) as { id: string };
}

describe('<AuthConnectionsSettings />', () => {
  it("uses the host's QueryClient and headers, and keeps its place under the base path", async () => {
    const created = await seed('Host client');
    const hostClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const seen: string[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers).get('x-host') ?? '');
      return server.fetch(input, init);
    };
    window.history.replaceState(null, '', '/settings/ac?q=Host');
    render(
      <QueryClientProvider client={hostClient}>
        <AuthConnectionsSettings
          apiBaseUrl={server.baseUrl}
          fetch={fetchSpy}
          getHeaders={async () => ({ 'xi-api-key': server.apiKey, 'x-host': 'yes' })}
          routing={{ mode: 'url', basePath: '/settings/ac/' }}
        />
      </QueryClientProvider>,
    );
    const link = await screen.findByRole('link', { name: 'Host client' });
    expect(link).toHaveAttribute('href', `/settings/ac/connections/${created.id}`);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('Host');
    expect(seen).toContain('yes');
    expect(hostClient.getQueryCache().getAll().length).toBeGreaterThan(0);

    await userEvent.click(link);
    expect(window.location.pathname).toBe(`/settings/ac/connections/${created.id}`);
    expect(await screen.findByRole('heading', { name: 'Host client', level: 1 })).toBeVisible();
    act(() => {
      window.history.replaceState(null, '', '/settings/ac?q=Host');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveValue('Host');
  });

  it('in memory mode never touches the address, and calls onUnauthorized on a 401', async () => {
    const onUnauthorized = vi.fn();
    window.history.replaceState(null, '', '/host/page');
    render(
      <AuthConnectionsSettings
        apiBaseUrl={server.baseUrl}
        fetch={server.fetch}
        getHeaders={() => ({ 'xi-api-key': 'not-a-key' })}
        routing={{ mode: 'memory', initialPath: '/new' }}
        onUnauthorized={onUnauthorized}
      />,
    );
    expect(await screen.findByRole('heading', { name: 'New auth connection' })).toBeVisible();
    expect(window.location.pathname).toBe('/host/page');
    cleanup();
    render(
      <AuthConnectionsSettings
        apiBaseUrl={server.baseUrl}
        fetch={server.fetch}
        getHeaders={() => ({ 'xi-api-key': 'not-a-key' })}
        onUnauthorized={onUnauthorized}
      />,
    );
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalled());
    expect(window.location.pathname).toBe('/host/page');
  });

  it("asks once on a 401 under a host QueryClient with TanStack's defaults (which retry)", async () => {
    const hostClient = new QueryClient();
    const onUnauthorized = vi.fn();
    let listRequests = 0;
    const countingFetch: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      const list = new URL(request.url).pathname === '/v1/workspace/auth-connections';
      if (request.method === 'GET' && list) listRequests += 1;
      return server.fetch(input, init);
    };
    render(
      <QueryClientProvider client={hostClient}>
        <AuthConnectionsSettings
          apiBaseUrl={server.baseUrl}
          fetch={countingFetch}
          getHeaders={() => ({ 'xi-api-key': 'an-expired-session-key' })}
          routing={{ mode: 'memory' }}
          onUnauthorized={onUnauthorized}
        />
      </QueryClientProvider>,
    );
    // The refusal shows at once, not after three retries sent with the same refused key.
    expect(await screen.findByRole('button', { name: 'Reconnect' })).toBeVisible();
    expect(listRequests).toBe(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('calls onDeleted after a delete from the list', async () => {
    const created = await seed('Doomed');
    const onDeleted = vi.fn();
    render(
      <AuthConnectionsSettings
        apiBaseUrl={server.baseUrl}
        fetch={server.fetch}
        getHeaders={() => ({ 'xi-api-key': server.apiKey })}
        onDeleted={onDeleted}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “Doomed”' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(created.id));
  });

  it("tags Emotion's style tags with the nonce when the host has no cache of its own", async () => {
    render(
      <AuthConnectionsSettings
        apiBaseUrl={server.baseUrl}
        fetch={server.fetch}
        getHeaders={() => ({ 'xi-api-key': server.apiKey })}
        nonce="n0nce-for-test"
      />,
    );
    await screen.findByRole('heading', { name: 'Auth connections', level: 1 });
    const ours = [...document.head.querySelectorAll('style[data-emotion^="acs"]')];
    expect(ours.length).toBeGreaterThan(0);
    for (const style of ours) expect(style.getAttribute('nonce')).toBe('n0nce-for-test');
  });
});
