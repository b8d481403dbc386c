// Idempotency-Key on create (decision 0020): replay, conflict, scope, expiry, and 50 truly
// parallel requests on a real port.
import { afterEach, describe, expect, it } from 'vitest';
import { BASE, testApi, type Reply, validBodies, type TestApi } from '../test-support/test-api.ts';
import { IDEMPOTENCY_TTL_MS } from '../store/idempotency-store.ts';

let clock = Date.parse('2026-11-26T12:00:00Z');
let api: TestApi;
afterEach(() => api.server.close());

function setup() {
  clock = Date.parse('2026-11-26T12:00:00Z');
  api = testApi({ now: () => clock });
  return api;
}

async function post(body: unknown, key: string | undefined, apiKey = api.server.apiKey) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'xi-api-key': apiKey,
  };
  if (key !== undefined) headers['Idempotency-Key'] = key;
  const res = await api.fetch(`${api.server.baseUrl}${BASE}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Reply['body'] };
}

const rows = () => api.server.db.prepare('SELECT count(*) FROM auth_connections').pluck().get();

describe('Idempotency-Key on POST', () => {
  it('replays the first answer for a repeat with the same body, creating one row', async () => {
    setup();
    const first = await post(validBodies.bearer_auth, 'key-1');
    const again = await post({ ...validBodies.bearer_auth }, 'key-1');
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(rows()).toBe(1);
  });

  it('treats key order and whitespace of the body as the same request', async () => {
    setup();
    const body = validBodies.basic_auth;
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const first = await post(body, 'k-order');
    const res = await api.fetch(`${api.server.baseUrl}${BASE}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'xi-api-key': api.server.apiKey,
        'Idempotency-Key': 'k-order',
      },
      body: JSON.stringify(reordered, null, 2),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(first.body.id);
    expect(rows()).toBe(1);
  });

  it('answers the current state of the connection, not a stale copy', async () => {
    setup();
    const first = await post(validBodies.bearer_auth, 'k-current');
    await api.update(first.body.id, { provider: 'Changed' });
    const again = await post(validBodies.bearer_auth, 'k-current');
    expect(again.body.provider).toBe('Changed');
    expect(rows()).toBe(1);
  });

  it('refuses the same key with a different body with a 422 on the header', async () => {
    setup();
    await post(validBodies.bearer_auth, 'key-2');
    const other = await post({ ...validBodies.bearer_auth, token: 'another-token' }, 'key-2');
    expect(other.status).toBe(422);
    expect(other.body.detail).toEqual([
      expect.objectContaining({ loc: ['header', 'Idempotency-Key'], type: 'value_error' }),
    ]);
    expect(rows()).toBe(1);
  });

  it('does not store a refused request: the key stays free', async () => {
    setup();
    const bad = await post({ ...validBodies.bearer_auth, token: 5 }, 'key-3');
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(['body', 'token']);
    const good = await post(validBodies.bearer_auth, 'key-3');
    expect(good.status).toBe(200);
    expect(rows()).toBe(1);
    const count = api.server.db.prepare('SELECT count(*) FROM idempotency_keys').pluck().get();
    expect(count).toBe(1);
  });

  it.each([' ', 'x'.repeat(256), 'with space', 'tab\tinside', 'caf\u00e9'])(
    'rejects the key %j',
    async (key) => {
      setup();
      const res = await post(validBodies.bearer_auth, key);
      expect(res.status).toBe(422);
      expect(res.body.detail[0].loc).toEqual(['header', 'Idempotency-Key']);
      expect(rows()).toBe(0);
    },
  );

  it('scopes keys per workspace', async () => {
    setup();
    const mine = await post(validBodies.bearer_auth, 'shared-key');
    const theirs = await post(
      validBodies.bearer_auth,
      'shared-key',
      api.server.otherWorkspaceApiKey,
    );
    expect(theirs.status).toBe(200);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(rows()).toBe(2);
    // A different body under the same key in the other workspace is no conflict either.
    const third = await post(
      validBodies.basic_auth,
      'shared-key-2',
      api.server.otherWorkspaceApiKey,
    );
    expect(third.status).toBe(200);
  });

  it('forgets a key after 24 hours', async () => {
    setup();
    const first = await post(validBodies.bearer_auth, 'key-ttl');
    clock += IDEMPOTENCY_TTL_MS - 1;
    expect((await post(validBodies.bearer_auth, 'key-ttl')).body.id).toBe(first.body.id);
    clock += 2;
    const later = await post(validBodies.bearer_auth, 'key-ttl');
    expect(later.status).toBe(200);
    expect(later.body.id).not.toBe(first.body.id);
    expect(rows()).toBe(2);
    const count = api.server.db.prepare('SELECT count(*) FROM idempotency_keys').pluck().get();
    expect(count).toBe(1);
  });

  it('does not create again after the connection was deleted', async () => {
    setup();
    const first = await post(validBodies.bearer_auth, 'key-del');
    expect((await api.remove(first.body.id)).status).toBe(200);
    const again = await post(validBodies.bearer_auth, 'key-del');
    expect(again.status).toBe(404);
    expect(again.body.detail.status).toBe('auth_connection_not_found');
    expect(rows()).toBe(0);
  });

  it('works as before without a key', async () => {
    setup();
    await post(validBodies.bearer_auth, undefined);
    await post(validBodies.bearer_auth, undefined);
    expect(rows()).toBe(2);
  });

  it('stores a fingerprint, never the body or its secret', async () => {
    setup();
    const canary = 'canary-idem-7f3a9c1e';
    await post({ ...validBodies.bearer_auth, token: canary }, 'key-canary');
    const stored = api.server.db.prepare('SELECT * FROM idempotency_keys').all();
    const text = JSON.stringify(stored);
    expect(text).not.toContain(canary);
    expect(text).not.toContain('Search'); // the name: no part of the body is kept
    expect(stored).toEqual([
      expect.objectContaining({ fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);
  });

  it('makes exactly one row from 50 parallel POSTs with one key on a real port', async () => {
    setup();
    const { baseUrl, close } = await api.server.listen();
    try {
      const send = () =>
        fetch(`${baseUrl}${BASE}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'xi-api-key': api.server.apiKey,
            'Idempotency-Key': 'parallel-1',
          },
          body: JSON.stringify(validBodies.oauth2_client_credentials),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id: string } }));
      const answers = await Promise.all(Array.from({ length: 50 }, send));
      expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(rows()).toBe(1);
      // And 50 parallel POSTs with 50 keys make 50 rows: the guard is per key, not global.
      const distinct = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          fetch(`${baseUrl}${BASE}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'xi-api-key': api.server.apiKey,
              'Idempotency-Key': `parallel-distinct-${i}`,
            },
            body: JSON.stringify(validBodies.bearer_auth),
          }).then((r) => r.status),
        ),
      );
      expect(distinct).toEqual(Array(50).fill(200));
      expect(rows()).toBe(51);
    } finally {
      await close();
    }
  });
});
