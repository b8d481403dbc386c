// Write-only fields: sent on create/update, never returned, encrypted at rest by the server.
// Which fields they are is the registry's `secrets`; requiredness is the create schema's.
import { SECRET_FIELDS, type CreateAuthType } from './auth-types.ts';
import { isRequiredCreateField } from './create-requests.ts';

export { ALL_SECRET_FIELD_NAMES, isSecretField, SECRET_FIELDS } from './auth-types.ts';

/** The secrets a create request must carry (the rest, like an mTLS CA, are optional). */
export function requiredSecretFields(authType: CreateAuthType): readonly string[] {
  return SECRET_FIELDS[authType].filter((field) => isRequiredCreateField(authType, field));
}
