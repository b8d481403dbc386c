// The wire contract of the Workspace Auth Connections API, shared by src/ and server/.
export * from './enums.ts';
export * from './create-requests.ts';
export * from './update-requests.ts';
export * from './responses.ts';
export * from './errors.ts';
export * from './secrets.ts';
export * from './checks.ts';
export * from './header-values.ts';
export * from './check-words.ts';
export * from './auth-types.ts';
export { SPEC_DEFAULTS } from './fields.ts';
export { AUTH_TYPE_SCHEMAS, type AuthTypeSchemaEntry } from './auth-type-schemas.ts';
export * from './connection-test.ts';
export * from './connection-test-advice.ts';
