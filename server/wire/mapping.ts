// Between validated wire bodies and stored rows. Secrets are split off here (and only here), so
// the non-secret config that goes to JSON can never carry one.
import {
  isSecretField,
  signsJwt,
  type CreateAuthType,
  type UpdateAuthType,
} from '../../contract/index.ts';
import type {
  ConnectionChanges,
  NewConnection,
  StoredConnection,
  StoredConnectionText,
} from '../store/auth-connections-store.ts';
import type { UsedBy } from '../store/dependents-store.ts';

/** Fields where PATCH null means "clear" (nullable in the response too); see decision 0001. */
const NULL_CLEARS = new Set(['key_id']);

export function toNewConnection(
  authType: CreateAuthType,
  fields: Record<string, unknown>,
): NewConnection {
  const { name, provider, auth_type: _tag, ...rest } = fields;
  const secrets: Record<string, string> = {};
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (isSecretField(authType, key)) {
      if (typeof value === 'string') secrets[key] = value;
    } else if (value !== undefined) {
      config[key] = value;
    }
  }
  // The response types key_id as `string | null`; store the null so it is always present.
  if (signsJwt(authType) && config.key_id === undefined) config.key_id = null;
  return { authType, name: String(name), provider: String(provider), config, secrets };
}

export function toChanges(
  authType: UpdateAuthType,
  fields: Record<string, unknown>,
  current: StoredConnection,
): ConnectionChanges {
  const config = { ...current.config };
  const secrets: Record<string, string> = {};
  let provider: string | undefined;
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'auth_type' || value === undefined) continue;
    if (key === 'provider') {
      if (typeof value === 'string') provider = value;
    } else if (isSecretField(authType, key)) {
      if (typeof value === 'string') secrets[key] = value;
    } else if (value === null) {
      if (NULL_CLEARS.has(key)) config[key] = null;
    } else {
      // Maps and scopes replace the stored value as a whole (docs/decisions/0001-patch-nulls-and-maps.md).
      config[key] = value;
    }
  }
  return provider === undefined ? { config, secrets } : { provider, config, secrets };
}

export function toResponse(connection: StoredConnection, usedBy: UsedBy): Record<string, unknown> {
  return {
    name: connection.name,
    auth_type: connection.authType,
    ...(connection.provider === null ? {} : { provider: connection.provider }),
    ...connection.config,
    id: connection.id,
    used_by: usedBy,
    status: connection.status,
    status_detail: connection.statusDetail,
    status_updated_at: connection.statusUpdatedAt,
  };
}

/**
 * `JSON.stringify(toResponse(...))` for a row whose config is still the JSON text it was stored
 * as, without parsing and re-serialising that config: the list of 1,000 connections spent most
 * of its time doing exactly that (docs/decisions/0113-server-list-serialisation.md). The config's
 * members are spliced in where toResponse spreads them. Should a config ever hold one of the
 * other keys, JSON.parse keeps the later one at the first one's place, which is what the spread
 * does; mapping.test.ts checks both forms agree.
 */
export function toResponseJson(connection: StoredConnectionText, usedBy: UsedBy): string {
  const config = connection.configJson.trim();
  if (!config.startsWith('{') || !config.endsWith('}')) {
    throw new Error(`stored config of ${connection.id} is not a JSON object`);
  }
  const members = config.slice(1, -1).trim();
  return (
    `{"name":${JSON.stringify(connection.name)},"auth_type":${JSON.stringify(connection.authType)}` +
    (connection.provider === null ? '' : `,"provider":${JSON.stringify(connection.provider)}`) +
    (members === '' ? '' : `,${members}`) +
    `,"id":${JSON.stringify(connection.id)},"used_by":${JSON.stringify(usedBy)}` +
    `,"status":${JSON.stringify(connection.status)}` +
    `,"status_detail":${JSON.stringify(connection.statusDetail)}` +
    `,"status_updated_at":${JSON.stringify(connection.statusUpdatedAt)}}`
  );
}
