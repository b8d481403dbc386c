// Optimistic concurrency for the edit form (docs/decisions/0070): which tag to send, what someone
// else changed, and the form re-based on their version with every field the admin changed kept.
import { authConnectionEtag } from '../../../../contract/etag.ts';
import type { AuthConnection, UpdateAuthType } from '../../../../contract/index.ts';
import { detailLabel } from '../detail/detail-fields.ts';
import type { ConnectionFormValues, FormFieldName, KeyValueRow } from '../form/form-values.ts';
import { connectionToFormValues } from '../form/from-connection.ts';
import { isSecretField } from '../../../../contract/index.ts';
import { changedFields, toUpdateRequest } from './to-update-request.ts';

/**
 * The If-Match tag for a PATCH of this version, or undefined when none is usable: a generic item
 * (unknown or drifted type) was not parsed field by field, so a tag computed from it would not be
 * the server's. Servers without ETags never answer 412, so leaving it out is always safe.
 */
export function ifMatchFor(connection: AuthConnection): string | undefined {
  if ('generic' in connection) return undefined;
  return authConnectionEtag(connection as unknown as Record<string, unknown>);
}

export interface FieldChange {
  field: FormFieldName;
  label: string;
  /** Formatted for reading; secrets are never among the changes (the API never returns them). */
  loaded: string;
  theirs: string;
  /** The admin changed this field too: their typed value will be kept on reload. */
  alsoYours: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The updatable non-secret fields that differ between the loaded version and theirs. */
export function theirChanges(
  authType: UpdateAuthType,
  loaded: AuthConnection,
  theirs: AuthConnection,
  current: ConnectionFormValues,
): FieldChange[] {
  const before = connectionToFormValues(loaded, authType);
  const after = connectionToFormValues(theirs, authType);
  return changedFields(toUpdateRequest(authType, before, after))
    .map((name) => name as FormFieldName)
    .filter((field) => !isSecretField(authType, field))
    .map((field) => ({
      field,
      label: detailLabel(authType, field),
      loaded: formatValue(before[field]),
      theirs: formatValue(after[field]),
      alsoYours: !same(current[field], before[field]),
    }));
}

/**
 * Their version as the new base, with the admin's edits on top: every field whose value differs
 * from what was loaded (typed secrets included) keeps the typed value; the rest take theirs.
 * Returns the new defaults and the fields to set back as the admin's edits.
 */
export function rebase(
  authType: UpdateAuthType,
  loaded: AuthConnection,
  theirs: AuthConnection,
  current: ConnectionFormValues,
): { defaults: ConnectionFormValues; edits: Partial<ConnectionFormValues> } {
  const before = connectionToFormValues(loaded, authType);
  const defaults = connectionToFormValues(theirs, authType);
  const edits: Record<string, unknown> = {};
  for (const field of Object.keys(current) as FormFieldName[]) {
    if (!same(current[field], before[field])) edits[field] = current[field];
  }
  return { defaults, edits: edits as Partial<ConnectionFormValues> };
}

function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'not set';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value
      .map((item) =>
        typeof item === 'object' && item !== null
          ? `${(item as KeyValueRow).key}=${(item as KeyValueRow).value}`
          : String(item),
      )
      .join(', ');
  }
  return String(value);
}
