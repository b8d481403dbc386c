// A save whose answer was lost (5xx, timeout, dropped connection) may have landed. Its Retry then
// carries a stale If-Match and gets 412, and the "someone else" in the conflict would be the admin
// (found by the e2e fault matrix, e2e/faults.spec.ts). This tells that case apart from a real
// conflict, from what can be compared: the non-secret fields (secrets are write-only).
import type { AuthConnection, UpdateAuthType } from '../../../../contract/index.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';
import { connectionToFormValues } from '../form/from-connection.ts';
import { isSecretField } from '../../../../contract/index.ts';
import { changedFields, toUpdateRequest } from './to-update-request.ts';

/**
 * True when the server's version already holds every non-secret value the admin is saving, and
 * differs from the loaded version only in fields the admin changed too: the earlier attempt of
 * this same save is what changed it.
 */
export function isOwnEarlierSave(
  authType: UpdateAuthType,
  loaded: AuthConnection,
  current: AuthConnection,
  values: ConnectionFormValues,
): boolean {
  const before = connectionToFormValues(loaded, authType);
  const now = connectionToFormValues(current, authType);
  const nonSecret = (fields: string[]) =>
    fields.filter((f) => !isSecretField(authType, f as never));
  const missing = nonSecret(changedFields(toUpdateRequest(authType, now, values)));
  if (missing.length > 0) return false;
  const mine = new Set(changedFields(toUpdateRequest(authType, before, values)));
  return changedFields(toUpdateRequest(authType, before, now)).every((f) => mine.has(f));
}
