// The list answer of a workspace, kept until the database changes, with its brotli and gzip
// forms made once. Most list requests follow no write (a page load, a refetch on focus), and
// building 1,000 items took most of the route's time (docs/decisions/0113).
// Validity is SQLite's own count of changes: `total_changes()` grows with every row this
// connection inserts, updates or deletes (audit rows, idempotency keys and dependents included),
// and `PRAGMA data_version` changes when another connection commits. An unchanged pair means the
// tables read nothing new, so a cached body cannot be stale; any write just empties the cache.
import type { Database } from 'better-sqlite3';
import type { Coding } from '../http/accept-encoding.ts';
import { encodeJson } from '../http/compress-json.ts';

interface Entry {
  version: string;
  body: string;
  encoded: Partial<Record<Coding, Promise<Buffer>>>;
}

export interface ListCache {
  /** The cached body for the workspace, or a fresh one from `build` (then cached). */
  body(workspaceId: string, build: () => string): string;
  /** `body` in `coding`, compressed once per cached body. */
  encoded(workspaceId: string, coding: Coding): Promise<Buffer> | undefined;
}

/** Beyond this many workspaces the oldest entry goes (the local server has one). */
const MAX_ENTRIES = 16;

export function createListCache(db: Database): ListCache {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const version = () => `${changes.get() as number}:${dataVersion.get() as number}`;
  const entries = new Map<string, Entry>();
  const current = (workspaceId: string) => {
    const entry = entries.get(workspaceId);
    return entry && entry.version === version() ? entry : undefined;
  };
  return {
    body(workspaceId, build) {
      const hit = current(workspaceId);
      if (hit) return hit.body;
      const v = version();
      const body = build();
      entries.delete(workspaceId);
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(workspaceId, { version: v, body, encoded: {} });
      return body;
    },
    encoded(workspaceId, coding) {
      const entry = current(workspaceId);
      if (!entry) return undefined;
      entry.encoded[coding] ??= encodeJson[coding](Buffer.from(entry.body));
      return entry.encoded[coding];
    },
  };
}
