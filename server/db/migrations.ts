// Versioned schema. Append new migrations; never edit one that has shipped. Each runs in its own
// transaction together with the schema_migrations row that records it.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'workspaces, keys, auth connections, dependents',
    sql: `
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      -- Only the SHA-256 of a key is stored; the key itself is never written to the database.
      CREATE TABLE api_keys (
        key_hash TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX api_keys_workspace ON api_keys(workspace_id);

      -- seq gives a stable creation order for the list query (ids are random).
      CREATE TABLE auth_connections (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        auth_type TEXT NOT NULL,
        name TEXT NOT NULL,
        provider TEXT,
        config_json TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active',
        status_detail TEXT,
        status_updated_at TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX auth_connections_workspace_seq ON auth_connections(workspace_id, seq);

      -- One row per secret field: version|iv|tag|ciphertext, AAD = connection id + field name.
      CREATE TABLE auth_connection_secrets (
        connection_id TEXT NOT NULL REFERENCES auth_connections(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        sealed BLOB NOT NULL,
        PRIMARY KEY (connection_id, field)
      ) WITHOUT ROWID;

      -- Dependents keep existing when their auth connection is deleted; they just lose the link.
      CREATE TABLE tools (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        auth_connection_id TEXT REFERENCES auth_connections(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        access_level TEXT NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0,
        created_at_unix_secs INTEGER NOT NULL
      );
      CREATE INDEX tools_auth_connection ON tools(auth_connection_id);
      CREATE TABLE mcp_servers (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        auth_connection_id TEXT REFERENCES auth_connections(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        access_level TEXT NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0,
        created_at_unix_secs INTEGER NOT NULL
      );
      CREATE INDEX mcp_servers_auth_connection ON mcp_servers(auth_connection_id);
      CREATE TABLE integration_connections (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        auth_connection_id TEXT REFERENCES auth_connections(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        created_at_unix_secs INTEGER NOT NULL
      );
      CREATE INDEX integration_connections_auth_connection
        ON integration_connections(auth_connection_id);
    `,
  },
  {
    version: 2,
    name: 'idempotency keys and audit log',
    sql: `
      -- One row per (workspace, Idempotency-Key) of a successful create. The body is never stored
      -- (it holds secrets): only a keyed SHA-256 of its canonical JSON. connection_id has no
      -- foreign key on purpose: after a delete the key must still not create again.
      CREATE TABLE idempotency_keys (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        idempotency_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        connection_id TEXT NOT NULL,
        response_status INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (workspace_id, idempotency_key)
      ) WITHOUT ROWID;
      CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);

      -- One row per mutation attempt that reached a route: names of fields, never values.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        workspace_id TEXT NOT NULL,
        api_key_id TEXT NOT NULL,
        action TEXT NOT NULL,
        connection_id TEXT,
        fields_json TEXT NOT NULL,
        status INTEGER NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX audit_log_workspace ON audit_log(workspace_id, seq);
    `,
  },
  {
    version: 3,
    name: 'connection tests: last result per connection, host and outcome in the audit log',
    sql: `
      -- A test (docs/decisions/0090) names the host it called and how it went; never a value.
      ALTER TABLE audit_log ADD COLUMN host TEXT;
      ALTER TABLE audit_log ADD COLUMN outcome TEXT;

      -- The last test of a stored connection as stored (not of a test with overridden fields).
      CREATE TABLE connection_tests (
        connection_id TEXT PRIMARY KEY REFERENCES auth_connections(id) ON DELETE CASCADE,
        tested_at TEXT NOT NULL,
        ok INTEGER NOT NULL,
        verdict TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
];

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((row) => (row as { version: number }).version),
  );
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
    ran.push(migration.version);
  }
  return ran;
}
