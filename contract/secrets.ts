// Write-only fields: sent on create/update, never returned, encrypted at rest by the server.
import { createRequestShapes } from './create-requests.ts';
import type { CreateAuthType } from './enums.ts';

export const SECRET_FIELDS = {
  oauth2_client_credentials: ['client_secret'],
  custom_header_auth: ['token'],
  basic_auth: ['password'],
  bearer_auth: ['token'],
  oauth2_jwt: ['secret_key'],
  private_key_jwt: ['secret_key'],
  mtls: ['client_certificate', 'client_key', 'ca_certificate', 'key_passphrase'],
} as const satisfies Record<CreateAuthType, readonly string[]>;

export const ALL_SECRET_FIELD_NAMES: ReadonlySet<string> = new Set(
  Object.values(SECRET_FIELDS).flat(),
);

export function isSecretField(authType: CreateAuthType, field: string): boolean {
  return (SECRET_FIELDS[authType] as readonly string[]).includes(field);
}

/** The secrets a create request must carry (the rest, like an mTLS CA, are optional). */
export function requiredSecretFields(authType: CreateAuthType): readonly string[] {
  const shape = createRequestShapes[authType] as Record<
    string,
    { safeParse(value: unknown): { success: boolean } }
  >;
  return SECRET_FIELDS[authType].filter((field) => !shape[field]?.safeParse(undefined).success);
}
