// THE list of auth types, and what the code needs to know about each one apart from its schemas.
// Zod-free on purpose: the page's first screen reads it without loading the schemas. The zod
// shapes of each type are in auth-type-schemas.ts, keyed the same way and checked against this
// table by tsc. Everything else (CREATE_AUTH_TYPES, unions, secret lists, the server's checks and
// mapping, the page's picker) is derived from these two tables; nothing lists the types again.
//
// Key order is the order the server tries create variants in when a body has no auth_type
// (decision 0010): the creatable types in the spec's create order, then the others in the spec's
// response order. To add a type: see README "Architecture", or docs/decisions/0080.

/** What the contract says about one auth type. Add a property here to add per-type knowledge. */
export interface AuthTypeTraits {
  /** The spec has a create variant for it: the page can create (and replace) it. */
  readonly creatable: boolean;
  /** The spec has an update (PATCH) variant for it. Neither creatable nor updatable = read-only. */
  readonly updatable: boolean;
  /** Write-only fields: sent on create/update, never returned, encrypted at rest. */
  readonly secrets: readonly string[];
  /** It signs a JWT: extra_params are claims, key_id is always stored (null when unset). */
  readonly signsJwt: boolean;
  /** The form's field order for this type, where the shared order (form/field-order.ts) splits
   * fields that belong together. Lists every create field of the type. */
  readonly fieldOrder?: readonly string[];
}

const readOnly = { creatable: false, updatable: false, secrets: [], signsJwt: false } as const;

export const AUTH_TYPE_REGISTRY = {
  oauth2_client_credentials: {
    creatable: true,
    updatable: true,
    secrets: ['client_secret'],
    signsJwt: false,
  },
  custom_header_auth: { creatable: true, updatable: false, secrets: ['token'], signsJwt: false },
  basic_auth: { creatable: true, updatable: true, secrets: ['password'], signsJwt: false },
  bearer_auth: { creatable: true, updatable: true, secrets: ['token'], signsJwt: false },
  oauth2_jwt: { creatable: true, updatable: true, secrets: ['secret_key'], signsJwt: true },
  private_key_jwt: { creatable: true, updatable: false, secrets: ['secret_key'], signsJwt: true },
  mtls: {
    creatable: true,
    updatable: false,
    secrets: ['client_certificate', 'client_key', 'ca_certificate', 'key_passphrase'],
    signsJwt: false,
  },
  refresh_token_auth: readOnly,
  api_integration_oauth2_auth_code: readOnly,
  api_integration_oauth2_custom_app: readOnly,
  whatsapp_auth: readOnly,
  slack_bot_auth: readOnly,
  url_secret: readOnly,
} as const satisfies Record<string, AuthTypeTraits>;

type Registry = typeof AUTH_TYPE_REGISTRY;

/** Every auth type the spec knows (responses may carry any of them). */
export type ResponseAuthType = keyof Registry;
export type CreateAuthType = {
  [T in ResponseAuthType]: Registry[T]['creatable'] extends true ? T : never;
}[ResponseAuthType];
export type UpdateAuthType = {
  [T in ResponseAuthType]: Registry[T]['updatable'] extends true ? T : never;
}[ResponseAuthType];
export type SecretFieldOf<T extends ResponseAuthType> = Registry[T]['secrets'][number];

const ALL = Object.keys(AUTH_TYPE_REGISTRY) as ResponseAuthType[];
const traitsOf = (authType: string): AuthTypeTraits | undefined =>
  Object.hasOwn(AUTH_TYPE_REGISTRY, authType)
    ? (AUTH_TYPE_REGISTRY as Record<string, AuthTypeTraits>)[authType]
    : undefined;

export const RESPONSE_AUTH_TYPES: readonly ResponseAuthType[] = ALL;
export const CREATE_AUTH_TYPES = ALL.filter((t) => traitsOf(t)!.creatable) as CreateAuthType[];
export const UPDATE_AUTH_TYPES = ALL.filter((t) => traitsOf(t)!.updatable) as UpdateAuthType[];

export function isKnownAuthType(value: unknown): value is ResponseAuthType {
  return typeof value === 'string' && traitsOf(value) !== undefined;
}
export function isCreateAuthType(value: string): value is CreateAuthType {
  return traitsOf(value)?.creatable === true;
}
export function isUpdateAuthType(value: string): value is UpdateAuthType {
  return traitsOf(value)?.updatable === true;
}
/** Neither created nor updated here (an integration or upstream manages it), or unknown. */
export function isReadOnlyAuthType(value: string): boolean {
  return !isCreateAuthType(value) && !isUpdateAuthType(value);
}
/** Any string: an unknown type signs nothing. */
export function signsJwt(authType: string): boolean {
  return traitsOf(authType)?.signsJwt === true;
}

/** The write-only fields of each creatable type. */
export const SECRET_FIELDS = Object.fromEntries(
  CREATE_AUTH_TYPES.map((t) => [t, AUTH_TYPE_REGISTRY[t].secrets]),
) as { readonly [T in CreateAuthType]: Registry[T]['secrets'] };

export const ALL_SECRET_FIELD_NAMES: ReadonlySet<string> = new Set(
  ALL.flatMap((t) => traitsOf(t)!.secrets),
);

/** The one answer to "is this field of this type a secret?", for any type string. */
export function isSecretField(authType: string, field: string): boolean {
  return traitsOf(authType)?.secrets.includes(field) ?? false;
}

export function fieldOrderOf(authType: string): readonly string[] | undefined {
  return traitsOf(authType)?.fieldOrder;
}
