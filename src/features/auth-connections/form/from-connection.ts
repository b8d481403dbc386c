// Wire -> form, for Edit and Replace: the stored non-secret values become the form's values
// (maps as rows). Secrets start empty: the API never returns them, and
// an empty secret on edit means "keep the stored one".
import {
  isCreateAuthType,
  type AuthConnection,
  type CreateAuthType,
} from '../../../../contract/index.ts';
import { isSecretField } from '../../../../contract/index.ts';
import {
  emptyFormValues,
  variantFieldNames,
  type ConnectionFormValues,
  type KeyValueRow,
} from './form-values.ts';

export function mapToRows(map: unknown): KeyValueRow[] {
  if (!map || typeof map !== 'object') return [];
  return Object.entries(map as Record<string, unknown>).map(([key, value]) => ({
    key,
    value: typeof value === 'string' ? value : String(value),
  }));
}

/** The connection's type, when the create form can hold it (a creatable type). */
export function creatableTypeOf(connection: AuthConnection): CreateAuthType | null {
  return 'generic' in connection || !isCreateAuthType(connection.auth_type)
    ? null
    : connection.auth_type;
}

export function connectionToFormValues(
  connection: AuthConnection,
  authType: CreateAuthType,
): ConnectionFormValues {
  const stored = connection as unknown as Record<string, unknown>;
  const values: Record<string, unknown> = {
    ...emptyFormValues(authType),
    name: connection.name,
    provider: connection.provider ?? '',
  };
  for (const field of variantFieldNames(authType)) {
    if (isSecretField(authType, field)) continue;
    const value = stored[field];
    if (value === undefined || value === null) continue;
    if (field === 'extra_params' || field === 'custom_headers') values[field] = mapToRows(value);
    else if (field === 'scopes') values[field] = Array.isArray(value) ? [...value] : [];
    else values[field] = value;
  }
  return values as ConnectionFormValues;
}
