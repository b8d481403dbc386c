// The four operations of the Workspace Auth Connections API, backed by SQLite.
import { Hono, type Context } from 'hono';
import { JWT_ALGORITHMS, type JwtAlgorithm } from '../../contract/index.ts';
import { apiError, HttpProblem, validationError } from '../http/errors.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { AppEnv } from '../http/require-api-key.ts';
import type { AuthConnectionsStore, StoredConnection } from '../store/auth-connections-store.ts';
import { emptyUsedBy, type DependentsStore } from '../store/dependents-store.ts';
import type { StoredJwtState } from '../validation/field-checks.ts';
import { validateCreate, validateUpdate } from '../validation/validate-requests.ts';
import { toChanges, toNewConnection, toResponse } from '../wire/mapping.ts';

export interface AuthConnectionsDeps {
  connections: AuthConnectionsStore;
  dependents: DependentsStore;
  allowHttpLoopback: boolean;
}

const notFound = (c: Context) =>
  apiError(
    c,
    404,
    'auth_connection_not_found',
    'No auth connection with this id in your workspace.',
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
  if (current.authType !== 'oauth2_jwt') return undefined;
  const stored = current.config.algorithm;
  const algorithm = (JWT_ALGORITHMS as readonly unknown[]).includes(stored)
    ? (stored as JwtAlgorithm)
    : 'HS256';
  return {
    algorithm,
    readSecretKey: () => connections.readSecret(workspaceId, current.id, 'secret_key'),
  };
}

export function authConnectionsRoutes(deps: AuthConnectionsDeps): Hono<AppEnv> {
  const { connections, dependents } = deps;
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const workspaceId = c.get('workspaceId');
    const usedBy = dependents.usedByForWorkspace(workspaceId);
    return c.json({
      auth_connections: connections
        .list(workspaceId)
        .map((conn) => toResponse(conn, usedBy.get(conn.id) ?? emptyUsedBy())),
    });
  });

  app.post('/', async (c) => {
    const read = await body(c);
    if (!read.ok) return read.res;
    const valid = validateCreate(read.value, { allowHttpLoopback: deps.allowHttpLoopback });
    if (!valid.ok) return validationError(c, valid.detail);
    const created = connections.insert(
      c.get('workspaceId'),
      toNewConnection(valid.value.authType, valid.value.fields),
    );
    return c.json(toResponse(created, dependents.usedByForConnection(created.id)), 200);
  });

  app.all('/', methodNotAllowed('GET, POST'));

  app.patch('/:id', async (c) => {
    const workspaceId = c.get('workspaceId');
    const read = await body(c);
    if (!read.ok) return read.res;
    const current = connections.get(workspaceId, c.req.param('id'));
    if (!current) return notFound(c);
    const valid = validateUpdate(
      read.value,
      current.authType,
      jwtState(connections, workspaceId, current),
    );
    if (!valid.ok) return validationError(c, valid.detail);
    const updated = connections.update(
      workspaceId,
      current.id,
      toChanges(valid.value.authType, valid.value.fields, current),
    );
    if (!updated) return notFound(c); // deleted between read and write
    return c.json(toResponse(updated, dependents.usedByForConnection(updated.id)), 200);
  });

  app.delete('/:id', (c) => {
    const removed = connections.remove(c.get('workspaceId'), c.req.param('id'));
    return removed ? c.json({}, 200) : notFound(c);
  });

  app.all('/:id', methodNotAllowed('PATCH, DELETE'));

  return app;
}
