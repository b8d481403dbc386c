// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createInProcessServer, type InProcessServer } from '../../../tests/in-process-server.ts';
import { createApiClient } from '../../api/api-client.ts';
import { ApiClientProvider } from '../../api/api-client-context.tsx';
import { NetworkError } from '../../api/errors.ts';
import type { CreateAuthConnectionRequest } from '../../../contract/index.ts';
import {
  authConnectionKeys,
  authConnectionsListOptions,
  createIdempotencyKeyTracker,
  stableStringify,
  useCreateAuthConnection,
} from './queries.ts';

describe('createIdempotencyKeyTracker', () => {
  it('reuses the key for the same payload, whatever its key order, and mints one for a new payload', () => {
    let n = 0;
    const tracker = createIdempotencyKeyTracker(() => `key-${++n}`);
    const first = tracker.keyFor({ name: 'a', token: 's', nested: { x: 1, y: [1, 2] } });
    expect(tracker.keyFor({ nested: { y: [1, 2], x: 1 }, token: 's', name: 'a' })).toBe(first);
    const second = tracker.keyFor({ name: 'a', token: 'other' });
    expect(second).not.toBe(first);
    expect(tracker.keyFor({ name: 'a', token: 'other' })).toBe(second);
    tracker.reset();
    expect(tracker.keyFor({ name: 'a', token: 'other' })).not.toBe(second);
  });

  it('mints real random keys by default', () => {
    const a = createIdempotencyKeyTracker().keyFor({});
    const b = createIdempotencyKeyTracker().keyFor({});
    expect(a).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(a).not.toBe(b);
  });

  it('stableStringify sorts object keys but keeps array order', () => {
    expect(stableStringify({ b: 1, a: [2, 1] })).toBe('{"a":[2,1],"b":1}');
  });
});

describe('useCreateAuthConnection', () => {
  let server: InProcessServer;
  let requests: { method: string; idempotencyKey: string | null }[];
  let dropNextPost: boolean;

  beforeEach(() => {
    server = createInProcessServer();
    requests = [];
    dropNextPost = false;
  });
  afterEach(() => server.close());

  function setup() {
    const recordingFetch: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      requests.push({
        method: init?.method ?? 'GET',
        idempotencyKey: headers.get('Idempotency-Key'),
      });
      const response = await server.fetch(input, init);
      // Mock (a fault the real server cannot produce): the answer is lost after the write.
      if (init?.method === 'POST' && dropNextPost) {
        dropNextPost = false;
        throw new TypeError('network connection was lost');
      }
      return response;
    };
    const client = createApiClient({
      baseUrl: server.baseUrl,
      fetch: recordingFetch,
      getHeaders: () => ({ 'xi-api-key': server.apiKey }),
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={client}>{children}</ApiClientProvider>
      </QueryClientProvider>
    );
    const hook = renderHook(() => useCreateAuthConnection(), { wrapper });
    return { hook, queryClient, client };
  }

  const body: CreateAuthConnectionRequest = {
    auth_type: 'bearer_auth',
    name: 'Weather',
    provider: 'weather',
    token: 'canary-secret-7f3a',
  };

  it('adds the created connection to the cached list without refetching it', async () => {
    const { hook, queryClient, client } = setup();
    await queryClient.fetchQuery(authConnectionsListOptions(client));
    expect(requests.map((r) => r.method)).toEqual(['GET']);

    let createdId = '';
    await act(async () => {
      createdId = (await hook.result.current.mutateAsync(body)).id;
    });
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    const cached = queryClient.getQueryData(authConnectionsListOptions(client).queryKey);
    expect(cached?.map((c) => c.id)).toEqual([createdId]);
    expect(queryClient.getQueryState(authConnectionKeys.list())?.isInvalidated).toBe(true);
  });

  it('keeps the request body, and so its secrets, out of the query and mutation caches', async () => {
    const { hook, queryClient } = setup();
    await act(async () => {
      await hook.result.current.mutateAsync(body);
    });
    const mutations = queryClient.getMutationCache().getAll();
    const cacheDump = JSON.stringify([
      mutations.map((m) => m.state),
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
      hook.result.current.variables,
    ]);
    expect(cacheDump).not.toContain('canary-secret-7f3a');
    expect(hook.result.current.variables).toEqual({
      idempotencyKey: expect.any(String) as string,
    });
  });

  it('sends the same Idempotency-Key when the same payload is retried after a lost answer', async () => {
    const { hook } = setup();
    dropNextPost = true;
    await act(async () => {
      await hook.result.current.mutateAsync(body).catch(() => {});
    });
    await waitFor(() => expect(hook.result.current.error).toBeInstanceOf(NetworkError));
    await act(async () => {
      await hook.result.current.mutateAsync({ ...body }).catch(() => {});
    });
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.idempotencyKey).toBeTruthy();
    expect(posts[1]!.idempotencyKey).toBe(posts[0]!.idempotencyKey);
  });

  it('sends a new key after a success, and for a changed payload', async () => {
    const { hook } = setup();
    await act(async () => {
      await hook.result.current.mutateAsync(body);
    });
    await act(async () => {
      await hook.result.current.mutateAsync({ ...body, name: 'Weather 2' });
    });
    dropNextPost = true;
    await act(async () => {
      await hook.result.current.mutateAsync({ ...body, name: 'Weather 3' }).catch(() => {});
    });
    await act(async () => {
      await hook.result.current.mutateAsync({ ...body, name: 'Weather 4' }).catch(() => {});
    });
    const keys = requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey);
    expect(new Set(keys).size).toBe(4);
  });
});
