// The per-key token bucket with a low limit and a test clock (decision 0023).
import { afterEach, describe, expect, it } from 'vitest';
import { testApi, validBodies, type TestApi } from '../test-support/test-api.ts';

let api: TestApi;
afterEach(() => api.server.close());

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the limit, per key, and refills over time', async () => {
    let clock = 1_000_000;
    api = testApi({ rateLimitPerMinute: 3, now: () => clock });
    for (let i = 0; i < 3; i++) expect((await api.list()).status).toBe(200);
    const limited = await api.create(validBodies.bearer_auth);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('20');
    expect(limited.body).toEqual({
      detail: { status: 'rate_limited', message: expect.stringMatching(/3 per minute/) },
    });
    // The refused request created nothing.
    expect(api.server.db.prepare('SELECT count(*) FROM auth_connections').pluck().get()).toBe(0);
    // Another key has its own bucket.
    expect((await api.list(api.server.otherWorkspaceApiKey)).status).toBe(200);
    clock += 19_000;
    expect((await api.list()).status).toBe(429);
    clock += 1_000;
    expect((await api.list()).status).toBe(200);
    expect((await api.list()).status).toBe(429);
    clock += 60_000;
    for (let i = 0; i < 3; i++) expect((await api.list()).status).toBe(200);
    expect((await api.list()).status).toBe(429);
  });

  it('does not count requests without a valid key', async () => {
    api = testApi({ rateLimitPerMinute: 1, now: () => 0 });
    for (let i = 0; i < 5; i++) expect((await api.list('wrong-key')).status).toBe(401);
    expect((await api.list()).status).toBe(200);
    expect((await api.list()).status).toBe(429);
  });

  it('is off with 0', async () => {
    api = testApi({ rateLimitPerMinute: 0, now: () => 0 });
    for (let i = 0; i < 50; i++) expect((await api.list()).status).toBe(200);
  });
});
