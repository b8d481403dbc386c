// Auth connections of a workspace. Non-secret fields are one JSON column; each secret field is
// its own sealed row (see crypto/secret-box.ts). Every query is scoped by workspace id, which is
// what keeps one workspace from seeing or touching another's connections.
import type { Database } from 'better-sqlite3';
import type { SecretBox } from '../crypto/secret-box.ts';
import { newId } from './ids.ts';

export interface StoredConnection {
  id: string;
  authType: string;
  name: string;
  provider: string | null;
  /** Non-secret, type-specific fields exactly as they are returned on the wire. */
  config: Record<string, unknown>;
  status: string;
  statusDetail: string | null;
  statusUpdatedAt: string | null;
}

/** A stored connection with its config still as the JSON text it is stored as (the list). */
export type StoredConnectionText = Omit<StoredConnection, 'config'> & { configJson: string };

export interface NewConnection {
  authType: string;
  name: string;
  provider: string | null;
  config: Record<string, unknown>;
  secrets: Record<string, string>;
  status?: string;
  statusDetail?: string | null;
}

export interface ConnectionChanges {
  provider?: string;
  config: Record<string, unknown>;
  /** Secrets to (re)write; fields not listed keep their stored value. */
  secrets: Record<string, string>;
}

interface Row {
  id: string;
  auth_type: string;
  name: string;
  provider: string | null;
  config_json: string;
  status: string;
  status_detail: string | null;
  status_updated_at: string | null;
}

const SELECT = `
  SELECT c.id, c.auth_type, c.name, c.provider, c.config_json, c.status, c.status_detail,
         c.status_updated_at
  FROM auth_connections c`;

function fromRow(row: Row): StoredConnection {
  return {
    id: row.id,
    authType: row.auth_type,
    name: row.name,
    provider: row.provider,
    config: JSON.parse(row.config_json) as Record<string, unknown>,
    status: row.status,
    statusDetail: row.status_detail,
    statusUpdatedAt: row.status_updated_at,
  };
}

function textFromRow(row: Row): StoredConnectionText {
  return {
    id: row.id,
    authType: row.auth_type,
    name: row.name,
    provider: row.provider,
    configJson: row.config_json,
    status: row.status,
    statusDetail: row.status_detail,
    statusUpdatedAt: row.status_updated_at,
  };
}

export interface AuthConnectionsStore {
  list(workspaceId: string): StoredConnection[];
  /** The same rows without parsing their config: the list route splices it into its answer. */
  listText(workspaceId: string): StoredConnectionText[];
  get(workspaceId: string, id: string): StoredConnection | undefined;
  insert(workspaceId: string, connection: NewConnection): StoredConnection;
  update(workspaceId: string, id: string, changes: ConnectionChanges): StoredConnection | undefined;
  remove(workspaceId: string, id: string): boolean;
  readSecret(workspaceId: string, id: string, field: string): string | undefined;
  count(): number;
}

export function createAuthConnectionsStore(db: Database, box: SecretBox): AuthConnectionsStore {
  const listStmt = db.prepare(`${SELECT} WHERE c.workspace_id = ? ORDER BY c.seq`);
  const getStmt = db.prepare(`${SELECT} WHERE c.workspace_id = ? AND c.id = ?`);
  const insertStmt = db.prepare(`
    INSERT INTO auth_connections (id, workspace_id, auth_type, name, provider, config_json, status,
      status_detail, status_updated_at, created_at, updated_at)
    VALUES (@id, @workspaceId, @authType, @name, @provider, @config, @status, @statusDetail,
      @statusUpdatedAt, @now, @now)`);
  const updateStmt = db.prepare(`
    UPDATE auth_connections SET provider = @provider, config_json = @config, updated_at = @now
    WHERE workspace_id = @workspaceId AND id = @id`);
  const upsertSecret = db.prepare(`
    INSERT INTO auth_connection_secrets (connection_id, field, sealed) VALUES (?, ?, ?)
    ON CONFLICT (connection_id, field) DO UPDATE SET sealed = excluded.sealed`);
  const selectSecret = db
    .prepare(
      `SELECT s.sealed FROM auth_connection_secrets s
       JOIN auth_connections c ON c.id = s.connection_id
       WHERE c.workspace_id = ? AND c.id = ? AND s.field = ?`,
    )
    .pluck();
  const deleteStmt = db.prepare('DELETE FROM auth_connections WHERE workspace_id = ? AND id = ?');
  const countStmt = db.prepare('SELECT count(*) FROM auth_connections').pluck();

  const writeSecrets = (id: string, secrets: Record<string, string>) => {
    for (const [field, value] of Object.entries(secrets)) {
      upsertSecret.run(id, field, box.seal(value, id, field));
    }
  };

  const get = (workspaceId: string, id: string) => {
    const row = getStmt.get(workspaceId, id) as Row | undefined;
    return row ? fromRow(row) : undefined;
  };

  const insertTx = db.transaction((workspaceId: string, c: NewConnection) => {
    const id = newId('ac');
    insertStmt.run({
      id,
      workspaceId,
      authType: c.authType,
      name: c.name,
      provider: c.provider,
      config: JSON.stringify(c.config),
      status: c.status ?? 'active',
      statusDetail: c.statusDetail ?? null,
      statusUpdatedAt: new Date().toISOString(),
      now: Date.now(),
    });
    writeSecrets(id, c.secrets);
    return get(workspaceId, id) as StoredConnection;
  });

  const updateTx = db.transaction((workspaceId: string, id: string, ch: ConnectionChanges) => {
    const current = get(workspaceId, id);
    if (!current) return undefined;
    updateStmt.run({
      workspaceId,
      id,
      provider: ch.provider ?? current.provider,
      config: JSON.stringify(ch.config),
      now: Date.now(),
    });
    writeSecrets(id, ch.secrets);
    return get(workspaceId, id);
  });

  return {
    list: (workspaceId) => (listStmt.all(workspaceId) as Row[]).map(fromRow),
    listText: (workspaceId) => (listStmt.all(workspaceId) as Row[]).map(textFromRow),
    get,
    insert: (workspaceId, connection) => insertTx(workspaceId, connection),
    update: (workspaceId, id, changes) => updateTx(workspaceId, id, changes),
    remove: (workspaceId, id) =>
      db.transaction(() => deleteStmt.run(workspaceId, id).changes > 0)(),
    readSecret(workspaceId, id, field) {
      const sealed = selectSecret.get(workspaceId, id, field) as Buffer | undefined;
      return sealed === undefined ? undefined : box.open(sealed, id, field);
    },
    count: () => countStmt.get() as number,
  };
}
