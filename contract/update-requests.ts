// PATCH bodies: every field optional and nullable, as in the spec. `name` and `token_url` are
// absent on purpose (not updatable), and strictness turns an attempt to send them into a 422.
import { z } from 'zod';
import type { UpdateAuthType } from './enums.ts';
import { expirationSeconds, jwtAlgorithm, stringMap, tokenResponseField } from './fields.ts';

const opt = <S extends z.ZodType>(schema: S) => schema.nullable().optional();

export const updateRequestShapes = {
  oauth2_client_credentials: {
    provider: opt(z.string()),
    client_id: opt(z.string()),
    scopes: opt(z.array(z.string())),
    extra_params: opt(stringMap()),
    basic_auth_in_header: opt(z.boolean()),
    client_secret: opt(z.string()),
    custom_headers: opt(stringMap()),
  },
  basic_auth: {
    provider: opt(z.string()),
    username: opt(z.string()),
    password: opt(z.string()),
  },
  bearer_auth: { provider: opt(z.string()), token: opt(z.string()) },
  oauth2_jwt: {
    provider: opt(z.string()),
    algorithm: opt(jwtAlgorithm()),
    key_id: opt(z.string()),
    issuer: opt(z.string()),
    audience: opt(z.string()),
    subject: opt(z.string()),
    expiration_seconds: opt(expirationSeconds()),
    extra_params: opt(stringMap()),
    scopes: opt(z.array(z.string())),
    token_response_field: opt(tokenResponseField()),
    secret_key: opt(z.string()),
  },
} as const satisfies Record<UpdateAuthType, z.ZodRawShape>;

function variant<T extends UpdateAuthType>(authType: T) {
  return z.strictObject({
    auth_type: z.literal(authType).default(authType),
    ...updateRequestShapes[authType],
  });
}

function tagged<T extends UpdateAuthType>(authType: T) {
  return z.strictObject({ auth_type: z.literal(authType), ...updateRequestShapes[authType] });
}

export const updateRequestSchemas = {
  oauth2_client_credentials: variant('oauth2_client_credentials'),
  basic_auth: variant('basic_auth'),
  bearer_auth: variant('bearer_auth'),
  oauth2_jwt: variant('oauth2_jwt'),
};

export const updateRequestSchema = z.discriminatedUnion('auth_type', [
  tagged('oauth2_client_credentials'),
  tagged('basic_auth'),
  tagged('bearer_auth'),
  tagged('oauth2_jwt'),
]);

export type UpdateAuthConnectionRequest = z.input<typeof updateRequestSchema>;
export type UpdateRequestOf<T extends UpdateAuthType> = Extract<
  UpdateAuthConnectionRequest,
  { auth_type: T }
>;
