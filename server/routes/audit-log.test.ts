// The audit log (decision 0024): one row per mutation attempt, names of fields, never values.
import { afterEach, describe, expect, it } from 'vitest';
import { apiKeyId } from '../http/require-api-key.ts';
import { createAuditLogStore } from '../store/audit-log-store.ts';
import { BASE, testApi, validBodies, type TestApi } from '../test-support/test-api.ts';

let api: TestApi;
afterEach(() => api.server.close());

const CANARY = 'canary-audit-5d1e0b7c93';

function auditRows() {
  return api.server.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<
    string,
    unknown
  >[];
}

describe('audit log', () => {
  it('records who did what to which connection, with field names and the answer', async () => {
    api = testApi({ now: () => Date.parse('2026-11-26T12:00:00Z') });
    const created = await api.create(validBodies.oauth2_client_credentials);
    const id = created.body.id as string;
    await api.update(id, { scopes: ['x'], client_secret: 'new-secret', provider: 'Salesforce' });
    await api.update(id, { provider: null, token: 5 });
    await api.remove(id);
    await api.remove(id);
    const workspaceId = api.server.db
      .prepare('SELECT id FROM workspaces ORDER BY created_at, rowid LIMIT 1')
      .pluck()
      .get() as string;
    // The connection is gone; its audit rows outlive it.
    const rows = createAuditLogStore(api.server.db).list(workspaceId);
    const key = apiKeyId(api.server.apiKey);
    expect(rows).toEqual([
      {
        workspaceId,
        apiKeyId: key,
        action: 'create',
        connectionId: id,
        fields: [
          'basic_auth_in_header',
          'client_id',
          'client_secret',
          'custom_headers',
          'extra_params',
          'name',
          'provider',
          'scopes',
          'token_url',
        ],
        status: 200,
        at: '2026-11-26T12:00:00.000Z',
      },
      // provider was sent unchanged, so it is not a changed field; the secret always counts.
      expect.objectContaining({
        action: 'update',
        fields: ['client_secret', 'scopes'],
        status: 200,
      }),
      expect.objectContaining({ action: 'update', fields: ['provider', 'token'], status: 422 }),
      expect.objectContaining({ action: 'delete', connectionId: id, fields: [], status: 200 }),
      expect.objectContaining({ action: 'delete', connectionId: id, fields: [], status: 404 }),
    ]);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(auditRows())).not.toContain(api.server.apiKey);
  });

  it('scopes rows by workspace and does not audit reads', async () => {
    api = testApi();
    await api.list();
    await api.create(validBodies.bearer_auth, api.server.otherWorkspaceApiKey);
    const rows = auditRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.api_key_id).toBe(apiKeyId(api.server.otherWorkspaceApiKey));
  });

  it('never lets a canary secret reach the audit table, whatever path the request takes', async () => {
    api = testApi();
    const ok = await api.create({ ...validBodies.bearer_auth, token: CANARY });
    await api.update(ok.body.id, { token: `${CANARY}-2`, provider: CANARY });
    // Refused: a bad field next to the secret, a canary as an unknown key, as a map key, as
    // a header key, as the name of an id, as a whole body.
    await api.create({ ...validBodies.basic_auth, password: CANARY, username: 5 });
    await api.create({ ...validBodies.bearer_auth, [CANARY]: CANARY });
    await api.create({
      ...validBodies.oauth2_client_credentials,
      custom_headers: { [CANARY]: CANARY },
    });
    await api.update(ok.body.id, { [CANARY]: 'x' });
    await api.update(CANARY, { token: CANARY });
    await api.remove(CANARY);
    await api.send('POST', BASE, CANARY);
    await api.send('POST', BASE, [CANARY]);
    const res = await api.fetch(`${api.server.baseUrl}${BASE}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'xi-api-key': api.server.apiKey,
        'Idempotency-Key': `${CANARY} with space`,
      },
      body: JSON.stringify({ ...validBodies.bearer_auth, token: CANARY }),
    });
    expect(res.status).toBe(422);
    const rows = auditRows();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    // No value is ever recorded (not even the provider, which is no secret), no unknown key,
    // and no requested id that is not shaped like one of ours.
    expect(JSON.stringify(rows)).not.toContain('canary');
    expect(rows.filter((r) => r.status === 404).map((r) => r.connection_id)).toEqual([null, null]);
  });
});
