// The PATCH mutation. Cache work only (GUIDE §5): the saved connection replaces its row in the
// cached list, which the detail view selects from. Call sites do the UI work.
//
// Secrets stay out of TanStack's caches, as in useCreateAuthConnection: the body goes to the
// mutation function through a ref and is dropped once sent; `variables` holds only the id and a
// request number, and `gcTime: 0` drops the finished mutation as soon as nobody observes it.
//
// `ifMatch` (the ETag of the version the form loaded, contract/etag.ts) makes the PATCH fail with
// a 412 instead of overwriting someone else's newer change; the list is then marked stale.
import { useCallback, useRef } from 'react';
import {
  useMutation,
  useQueryClient,
  type MutateOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import type { AuthConnection, UpdateAuthConnectionRequest } from '../../../../contract/index.ts';
import { updateAuthConnection } from '../../../api/endpoints.ts';
import { PreconditionFailedError, type ApiError } from '../../../api/errors.ts';
import { authConnectionKeys, authConnectionsListOptions, useApiClient } from '../queries.ts';

export interface UpdateMutationVariables {
  id: string;
  request: number;
}

export interface UpdateInput {
  id: string;
  body: UpdateAuthConnectionRequest;
  /** The ETag of the version the edit started from; omitted when none is usable. */
  ifMatch?: string;
}

type Options = MutateOptions<AuthConnection, ApiError, UpdateMutationVariables>;

export type UpdateAuthConnectionMutation = Omit<
  UseMutationResult<AuthConnection, ApiError, UpdateMutationVariables>,
  'mutate' | 'mutateAsync'
> & {
  mutate(input: UpdateInput, options?: Options): void;
  mutateAsync(input: UpdateInput, options?: Options): Promise<AuthConnection>;
};

export function useUpdateAuthConnection(): UpdateAuthConnectionMutation {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const pendingBodies = useRef(new Map<number, Omit<UpdateInput, 'id'>>());
  const counter = useRef(0);

  const mutation = useMutation<AuthConnection, ApiError, UpdateMutationVariables>({
    mutationKey: [...authConnectionKeys.mutations(), 'update'],
    gcTime: 0,
    mutationFn: ({ id, request }) => {
      const pending = pendingBodies.current.get(request);
      pendingBodies.current.delete(request);
      if (!pending) throw new Error('useUpdateAuthConnection: submit through the hook’s mutate().');
      return updateAuthConnection(client, id, pending.body, { ifMatch: pending.ifMatch });
    },
    onError: (error) => {
      // The cached list holds a version the server no longer has.
      if (error instanceof PreconditionFailedError) {
        const { queryKey } = authConnectionsListOptions(client);
        return queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
      }
    },
    onSuccess: (updated) => {
      const { queryKey } = authConnectionsListOptions(client);
      queryClient.setQueryData(queryKey, (list) =>
        list?.map((connection) => (connection.id === updated.id ? updated : connection)),
      );
      // used_by may have changed meanwhile: the list's next observer refetches.
      return queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
    },
  });

  const { mutate: mutateVars, mutateAsync: mutateVarsAsync } = mutation;
  const prepare = useCallback(({ id, body, ifMatch }: UpdateInput): UpdateMutationVariables => {
    const request = ++counter.current;
    pendingBodies.current.set(request, { body, ifMatch });
    return { id, request };
  }, []);
  const mutate = useCallback<UpdateAuthConnectionMutation['mutate']>(
    (input, options) => mutateVars(prepare(input), options),
    [mutateVars, prepare],
  );
  const mutateAsync = useCallback<UpdateAuthConnectionMutation['mutateAsync']>(
    (input, options) => mutateVarsAsync(prepare(input), options),
    [mutateVarsAsync, prepare],
  );
  return { ...mutation, mutate, mutateAsync };
}
