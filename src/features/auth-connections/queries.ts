// TanStack Query for auth connections: key factory, the list's queryOptions, the create mutation.
// Mutation hooks do cache work only; call sites do UI work (navigate, snackbar, setError).
import { useCallback, useRef, useState } from 'react';
import {
  queryOptions,
  useMutation,
  useQueryClient,
  type MutateOptions,
  type UseMutationResult,
} from '@tanstack/react-query';
import type { AuthConnection, CreateAuthConnectionRequest } from '../../../contract/index.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { useApiClient } from '../../api/api-client-context.tsx';
import { createAuthConnection, listAuthConnections } from '../../api/endpoints.ts';
import { isAmbiguousFailure, type ApiError } from '../../api/errors.ts';

export { useApiClient } from '../../api/api-client-context.tsx';

export const authConnectionKeys = {
  all: ['auth-connections'] as const,
  lists: () => [...authConnectionKeys.all, 'list'] as const,
  list: () => [...authConnectionKeys.lists()] as const,
  mutations: () => [...authConnectionKeys.all, 'mutation'] as const,
};

export function authConnectionsListOptions(client: ApiClient) {
  return queryOptions({
    queryKey: authConnectionKeys.list(),
    queryFn: ({ signal }) => listAuthConnections(client, { signal }),
  });
}

// ---------------------------------------------------------------------------------------------
// Idempotency keys

/**
 * One Idempotency-Key per submitted payload: submitting the same payload again (a retry after a
 * dropped connection or a 5xx) reuses the key, so the server replays instead of creating twice;
 * a changed payload gets a fresh key. Only a hash of the payload is kept, never the payload
 * itself, so this holds no copy of the secrets in it.
 */
export interface IdempotencyKeyTracker {
  keyFor(payload: unknown): string;
  /** Forget the key, after an answer that settles the question (success or a refusal). */
  reset(): void;
}

export function createIdempotencyKeyTracker(
  newKey: () => string = randomKey,
): IdempotencyKeyTracker {
  let last: { fingerprint: string; key: string } | null = null;
  return {
    keyFor(payload) {
      const fingerprint = fingerprintOf(payload);
      if (last?.fingerprint !== fingerprint) last = { fingerprint, key: newKey() };
      return last.key;
    },
    reset() {
      last = null;
    },
  };
}

/** JSON with sorted object keys, so `{a,b}` and `{b,a}` count as the same payload. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

// cyrb53: a fast 53-bit string hash. Collisions only matter against the previous payload of the
// same form, and a synchronous hash keeps submit free of the (secure-context only) SubtleCrypto.
function fingerprintOf(payload: unknown): string {
  const text = stableStringify(payload) ?? 'undefined';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + ':' + text.length;
}

function randomKey(): string {
  // randomUUID needs a secure context; an embedding host may be served over plain http.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------------------------------------
// Create

/** What the mutation cache holds as `variables`: the key only, never the body with its secrets. */
export interface CreateMutationVariables {
  idempotencyKey: string;
}

export type CreateAuthConnectionMutation = Omit<
  UseMutationResult<AuthConnection, ApiError, CreateMutationVariables>,
  'mutate' | 'mutateAsync'
> & {
  mutate(
    body: CreateAuthConnectionRequest,
    options?: MutateOptions<AuthConnection, ApiError, CreateMutationVariables>,
  ): void;
  mutateAsync(
    body: CreateAuthConnectionRequest,
    options?: MutateOptions<AuthConnection, ApiError, CreateMutationVariables>,
  ): Promise<AuthConnection>;
};

/**
 * Creates a connection and puts it into the cached list (no refetch now; the list is only marked
 * stale so its next observer brings used_by up to date).
 *
 * Secrets stay out of TanStack's caches: the request body is handed to the mutation function
 * through a ref and dropped as soon as the request is sent, and `variables` is only the
 * Idempotency-Key. `gcTime: 0` removes the finished mutation from the MutationCache as soon as no
 * component observes it. Responses carry no secrets by contract, so caching them is fine.
 */
export function useCreateAuthConnection(): CreateAuthConnectionMutation {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [tracker] = useState(() => createIdempotencyKeyTracker());
  const pendingBodies = useRef(new Map<string, CreateAuthConnectionRequest>());

  const mutation = useMutation<AuthConnection, ApiError, CreateMutationVariables>({
    mutationKey: [...authConnectionKeys.mutations(), 'create'],
    gcTime: 0,
    mutationFn: ({ idempotencyKey }) => {
      const body = pendingBodies.current.get(idempotencyKey);
      pendingBodies.current.delete(idempotencyKey);
      if (!body) throw new Error('useCreateAuthConnection: submit through the hook’s mutate().');
      return createAuthConnection(client, body, { idempotencyKey });
    },
    onSuccess: (created) => {
      const { queryKey } = authConnectionsListOptions(client);
      queryClient.setQueryData(queryKey, (list) =>
        list ? [...list.filter((c) => c.id !== created.id), created] : list,
      );
      return queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
    },
    onSettled: (_data, error) => {
      if (!error || !isAmbiguousFailure(error)) tracker.reset();
    },
  });

  const { mutate: mutateKey, mutateAsync: mutateKeyAsync } = mutation;
  const prepare = useCallback(
    (body: CreateAuthConnectionRequest): CreateMutationVariables => {
      const idempotencyKey = tracker.keyFor(body);
      pendingBodies.current.set(idempotencyKey, body);
      return { idempotencyKey };
    },
    [tracker],
  );
  const mutate = useCallback<CreateAuthConnectionMutation['mutate']>(
    (body, options) => mutateKey(prepare(body), options),
    [mutateKey, prepare],
  );
  const mutateAsync = useCallback<CreateAuthConnectionMutation['mutateAsync']>(
    (body, options) => mutateKeyAsync(prepare(body), options),
    [mutateKeyAsync, prepare],
  );

  return { ...mutation, mutate, mutateAsync };
}
