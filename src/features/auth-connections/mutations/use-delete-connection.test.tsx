// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { createApiClient } from '../../../api/api-client.ts';
import { ApiClientProvider } from '../../../api/api-client-context.tsx';
import { listAuthConnections } from '../../../api/endpoints.ts';
import { createConnection } from '../list/test-seed.ts';
import { authConnectionsListOptions } from '../queries.ts';
import { useDeleteAuthConnection, useDeleteFailures } from './use-delete-connection.ts';

let server: InProcessServer;
beforeEach(() => {
  server = createInProcessServer();
});
afterEach(() => server.close());

async function setup(fetchImpl: typeof fetch) {
  const client = createApiClient({
    baseUrl: server.baseUrl,
    fetch: fetchImpl,
    getHeaders: () => ({ 'xi-api-key': server.apiKey }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await queryClient.fetchQuery(authConnectionsListOptions(client));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(
    () => ({ del: useDeleteAuthConnection(), failures: useDeleteFailures() }),
    {
      wrapper,
    },
  );
  const cachedNames = () =>
    queryClient.getQueryData(authConnectionsListOptions(client).queryKey)?.map((c) => c.name);
  return { ...hook, client, cachedNames };
}

async function seed(names: string[]) {
  const ids: Record<string, string> = {};
  for (const name of names) {
    ids[name] = (
      await createConnection(server, { auth_type: 'bearer_auth', name, provider: 'p', token: 't' })
    ).id;
  }
  return ids;
}

describe('useDeleteAuthConnection', () => {
  it('removes the connection from the cache and the server', async () => {
    const ids = await seed(['A', 'B']);
    const { result, cachedNames, client } = await setup(server.fetch);
    act(() => result.current.del.mutate({ id: ids.B!, name: 'B' }));
    await waitFor(() => expect(result.current.del.isSuccess).toBe(true));
    expect(cachedNames()).toEqual(['A']);
    expect((await listAuthConnections(client)).map((c) => c.name)).toEqual(['A']);
    expect(result.current.failures.failures).toEqual([]);
  });

  it('puts a refused connection back at its place and records the failure until dismissed', async () => {
    const ids = await seed(['A', 'B', 'C']);
    // Mock (a fault the real server cannot produce on demand): DELETE of B answers 500, once the
    // test has seen both rows leave the cache.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const refuseB: typeof fetch = async (input, init) =>
      init?.method === 'DELETE' && String(input).endsWith(ids.B!)
        ? held.then(
            () =>
              new Response(
                JSON.stringify({ detail: { status: 'internal_error', message: 'Boom.' } }),
                {
                  status: 500,
                  headers: { 'content-type': 'application/json' },
                },
              ),
          )
        : server.fetch(input, init);
    const { result, cachedNames } = await setup(refuseB);
    act(() => {
      result.current.del.mutate({ id: ids.B!, name: 'B' });
      result.current.del.mutate({ id: ids.C!, name: 'C' });
    });
    await waitFor(() => expect(cachedNames()).toEqual(['A']));
    release();
    await waitFor(() => expect(result.current.failures.failures).toHaveLength(1));
    await waitFor(() => expect(cachedNames()).toEqual(['A', 'B']));
    const [failure] = result.current.failures.failures;
    expect(failure).toMatchObject({ id: ids.B, name: 'B' });
    act(() => result.current.failures.dismiss(failure!.mutationId));
    await waitFor(() => expect(result.current.failures.failures).toEqual([]));
  });

  it('treats a connection already deleted elsewhere (404) as deleted', async () => {
    const ids = await seed(['A']);
    const { result, cachedNames, client } = await setup(server.fetch);
    await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections/${ids.A}`, {
      method: 'DELETE',
      headers: { 'xi-api-key': server.apiKey },
    });
    act(() => result.current.del.mutate({ id: ids.A!, name: 'A' }));
    await waitFor(() => expect(result.current.del.isSuccess).toBe(true));
    expect(cachedNames()).toEqual([]);
    expect(await listAuthConnections(client)).toEqual([]);
  });
});
