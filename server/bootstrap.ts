// First start: a local workspace and its API key (and demo data when enabled). Later starts:
// find the key again so the Open line can be printed. The database stores only the key's hash;
// the plaintext lives in DATA_DIR/local-api-key (0600) when the server generated it.
import type { Database } from 'better-sqlite3';
import { createSecretBox } from './crypto/secret-box.ts';
import { generateApiKey, readLocalApiKey, saveLocalApiKey } from './crypto/key-files.ts';
import { seedDemoData } from './seed/demo-data.ts';
import { createAuthConnectionsStore } from './store/auth-connections-store.ts';
import { createDependentsStore } from './store/dependents-store.ts';
import { createWorkspacesStore } from './store/workspaces-store.ts';

export interface BootstrapOptions {
  encryptionKey: Buffer;
  /** Where local-api-key lives; undefined for in-memory databases. */
  dataDir: string | undefined;
  /** LOCAL_API_KEY: the key to use instead of a generated one. */
  localApiKey: string | undefined;
  seedDemo: boolean;
}

export interface BootstrapResult {
  workspaceId: string;
  apiKey: string;
  firstStart: boolean;
  seeded: boolean;
}

export function bootstrapLocalWorkspace(db: Database, opts: BootstrapOptions): BootstrapResult {
  const workspaces = createWorkspacesStore(db);
  const existing = workspaces.firstWorkspaceId();
  const workspaceId = existing ?? workspaces.createWorkspace('Local workspace');

  let apiKey = opts.localApiKey ?? (opts.dataDir ? readLocalApiKey(opts.dataDir) : undefined);
  if (apiKey === undefined) {
    apiKey = generateApiKey();
    if (opts.dataDir) saveLocalApiKey(opts.dataDir, apiKey);
  }
  // INSERT OR IGNORE: a no-op when the key is already registered.
  workspaces.addApiKey(workspaceId, apiKey, 'local');

  const seeded = existing === undefined && opts.seedDemo;
  if (seeded) {
    seedDemoData(
      createAuthConnectionsStore(db, createSecretBox(opts.encryptionKey)),
      createDependentsStore(db),
      workspaceId,
    );
  }
  return { workspaceId, apiKey, firstStart: existing === undefined, seeded };
}
