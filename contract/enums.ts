// Enumerations of the wire contract, in the order the OpenAPI document lists them.
// Order matters: the server infers a create variant by trying CREATE_AUTH_TYPES in this order.

export const CREATE_AUTH_TYPES = [
  'oauth2_client_credentials',
  'custom_header_auth',
  'basic_auth',
  'bearer_auth',
  'oauth2_jwt',
  'private_key_jwt',
  'mtls',
] as const;
export type CreateAuthType = (typeof CREATE_AUTH_TYPES)[number];

export const UPDATE_AUTH_TYPES = [
  'oauth2_client_credentials',
  'basic_auth',
  'bearer_auth',
  'oauth2_jwt',
] as const;
export type UpdateAuthType = (typeof UPDATE_AUTH_TYPES)[number];

export const RESPONSE_AUTH_TYPES = [
  'oauth2_client_credentials',
  'refresh_token_auth',
  'basic_auth',
  'bearer_auth',
  'oauth2_jwt',
  'private_key_jwt',
  'mtls',
  'custom_header_auth',
  'api_integration_oauth2_auth_code',
  'api_integration_oauth2_custom_app',
  'whatsapp_auth',
  'slack_bot_auth',
  'url_secret',
] as const;
export type ResponseAuthType = (typeof RESPONSE_AUTH_TYPES)[number];

export const JWT_ALGORITHMS = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512'] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

export const TOKEN_RESPONSE_FIELDS = ['access_token', 'id_token'] as const;
export type TokenResponseField = (typeof TOKEN_RESPONSE_FIELDS)[number];

export const AUTH_CONNECTION_STATUSES = [
  'active',
  'refresh_failed',
  'revoked',
  'credential_invalid',
] as const;
export type AuthConnectionStatus = (typeof AUTH_CONNECTION_STATUSES)[number];

export const ACCESS_LEVELS = ['admin', 'editor', 'commenter', 'viewer'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const SCOPE_SEPARATORS = [' ', ','] as const;

export function isCreateAuthType(value: string): value is CreateAuthType {
  return (CREATE_AUTH_TYPES as readonly string[]).includes(value);
}

export function isUpdateAuthType(value: string): value is UpdateAuthType {
  return (UPDATE_AUTH_TYPES as readonly string[]).includes(value);
}
