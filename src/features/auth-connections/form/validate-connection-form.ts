// Client-side validation: the contract's discriminated union first, then the checks the server
// also runs (contract/checks.ts), then what only a person needs (a required field left empty,
// a duplicate header). Returns the first message for each form path; "" is the form itself.
import {
  checkHeaderName,
  checkHmacSecret,
  checkTokenUrl,
  createRequestSchema,
  isRequiredCreateField,
  looksLikePem,
} from '../../../../contract/index.ts';
import { fieldLabel } from '../field-labels.ts';
import { wirePathToFormPath } from './error-paths.ts';
import {
  variantFieldNames,
  type ConnectionFormValues,
  type FormFieldName,
  type KeyValueRow,
} from './form-values.ts';
import { toCreateRequest } from './to-create-request.ts';

export type FormErrors = Map<string, string>;

const PEM_KINDS: Partial<Record<FormFieldName, 'certificate' | 'key'>> = {
  client_certificate: 'certificate',
  ca_certificate: 'certificate',
  client_key: 'key',
};

export function isRequired(values: ConnectionFormValues, field: FormFieldName): boolean {
  return field === 'name' || field === 'provider' || isRequiredCreateField(values.auth_type, field);
}

function checkRows(field: FormFieldName, rows: KeyValueRow[], isHeader: boolean, add: Add) {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (key === '' && row.value === '') return;
    if (key === '') return add(`${field}.${i}.key`, 'Enter a name, or remove the row.');
    if (isHeader) {
      const problem = checkHeaderName(key);
      if (problem) return add(`${field}.${i}.key`, problem);
    }
    const normalized = isHeader ? key.toLowerCase() : key;
    if (seen.has(normalized))
      add(`${field}.${i}.key`, `"${key}" is already in row ${seen.get(normalized)! + 1}.`);
    else seen.set(normalized, i);
  });
}

type Add = (path: string, message: string) => void;

export function validateConnectionForm(values: ConnectionFormValues): FormErrors {
  const errors: FormErrors = new Map();
  const add: Add = (path, message) => {
    if (!errors.has(path)) errors.set(path, message);
  };
  const fields: FormFieldName[] = ['name', 'provider', ...variantFieldNames(values.auth_type)];

  for (const field of fields) {
    const value = values[field];
    if (typeof value === 'string' && value.trim() === '' && isRequired(values, field)) {
      add(field, `${fieldLabel(field)} is required.`);
    }
  }

  const wire = toCreateRequest(values);
  const parsed = createRequestSchema.safeParse(wire);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = wirePathToFormPath(issue.path as (string | number)[], values) ?? '';
      add(
        path,
        path === 'expiration_seconds' ? 'Enter a whole number from 60 to 86400.' : issue.message,
      );
    }
  }

  if (fields.includes('token_url') && values.token_url.trim() !== '') {
    // The server has the final word on loopback http (ALLOW_HTTP_LOOPBACK); the form allows it.
    const problem = checkTokenUrl(values.token_url, { allowHttpLoopback: true });
    if (problem) add('token_url', problem);
  }
  if (fields.includes('header_name') && values.header_name.trim() !== '') {
    const problem = checkHeaderName(values.header_name.trim());
    if (problem) add('header_name', problem);
  }
  if (fields.includes('custom_headers'))
    checkRows('custom_headers', values.custom_headers, true, add);
  if (fields.includes('extra_params')) checkRows('extra_params', values.extra_params, false, add);

  if (fields.includes('secret_key') && values.secret_key !== '') {
    if (values.algorithm.startsWith('HS')) {
      const problem = checkHmacSecret(values.secret_key, values.algorithm);
      if (problem) add('secret_key', problem);
    } else if (!/-----BEGIN (RSA |ENCRYPTED )?PRIVATE KEY-----/.test(values.secret_key)) {
      add(
        'secret_key',
        `${values.algorithm} signs with an RSA private key: paste it in PEM format.`,
      );
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
      add(
        field,
        kind === 'certificate'
          ? 'Paste a PEM certificate (-----BEGIN CERTIFICATE-----).'
          : 'Paste a PEM private key (-----BEGIN PRIVATE KEY-----).',
      );
    }
  }
  if (
    fields.includes('client_key') &&
    /ENCRYPTED/.test(values.client_key) &&
    values.key_passphrase === ''
  ) {
    add('key_passphrase', 'This key is encrypted: enter its passphrase.');
  }
  return errors;
}
