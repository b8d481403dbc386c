// THE list of auth types, and what the code needs to know about each one apart from its schemas.
// Data only: auth-types.ts derives the rest (CREATE_AUTH_TYPES, unions, secret lists, isSecretField,
// signsJwt...), so a test can swap this module for a copy with an extra type and see every
// derivation follow (tests/extra-auth-type.ts). Zod-free on purpose: the page's first screen
// reads it without loading the schemas. The zod shapes of each type are in auth-type-schemas.ts,
// keyed the same way and checked against this table by tsc; nothing lists the types again.
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
  /**
   * What a connection test calls (docs/decisions/0090): `token-request` to token_url, `probe`:
   * the probe URL the admin gives, with the credential; `read-only`: not testable here. The
   * server's request builder of each testable type is in server/connection-test/strategies.ts.
   */
  readonly test: 'token-request' | 'probe' | 'read-only';
}

const readOnly = {
  creatable: false,
  updatable: false,
  secrets: [],
  signsJwt: false,
  test: 'read-only',
} as const;

export const AUTH_TYPE_REGISTRY = {
  oauth2_client_credentials: {
    creatable: true,
    updatable: true,
    secrets: ['client_secret'],
    signsJwt: false,
    test: 'token-request',
  },
  custom_header_auth: {
    creatable: true,
    updatable: false,
    secrets: ['token'],
    signsJwt: false,
    test: 'probe',
  },
  basic_auth: {
    creatable: true,
    updatable: true,
    secrets: ['password'],
    signsJwt: false,
    test: 'probe',
  },
  bearer_auth: {
    creatable: true,
    updatable: true,
    secrets: ['token'],
    signsJwt: false,
    test: 'probe',
  },
  oauth2_jwt: {
    creatable: true,
    updatable: true,
    secrets: ['secret_key'],
    signsJwt: true,
    test: 'token-request',
  },
  private_key_jwt: {
    creatable: true,
    updatable: false,
    secrets: ['secret_key'],
    signsJwt: true,
    test: 'probe',
  },
  mtls: {
    creatable: true,
    updatable: false,
    secrets: ['client_certificate', 'client_key', 'ca_certificate', 'key_passphrase'],
    signsJwt: false,
    test: 'probe',
  },
  refresh_token_auth: readOnly,
  api_integration_oauth2_auth_code: readOnly,
  api_integration_oauth2_custom_app: readOnly,
  whatsapp_auth: readOnly,
  slack_bot_auth: readOnly,
  url_secret: readOnly,
} as const satisfies Record<string, AuthTypeTraits>;
