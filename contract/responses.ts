// Response variants (POST/PATCH 200 and each list item). Lenient on purpose: an item whose
// auth_type is unknown, or whose known variant no longer parses, becomes a GenericAuthConnection
// instead of failing the whole list (new types have appeared upstream before).
import { z } from 'zod';
import {
  ACCESS_LEVELS,
  AUTH_CONNECTION_STATUSES,
  RESPONSE_AUTH_TYPES,
  SCOPE_SEPARATORS,
  type ResponseAuthType,
} from './enums.ts';
import { descriptions as d, jwtClaimFields, stringMap, tokenResponseField } from './fields.ts';

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

function variant<T extends ResponseAuthType, S extends z.ZodRawShape>(
  authType: T,
  fields: S,
  provider: z.ZodType<string> = z.string(),
) {
  return z.object({
    name: z.string(),
    auth_type: z.literal(authType).default(authType),
    provider,
    ...fields,
    ...envelopeTail,
  });
}

const jwtResponseFields = jwtClaimFields();

const integrationFields = {
  token_url: z.string(),
  scopes: z.array(z.string()).optional(),
  scope_separator: z.enum(SCOPE_SEPARATORS).describe(d.scope_separator).default(' '),
  expires_at: z.string().describe(d.expires_at),
  integration_id: z.string(),
  credential_id: z.string(),
};

export const responseSchemas = {
  oauth2_client_credentials: variant('oauth2_client_credentials', {
    client_id: z.string(),
    token_url: z.string(),
    scopes: z.array(z.string()).default([]),
    extra_params: stringMap().default({}),
    basic_auth_in_header: z.boolean().default(false).describe(d.basic_auth_in_header),
    custom_headers: stringMap().optional().describe(d.custom_headers_response),
  }),
  refresh_token_auth: variant('refresh_token_auth', {
    client_id: z.string(),
    token_url: z.string(),
    scopes: z.array(z.string()).default([]),
    extra_params: stringMap().default({}),
  }),
  basic_auth: variant('basic_auth', { username: z.string() }),
  bearer_auth: variant('bearer_auth', {}),
  oauth2_jwt: variant('oauth2_jwt', {
    ...jwtResponseFields,
    token_url: z.string().describe(d.jwt_token_url),
    scopes: z.array(z.string()).optional().describe(d.jwt_scopes),
    token_response_field: tokenResponseField()
      .describe(d.token_response_field)
      .default('access_token'),
  }),
  private_key_jwt: variant('private_key_jwt', jwtResponseFields),
  mtls: variant('mtls', {}),
  custom_header_auth: variant('custom_header_auth', {
    header_name: z.string().describe(d.header_name),
  }),
  api_integration_oauth2_auth_code: variant('api_integration_oauth2_auth_code', integrationFields),
  api_integration_oauth2_custom_app: variant('api_integration_oauth2_custom_app', {
    ...integrationFields,
    client_id: z.string().describe(d.custom_app_client_id),
  }),
  whatsapp_auth: variant(
    'whatsapp_auth',
    { phone_number_id: z.string() },
    z.literal('whatsapp').default('whatsapp'),
  ),
  slack_bot_auth: variant('slack_bot_auth', {}, z.literal('Slack').default('Slack')),
  url_secret: variant('url_secret', {}),
} satisfies Record<ResponseAuthType, z.ZodType>;

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

function isResponseAuthType(value: unknown): value is ResponseAuthType {
  return typeof value === 'string' && (RESPONSE_AUTH_TYPES as readonly string[]).includes(value);
}

/** Parses one response item, never throwing for an unknown or drifted variant. */
export const authConnectionResponseSchema = z.unknown().transform((value, ctx): AuthConnection => {
  const tag = (value as { auth_type?: unknown } | null)?.auth_type;
  if (isResponseAuthType(tag)) {
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
