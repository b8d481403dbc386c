import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootstrapLocalWorkspace } from './bootstrap.ts';
import { loadOrCreateEncryptionKey } from './crypto/key-files.ts';
import { openDatabase } from './db/open-database.ts';
import { createAuthConnectionsStore } from './store/auth-connections-store.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { createWorkspacesStore } from './store/workspaces-store.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'boot-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const mode = (file: string) => statSync(file).mode & 0o777;

describe('first start and later starts', () => {
  it('creates a workspace, a key saved 0600, demo data; a restart reuses them all', () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'db.sqlite');
    const key = loadOrCreateEncryptionKey(dir, undefined);
    expect(mode(path.join(dir, 'encryption.key'))).toBe(0o600);
    expect(loadOrCreateEncryptionKey(dir, undefined).equals(key)).toBe(true);

    const db = openDatabase(dbFile);
    const first = bootstrapLocalWorkspace(db, {
      encryptionKey: key,
      dataDir: dir,
      localApiKey: undefined,
      seedDemo: true,
    });
    expect(first.firstStart).toBe(true);
    expect(first.seeded).toBe(true);
    expect(mode(path.join(dir, 'local-api-key'))).toBe(0o600);
    expect(readFileSync(path.join(dir, 'local-api-key'), 'utf8').trim()).toBe(first.apiKey);
    const store = createAuthConnectionsStore(db, createSecretBox(key));
    const seeded = store.count();
    expect(seeded).toBeGreaterThanOrEqual(6);
    db.close();

    const again = openDatabase(dbFile);
    const second = bootstrapLocalWorkspace(again, {
      encryptionKey: key,
      dataDir: dir,
      localApiKey: undefined,
      seedDemo: true,
    });
    expect(second).toMatchObject({
      firstStart: false,
      seeded: false,
      apiKey: first.apiKey,
      workspaceId: first.workspaceId,
    });
    expect(createAuthConnectionsStore(again, createSecretBox(key)).count()).toBe(seeded);
    expect(createWorkspacesStore(again).workspaceForKey(first.apiKey)).toBe(first.workspaceId);
    again.close();
  });

  it('uses LOCAL_API_KEY when given, does not write it to disk, and skips demo data with SEED_DEMO=0', () => {
    const dir = tempDir();
    const db = openDatabase(':memory:');
    const boot = bootstrapLocalWorkspace(db, {
      encryptionKey: randomBytes(32),
      dataDir: dir,
      localApiKey: 'e2e-key',
      seedDemo: false,
    });
    expect(boot.apiKey).toBe('e2e-key');
    expect(boot.seeded).toBe(false);
    expect(createWorkspacesStore(db).workspaceForKey('e2e-key')).toBe(boot.workspaceId);
    expect(() => statSync(path.join(dir, 'local-api-key'))).toThrow();
    const stored = db.prepare('SELECT key_hash FROM api_keys').pluck().all();
    expect(stored).not.toContain('e2e-key');
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the encryption key from the environment when set, and rejects a bad one', () => {
    const dir = tempDir();
    const fromEnv = randomBytes(32);
    expect(loadOrCreateEncryptionKey(dir, fromEnv.toString('base64')).equals(fromEnv)).toBe(true);
    expect(() => statSync(path.join(dir, 'encryption.key'))).toThrow();
    expect(() => loadOrCreateEncryptionKey(dir, 'c2hvcnQ=')).toThrow(/32 bytes/);
  });
});
