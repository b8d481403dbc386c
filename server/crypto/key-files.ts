// Files under DATA_DIR that hold key material: written once with mode 0600, read on every start.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeEncryptionKey } from './secret-box.ts';

export const ENCRYPTION_KEY_FILE = 'encryption.key';
export const LOCAL_API_KEY_FILE = 'local-api-key';

function writePrivate(file: string, content: string): void {
  // 'wx' never overwrites: two processes starting at once cannot replace each other's key.
  writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
}

/** The env key when given, else DATA_DIR/encryption.key (generated on first run). */
export function loadOrCreateEncryptionKey(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv !== undefined) return decodeEncryptionKey(fromEnv);
  const file = path.join(dataDir, ENCRYPTION_KEY_FILE);
  if (!existsSync(file)) writePrivate(file, `${randomBytes(32).toString('base64')}\n`);
  return decodeEncryptionKey(readFileSync(file, 'utf8').trim());
}

export function generateApiKey(): string {
  return `xi_local_${randomBytes(24).toString('base64url')}`;
}

export function readLocalApiKey(dataDir: string): string | undefined {
  const file = path.join(dataDir, LOCAL_API_KEY_FILE);
  if (!existsSync(file)) return undefined;
  const key = readFileSync(file, 'utf8').trim();
  return key === '' ? undefined : key;
}

/** Saves the plaintext local key so that every start can print the Open line. */
export function saveLocalApiKey(dataDir: string, key: string): void {
  const file = path.join(dataDir, LOCAL_API_KEY_FILE);
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}
