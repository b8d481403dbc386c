// The form model. It is not the wire model (GUIDE §3): maps are rows, the expiration is typed
// text, and every field of every type lives in one flat object so that switching the auth type
// can keep what the types share. `toCreateRequest` picks the chosen type's fields.
import {
  SPEC_DEFAULTS,
  createRequestShapes,
  type CreateAuthType,
  type JwtAlgorithm,
  type TokenResponseField,
} from '../../../../contract/index.ts';

export type KeyValueRow = { key: string; value: string };

export type ConnectionFormValues = {
  auth_type: CreateAuthType;
  name: string;
  provider: string;
  // oauth2_client_credentials
  client_id: string;
  client_secret: string;
  token_url: string;
  scopes: string[];
  extra_params: KeyValueRow[];
  basic_auth_in_header: boolean;
  custom_headers: KeyValueRow[];
  // custom_header_auth, bearer_auth
  header_name: string;
  token: string;
  // basic_auth
  username: string;
  password: string;
  // oauth2_jwt, private_key_jwt
  algorithm: JwtAlgorithm;
  key_id: string;
  issuer: string;
  audience: string;
  subject: string;
  /** undefined while the input is empty: the server then applies the spec's default. */
  expiration_seconds: number | undefined;
  token_response_field: TokenResponseField;
  secret_key: string;
  // mtls
  client_certificate: string;
  client_key: string;
  ca_certificate: string;
  key_passphrase: string;
};

export type FormFieldName = keyof ConnectionFormValues;

/** Empty values, with the spec's defaults where the spec has one. */
export function emptyFormValues(authType: CreateAuthType): ConnectionFormValues {
  // The spec's own defaults, from the contract (no schema is built to read them).
  const defaults = SPEC_DEFAULTS;
  return {
    auth_type: authType,
    name: '',
    provider: '',
    client_id: '',
    client_secret: '',
    token_url: '',
    scopes: [],
    extra_params: [],
    basic_auth_in_header: defaults.basic_auth_in_header,
    custom_headers: [],
    header_name: '',
    token: '',
    username: '',
    password: '',
    algorithm: defaults.algorithm,
    key_id: '',
    issuer: '',
    audience: '',
    subject: '',
    expiration_seconds: defaults.expiration_seconds,
    token_response_field: defaults.token_response_field,
    secret_key: '',
    client_certificate: '',
    client_key: '',
    ca_certificate: '',
    key_passphrase: '',
  };
}

/** The form fields the chosen type sends (its contract shape), besides name and provider. */
export function variantFieldNames(authType: CreateAuthType): FormFieldName[] {
  return Object.keys(createRequestShapes[authType]) as FormFieldName[];
}

/**
 * Values after the admin picks another type: name, provider and the fields both types share
 * are kept; what belonged only to the old type is dropped.
 */
export function switchAuthType(
  values: ConnectionFormValues,
  next: CreateAuthType,
): ConnectionFormValues {
  const fresh = emptyFormValues(next);
  const kept = new Set<FormFieldName>(['name', 'provider', ...variantFieldNames(next)]);
  const previous = new Set(variantFieldNames(values.auth_type));
  const result: Record<string, unknown> = { ...fresh };
  for (const field of kept) {
    if (field === 'name' || field === 'provider' || previous.has(field))
      result[field] = values[field];
  }
  return result as ConnectionFormValues;
}
