// Delete with an optimistic update: the connection leaves the cached list at once and comes back
// (at its old place) if the server refuses. Failures stay in the MutationCache until dismissed, so
// the list page can report them wherever the delete was started (list row, bulk, detail page).
import { useCallback } from 'react';
import {
  useMutation,
  useMutationState,
  useQueryClient,
  type Mutation,
  type QueryClient,
  type UseMutationResult,
} from '@tanstack/react-query';
import type { AuthConnection } from '../../../../contract/index.ts';
import { useApiClient } from '../../../api/api-client-context.tsx';
import { deleteAuthConnection } from '../../../api/endpoints.ts';
import {
  NotFoundError,
  PreconditionFailedError,
  RateLimitedError,
  type ApiError,
} from '../../../api/errors.ts';
import { authConnectionKeys, authConnectionsListOptions } from '../queries.ts';

export interface DeleteVariables {
  id: string;
  /** Kept for the error message: the row is gone from the list while the request runs. */
  name: string;
  /**
   * The tag of the version the admin confirmed (`ifMatchFor`): if someone changed the connection
   * since, the server answers 412 and nothing is deleted. Undefined sends no If-Match.
   */
  ifMatch?: string | undefined;
}

interface DeleteContext {
  removed: AuthConnection | undefined;
  index: number;
}

export const deleteMutationKey = [...authConnectionKeys.mutations(), 'delete'] as const;

const deletesInFlight = new WeakMap<QueryClient, number>();

export function useDeleteAuthConnection(): UseMutationResult<
  void,
  ApiError,
  DeleteVariables,
  DeleteContext
> {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = authConnectionsListOptions(client);

  return useMutation<void, ApiError, DeleteVariables, DeleteContext>({
    mutationKey: deleteMutationKey,
    mutationFn: async ({ id, ifMatch }) => {
      try {
        await deleteAuthConnection(client, id, { ifMatch });
      } catch (error) {
        // Already gone (deleted in another tab): what the admin wanted is true.
        if (error instanceof NotFoundError) return;
        throw error;
      }
    },
    onMutate: async ({ id }) => {
      deletesInFlight.set(queryClient, (deletesInFlight.get(queryClient) ?? 0) + 1);
      // A list request in flight would otherwise bring the row back when it lands.
      await queryClient.cancelQueries({ queryKey });
      const list = queryClient.getQueryData(queryKey);
      const index = list?.findIndex((c) => c.id === id) ?? -1;
      const removed = index >= 0 ? list?.[index] : undefined;
      if (removed)
        queryClient.setQueryData(
          queryKey,
          list?.filter((c) => c.id !== id),
        );
      return { removed, index };
    },
    onError: (_error, { id }, context) => {
      // Put back only this row, not a snapshot of the whole list: other deletes may be running.
      const removed = context?.removed;
      if (!removed) return;
      queryClient.setQueryData(queryKey, (list) => {
        if (!list || list.some((c) => c.id === id)) return list;
        const next = [...list];
        next.splice(Math.min(context.index, next.length), 0, removed);
        return next;
      });
    },
    onSettled: () => {
      // Refetch once the last of several concurrent deletes is done, never in between. Counted
      // here, not with isMutating(): two deletes settling together each still see the other as
      // pending, and then neither refetched (found by the bulk delete's 412 test).
      const left = (deletesInFlight.get(queryClient) ?? 1) - 1;
      deletesInFlight.set(queryClient, left);
      if (left === 0) return queryClient.invalidateQueries({ queryKey });
    },
  });
}

export interface DeleteFailure {
  mutationId: number;
  id: string;
  name: string;
  ifMatch: string | undefined;
  /** Shown with errorText(): the server's words, or the messages' for an answer without any. */
  error: ApiError | null;
  /** A 429's Retry-After: Retry waits this long. */
  retryAfterSeconds: number | undefined;
  /** A 412: someone changed it since; the version the admin confirmed, to show what changed. */
  conflict: { loaded: AuthConnection | undefined } | null;
}

/** Deletes the server refused, newest last, with a way to dismiss each. */
export function useDeleteFailures(): {
  failures: DeleteFailure[];
  dismiss(mutationId: number): void;
} {
  const queryClient = useQueryClient();
  const failures = useMutationState<DeleteFailure>({
    filters: { mutationKey: deleteMutationKey, status: 'error' },
    select: (mutation) => {
      const m = mutation as unknown as Mutation<void, ApiError, DeleteVariables, DeleteContext>;
      const error = m.state.error;
      return {
        mutationId: m.mutationId,
        id: m.state.variables?.id ?? '',
        name: m.state.variables?.name ?? '',
        ifMatch: m.state.variables?.ifMatch,
        error,
        retryAfterSeconds: error instanceof RateLimitedError ? error.retryAfterSeconds : undefined,
        conflict:
          error instanceof PreconditionFailedError ? { loaded: m.state.context?.removed } : null,
      };
    },
  });
  const dismiss = useCallback(
    (mutationId: number) => {
      const cache = queryClient.getMutationCache();
      const mutation = cache.getAll().find((m) => m.mutationId === mutationId);
      if (mutation) cache.remove(mutation);
    },
    [queryClient],
  );
  return { failures, dismiss };
}
