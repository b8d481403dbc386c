// What the detail view shows of a connection, as data: every non-secret field of its type
// (from the response schema, labelled like the form) and each secret of its type as write-only.
import {
  SECRET_FIELDS,
  isCreateAuthType,
  isRequiredCreateField,
  isGeneric,
  responseSchemas,
  type AuthConnection,
} from '../../../../contract/index.ts';
import { isKnownAuthType } from '../auth-types.ts';
import { defaultMessages, type Messages } from '../../../i18n/messages.ts';
import { labelFor } from '../field-labels.ts';
import { extraParamsCopy } from '../form/connection-field.tsx';

export type DetailValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'map'; entries: [string, string][] }
  | { kind: 'unset' };

export interface DetailField {
  name: string;
  label: string;
  value: DetailValue;
}

export interface SecretEntry {
  name: string;
  label: string;
  /** Optional secrets (an mTLS CA or passphrase) are stored only if one was given. */
  optional: boolean;
}

/** Shown in the header, not among the fields. */
const ENVELOPE = new Set([
  'id',
  'name',
  'auth_type',
  'provider',
  'used_by',
  'status',
  'status_detail',
  'status_updated_at',
  'generic',
]);

/** The words of the detail view; the English defaults serve tests and code outside React. */
type Words = Pick<Messages, 'fields' | 'form' | 'common'>;

export function detailLabel(authType: string, field: string, m: Words = defaultMessages): string {
  return field === 'extra_params' ? extraParamsCopy(authType, m).label : labelFor(field, m);
}

function toValue(field: string, raw: unknown, m: Words): DetailValue {
  if (raw === undefined || raw === null || raw === '') return { kind: 'unset' };
  if (Array.isArray(raw)) return { kind: 'list', items: raw.map(String) };
  if (typeof raw === 'object')
    return {
      kind: 'map',
      entries: Object.entries(raw as Record<string, unknown>).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
    };
  if (typeof raw === 'boolean') return { kind: 'text', text: raw ? m.common.yes : m.common.no };
  if (field === 'scope_separator') {
    const text = raw === ' ' ? m.common.space : raw === ',' ? m.common.comma : String(raw);
    return { kind: 'text', text };
  }
  return { kind: 'text', text: String(raw) };
}

export function detailFields(
  connection: AuthConnection,
  m: Words = defaultMessages,
): DetailField[] {
  const stored = connection as unknown as Record<string, unknown>;
  const names =
    !isGeneric(connection) && isKnownAuthType(connection.auth_type)
      ? Object.keys(responseSchemas[connection.auth_type].shape)
      : Object.keys(stored);
  return names
    .filter((name) => !ENVELOPE.has(name))
    .map((name) => ({
      name,
      label: detailLabel(connection.auth_type, name, m),
      value: toValue(name, stored[name], m),
    }));
}

export function secretEntries(authType: string, m: Words = defaultMessages): SecretEntry[] {
  if (!isCreateAuthType(authType)) return [];
  return SECRET_FIELDS[authType].map((name) => ({
    name,
    label: labelFor(name, m),
    optional: !isRequiredCreateField(authType, name),
  }));
}
