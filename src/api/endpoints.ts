// Typed functions for the four operations of /v1/workspace/auth-connections.
// Schemas are picked from the lazily loaded wire schemas (wire-schemas.ts), so this module,
// which the first screen needs, imports neither zod nor the contract's schemas.
import type {
  AuthConnection,
  CreateAuthConnectionRequest,
  UpdateAuthConnectionRequest,
} from '../../contract/index.ts';
import type { ApiClient } from './api-client.ts';

export const AUTH_CONNECTIONS_PATH = '/v1/workspace/auth-connections';

function connectionPath(id: string): string {
  return `${AUTH_CONNECTIONS_PATH}/${encodeURIComponent(id)}`;
}

/** All connections of the workspace (the API has no paging), unwrapped from `{auth_connections}`. */
export async function listAuthConnections(
  client: ApiClient,
  options: { signal?: AbortSignal } = {},
): Promise<AuthConnection[]> {
  const body = await client.request({
    method: 'GET',
    path: AUTH_CONNECTIONS_PATH,
    schema: (wire) => wire.listWithLastTestsSchema,
    signal: options.signal,
  });
  return body.auth_connections;
}

export function createAuthConnection(
  client: ApiClient,
  body: CreateAuthConnectionRequest,
  options: { idempotencyKey?: string; signal?: AbortSignal } = {},
): Promise<AuthConnection> {
  return client.request({
    method: 'POST',
    path: AUTH_CONNECTIONS_PATH,
    body,
    schema: (wire) => wire.authConnectionResponseSchema,
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
  });
}

export function updateAuthConnection(
  client: ApiClient,
  id: string,
  body: UpdateAuthConnectionRequest,
  options: { ifMatch?: string; signal?: AbortSignal } = {},
): Promise<AuthConnection> {
  return client.request({
    method: 'PATCH',
    path: connectionPath(id),
    body,
    schema: (wire) => wire.authConnectionResponseSchema,
    ifMatch: options.ifMatch,
    signal: options.signal,
  });
}

/** The API answers `{}`; any 2xx body, empty included, counts as deleted. */
export async function deleteAuthConnection(
  client: ApiClient,
  id: string,
  options: { ifMatch?: string; signal?: AbortSignal } = {},
): Promise<void> {
  await client.request({
    method: 'DELETE',
    path: connectionPath(id),
    schema: (wire) => wire.ignoredBodySchema,
    ifMatch: options.ifMatch,
    signal: options.signal,
  });
}
