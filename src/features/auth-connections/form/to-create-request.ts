// Form -> wire for POST. Pure and table-tested: rows become objects, empty optionals are
// omitted (the server applies the spec's defaults), single-line text is trimmed, and secrets are
// sent exactly as typed.
import { isSecretField, type CreateAuthConnectionRequest } from '../../../../contract/index.ts';
import {
  variantFieldNames,
  type ConnectionFormValues,
  type FormFieldName,
  type KeyValueRow,
} from './form-values.ts';

const MAP_FIELDS = new Set<FormFieldName>(['extra_params', 'custom_headers']);
const OPTIONAL_TEXT = new Set<FormFieldName>(['key_id', 'ca_certificate', 'key_passphrase']);

export function rowsToMap(rows: KeyValueRow[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (key === '' && row.value === '') continue;
    map[key] = row.value;
  }
  return map;
}

export function toCreateRequest(values: ConnectionFormValues): CreateAuthConnectionRequest {
  const authType = values.auth_type;
  const body: Record<string, unknown> = {
    auth_type: authType,
    name: values.name.trim(),
    provider: values.provider.trim(),
  };
  for (const field of variantFieldNames(authType)) {
    const value = values[field];
    if (MAP_FIELDS.has(field)) {
      const map = rowsToMap(value as KeyValueRow[]);
      if (Object.keys(map).length > 0) body[field] = map;
    } else if (field === 'scopes') {
      if ((value as string[]).length > 0) body[field] = value;
    } else if (field === 'expiration_seconds') {
      if (value !== undefined) body[field] = value;
    } else if (typeof value === 'string') {
      const text = isSecretField(authType, field) ? value : value.trim();
      if (!(OPTIONAL_TEXT.has(field) && text === '')) body[field] = text;
    } else {
      body[field] = value;
    }
  }
  return body as CreateAuthConnectionRequest;
}
