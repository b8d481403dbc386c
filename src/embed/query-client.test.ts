// The component's queries never retry a refusal on any QueryClient, and otherwise follow that
// client's own retry policy (a host's client keeps its say over 5xx and lost connections).
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { NetworkError, ServerError, UnauthorizedError } from '../api/errors.ts';
import { authConnectionKeys } from '../features/auth-connections/queries.ts';
import { createAppQueryClient, refuseRetriesOfRefusals } from './query-client.ts';

type Retry = (failureCount: number, error: Error) => boolean;

function listRetry(client: QueryClient): Retry {
  const retry = client.getQueryDefaults(authConnectionKeys.list()).retry;
  if (typeof retry !== 'function') throw new Error('no retry function for the list');
  return retry as Retry;
}

const refused = new UnauthorizedError();
const failed = new ServerError('down', 503);
const unreachable = new NetworkError({ timedOut: false });

describe('refuseRetriesOfRefusals', () => {
  it("keeps TanStack's default of three retries for failures, and none for a 401", () => {
    const client = new QueryClient();
    refuseRetriesOfRefusals(client);
    const retry = listRetry(client);
    expect(retry(0, refused)).toBe(false);
    expect([0, 1, 2, 3].map((n) => retry(n, failed))).toEqual([true, true, true, false]);
  });

  it('follows a host that turned retries off, or set a number or a function', () => {
    const off = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    refuseRetriesOfRefusals(off);
    expect(listRetry(off)(0, unreachable)).toBe(false);

    const once = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
    refuseRetriesOfRefusals(once);
    expect([0, 1].map((n) => listRetry(once)(n, failed))).toEqual([true, false]);

    const always = new QueryClient({ defaultOptions: { queries: { retry: () => true } } });
    refuseRetriesOfRefusals(always);
    expect(listRetry(always)(5, unreachable)).toBe(true);
    expect(listRetry(always)(0, refused)).toBe(false);
  });

  it('leaves the rest of a host’s queries alone', () => {
    const client = new QueryClient();
    refuseRetriesOfRefusals(client);
    expect(client.getQueryDefaults(['the-host', 'members']).retry).toBeUndefined();
  });

  it('agrees with the component’s own client: failures twice more, refusals never', () => {
    const own = createAppQueryClient();
    const retry = own.getDefaultOptions().queries?.retry as Retry;
    expect([0, 1, 2].map((n) => retry(n, failed))).toEqual([true, true, false]);
    expect(retry(0, refused)).toBe(false);
  });
});
