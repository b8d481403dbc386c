// Client-side validation: the contract's discriminated union first, then the checks the server
// also runs (contract/checks.ts), then what only a person needs (a required field left empty,
// a duplicate header). Returns the first message for each form path; "" is the form itself.
import {
  checkHeaderFieldValue,
  checkHeaderName,
  checkHmacSecret,
  checkTokenUrl,
  createRequestSchema,
  isRequiredCreateField,
  looksLikePem,
} from '../../../../contract/index.ts';
import { defaultMessages, type Messages } from '../../../i18n/messages.ts';
import { labelFor } from '../field-labels.ts';
import { wirePathToFormPath } from './error-paths.ts';
import {
  variantFieldNames,
  type ConnectionFormValues,
  type FormFieldName,
  type KeyValueRow,
} from './form-values.ts';
import { toCreateRequest } from './to-create-request.ts';

export type FormErrors = Map<string, string>;

/** The words the validator needs: the page passes useMessages(); English by default. */
export type ValidationWords = Pick<Messages, 'validation' | 'fields'>;

const PEM_KINDS: Partial<Record<FormFieldName, 'certificate' | 'key'>> = {
  client_certificate: 'certificate',
  ca_certificate: 'certificate',
  client_key: 'key',
};

export function isRequired(values: ConnectionFormValues, field: FormFieldName): boolean {
  return field === 'name' || field === 'provider' || isRequiredCreateField(values.auth_type, field);
}

function checkRows(
  field: FormFieldName,
  rows: KeyValueRow[],
  isHeader: boolean,
  add: Add,
  v: Messages['validation'],
) {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (key === '' && row.value === '') return;
    if (key === '') return add(`${field}.${i}.key`, v.rowKeyMissing);
    if (isHeader) {
      const valueProblem = checkHeaderFieldValue(field, row.value, v.headerValue);
      if (valueProblem) add(`${field}.${i}.value`, valueProblem);
      const problem = checkHeaderName(key, v.headerName);
      if (problem) return add(`${field}.${i}.key`, problem);
    }
    const normalized = isHeader ? key.toLowerCase() : key;
    if (seen.has(normalized))
      add(`${field}.${i}.key`, v.duplicateRow(key, seen.get(normalized)! + 1));
    else seen.set(normalized, i);
  });
}

type Add = (path: string, message: string) => void;

export function validateConnectionForm(
  values: ConnectionFormValues,
  words: ValidationWords = defaultMessages,
): FormErrors {
  const v = words.validation;
  const errors: FormErrors = new Map();
  const add: Add = (path, message) => {
    if (!errors.has(path)) errors.set(path, message);
  };
  const fields: FormFieldName[] = ['name', 'provider', ...variantFieldNames(values.auth_type)];

  for (const field of fields) {
    const value = values[field];
    if (typeof value === 'string' && value.trim() === '' && isRequired(values, field)) {
      add(field, v.required(labelFor(field, words)));
    }
  }

  const wire = toCreateRequest(values);
  const parsed = createRequestSchema.safeParse(wire);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = wirePathToFormPath(issue.path as (string | number)[], values) ?? '';
      // zod's own messages are English for developers; the admin gets ours.
      add(path, path === 'expiration_seconds' ? v.expiration : v.invalidValue);
    }
  }

  // Values that reach a header are judged as sent: the wire's text, trimmed where the form trims.
  for (const [field, value] of Object.entries(wire)) {
    if (field === 'custom_headers' || typeof value !== 'string') continue;
    const problem = checkHeaderFieldValue(field, value, v.headerValue);
    if (problem) add(field, problem);
  }

  if (fields.includes('token_url') && values.token_url.trim() !== '') {
    // The server has the final word on loopback http (ALLOW_HTTP_LOOPBACK); the form allows it.
    const problem = checkTokenUrl(values.token_url, { allowHttpLoopback: true }, v.tokenUrl);
    if (problem) add('token_url', problem);
  }
  if (fields.includes('header_name') && values.header_name.trim() !== '') {
    const problem = checkHeaderName(values.header_name.trim(), v.headerName);
    if (problem) add('header_name', problem);
  }
  if (fields.includes('custom_headers'))
    checkRows('custom_headers', values.custom_headers, true, add, v);
  if (fields.includes('extra_params'))
    checkRows('extra_params', values.extra_params, false, add, v);

  if (fields.includes('secret_key') && values.secret_key !== '') {
    if (values.algorithm.startsWith('HS')) {
      const problem = checkHmacSecret(values.secret_key, values.algorithm, v.hmac);
      if (problem) add('secret_key', problem);
    } else if (!/-----BEGIN (RSA |ENCRYPTED )?PRIVATE KEY-----/.test(values.secret_key)) {
      add('secret_key', v.rsaKeyPem(values.algorithm));
    }
  }

  for (const [field, kind] of Object.entries(PEM_KINDS) as [
    FormFieldName,
    'certificate' | 'key',
  ][]) {
    const text = values[field];
    if (!fields.includes(field) || typeof text !== 'string' || text.trim() === '') continue;
    const ok =
      kind === 'certificate'
        ? /-----BEGIN CERTIFICATE-----/.test(text)
        : looksLikePem(text) && /PRIVATE KEY-----/.test(text);
    if (!ok) {
      add(field, kind === 'certificate' ? v.pemCertificate : v.pemKey);
    }
  }
  if (
    fields.includes('client_key') &&
    /ENCRYPTED/.test(values.client_key) &&
    values.key_passphrase === ''
  ) {
    add('key_passphrase', v.encryptedKeyPassphrase);
  }
  return errors;
}
