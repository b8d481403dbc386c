// The cached list answer is never stale: any write to the database, through the API or not,
// makes the next list build afresh, and its compressed forms follow.
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createInProcessServer } from '../../tests/in-process-server.ts';

const BASE = '/v1/workspace/auth-connections';
const server = createInProcessServer();
afterAll(() => server.close());

const call = (method: string, path: string, body?: unknown, acceptEncoding?: string) =>
  server.fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      'xi-api-key': server.apiKey,
      'content-type': 'application/json',
      ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

type Listed = { auth_connections: { id: string; name: string; used_by: { tools: unknown[] } }[] };
const names = async (acceptEncoding?: string) => {
  const res = await call('GET', BASE, undefined, acceptEncoding);
  expect(res.status).toBe(200);
  const json =
    res.headers.get('content-encoding') === 'br'
      ? (JSON.parse(
          brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString(),
        ) as Listed)
      : ((await res.json()) as Listed);
  return json.auth_connections;
};
const bearer = (name: string) => ({
  auth_type: 'bearer_auth',
  name,
  provider: 'Internal',
  token: `token-of-${name}`,
});

describe('the cached list', () => {
  it('follows creates, updates, deletes, dependents and writes from outside the API', async () => {
    for (let i = 0; i < 12; i += 1)
      expect((await call('POST', BASE, bearer(`c${i}`))).status).toBe(200);
    const first = await names('br');
    expect(first.map((c) => c.name)).toContain('c11');
    expect(await names('br')).toEqual(first); // served from the cache, same answer

    expect((await call('POST', BASE, bearer('added'))).status).toBe(200);
    expect((await names('br')).map((c) => c.name)).toContain('added');

    const id = first[0]!.id;
    const patched = await call('PATCH', `${BASE}/${id}`, {
      auth_type: 'bearer_auth',
      provider: 'Renamed provider',
    });
    expect(patched.status).toBe(200);
    expect(JSON.stringify(await names())).toContain('Renamed provider');

    await server.attachDependent(server.apiKey, {
      auth_connection_id: id,
      kind: 'tool',
      name: 't',
    });
    expect((await names('br')).find((c) => c.id === id)!.used_by.tools).toHaveLength(1);

    server.db.prepare('UPDATE auth_connections SET name = ? WHERE id = ?').run('Outside', id);
    expect((await names('br')).find((c) => c.id === id)!.name).toBe('Outside');
    expect((await names()).find((c) => c.id === id)!.name).toBe('Outside');

    expect((await call('DELETE', `${BASE}/${first[1]!.id}`)).status).toBe(200);
    expect((await names('br')).map((c) => c.id)).not.toContain(first[1]!.id);
  });

  it('is per workspace: another key never sees this one', async () => {
    const res = await server.fetch(`${server.baseUrl}${BASE}`, {
      headers: { 'xi-api-key': server.otherWorkspaceApiKey, 'accept-encoding': 'br' },
    });
    expect(await res.json()).toEqual({ auth_connections: [] });
  });
});
