// ETags and If-Match on PATCH and DELETE (decision 0022). The client computes the tag from a
// list item with contract/etag.ts; the server must agree with it.
import { afterEach, describe, expect, it } from 'vitest';
import { authConnectionEtag } from '../../contract/etag.ts';
import { BASE, testApi, type Reply, validBodies, type TestApi } from '../test-support/test-api.ts';

let api: TestApi;
afterEach(() => api.server.close());

async function send(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await api.fetch(`${api.server.baseUrl}${path}`, {
    method,
    headers: {
      'xi-api-key': api.server.apiKey,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Reply['body'] };
}

async function listItem(id: string) {
  const list = await api.list();
  return list.body.auth_connections.find((c: { id: string }) => c.id === id);
}

describe('ETag and If-Match', () => {
  it('sends on create and update the tag a client computes from the list item', async () => {
    api = testApi();
    const created = await api.create(validBodies.oauth2_client_credentials);
    const tag = created.headers.get('ETag');
    expect(tag).toBe(authConnectionEtag(created.body));
    expect(tag).toBe(authConnectionEtag(await listItem(created.body.id)));
    const updated = await api.update(created.body.id, { scopes: ['a'] });
    expect(updated.headers.get('ETag')).toBe(authConnectionEtag(await listItem(created.body.id)));
    expect(updated.headers.get('ETag')).not.toBe(tag);
  });

  it('applies a PATCH with the current tag and refuses a stale one with 412', async () => {
    api = testApi();
    const { body } = await api.create(validBodies.bearer_auth);
    const seen = authConnectionEtag(await listItem(body.id));
    const first = await send(
      'PATCH',
      `${BASE}/${body.id}`,
      { 'If-Match': seen },
      { provider: 'A' },
    );
    expect(first.status).toBe(200);
    // A second editor who loaded the same list item now holds a stale tag.
    const second = await send(
      'PATCH',
      `${BASE}/${body.id}`,
      { 'If-Match': seen },
      { provider: 'B' },
    );
    expect(second.status).toBe(412);
    expect(second.body).toEqual({
      detail: { status: 'precondition_failed', message: expect.stringMatching(/changed/) },
    });
    expect((await listItem(body.id)).provider).toBe('A');
    const fresh = authConnectionEtag(await listItem(body.id));
    const retry = await send(
      'PATCH',
      `${BASE}/${body.id}`,
      { 'If-Match': fresh },
      { provider: 'B' },
    );
    expect(retry.status).toBe(200);
  });

  it('is not fooled by a secret rotation, which changes nothing visible (documented limit)', async () => {
    api = testApi();
    const { body } = await api.create(validBodies.bearer_auth);
    const seen = authConnectionEtag(await listItem(body.id));
    await api.update(body.id, { token: 'rotated' });
    expect(authConnectionEtag(await listItem(body.id))).toBe(seen);
  });

  it('accepts *, a list holding the tag, and no header at all; refuses weak or garbage tags', async () => {
    api = testApi();
    const { body } = await api.create(validBodies.bearer_auth);
    const path = `${BASE}/${body.id}`;
    const tag = () => listItem(body.id).then((i) => authConnectionEtag(i));
    expect((await send('PATCH', path, { 'If-Match': '*' }, { provider: '1' })).status).toBe(200);
    const t = await tag();
    expect((await send('PATCH', path, { 'If-Match': `"x", ${t}` }, { provider: '2' })).status).toBe(
      200,
    );
    expect((await send('PATCH', path, {}, { provider: '3' })).status).toBe(200);
    expect(
      (await send('PATCH', path, { 'If-Match': `W/${await tag()}` }, { provider: '4' })).status,
    ).toBe(412);
    expect((await send('PATCH', path, { 'If-Match': 'garbage' }, { provider: '5' })).status).toBe(
      412,
    );
    expect((await listItem(body.id)).provider).toBe('3');
  });

  it('answers 404 for an unknown id and 422 for a bad body before judging If-Match', async () => {
    api = testApi();
    const { body } = await api.create(validBodies.bearer_auth);
    const missing = await send(
      'PATCH',
      `${BASE}/ac_000000000000000000000000`,
      { 'If-Match': '"x"' },
      {},
    );
    expect(missing.status).toBe(404);
    const invalid = await send('PATCH', `${BASE}/${body.id}`, { 'If-Match': '"x"' }, { token: '' });
    expect(invalid.status).toBe(422);
  });

  it('honours If-Match on DELETE', async () => {
    api = testApi();
    const { body } = await api.create(validBodies.basic_auth);
    const stale = authConnectionEtag(await listItem(body.id));
    await api.update(body.id, { username: 'someone-else' });
    const refused = await send('DELETE', `${BASE}/${body.id}`, { 'If-Match': stale });
    expect(refused.status).toBe(412);
    expect(refused.body.detail.status).toBe('precondition_failed');
    expect(await listItem(body.id)).toBeDefined();
    const fresh = authConnectionEtag(await listItem(body.id));
    expect((await send('DELETE', `${BASE}/${body.id}`, { 'If-Match': fresh })).status).toBe(200);
    expect(await listItem(body.id)).toBeUndefined();
  });
});
