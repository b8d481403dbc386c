// Where an error belongs in the form. Both the contract's own issues (client-side) and a
// server's 422 `loc` (FastAPI: ["body", <union tag>?, field, ...]) end up on a form path, or on
// null, which the form shows in its top alert.
import { CREATE_AUTH_TYPES, UPDATE_AUTH_TYPES } from '../../../../contract/index.ts';
import {
  variantFieldNames,
  type ConnectionFormValues,
  type FormFieldName,
  type KeyValueRow,
} from './form-values.ts';

const TAGS = new Set<string>([...CREATE_AUTH_TYPES, ...UPDATE_AUTH_TYPES]);

/** pydantic puts the union member in `loc`: a model name, a tag, or a validator wrapper. */
function isUnionTag(segment: string | number): boolean {
  if (typeof segment !== 'string') return false;
  return (
    TAGS.has(segment) ||
    /^(Create|Update)\w+Request$/.test(segment) ||
    /^(function-|tagged-union\[|union\[)/.test(segment)
  );
}

export function wirePathToFormPath(
  path: readonly (string | number)[],
  values: ConnectionFormValues,
): string | null {
  const [field, key, part] = path;
  if (typeof field !== 'string') return null;
  if (field === 'name' || field === 'provider') return field;
  const fields = new Set<string>(variantFieldNames(values.auth_type));
  if (!fields.has(field)) return null;
  if (field === 'custom_headers' || field === 'extra_params') {
    if (typeof key !== 'string') return field;
    const rows = values[field as FormFieldName] as KeyValueRow[];
    const index = rows.findIndex((row) => row.key.trim() === key);
    // pydantic: [field, key, '[key]'] for the name, [field, key] for the value.
    return index >= 0 ? `${field}.${index}.${part === '[key]' ? 'key' : 'value'}` : field;
  }
  if (field === 'scopes') return 'scopes';
  return field;
}

export function locToFormPath(
  loc: readonly (string | number)[],
  values: ConnectionFormValues,
): string | null {
  const rest = loc[0] === 'body' ? loc.slice(1) : loc;
  return wirePathToFormPath(
    rest.filter((segment) => !isUnionTag(segment)),
    values,
  );
}
