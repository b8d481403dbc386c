// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { createApiClient } from '../../../api/api-client.ts';
import { ApiClientProvider } from '../../../api/api-client-context.tsx';
import { PreconditionFailedError, ValidationError } from '../../../api/errors.ts';
import { authConnectionEtag } from '../../../../contract/etag.ts';
import { authConnectionKeys, authConnectionsListOptions } from '../queries.ts';
import { useUpdateAuthConnection } from './use-update-connection.ts';

let server: InProcessServer;
let methods: string[];
let ifMatches: (string | null)[];
beforeEach(() => {
  server = createInProcessServer();
  methods = [];
  ifMatches = [];
});
afterEach(() => server.close());

async function createBearer(): Promise<string> {
  const res = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
    body: JSON.stringify({ auth_type: 'bearer_auth', name: 'Weather', provider: 'w', token: 't' }),
  });
  return ((await res.json()) as { id: string }).id;
}

function setup() {
  const client = createApiClient({
    baseUrl: server.baseUrl,
    fetch: (input, init) => {
      methods.push(init?.method ?? 'GET');
      ifMatches.push(new Headers(init?.headers).get('If-Match'));
      return server.fetch(input, init);
    },
    getHeaders: () => ({ 'xi-api-key': server.apiKey }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(() => useUpdateAuthConnection(), { wrapper });
  return { hook, queryClient, client };
}

describe('useUpdateAuthConnection', () => {
  it('puts the saved connection into the cached list without refetching it', async () => {
    const id = await createBearer();
    const { hook, queryClient, client } = setup();
    await queryClient.fetchQuery(authConnectionsListOptions(client));
    await act(async () => {
      await hook.result.current.mutateAsync({
        id,
        body: { auth_type: 'bearer_auth', provider: 'weather-co' },
      });
    });
    expect(methods).toEqual(['GET', 'PATCH']);
    const cached = queryClient.getQueryData(authConnectionsListOptions(client).queryKey);
    expect(cached?.map((c) => [c.id, c.provider])).toEqual([[id, 'weather-co']]);
    expect(queryClient.getQueryState(authConnectionKeys.list())?.isInvalidated).toBe(true);
  });

  it('keeps the body, and so its secrets, out of the query and mutation caches', async () => {
    const id = await createBearer();
    const { hook, queryClient } = setup();
    await act(async () => {
      await hook.result.current.mutateAsync({
        id,
        body: { auth_type: 'bearer_auth', token: 'canary-rotated-91c2' },
      });
    });
    const dump = JSON.stringify([
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
      hook.result.current.variables,
    ]);
    expect(dump).not.toContain('canary-rotated-91c2');
    expect(hook.result.current.variables).toEqual({ id, request: 1 });
  });

  it('leaves the cache alone when the server refuses', async () => {
    const id = await createBearer();
    const { hook, queryClient, client } = setup();
    await queryClient.fetchQuery(authConnectionsListOptions(client));
    await act(async () => {
      await hook.result.current
        .mutateAsync({ id, body: { auth_type: 'bearer_auth', token: '' } })
        .catch(() => {});
    });
    expect(hook.result.current.error).toBeInstanceOf(ValidationError);
    const cached = queryClient.getQueryData(authConnectionsListOptions(client).queryKey);
    expect(cached?.[0]?.provider).toBe('w');
    expect(queryClient.getQueryState(authConnectionKeys.list())?.isInvalidated).toBe(false);
  });

  it('sends If-Match, and on a 412 keeps the cached row but marks the list stale', async () => {
    const id = await createBearer();
    const { hook, queryClient, client } = setup();
    const [loaded] = await queryClient.fetchQuery(authConnectionsListOptions(client));
    const stale = authConnectionEtag(loaded!);
    // Someone else changes the provider after this client read the list.
    await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'xi-api-key': server.apiKey },
      body: JSON.stringify({ auth_type: 'bearer_auth', provider: 'theirs' }),
    });
    await act(async () => {
      await hook.result.current
        .mutateAsync({ id, body: { auth_type: 'bearer_auth', provider: 'mine' }, ifMatch: stale })
        .catch(() => {});
    });
    expect(ifMatches).toEqual([null, stale]);
    expect(hook.result.current.error).toBeInstanceOf(PreconditionFailedError);
    expect(hook.result.current.variables).toEqual({ id, request: 1 });
    const cached = queryClient.getQueryData(authConnectionsListOptions(client).queryKey);
    expect(cached?.[0]?.provider).toBe('w');
    expect(queryClient.getQueryState(authConnectionKeys.list())?.isInvalidated).toBe(true);
  });
});
