// Enumerations of the wire contract, in the order the OpenAPI document lists them.

// The auth types and their create/update/response lists come from the registry.
export {
  CREATE_AUTH_TYPES,
  RESPONSE_AUTH_TYPES,
  UPDATE_AUTH_TYPES,
  isCreateAuthType,
  isKnownAuthType,
  isReadOnlyAuthType,
  isUpdateAuthType,
  type CreateAuthType,
  type ResponseAuthType,
  type UpdateAuthType,
} from './auth-types.ts';

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
