// Workspaces and their API keys. A key is looked up by its SHA-256; the plaintext never
// reaches the database.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { newId } from './ids.ts';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface WorkspacesStore {
  createWorkspace(name: string): string;
  addApiKey(workspaceId: string, key: string, label: string): void;
  /** The workspace a key belongs to, or undefined for an unknown key. */
  workspaceForKey(key: string): string | undefined;
  hasKey(key: string): boolean;
  firstWorkspaceId(): string | undefined;
}

export function createWorkspacesStore(db: Database): WorkspacesStore {
  const insertWorkspace = db.prepare(
    'INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)',
  );
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO api_keys (key_hash, workspace_id, label, created_at) VALUES (?, ?, ?, ?)',
  );
  const selectKey = db.prepare('SELECT workspace_id FROM api_keys WHERE key_hash = ?').pluck();
  const selectFirst = db
    .prepare('SELECT id FROM workspaces ORDER BY created_at, rowid LIMIT 1')
    .pluck();

  return {
    createWorkspace(name) {
      const id = newId('ws');
      insertWorkspace.run(id, name, Date.now());
      return id;
    },
    addApiKey(workspaceId, key, label) {
      insertKey.run(hashApiKey(key), workspaceId, label, Date.now());
    },
    workspaceForKey(key) {
      return selectKey.get(hashApiKey(key)) as string | undefined;
    },
    hasKey(key) {
      return selectKey.get(hashApiKey(key)) !== undefined;
    },
    firstWorkspaceId() {
      return selectFirst.get() as string | undefined;
    },
  };
}
