// Response variants (POST/PATCH 200 and each list item). Lenient on purpose: an item whose
// auth_type is unknown, or whose known variant no longer parses, becomes a GenericAuthConnection
// instead of failing the whole list (new types have appeared upstream before).
import { z } from 'zod';
import { AUTH_TYPE_SCHEMAS, type AuthTypeSchemaEntry } from './auth-type-schemas.ts';
import {
  ACCESS_LEVELS,
  AUTH_CONNECTION_STATUSES,
  RESPONSE_AUTH_TYPES,
  isKnownAuthType,
  type ResponseAuthType,
} from './enums.ts';
import { lazyRecord } from './lazy-record.ts';

const availableDependent = z.object({
  id: z.string(),
  name: z.string(),
  type: z.literal('available').default('available'),
  created_at_unix_secs: z.number().int(),
  access_level: z.enum(ACCESS_LEVELS),
});
const unknownDependent = z.object({
  type: z.literal('unknown').default('unknown'),
  id: z.string(),
});

export const dependentToolSchema = z.discriminatedUnion('type', [
  availableDependent,
  unknownDependent,
]);
export const dependentIntegrationConnectionSchema = z.object({ id: z.string(), name: z.string() });

export const usedBySchema = z.object({
  tools: z.array(dependentToolSchema).default([]),
  mcp_servers: z.array(dependentToolSchema).default([]),
  integration_connections: z.array(dependentIntegrationConnectionSchema).default([]),
});
export type UsedBy = z.output<typeof usedBySchema>;
export type Dependent = z.output<typeof dependentToolSchema>;

export const authConnectionStatusSchema = z.enum(AUTH_CONNECTION_STATUSES);

const envelopeTail = {
  id: z.string(),
  used_by: usedBySchema.nullable().optional(),
  status: authConnectionStatusSchema.default('active'),
  status_detail: z.string().nullable().optional(),
  status_updated_at: z.string().nullable().optional(),
};

function variant<T extends ResponseAuthType>(authType: T) {
  const entry: AuthTypeSchemaEntry<ResponseAuthType> = AUTH_TYPE_SCHEMAS[authType];
  return z.object({
    name: z.string(),
    auth_type: z.literal(authType).default(authType),
    provider: entry.responseProvider ?? z.string(),
    ...(AUTH_TYPE_SCHEMAS[authType].response as (typeof AUTH_TYPE_SCHEMAS)[T]['response']),
    ...envelopeTail,
  });
}

/** Response variants keyed by auth_type, built from the registry's response shapes. */
export const responseSchemas = lazyRecord(RESPONSE_AUTH_TYPES, variant) as {
  [T in ResponseAuthType]: ReturnType<typeof variant<T>>;
};

export type KnownAuthConnection = {
  [T in ResponseAuthType]: z.output<(typeof responseSchemas)[T]>;
}[ResponseAuthType];
export type AuthConnectionOf<T extends ResponseAuthType> = z.output<(typeof responseSchemas)[T]>;

/** A connection the UI cannot read in detail: only the envelope is trusted. */
export const genericAuthConnectionSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  provider: z.string().optional(),
  auth_type: z.string(),
  used_by: usedBySchema.nullable().optional().catch(null),
  status: z.string().optional(),
  status_detail: z.string().nullable().optional().catch(null),
  status_updated_at: z.string().nullable().optional().catch(null),
});
export type GenericAuthConnection = z.output<typeof genericAuthConnectionSchema> & {
  readonly generic: true;
};

export type AuthConnection = KnownAuthConnection | GenericAuthConnection;

export { isGeneric } from './is-generic.ts';

/** Parses one response item, never throwing for an unknown or drifted variant. */
export const authConnectionResponseSchema = z.unknown().transform((value, ctx): AuthConnection => {
  const tag = (value as { auth_type?: unknown } | null)?.auth_type;
  if (isKnownAuthType(tag)) {
    const known = responseSchemas[tag].safeParse(value);
    if (known.success) return known.data;
  }
  const generic = genericAuthConnectionSchema.safeParse(value);
  if (generic.success) return { ...generic.data, generic: true };
  for (const issue of generic.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
  return z.NEVER;
});

export const listAuthConnectionsResponseSchema = z.object({
  auth_connections: z.array(authConnectionResponseSchema),
});
export type ListAuthConnectionsResponse = z.output<typeof listAuthConnectionsResponseSchema>;
