// The last test of each stored connection: when, ok or not, and the verdict sentence (which never
// holds a value). List items carry it as `last_test`, our extension (docs/decisions/0090).
import type { Database } from 'better-sqlite3';
import type { LastConnectionTest } from '../../contract/index.ts';

export interface ConnectionTestsStore {
  save(connectionId: string, test: LastConnectionTest): void;
  forWorkspace(workspaceId: string): Map<string, LastConnectionTest>;
}

export function createConnectionTestsStore(db: Database): ConnectionTestsStore {
  const upsert = db.prepare(`
    INSERT INTO connection_tests (connection_id, tested_at, ok, verdict) VALUES (?, ?, ?, ?)
    ON CONFLICT (connection_id) DO UPDATE SET
      tested_at = excluded.tested_at, ok = excluded.ok, verdict = excluded.verdict`);
  const select = db.prepare(`
    SELECT t.connection_id, t.tested_at, t.ok, t.verdict FROM connection_tests t
    JOIN auth_connections c ON c.id = t.connection_id WHERE c.workspace_id = ?`);
  return {
    save: (id, t) => upsert.run(id, t.tested_at, t.ok ? 1 : 0, t.verdict),
    forWorkspace: (workspaceId) =>
      new Map(
        (select.all(workspaceId) as Record<string, unknown>[]).map((r) => [
          r.connection_id as string,
          { tested_at: r.tested_at as string, ok: r.ok === 1, verdict: r.verdict as string },
        ]),
      ),
  };
}
