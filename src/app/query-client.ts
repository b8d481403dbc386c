import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, UnauthorizedError } from '../api/errors.ts';

/**
 * The app's QueryClient. A 401 from any query or mutation goes to `onUnauthorized` (the shell
 * shows the connect dialog over the page, so a half-filled form keeps its values). Refusals
 * (4xx) are not retried: asking again gets the same answer.
 */
export function createAppQueryClient(onUnauthorized: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (error instanceof UnauthorizedError) onUnauthorized();
  };
  return new QueryClient({
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
      mutations: { retry: 0 },
    },
  });
}
