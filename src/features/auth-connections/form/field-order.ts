// The order fields appear in, shared by every type. The spec's order puts e.g. client_secret
// after basic_auth_in_header; people fill who, then the secret, then where, then options.
// A type for which this order splits fields that belong together (a username and its password
// with a client between them) gives its own `fieldOrder` in the registry.
import { fieldOrderOf, type CreateAuthType } from '../../../../contract/index.ts';
import { variantFieldNames, type FormFieldName } from './form-values.ts';
import { isRequired } from './validate-connection-form.ts';
import { emptyFormValues } from './form-values.ts';

const ORDER: readonly string[] = [
  'header_name',
  'username',
  'client_id',
  'issuer',
  'subject',
  'audience',
  'token_url',
  'algorithm',
  'client_secret',
  'password',
  'token',
  'secret_key',
  'client_certificate',
  'client_key',
  'key_passphrase',
  'ca_certificate',
  'key_id',
  'scopes',
  'expiration_seconds',
  'token_response_field',
  'extra_params',
  'basic_auth_in_header',
  'custom_headers',
];

export interface FieldSections {
  readonly credentials: readonly FormFieldName[];
  readonly optional: readonly FormFieldName[];
}

// Deciding what is required parses a value with the type's zod schema for each field; a form
// renders its sections on every type switch and second pass, so each type's answer is kept.
const sectionsByType = new Map<CreateAuthType, FieldSections>();

/** The type's fields split into what it needs and what it may take. */
export function fieldSections(authType: CreateAuthType): FieldSections {
  let sections = sectionsByType.get(authType);
  if (!sections) {
    sections = splitFields(authType);
    sectionsByType.set(authType, sections);
  }
  return sections;
}

function splitFields(authType: CreateAuthType): FieldSections {
  const order = fieldOrderOf(authType) ?? ORDER;
  const fields = variantFieldNames(authType).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const values = emptyFormValues(authType);
  // key_passphrase is optional on the wire but belongs next to the key it unlocks.
  const required = (f: FormFieldName) =>
    isRequired(values, f) || f === 'key_passphrase' || f === 'algorithm';
  return {
    credentials: fields.filter(required),
    optional: fields.filter((f) => !required(f)),
  };
}
