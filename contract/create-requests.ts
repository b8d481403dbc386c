// POST bodies. Each variant exists twice: `createRequestSchemas[t]` mirrors the spec (auth_type
// optional with a default, which is how the server infers a variant from a body without it),
// and `createRequestSchema` is the strict discriminated union the browser sends.
import { z } from 'zod';
import type { CreateAuthType } from './enums.ts';
import { descriptions as d, jwtClaimFields, stringMap, tokenResponseField } from './fields.ts';

const jwtCommon = jwtClaimFields();

/** Type-specific fields of each create variant, without the envelope (name, provider, auth_type). */
export const createRequestShapes = {
  oauth2_client_credentials: {
    client_id: z.string(),
    token_url: z.string(),
    scopes: z.array(z.string()).default([]),
    extra_params: stringMap().default({}),
    basic_auth_in_header: z.boolean().default(false).describe(d.basic_auth_in_header),
    client_secret: z.string(),
    custom_headers: stringMap().default({}),
  },
  custom_header_auth: {
    header_name: z.string().describe(d.header_name),
    token: z.string(),
  },
  basic_auth: { username: z.string(), password: z.string() },
  bearer_auth: { token: z.string() },
  oauth2_jwt: {
    ...jwtCommon,
    token_url: z.string().describe(d.jwt_token_url),
    scopes: z.array(z.string()).optional().describe(d.jwt_scopes),
    token_response_field: tokenResponseField()
      .describe(d.token_response_field)
      .default('access_token'),
    secret_key: z.string(),
  },
  private_key_jwt: { ...jwtCommon, secret_key: z.string() },
  mtls: {
    client_certificate: z.string(),
    client_key: z.string(),
    ca_certificate: z.string().nullable().optional(),
    key_passphrase: z.string().nullable().optional(),
  },
} as const satisfies Record<CreateAuthType, z.ZodRawShape>;

function variant<T extends CreateAuthType>(authType: T) {
  return z.strictObject({
    name: z.string(),
    auth_type: z.literal(authType).default(authType),
    provider: z.string(),
    ...createRequestShapes[authType],
  });
}

function tagged<T extends CreateAuthType>(authType: T) {
  return z.strictObject({
    name: z.string(),
    auth_type: z.literal(authType),
    provider: z.string(),
    ...createRequestShapes[authType],
  });
}

/** Spec-shaped variants (auth_type defaulted), keyed by auth_type, in spec order. */
export const createRequestSchemas = {
  oauth2_client_credentials: variant('oauth2_client_credentials'),
  custom_header_auth: variant('custom_header_auth'),
  basic_auth: variant('basic_auth'),
  bearer_auth: variant('bearer_auth'),
  oauth2_jwt: variant('oauth2_jwt'),
  private_key_jwt: variant('private_key_jwt'),
  mtls: variant('mtls'),
};

/** What a client sends: auth_type is always present. */
export const createRequestSchema = z.discriminatedUnion('auth_type', [
  tagged('oauth2_client_credentials'),
  tagged('custom_header_auth'),
  tagged('basic_auth'),
  tagged('bearer_auth'),
  tagged('oauth2_jwt'),
  tagged('private_key_jwt'),
  tagged('mtls'),
]);

export type CreateAuthConnectionRequest = z.input<typeof createRequestSchema>;
export type ParsedCreateRequest = z.output<typeof createRequestSchema>;
export type CreateRequestOf<T extends CreateAuthType> = Extract<
  CreateAuthConnectionRequest,
  { auth_type: T }
>;
