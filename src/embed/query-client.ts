import { MutationCache, QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isRefusal, UnauthorizedError } from '../api/errors.ts';
import { authConnectionKeys } from '../features/auth-connections/queries.ts';

/**
 * The component's own QueryClient, when the host provides none. Refusals (4xx) are not retried:
 * asking again gets the same answer. A 401 reaches the host's `onUnauthorized` from the API client
 * (auth-connections-settings.tsx), whichever QueryClient runs the request; `onUnauthorized` here
 * is for callers that want it from the caches too.
 */
export function createAppQueryClient(onUnauthorized?: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (error instanceof UnauthorizedError) onUnauthorized?.();
  };
  const client = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failureCount, error) => !isRefusal(error) && failureCount < 2,
      },
      // A create is never retried behind the user's back; a retry is the user's click.
      // networkMode 'always': offline, a save fails at once with "could not be reached" and a
      // Retry, where the default ('online') paused it silently on "Saving…" with Cancel disabled
      // (found by the e2e fault matrix, e2e/faults.spec.ts).
      mutations: { retry: 0, networkMode: 'always' },
    },
  });
  // The e2e build (VITE_EXPOSE_QUERY_CLIENT=1, playwright.config.ts) lets the secrets canary scan
  // read both caches, under the name the TanStack devtools look for. Vite replaces the variable
  // at build time, so other builds carry neither the name nor the branch.
  if (import.meta.env.VITE_EXPOSE_QUERY_CLIENT === '1') window.__TANSTACK_QUERY_CLIENT__ = client;
  return client;
}

type RetryOption = NonNullable<DefaultOptions['queries']>['retry'];

/**
 * On whichever QueryClient runs the component's queries (a host's has its own defaults): a
 * refusal (4xx) is never asked again, and anything else follows the client's own retry policy.
 * A host's client on TanStack's defaults retried a 401 three times, and a retry sent with the old
 * session's headers while the host renewed its session answered 401 after the renewal, which
 * reopened the host's sign-in (found under load by e2e/embed.spec.ts).
 */
export function refuseRetriesOfRefusals(queryClient: QueryClient): void {
  // TanStack's own default in a browser, when the client sets none: 3.
  const policy: RetryOption = queryClient.getDefaultOptions().queries?.retry ?? 3;
  queryClient.setQueryDefaults(authConnectionKeys.all, {
    retry: (failureCount, error) => {
      if (isRefusal(error)) return false;
      if (typeof policy === 'function') return policy(failureCount, error);
      return typeof policy === 'number' ? failureCount < policy : policy;
    },
  });
}

declare global {
  interface ImportMetaEnv {
    readonly VITE_EXPOSE_QUERY_CLIENT?: string;
  }
  interface ImportMeta {
    readonly env: ImportMetaEnv;
  }
  interface Window {
    __TANSTACK_QUERY_CLIENT__?: QueryClient;
  }
}
