// Tools, MCP servers and integration connections that reference auth connections, and the
// `used_by` object computed from them. A dependent the caller cannot see (hidden flag, standing
// in for an ACL) is reported only by id, as {"type":"unknown","id":...}, like the real API.
import type { Database } from 'better-sqlite3';
import { newId } from './ids.ts';

export type DependentKind = 'tool' | 'mcp_server' | 'integration_connection';
export type AccessLevel = 'admin' | 'editor' | 'commenter' | 'viewer';

export interface NewDependent {
  kind: DependentKind;
  authConnectionId: string;
  name: string;
  accessLevel?: AccessLevel;
  hidden?: boolean;
  createdAtUnixSecs?: number;
}

type AvailableOrUnknown =
  | {
      type: 'available';
      id: string;
      name: string;
      created_at_unix_secs: number;
      access_level: AccessLevel;
    }
  | { type: 'unknown'; id: string };

export interface UsedBy {
  tools: AvailableOrUnknown[];
  mcp_servers: AvailableOrUnknown[];
  integration_connections: { id: string; name: string }[];
}

interface DependentRow {
  id: string;
  auth_connection_id: string;
  name: string;
  access_level?: AccessLevel;
  hidden?: number;
  created_at_unix_secs: number;
}

const emptyUsedBy = (): UsedBy => ({ tools: [], mcp_servers: [], integration_connections: [] });

function toolLike(row: DependentRow): AvailableOrUnknown {
  if (row.hidden) return { type: 'unknown', id: row.id };
  return {
    type: 'available',
    id: row.id,
    name: row.name,
    created_at_unix_secs: row.created_at_unix_secs,
    access_level: row.access_level ?? 'viewer',
  };
}

export interface DependentsStore {
  add(workspaceId: string, dependent: NewDependent): string;
  /** used_by for every connection of the workspace, keyed by connection id (3 queries in all). */
  usedByForWorkspace(workspaceId: string): Map<string, UsedBy>;
  usedByForConnection(connectionId: string): UsedBy;
}

export function createDependentsStore(db: Database): DependentsStore {
  const tables = {
    tool: { table: 'tools', prefix: 'tool' },
    mcp_server: { table: 'mcp_servers', prefix: 'mcp' },
    integration_connection: { table: 'integration_connections', prefix: 'ic' },
  } as const;

  const inserts = {
    tool: db.prepare(`INSERT INTO tools (id, workspace_id, auth_connection_id, name, access_level,
      hidden, created_at_unix_secs) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    mcp_server: db.prepare(`INSERT INTO mcp_servers (id, workspace_id, auth_connection_id, name,
      access_level, hidden, created_at_unix_secs) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    integration_connection: db.prepare(`INSERT INTO integration_connections (id, workspace_id,
      auth_connection_id, name, created_at_unix_secs) VALUES (?, ?, ?, ?, ?)`),
  };

  const byWorkspace = Object.fromEntries(
    Object.entries(tables).map(([kind, { table }]) => [
      kind,
      db.prepare(
        `SELECT d.* FROM ${table} d JOIN auth_connections c ON c.id = d.auth_connection_id
         WHERE c.workspace_id = ? ORDER BY d.created_at_unix_secs, d.rowid`,
      ),
    ]),
  ) as Record<DependentKind, ReturnType<Database['prepare']>>;

  const byConnection = Object.fromEntries(
    Object.entries(tables).map(([kind, { table }]) => [
      kind,
      db.prepare(
        `SELECT * FROM ${table} WHERE auth_connection_id = ?
         ORDER BY created_at_unix_secs, rowid`,
      ),
    ]),
  ) as Record<DependentKind, ReturnType<Database['prepare']>>;

  const fill = (target: (id: string) => UsedBy, rows: Record<DependentKind, DependentRow[]>) => {
    for (const row of rows.tool) target(row.auth_connection_id).tools.push(toolLike(row));
    for (const row of rows.mcp_server)
      target(row.auth_connection_id).mcp_servers.push(toolLike(row));
    for (const row of rows.integration_connection) {
      target(row.auth_connection_id).integration_connections.push({ id: row.id, name: row.name });
    }
  };

  return {
    add(workspaceId, d) {
      const id = newId(tables[d.kind].prefix);
      const created = d.createdAtUnixSecs ?? Math.floor(Date.now() / 1000);
      db.transaction(() => {
        if (d.kind === 'integration_connection') {
          inserts.integration_connection.run(id, workspaceId, d.authConnectionId, d.name, created);
        } else {
          inserts[d.kind].run(
            id,
            workspaceId,
            d.authConnectionId,
            d.name,
            d.accessLevel ?? 'editor',
            d.hidden ? 1 : 0,
            created,
          );
        }
      })();
      return id;
    },
    usedByForWorkspace(workspaceId) {
      const result = new Map<string, UsedBy>();
      const target = (id: string) => {
        let entry = result.get(id);
        if (!entry) result.set(id, (entry = emptyUsedBy()));
        return entry;
      };
      fill(target, {
        tool: byWorkspace.tool.all(workspaceId) as DependentRow[],
        mcp_server: byWorkspace.mcp_server.all(workspaceId) as DependentRow[],
        integration_connection: byWorkspace.integration_connection.all(
          workspaceId,
        ) as DependentRow[],
      });
      return result;
    },
    usedByForConnection(connectionId) {
      const usedBy = emptyUsedBy();
      fill(() => usedBy, {
        tool: byConnection.tool.all(connectionId) as DependentRow[],
        mcp_server: byConnection.mcp_server.all(connectionId) as DependentRow[],
        integration_connection: byConnection.integration_connection.all(
          connectionId,
        ) as DependentRow[],
      });
      return usedBy;
    },
  };
}

export { emptyUsedBy };
