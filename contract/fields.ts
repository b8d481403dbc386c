// Field schemas reused across request and response variants. Descriptions are the spec's
// own words: the forms show them as helper text, and the conformance test compares them.
import { z } from 'zod';
import { JWT_ALGORITHMS, TOKEN_RESPONSE_FIELDS } from './enums.ts';

export const stringMap = () => z.record(z.string(), z.string());

export const expirationSeconds = () => z.number().int().min(60).max(86400);
export const jwtAlgorithm = () => z.enum(JWT_ALGORITHMS);
export const tokenResponseField = () => z.enum(TOKEN_RESPONSE_FIELDS);

/**
 * The spec's defaults for fields a form shows before anything is typed. The schemas below take
 * them from here, so the forms can read them without building a schema (building the two types'
 * shapes was 2 ms of a form's first render; conformance.test.ts checks them against the spec).
 */
export const SPEC_DEFAULTS = {
  algorithm: 'HS256',
  expiration_seconds: 3600,
  token_response_field: 'access_token',
  basic_auth_in_header: false,
} as const satisfies {
  algorithm: (typeof JWT_ALGORITHMS)[number];
  expiration_seconds: number;
  token_response_field: (typeof TOKEN_RESPONSE_FIELDS)[number];
  basic_auth_in_header: boolean;
};

export const descriptions = {
  algorithm: 'JWT signing algorithm',
  expiration_seconds: 'Token expiration time in seconds',
  token_response_field: 'Token field to extract from the token endpoint response.',
  basic_auth_in_header:
    'If True, send client credentials in Authorization header as Basic Auth instead of request body',
  header_name: "The name of the header to use for authentication (e.g., 'x-api-key')",
  key_id: 'Key ID (kid) for JWT header - useful for key rotation',
  issuer: 'JWT issuer (iss claim)',
  audience: 'JWT audience (aud claim)',
  subject: 'JWT subject (sub claim)',
  jwt_extra_params: 'Additional custom claims to include in the JWT',
  jwt_token_url: 'Token endpoint URL for exchanging JWT for access token',
  jwt_scopes: 'OAuth2 scopes to request when exchanging JWT for access token',
  custom_headers_response: 'Custom headers configured for OAuth2 token requests',
  scope_separator: 'Separator for scopes',
  expires_at: 'ISO 8601 timestamp of when the access token expires',
  custom_app_client_id:
    'OAuth client ID (rendered from template if credential uses templated credentials, None for legacy connections)',
} as const;

/** The JWT fields create requests and responses share: same names, defaults and descriptions. */
export const jwtClaimFields = () => ({
  algorithm: jwtAlgorithm().describe(descriptions.algorithm).default(SPEC_DEFAULTS.algorithm),
  key_id: z.string().nullable().optional().describe(descriptions.key_id),
  issuer: z.string().describe(descriptions.issuer),
  audience: z.string().describe(descriptions.audience),
  subject: z.string().describe(descriptions.subject),
  expiration_seconds: expirationSeconds()
    .describe(descriptions.expiration_seconds)
    .default(SPEC_DEFAULTS.expiration_seconds),
  extra_params: stringMap().optional().describe(descriptions.jwt_extra_params),
});
