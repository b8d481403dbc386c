// 412 and 429 from the real server (in-process) become PreconditionFailedError and
// RateLimitedError; If-Match goes out only when asked for.
import { afterEach, describe, expect, it } from 'vitest';
import { authConnectionEtag } from '../../contract/etag.ts';
import { createInProcessServer, type InProcessServer } from '../../tests/in-process-server.ts';
import { createApiClient } from './api-client.ts';
import {
  createAuthConnection,
  deleteAuthConnection,
  listAuthConnections,
  updateAuthConnection,
} from './endpoints.ts';
import {
  isAmbiguousFailure,
  parseRetryAfter,
  PreconditionFailedError,
  RateLimitedError,
  ServerError,
} from './errors.ts';

let server: InProcessServer | undefined;
afterEach(() => server?.close());

function clientFor(s: InProcessServer, headersSeen: Headers[] = []) {
  return createApiClient({
    baseUrl: s.baseUrl,
    fetch: (input, init) => {
      headersSeen.push(new Headers(init?.headers));
      return s.fetch(input, init);
    },
    getHeaders: () => ({ 'xi-api-key': s.apiKey }),
  });
}

const bearer = { auth_type: 'bearer_auth', name: 'Weather', provider: 'w', token: 't' } as const;

describe('If-Match and 412', () => {
  it('sends If-Match only when given, and a tag from the list item is current', async () => {
    server = createInProcessServer();
    const seen: Headers[] = [];
    const client = clientFor(server, seen);
    const { id } = await createAuthConnection(client, bearer);
    const [item] = await listAuthConnections(client);
    const updated = await updateAuthConnection(
      client,
      id,
      { auth_type: 'bearer_auth', provider: 'w2' },
      { ifMatch: authConnectionEtag(item!) },
    );
    expect(updated.provider).toBe('w2');
    expect(seen.map((h) => h.get('If-Match'))).toEqual([null, null, authConnectionEtag(item!)]);
  });

  it('raises PreconditionFailedError for a stale tag, on PATCH and DELETE, writing nothing', async () => {
    server = createInProcessServer();
    const client = clientFor(server);
    const { id } = await createAuthConnection(client, bearer);
    const [before] = await listAuthConnections(client);
    await updateAuthConnection(client, id, { auth_type: 'bearer_auth', provider: 'theirs' });
    const stale = authConnectionEtag(before!);

    const patch = updateAuthConnection(
      client,
      id,
      { auth_type: 'bearer_auth', provider: 'mine' },
      { ifMatch: stale },
    );
    await expect(patch).rejects.toBeInstanceOf(PreconditionFailedError);
    const error = (await patch.catch((e: unknown) => e)) as PreconditionFailedError;
    expect(error.status).toBe(412);
    expect(isAmbiguousFailure(error)).toBe(false);
    await expect(deleteAuthConnection(client, id, { ifMatch: stale })).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    const [after] = await listAuthConnections(client);
    expect(after?.provider).toBe('theirs');
  });
});

describe('429', () => {
  it('raises RateLimitedError with the Retry-After seconds', async () => {
    const now = 1_700_000_000_000;
    server = createInProcessServer({ rateLimitPerMinute: 2, now: () => now });
    const client = clientFor(server);
    await listAuthConnections(client);
    await listAuthConnections(client);
    const third = listAuthConnections(client);
    await expect(third).rejects.toBeInstanceOf(RateLimitedError);
    const error = (await third.catch((e: unknown) => e)) as RateLimitedError;
    expect(error).not.toBeInstanceOf(ServerError);
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(30); // 2 per minute: the next token in 30 s
    expect(isAmbiguousFailure(error)).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    ['20', 20],
    [' 0 ', 0],
    ['Wed, 01 Jan 2025 00:00:09 GMT', 9],
    ['Tue, 31 Dec 2024 23:59:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    [null, undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
