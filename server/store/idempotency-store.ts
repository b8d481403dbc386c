// Idempotency-Key records of successful creates, per workspace. Only a keyed SHA-256 of the
// canonical request body is kept, never the body: it holds secrets, and an unkeyed hash of a
// short password could be reversed by guessing (docs/decisions/0020-server-idempotency-keys.md).
import { createHmac, hkdfSync } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../contract/etag.ts';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface IdempotencyRecord {
  fingerprint: string;
  connectionId: string;
  responseStatus: number;
}

export interface IdempotencyStore {
  /** The unexpired record of this key in this workspace, if any. */
  find(workspaceId: string, key: string, now: number): IdempotencyRecord | undefined;
  /** Call inside the transaction that creates the connection; also drops expired records. */
  remember(workspaceId: string, key: string, record: IdempotencyRecord, now: number): void;
  count(): number;
}

export function createIdempotencyStore(db: Database): IdempotencyStore {
  const select = db.prepare(`
    SELECT fingerprint, connection_id AS connectionId, response_status AS responseStatus
    FROM idempotency_keys
    WHERE workspace_id = ? AND idempotency_key = ? AND created_at > ?`);
  const purge = db.prepare('DELETE FROM idempotency_keys WHERE created_at <= ?');
  const insert = db.prepare(`
    INSERT INTO idempotency_keys
      (workspace_id, idempotency_key, fingerprint, connection_id, response_status, created_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const countStmt = db.prepare('SELECT count(*) FROM idempotency_keys').pluck();
  return {
    find: (workspaceId, key, now) =>
      select.get(workspaceId, key, now - IDEMPOTENCY_TTL_MS) as IdempotencyRecord | undefined,
    remember(workspaceId, key, record, now) {
      // An expired record of the same key must go first, or the primary key would refuse.
      purge.run(now - IDEMPOTENCY_TTL_MS);
      insert.run(
        workspaceId,
        key,
        record.fingerprint,
        record.connectionId,
        record.responseStatus,
        now,
      );
    },
    count: () => countStmt.get() as number,
  };
}

/** HMAC-SHA-256 of the body's canonical JSON, keyed from the encryption key. */
export function createBodyFingerprinter(encryptionKey: Buffer): (body: unknown) => string {
  const key = Buffer.from(
    hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'idempotency-fingerprint', 32),
  );
  return (body) => createHmac('sha256', key).update(canonicalJson(body), 'utf8').digest('hex');
}

/** Visible ASCII, 1 to 255 characters: a UUID, a ULID or any opaque token fits. */
export function checkIdempotencyKey(key: string): string | null {
  if (key.length === 0 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    return 'An Idempotency-Key is 1 to 255 visible ASCII characters, such as a UUID.';
  }
  return null;
}
