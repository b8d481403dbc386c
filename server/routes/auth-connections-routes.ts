// The four operations of the Workspace Auth Connections API, backed by SQLite, with the
// hardening of the reference server: Idempotency-Key on create (decision 0020), If-Match on
// PATCH and DELETE with ETags (0022), and an audit row for every mutation attempt (0024).
import { Hono, type Context } from 'hono';
import {
  createRequestSchemas,
  isSecretField,
  isUpdateAuthType,
  JWT_ALGORITHMS,
  signsJwt,
  updateRequestSchemas,
  type JwtAlgorithm,
} from '../../contract/index.ts';
import { authConnectionEtag } from '../../contract/etag.ts';
import { apiError, HttpProblem, validationError } from '../http/errors.ts';
import { preferredCoding } from '../http/accept-encoding.ts';
import { COMPRESS_MIN_BYTES } from '../http/compress-json.ts';
import { ifMatchSatisfied } from '../http/if-match.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { AppEnv } from '../http/require-api-key.ts';
import type { AuditAction, AuditLogStore } from '../store/audit-log-store.ts';
import type { AuthConnectionsStore, StoredConnection } from '../store/auth-connections-store.ts';
import type { ConnectionTestsStore } from '../store/connection-tests-store.ts';
import { emptyUsedBy, type DependentsStore } from '../store/dependents-store.ts';
import {
  checkIdempotencyKey,
  type IdempotencyRecord,
  type IdempotencyStore,
} from '../store/idempotency-store.ts';
import type { StoredJwtState } from '../validation/field-checks.ts';
import { validateCreate, validateUpdate } from '../validation/validate-requests.ts';
import { toChanges, toNewConnection, toResponse, toResponseJson } from '../wire/mapping.ts';
import type { ListCache } from './list-cache.ts';

export interface AuthConnectionsDeps {
  connections: AuthConnectionsStore;
  dependents: DependentsStore;
  idempotency: IdempotencyStore;
  audit: AuditLogStore;
  /** Last connection tests, carried by list items as `last_test` (our extension). */
  lastTests?: ConnectionTestsStore;
  /** Runs fn in one SQLite transaction (nested calls become savepoints). */
  transaction: <T>(fn: () => T) => T;
  /** Keyed SHA-256 of a request body's canonical JSON. */
  fingerprint: (body: unknown) => string;
  now: () => number;
  allowHttpLoopback: boolean;
  /** Keeps the list answer until the database changes (list-cache.ts); none: built each time. */
  listCache?: ListCache;
}

/** Every field name of every request variant: the audit log records no other key of a body. */
const KNOWN_FIELDS: ReadonlySet<string> = new Set(
  [...Object.values(createRequestSchemas), ...Object.values(updateRequestSchemas)].flatMap((s) =>
    Object.keys(s.shape),
  ),
);

const notFound = (c: Context) =>
  apiError(
    c,
    404,
    'auth_connection_not_found',
    'No auth connection with this id in your workspace.',
  );

const preconditionFailed = (c: Context) =>
  apiError(
    c,
    412,
    'precondition_failed',
    'This connection was changed since you loaded it. Reload it, then apply your change again.',
  );

const methodNotAllowed = (allow: string) => (c: Context) => {
  c.header('Allow', allow);
  return apiError(c, 405, 'method_not_allowed', `Allowed methods: ${allow}.`);
};

async function body(
  c: Context,
): Promise<{ ok: true; value: unknown } | { ok: false; res: Response }> {
  try {
    return { ok: true, value: await readJsonBody(c) };
  } catch (error) {
    if (error instanceof HttpProblem) return { ok: false, res: error.toResponse(c) };
    throw error;
  }
}

function jwtState(
  connections: AuthConnectionsStore,
  workspaceId: string,
  current: StoredConnection,
): StoredJwtState | undefined {
  // Only a JWT type that can be updated needs its stored algorithm and key to check a PATCH.
  if (!signsJwt(current.authType) || !isUpdateAuthType(current.authType)) return undefined;
  const stored = current.config.algorithm;
  const algorithm = (JWT_ALGORITHMS as readonly unknown[]).includes(stored)
    ? (stored as JwtAlgorithm)
    : 'HS256';
  return {
    algorithm,
    readSecretKey: () => connections.readSecret(workspaceId, current.id, 'secret_key'),
  };
}

/** Names of the known top-level fields a raw body holds (for refused attempts). */
function fieldNamesOf(raw: unknown): string[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.keys(raw).filter((k) => k !== 'auth_type' && KNOWN_FIELDS.has(k));
}

const isConnectionId = (id: string) => /^ac_[0-9a-f]{24}$/.test(id);

/** Fields an accepted update changes: secrets sent count as changed (their value is unseen). */
function changedFields(current: StoredConnection, fields: Record<string, unknown>): string[] {
  const before: Record<string, unknown> = { provider: current.provider, ...current.config };
  return Object.entries(fields)
    .filter(([key, value]) => {
      if (key === 'auth_type' || value === undefined) return false;
      if (value === null) return key === 'key_id' && before.key_id !== null;
      if (isSecretField(current.authType, key)) return true;
      return JSON.stringify(before[key]) !== JSON.stringify(value);
    })
    .map(([key]) => key);
}

export function authConnectionsRoutes(deps: AuthConnectionsDeps): Hono<AppEnv> {
  const { connections, dependents, idempotency, audit, transaction, now } = deps;
  const app = new Hono<AppEnv>();

  const record = (
    c: Context<AppEnv>,
    action: AuditAction,
    connectionId: string | null,
    fields: readonly string[],
    status: number,
  ) =>
    audit.record(
      {
        workspaceId: c.get('workspaceId'),
        apiKeyId: c.get('apiKeyId'),
        action,
        connectionId,
        fields,
        status,
      },
      now(),
    );

  /**
   * Audits a refusal (after authentication) and returns the response unchanged. A requested id
   * is kept only when it has the shape of our ids: a path segment could hold anything.
   */
  const refused = (
    c: Context<AppEnv>,
    action: AuditAction,
    connectionId: string | null,
    raw: unknown,
    res: Response,
  ) => {
    const id = connectionId !== null && isConnectionId(connectionId) ? connectionId : null;
    record(c, action, id, fieldNamesOf(raw), res.status);
    return res;
  };

  const respondWith = (c: Context, conn: StoredConnection) => {
    const item = toResponse(conn, dependents.usedByForConnection(conn.id));
    c.header('ETag', authConnectionEtag(item));
    return c.json(item, 200);
  };

  const replay = (c: Context, prior: IdempotencyRecord, fingerprint: string) => {
    if (prior.fingerprint !== fingerprint) {
      return validationError(c, [
        {
          loc: ['header', 'Idempotency-Key'],
          msg: 'This Idempotency-Key was already used with a different request body. Send a new key for a new request.',
          type: 'value_error',
        },
      ]);
    }
    const conn = connections.get(c.get('workspaceId'), prior.connectionId);
    if (!conn) {
      return apiError(
        c,
        404,
        'auth_connection_not_found',
        'The connection created with this Idempotency-Key has since been deleted.',
      );
    }
    c.header('Idempotent-Replayed', 'true');
    return respondWith(c, conn);
  };

  const listBody = (workspaceId: string) => {
    const usedBy = dependents.usedByForWorkspace(workspaceId);
    const unused = emptyUsedBy();
    const tests = deps.lastTests?.forWorkspace(workspaceId);
    // Built as text: each row's stored config JSON goes in as it is (wire/mapping.ts). The last
    // connection test, our extension (docs/decisions/0090), is one more member at the end.
    const items = connections.listText(workspaceId).map((conn) => {
      const item = toResponseJson(conn, usedBy.get(conn.id) ?? unused);
      const last = tests?.get(conn.id);
      return last ? `${item.slice(0, -1)},"last_test":${JSON.stringify(last)}}` : item;
    });
    return `{"auth_connections":[${items.join(',')}]}`;
  };

  app.get('/', async (c) => {
    const workspaceId = c.get('workspaceId');
    const { listCache } = deps;
    const text = listCache
      ? listCache.body(workspaceId, () => listBody(workspaceId))
      : listBody(workspaceId);
    c.header('Content-Type', 'application/json');
    const coding =
      text.length >= COMPRESS_MIN_BYTES
        ? preferredCoding(c.req.header('Accept-Encoding'))
        : undefined;
    const encoded = coding && listCache?.encoded(workspaceId, coding);
    if (coding && encoded) {
      // Compressed once per cached body; compress-json.ts leaves an encoded answer alone.
      c.header('Content-Encoding', coding);
      c.header('Vary', 'Accept-Encoding');
      return c.body(new Uint8Array(await encoded), 200);
    }
    return c.body(text, 200);
  });

  app.post('/', async (c) => {
    const workspaceId = c.get('workspaceId');
    const read = await body(c);
    if (!read.ok) return refused(c, 'create', null, undefined, read.res);
    const key = c.req.header('idempotency-key');
    let fingerprint = '';
    if (key !== undefined) {
      const problem = checkIdempotencyKey(key);
      if (problem) {
        const res = validationError(c, [
          { loc: ['header', 'Idempotency-Key'], msg: problem, type: 'value_error' },
        ]);
        return refused(c, 'create', null, read.value, res);
      }
      fingerprint = deps.fingerprint(read.value);
      const prior = idempotency.find(workspaceId, key, now());
      if (prior) return replay(c, prior, fingerprint);
    }
    const valid = validateCreate(read.value, { allowHttpLoopback: deps.allowHttpLoopback });
    if (!valid.ok) return refused(c, 'create', null, read.value, validationError(c, valid.detail));
    const fields = Object.keys(valid.value.fields).filter((k) => k !== 'auth_type');
    // Check, insert and remember in one transaction: of many requests with one key, exactly one
    // creates; the others find its record (decision 0020).
    const outcome = transaction(() => {
      const t = now();
      const prior = key === undefined ? undefined : idempotency.find(workspaceId, key, t);
      if (prior) return { prior, created: undefined };
      const created = connections.insert(
        workspaceId,
        toNewConnection(valid.value.authType, valid.value.fields),
      );
      if (key !== undefined) {
        idempotency.remember(
          workspaceId,
          key,
          { fingerprint, connectionId: created.id, responseStatus: 200 },
          t,
        );
      }
      record(c, 'create', created.id, fields, 200);
      return { prior: undefined, created };
    });
    if (outcome.prior) return replay(c, outcome.prior, fingerprint);
    return respondWith(c, outcome.created);
  });

  app.all('/', methodNotAllowed('GET, POST'));

  app.patch('/:id', async (c) => {
    const workspaceId = c.get('workspaceId');
    const id = c.req.param('id');
    const read = await body(c);
    if (!read.ok) return refused(c, 'update', id, undefined, read.res);
    const current = connections.get(workspaceId, id);
    if (!current) return refused(c, 'update', id, read.value, notFound(c));
    const valid = validateUpdate(
      read.value,
      current.authType,
      jwtState(connections, workspaceId, current),
    );
    if (!valid.ok) return refused(c, 'update', id, read.value, validationError(c, valid.detail));
    const ifMatch = c.req.header('if-match');
    // Re-read, compare and write in one transaction, so no other write can slip in between the
    // precondition and the update (decision 0022).
    const outcome = transaction(() => {
      const fresh = connections.get(workspaceId, id);
      if (!fresh) return { status: 404 as const };
      if (!ifMatchSatisfied(ifMatch, authConnectionEtag(toResponse(fresh, emptyUsedBy())))) {
        return { status: 412 as const };
      }
      const fields = changedFields(fresh, valid.value.fields);
      const updated = connections.update(
        workspaceId,
        id,
        toChanges(valid.value.authType, valid.value.fields, fresh),
      );
      if (!updated) return { status: 404 as const };
      record(c, 'update', id, fields, 200);
      return { status: 200 as const, updated };
    });
    if (outcome.status === 404) return refused(c, 'update', id, read.value, notFound(c));
    if (outcome.status === 412) {
      return refused(c, 'update', id, read.value, preconditionFailed(c));
    }
    return respondWith(c, outcome.updated);
  });

  app.delete('/:id', (c) => {
    const workspaceId = c.get('workspaceId');
    const id = c.req.param('id');
    const ifMatch = c.req.header('if-match');
    const status = transaction(() => {
      const current = connections.get(workspaceId, id);
      if (!current) return 404;
      if (!ifMatchSatisfied(ifMatch, authConnectionEtag(toResponse(current, emptyUsedBy())))) {
        return 412;
      }
      if (!connections.remove(workspaceId, id)) return 404;
      record(c, 'delete', id, [], 200);
      return 200;
    });
    if (status === 404) return refused(c, 'delete', id, undefined, notFound(c));
    if (status === 412) return refused(c, 'delete', id, undefined, preconditionFailed(c));
    return c.json({}, 200);
  });

  app.all('/:id', methodNotAllowed('PATCH, DELETE'));

  return app;
}
