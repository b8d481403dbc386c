// @vitest-environment jsdom
// The harness the UI's component tests use, exercised from the same environment they run in.
import { afterEach, expect, it } from 'vitest';
import { createInProcessServer, type InProcessServer } from '../tests/in-process-server.ts';

let server: InProcessServer | undefined;
afterEach(() => server?.close());

it('routes absolute and relative URLs into the app, with signals from jsdom', async () => {
  server = createInProcessServer();
  const headers = { 'xi-api-key': server.apiKey };
  const controller = new AbortController();
  const absolute = await server.fetch(`${server.baseUrl}/v1/workspace/auth-connections`, {
    headers,
    signal: controller.signal,
  });
  expect(absolute.status).toBe(200);
  expect(await absolute.json()).toEqual({ auth_connections: [] });
  const relative = await server.fetch('/v1/workspace/auth-connections', { headers });
  expect(relative.status).toBe(200);
  controller.abort();
  await expect(
    server.fetch('/v1/workspace/auth-connections', { headers, signal: controller.signal }),
  ).rejects.toThrow(/abort/i);
});

it('has two workspaces, test routes, loopback token URLs, and optional demo data', async () => {
  server = createInProcessServer({ seedDemo: true });
  const list = async (key: string) =>
    (
      (await (
        await server!.fetch('/v1/workspace/auth-connections', { headers: { 'xi-api-key': key } })
      ).json()) as { auth_connections: { id: string; used_by: { tools: unknown[] } }[] }
    ).auth_connections;
  const demo = await list(server.apiKey);
  expect(demo.length).toBeGreaterThanOrEqual(6);
  expect(await list(server.otherWorkspaceApiKey)).toEqual([]);

  const created = await server.fetch('/v1/workspace/auth-connections', {
    method: 'POST',
    headers: { 'xi-api-key': server.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({
      auth_type: 'oauth2_client_credentials',
      name: 'Local IdP',
      provider: 'Keycloak',
      client_id: 'c',
      client_secret: 's',
      token_url: 'http://127.0.0.1:8080/realms/x/token',
    }),
  });
  expect(created.status).toBe(200);
  const { id } = (await created.json()) as { id: string };
  const dependent = await server.attachDependent(server.apiKey, {
    auth_connection_id: id,
    kind: 'tool',
    name: 'Hidden tool',
    hidden: true,
  });
  const item = (await list(server.apiKey)).find((c) => c.id === id);
  expect(item?.used_by.tools).toEqual([{ type: 'unknown', id: dependent.id }]);
  await expect(
    server.attachDependent(server.otherWorkspaceApiKey, {
      auth_connection_id: id,
      kind: 'tool',
      name: 'x',
    }),
  ).rejects.toThrow(/404/);
});
