// Form -> wire for PATCH (docs/decisions/0001): only what changed is sent, plus the stored
// auth_type always. Secrets are sent only when typed (empty = keep the stored one); maps and
// scopes, when changed, are sent whole because the server replaces them; an emptied key_id is
// sent as null, the one field null clears.
import {
  isSecretField,
  updateRequestShapes,
  type UpdateAuthConnectionRequest,
  type UpdateAuthType,
} from '../../../../contract/index.ts';
import type { ConnectionFormValues, FormFieldName, KeyValueRow } from '../form/form-values.ts';
import { rowsToMap } from '../form/to-create-request.ts';

/** The fields a PATCH of this type may carry (name and token_url are not among them). */
export function updatableFieldNames(authType: UpdateAuthType): FormFieldName[] {
  return Object.keys(updateRequestShapes[authType]) as FormFieldName[];
}

function sameMap(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k])
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

export function toUpdateRequest(
  authType: UpdateAuthType,
  stored: ConnectionFormValues,
  values: ConnectionFormValues,
): UpdateAuthConnectionRequest {
  const body: Record<string, unknown> = { auth_type: authType };
  for (const field of updatableFieldNames(authType)) {
    const before = stored[field];
    const after = values[field];
    if (isSecretField(authType, field)) {
      if (typeof after === 'string' && after !== '') body[field] = after;
    } else if (field === 'extra_params' || field === 'custom_headers') {
      const next = rowsToMap(after as KeyValueRow[]);
      if (!sameMap(rowsToMap(before as KeyValueRow[]), next)) body[field] = next;
    } else if (field === 'scopes') {
      if (!sameList(before as string[], after as string[])) body[field] = [...(after as string[])];
    } else if (field === 'expiration_seconds') {
      // Emptied means "no new value": null and absent both keep the stored one (0001).
      if (after !== undefined && after !== before) body[field] = after;
    } else if (field === 'key_id') {
      const next = (after as string).trim();
      if ((before as string).trim() !== next) body[field] = next === '' ? null : next;
    } else if (typeof after === 'string') {
      if ((before as string).trim() !== after.trim()) body[field] = after.trim();
    } else if (before !== after) {
      body[field] = after;
    }
  }
  return body as UpdateAuthConnectionRequest;
}

/** The names of the fields a PATCH body changes, for "nothing to save" and the confirm dialog. */
export function changedFields(body: UpdateAuthConnectionRequest): string[] {
  return Object.keys(body).filter((key) => key !== 'auth_type');
}
