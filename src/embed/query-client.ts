import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, UnauthorizedError } from '../api/errors.ts';

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
        retry: (failureCount, error) => {
          const refused =
            error instanceof ApiError && error.status !== undefined && error.status < 500;
          return !refused && failureCount < 2;
        },
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
