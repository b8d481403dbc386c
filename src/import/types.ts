// What every importer returns: a credential it recognised, with the form fields it fills (by
// their API names), or a problem. Problems are codes with the facts a sentence needs; the words
// live in the messages object (src/i18n/import-messages.ts), so no parser writes English.
import type { CreateAuthType, JwtAlgorithm } from '../../contract/enums.ts';

/** A private key as the summary line names it ("RSA 2048-bit key"). */
export interface KeyFacts {
  type: 'RSA' | 'EC' | 'Ed25519' | 'unknown';
  bits: number | null;
  curve?: string;
  encrypted: boolean;
}

/** The fields an import can fill, named as on the wire. Maps stay objects here. */
export interface ImportedFields {
  name?: string;
  provider?: string;
  client_id?: string;
  client_secret?: string;
  token_url?: string;
  scopes?: string[];
  extra_params?: Record<string, string>;
  basic_auth_in_header?: boolean;
  custom_headers?: Record<string, string>;
  header_name?: string;
  token?: string;
  username?: string;
  password?: string;
  algorithm?: JwtAlgorithm;
  key_id?: string;
  issuer?: string;
  audience?: string;
  subject?: string;
  secret_key?: string;
  client_certificate?: string;
  client_key?: string;
  ca_certificate?: string;
}

/** What was recognised, for the one line the admin reads before reviewing the form. */
export type Recognised =
  | { format: 'google-service-account'; email: string; keyId: string }
  | {
      format: 'pem-bundle' | 'pkcs12';
      subject: string;
      key: KeyFacts;
      chainLength: number;
    }
  | { format: 'private-key'; key: KeyFacts; keyId?: string; source: 'jwk' | 'pem' }
  | {
      format: 'curl';
      credential: 'bearer' | 'basic' | 'header' | 'client-credentials';
      /** The username, header name or token URL: never a secret. */
      detail: string;
    }
  | { format: 'dotenv'; names: string[] };

/** Hints beside a recognised credential: something the admin should look at before saving. */
export type ImportNote =
  | { code: 'ec-key-no-algorithm' }
  | { code: 'no-token-url' }
  | { code: 'scopes-for-admin' }
  | { code: 'chain-in-ca-field'; count: number }
  | { code: 'key-passphrase-needed' }
  | { code: 'google-subject' }
  | { code: 'placeholder-secret'; value: string };

export interface Imported {
  authType: CreateAuthType;
  /** Other types the same credential fits; the current pick wins when it is one of them. */
  alsoFits?: CreateAuthType[];
  fields: ImportedFields;
  recognised: Recognised;
  notes: ImportNote[];
}

export type ImportProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-recognised' }
  | { code: 'binary-not-pkcs12' }
  | { code: 'json-invalid' }
  | { code: 'json-unknown-shape' }
  | { code: 'google-not-service-account'; type: string }
  | { code: 'google-missing-field'; field: string }
  | { code: 'google-bad-key' }
  | { code: 'jwk-public-only' }
  | { code: 'jwk-unsupported-type'; kty: string }
  | { code: 'jwk-unreadable' }
  | { code: 'jwks-no-private-key' }
  | { code: 'jwks-many-private-keys'; count: number }
  | { code: 'pem-no-key' }
  | { code: 'pem-many-keys'; count: number }
  | { code: 'pem-encrypted-key' }
  | { code: 'pem-unreadable-key' }
  | { code: 'pem-unreadable-certificate'; index: number }
  | { code: 'key-not-for-certificate' }
  | { code: 'pkcs12-needs-password' }
  | { code: 'pkcs12-wrong-password' }
  | { code: 'pkcs12-legacy-encryption'; algorithm: string }
  | { code: 'pkcs12-unsupported'; what: string }
  | { code: 'pkcs12-corrupt' }
  | { code: 'pkcs12-no-key' }
  | { code: 'pkcs12-no-certificate' }
  | { code: 'curl-no-credential' }
  | { code: 'curl-two-credentials'; first: string; second: string }
  | { code: 'curl-unclosed-quote' }
  | { code: 'curl-token-request-incomplete'; missing: string }
  | { code: 'dotenv-no-credential' }
  | { code: 'dotenv-two-credentials'; first: string; second: string }
  | { code: 'dotenv-incomplete'; missing: string };

export type ImportResult = { ok: true; imported: Imported } | { ok: false; problem: ImportProblem };

export const recognised = (imported: Imported): ImportResult => ({ ok: true, imported });
export const problem = (p: ImportProblem): ImportResult => ({ ok: false, problem: p });

/** Files above this are refused before a byte is read (the largest real bundle is ~20 kB). */
export const MAX_IMPORT_BYTES = 1_000_000;
