// The zod shapes of each auth type, keyed like the registry (auth-type-registry.ts): the fields
// of its create, update and response variants, without the envelope (name, auth_type, provider,
// and the response's id/used_by/status). tsc checks that every registry type has an entry, that
// creatable types have `create`, updatable ones `update`, and that no other type has them.
// Data only: create-requests.ts, update-requests.ts and responses.ts build the spec's variants
// from here, so a test can swap this module for a copy with an extra type.
//
// Each part of an entry is built on its first read (lazy-record.ts): building every type's shapes
// when the contract loads cost about 45 ms of a deep link to a form at 4x CPU, where the form
// reads one type's create shape (docs/decisions/0125; the defaults it shows are SPEC_DEFAULTS).
import { z } from 'zod';
import type { CreateAuthType, ResponseAuthType, UpdateAuthType } from './auth-types.ts';
import { SCOPE_SEPARATORS } from './enums.ts';
import {
  SPEC_DEFAULTS,
  descriptions as d,
  expirationSeconds,
  jwtAlgorithm,
  jwtClaimFields,
  stringMap,
  tokenResponseField,
} from './fields.ts';
import { lazyRecord, onFirstUse } from './lazy-record.ts';

/** One entry: `create` exactly when creatable, `update` exactly when updatable. */
export type AuthTypeSchemaEntry<T extends ResponseAuthType> = {
  readonly response: z.ZodRawShape;
  /** The response's provider when the spec pins it (defaults to any string). */
  readonly responseProvider?: z.ZodType<string>;
} & (T extends CreateAuthType ? { readonly create: z.ZodRawShape } : { readonly create?: never }) &
  (T extends UpdateAuthType ? { readonly update: z.ZodRawShape } : { readonly update?: never });

/** An entry as written below: each part is the function that builds it. */
type EntryBuilders<E> = { readonly [K in keyof E]: () => E[K] };

// PATCH fields are all optional and nullable, as in the spec.
const opt = <S extends z.ZodType>(schema: S) => schema.nullable().optional();

const jwtClaims = onFirstUse(jwtClaimFields);

/** oauth2_jwt's token exchange, the same in its create request and its response. */
const jwtExchange = onFirstUse(() => ({
  token_url: z.string().describe(d.jwt_token_url),
  scopes: z.array(z.string()).optional().describe(d.jwt_scopes),
  token_response_field: tokenResponseField()
    .describe(d.token_response_field)
    .default(SPEC_DEFAULTS.token_response_field),
}));

/** A client's token request: OAuth2 client credentials and the refresh token type share it. */
const oauthClient = onFirstUse(() => ({
  client_id: z.string(),
  token_url: z.string(),
  scopes: z.array(z.string()).default([]),
  extra_params: stringMap().default({}),
}));

const integrationFields = onFirstUse(() => ({
  token_url: z.string(),
  scopes: z.array(z.string()).optional(),
  scope_separator: z.enum(SCOPE_SEPARATORS).describe(d.scope_separator).default(' '),
  expires_at: z.string().describe(d.expires_at),
  integration_id: z.string(),
  credential_id: z.string(),
}));

const ENTRIES = {
  oauth2_client_credentials: {
    create: () => ({
      ...oauthClient(),
      basic_auth_in_header: z
        .boolean()
        .default(SPEC_DEFAULTS.basic_auth_in_header)
        .describe(d.basic_auth_in_header),
      client_secret: z.string(),
      custom_headers: stringMap().default({}),
    }),
    update: () => ({
      provider: opt(z.string()),
      client_id: opt(z.string()),
      scopes: opt(z.array(z.string())),
      extra_params: opt(stringMap()),
      basic_auth_in_header: opt(z.boolean()),
      client_secret: opt(z.string()),
      custom_headers: opt(stringMap()),
    }),
    response: () => ({
      ...oauthClient(),
      basic_auth_in_header: z
        .boolean()
        .default(SPEC_DEFAULTS.basic_auth_in_header)
        .describe(d.basic_auth_in_header),
      custom_headers: stringMap().optional().describe(d.custom_headers_response),
    }),
  },
  custom_header_auth: {
    create: () => ({ header_name: z.string().describe(d.header_name), token: z.string() }),
    response: () => ({ header_name: z.string().describe(d.header_name) }),
  },
  basic_auth: {
    create: () => ({ username: z.string(), password: z.string() }),
    update: () => ({
      provider: opt(z.string()),
      username: opt(z.string()),
      password: opt(z.string()),
    }),
    response: () => ({ username: z.string() }),
  },
  bearer_auth: {
    create: () => ({ token: z.string() }),
    update: () => ({ provider: opt(z.string()), token: opt(z.string()) }),
    response: () => ({}),
  },
  oauth2_jwt: {
    create: () => ({ ...jwtClaims(), ...jwtExchange(), secret_key: z.string() }),
    update: () => ({
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
    }),
    response: () => ({ ...jwtClaims(), ...jwtExchange() }),
  },
  private_key_jwt: {
    create: () => ({ ...jwtClaims(), secret_key: z.string() }),
    response: jwtClaims,
  },
  mtls: {
    create: () => ({
      client_certificate: z.string(),
      client_key: z.string(),
      ca_certificate: z.string().nullable().optional(),
      key_passphrase: z.string().nullable().optional(),
    }),
    response: () => ({}),
  },
  refresh_token_auth: {
    response: oauthClient,
  },
  api_integration_oauth2_auth_code: { response: integrationFields },
  api_integration_oauth2_custom_app: {
    response: () => ({
      ...integrationFields(),
      client_id: z.string().describe(d.custom_app_client_id),
    }),
  },
  whatsapp_auth: {
    response: () => ({ phone_number_id: z.string() }),
    responseProvider: () => z.literal('whatsapp').default('whatsapp'),
  },
  slack_bot_auth: {
    response: () => ({}),
    responseProvider: () => z.literal('Slack').default('Slack'),
  },
  url_secret: { response: () => ({}) },
} as const satisfies { [T in ResponseAuthType]: EntryBuilders<AuthTypeSchemaEntry<T>> };

type Entries = typeof ENTRIES;
type Built<F> = F extends () => infer Part ? Part : never;
type Schemas = {
  readonly [T in keyof Entries]: { readonly [K in keyof Entries[T]]: Built<Entries[T][K]> };
};

export const AUTH_TYPE_SCHEMAS = lazyRecord(Object.keys(ENTRIES) as (keyof Entries)[], (t) => {
  const entry = ENTRIES[t] as Record<string, () => unknown>;
  return lazyRecord(Object.keys(entry), (part) => entry[part]!());
}) as unknown as Schemas;
