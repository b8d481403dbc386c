import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessServer } from '../../tests/in-process-server.ts';
import { BASE, testApi, validBodies, type TestApi } from '../test-support/test-api.ts';

let api: TestApi;
beforeEach(() => {
  api = testApi();
});
afterEach(() => {
  api.server.close();
});

describe('used_by', () => {
  it('shows available dependents in full, hidden ones as unknown, integrations by name', async () => {
    const conn = (await api.create(validBodies.basic_auth)).body;
    const key = api.server.apiKey;
    const tool = await api.server.attachDependent(key, {
      auth_connection_id: conn.id,
      kind: 'tool',
      name: 'Look up order',
      access_level: 'viewer',
    });
    const hidden = await api.server.attachDependent(key, {
      auth_connection_id: conn.id,
      kind: 'tool',
      name: 'Secret tool',
      hidden: true,
    });
    const mcp = await api.server.attachDependent(key, {
      auth_connection_id: conn.id,
      kind: 'mcp_server',
      name: 'CRM MCP',
      access_level: 'admin',
    });
    const hiddenMcp = await api.server.attachDependent(key, {
      auth_connection_id: conn.id,
      kind: 'mcp_server',
      name: 'Private MCP',
      hidden: true,
    });
    const ic = await api.server.attachDependent(key, {
      auth_connection_id: conn.id,
      kind: 'integration_connection',
      name: 'Zendesk sync',
    });

    const list = await api.list();
    const usedBy = list.body.auth_connections[0].used_by;
    expect(usedBy.tools).toEqual([
      {
        type: 'available',
        id: tool.id,
        name: 'Look up order',
        created_at_unix_secs: expect.any(Number),
        access_level: 'viewer',
      },
      { type: 'unknown', id: hidden.id },
    ]);
    expect(usedBy.mcp_servers).toEqual([
      expect.objectContaining({ type: 'available', id: mcp.id, access_level: 'admin' }),
      { type: 'unknown', id: hiddenMcp.id },
    ]);
    expect(usedBy.integration_connections).toEqual([{ id: ic.id, name: 'Zendesk sync' }]);
    expect(JSON.stringify(usedBy)).not.toContain('Secret tool');

    const updated = await api.update(conn.id, { provider: 'Other' });
    expect(updated.body.used_by).toEqual(usedBy);
  });

  it('the demo seed has several types, a refresh failure and a hidden dependent', async () => {
    const demo = testApi({ seedDemo: true });
    try {
      const items = (await demo.list()).body.auth_connections as Record<string, never>[];
      const types = new Set(items.map((c) => c.auth_type));
      expect(types.size).toBeGreaterThanOrEqual(6);
      expect(types).toContain('api_integration_oauth2_auth_code');
      expect(items.some((c) => c.status === 'refresh_failed' && c.status_detail)).toBe(true);
      expect(JSON.stringify(items)).toContain('"type":"unknown"');
      const readOnly = items.find((c) => c.auth_type === 'slack_bot_auth') as unknown as {
        id: string;
      };
      expect((await demo.update(readOnly.id, { provider: 'x' })).status).toBe(422);
      expect(demo.fetch.checked()).toBeGreaterThan(0);
    } finally {
      demo.server.close();
    }
  });

  it('keeps dependents when their connection is deleted (they lose the link)', async () => {
    const conn = (await api.create(validBodies.bearer_auth)).body;
    await api.server.attachDependent(api.server.apiKey, {
      auth_connection_id: conn.id,
      kind: 'tool',
      name: 't',
    });
    expect((await api.remove(conn.id)).status).toBe(200);
    const again = (await api.create(validBodies.bearer_auth)).body;
    expect(again.used_by.tools).toEqual([]);
  });
});

describe('test route /__test/dependents', () => {
  it('needs a key, validates its body, and refuses another workspace connection', async () => {
    const conn = (await api.create(validBodies.bearer_auth)).body;
    const url = `${api.server.baseUrl}/__test/dependents`;
    const post = (key: string | undefined, body: unknown) =>
      api.server.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { 'xi-api-key': key } : {}) },
        body: JSON.stringify(body),
      });
    const body = { auth_connection_id: conn.id, kind: 'tool', name: 't' };
    expect((await post(undefined, body)).status).toBe(401);
    expect((await post(api.server.apiKey, { ...body, kind: 'robot' })).status).toBe(422);
    expect((await post(api.server.otherWorkspaceApiKey, body)).status).toBe(404);
    const ok = await post(api.server.apiKey, body);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: expect.stringMatching(/^tool_/) });
  });
});

describe('workspace isolation', () => {
  it('workspace B cannot list, update or delete what A created', async () => {
    const a = api.server.apiKey;
    const b = api.server.otherWorkspaceApiKey;
    const conn = (await api.create(validBodies.basic_auth, a)).body;

    expect((await api.list(b)).body).toEqual({ auth_connections: [] });
    const update = await api.update(conn.id, { provider: 'stolen' }, b);
    expect(update.status).toBe(404);
    const del = await api.remove(conn.id, b);
    expect(del.status).toBe(404);

    const listA = await api.list(a);
    expect(listA.body.auth_connections).toEqual([conn]);

    const own = (await api.create(validBodies.bearer_auth, b)).body;
    expect((await api.list(b)).body.auth_connections.map((c: { id: string }) => c.id)).toEqual([
      own.id,
    ]);
    expect((await api.list(a)).body.auth_connections).toHaveLength(1);
    expect(api.fetch.checked()).toBeGreaterThan(0);
  });

  it('separate in-process servers do not share keys', async () => {
    const other = createInProcessServer();
    try {
      const res = await other.fetch(`${other.baseUrl}${BASE}`, {
        headers: { 'xi-api-key': api.server.apiKey },
      });
      expect(res.status).toBe(401);
    } finally {
      other.close();
    }
  });
});
