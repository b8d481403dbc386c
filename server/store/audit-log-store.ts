// The audit log: one row per mutation attempt that reached a route. It records who (workspace,
// API key id), what (action, connection id, names of the fields changed), the answer's status and
// when, never a value (docs/decisions/0024-server-audit-log.md).
import type { Database } from 'better-sqlite3';

export type AuditAction = 'create' | 'update' | 'delete' | 'test';

export interface AuditEntry {
  workspaceId: string;
  apiKeyId: string;
  action: AuditAction;
  connectionId: string | null;
  /** Top-level wire field names only; never values, never map keys. */
  fields: readonly string[];
  status: number;
  /** Tests only: the host the test called, and `ok` or `failed at <step>: <advice code>`. */
  host?: string | null;
  outcome?: string;
}

export interface AuditRow extends AuditEntry {
  at: string;
}

export interface AuditLogStore {
  record(entry: AuditEntry, now: number): void;
  list(workspaceId: string): AuditRow[];
}

export function createAuditLogStore(db: Database): AuditLogStore {
  const insert = db.prepare(`
    INSERT INTO audit_log (workspace_id, api_key_id, action, connection_id, fields_json, status, at,
      host, outcome)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const select = db.prepare(`
    SELECT workspace_id, api_key_id, action, connection_id, fields_json, status, at, host, outcome
    FROM audit_log WHERE workspace_id = ? ORDER BY seq`);
  return {
    record(e, now) {
      insert.run(
        e.workspaceId,
        e.apiKeyId,
        e.action,
        e.connectionId,
        JSON.stringify([...e.fields].sort()),
        e.status,
        new Date(now).toISOString(),
        e.host ?? null,
        e.outcome ?? null,
      );
    },
    list: (workspaceId) =>
      (select.all(workspaceId) as Record<string, unknown>[]).map((r) => ({
        workspaceId: r.workspace_id as string,
        apiKeyId: r.api_key_id as string,
        action: r.action as AuditAction,
        connectionId: r.connection_id as string | null,
        fields: JSON.parse(r.fields_json as string) as string[],
        status: r.status as number,
        at: r.at as string,
        ...(r.host !== null ? { host: r.host as string } : {}),
        ...(r.outcome !== null ? { outcome: r.outcome as string } : {}),
      })),
  };
}
