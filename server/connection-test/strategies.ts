// How each auth type is tested: ONE table keyed by auth type (`satisfies` makes tsc name a type
// that has no entry). A strategy turns the connection's fields into the request to make, the
// secrets to mark in its transcript and, for token requests, what the answer must hold.
import { createPrivateKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, decodeProtectedHeader, decodeJwt } from 'jose';
import {
  CONNECTION_TEST_PLANS,
  type DecodedJwt,
  type TestableAuthType,
} from '../../contract/index.ts';
import type { OutboundRequest } from './http-exchange.ts';
import type { SecretValue } from './redact.ts';

export type Fields = Record<string, unknown>;

export interface PreparedTest {
  request: OutboundRequest;
  secrets: SecretValue[];
  /** Header and claims of what was signed; never the signature. */
  assertion: DecodedJwt | null;
  /** How long signing took, when something was signed. */
  signMs: number | null;
}

/** POST to token_url; the answer must be a token response. */
export interface TokenRequestStrategy {
  tokenField: (fields: Fields) => string;
  scopes: (fields: Fields) => string[];
  prepare: (fields: Fields) => Promise<PreparedTest>;
}

/** Call the probe URL with the credential; any 2xx passes. */
export interface ProbeStrategy {
  prepare: (fields: Fields, probeUrl: URL) => Promise<PreparedTest>;
}

type StrategyOf<T extends TestableAuthType> =
  (typeof CONNECTION_TEST_PLANS)[T] extends 'token-request' ? TokenRequestStrategy : ProbeStrategy;

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const map = (value: unknown) =>
  value && typeof value === 'object' ? (value as Record<string, string>) : {};
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

const FORM = 'application/x-www-form-urlencoded';

function form(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

const plain = (request: OutboundRequest, secrets: SecretValue[]): PreparedTest => ({
  request,
  secrets,
  assertion: null,
  signMs: null,
});

function signingKey(fields: Fields): KeyObject | Uint8Array {
  const algorithm = str(fields.algorithm) || 'HS256';
  const key = str(fields.secret_key);
  return algorithm.startsWith('HS') ? new TextEncoder().encode(key) : createPrivateKey(key);
}

/** Signs the RFC 7523 assertion the JWT types use; the signature is a secret of its own. */
async function signAssertion(fields: Fields): Promise<{
  jwt: string;
  decoded: DecodedJwt;
  secrets: SecretValue[];
  ms: number;
}> {
  const started = performance.now();
  const algorithm = str(fields.algorithm) || 'HS256';
  const keyId = str(fields.key_id);
  const now = Math.floor(Date.now() / 1000);
  const jwt = await new SignJWT({ ...map(fields.extra_params) })
    .setProtectedHeader({ alg: algorithm, typ: 'JWT', ...(keyId ? { kid: keyId } : {}) })
    .setIssuer(str(fields.issuer))
    .setSubject(str(fields.subject))
    .setAudience(str(fields.audience))
    .setIssuedAt(now)
    .setExpirationTime(now + (Number(fields.expiration_seconds) || 3600))
    .setJti(randomUUID())
    .sign(signingKey(fields));
  const signature = jwt.split('.')[2] as string;
  return {
    jwt,
    decoded: {
      header: decodeProtectedHeader(jwt) as Record<string, unknown>,
      claims: decodeJwt(jwt) as Record<string, unknown>,
    },
    secrets: [{ label: 'assertion signature', value: signature }],
    ms: Math.round((performance.now() - started) * 10) / 10,
  };
}

const keySecrets = (fields: Fields): SecretValue[] => [
  { label: 'secret_key', value: str(fields.secret_key) },
];

async function probeWith(
  probeUrl: URL,
  header: [string, string],
  secrets: SecretValue[],
): Promise<PreparedTest> {
  return plain(
    { url: probeUrl, method: 'GET', headers: [header, ['Accept', '*/*']], body: '' },
    secrets,
  );
}

export const TEST_STRATEGIES = {
  oauth2_client_credentials: {
    tokenField: () => 'access_token',
    scopes: (f) => list(f.scopes),
    prepare: async (f) => {
      const id = str(f.client_id);
      const secret = str(f.client_secret);
      const params: Record<string, string> = { grant_type: 'client_credentials' };
      if (list(f.scopes).length > 0) params.scope = list(f.scopes).join(' ');
      Object.assign(params, map(f.extra_params));
      const headers: [string, string][] = [
        ['Content-Type', FORM],
        ['Accept', 'application/json'],
        ...Object.entries(map(f.custom_headers)),
      ];
      // RFC 6749 §2.3.1: form-encode both before they are joined for the Basic header.
      const user = encodeURIComponent(id);
      const password = encodeURIComponent(secret);
      if (f.basic_auth_in_header === true) {
        headers.unshift(['Authorization', basic(user, password)]);
      } else {
        params.client_id = id;
        params.client_secret = secret;
      }
      return plain(
        { url: new URL(str(f.token_url)), method: 'POST', headers, body: form(params) },
        [
          { label: 'client_secret', value: secret },
          { label: 'client_id:client_secret', value: `${user}:${password}` },
          { label: 'client_id:client_secret', value: `${id}:${secret}` },
        ],
      );
    },
  },
  oauth2_jwt: {
    tokenField: (f) => str(f.token_response_field) || 'access_token',
    scopes: (f) => list(f.scopes),
    prepare: async (f) => {
      const signed = await signAssertion(f);
      const params: Record<string, string> = {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: signed.jwt,
      };
      if (list(f.scopes).length > 0) params.scope = list(f.scopes).join(' ');
      return {
        request: {
          url: new URL(str(f.token_url)),
          method: 'POST',
          headers: [
            ['Content-Type', FORM],
            ['Accept', 'application/json'],
          ],
          body: form(params),
        },
        secrets: [...signed.secrets, ...keySecrets(f)],
        assertion: signed.decoded,
        signMs: signed.ms,
      };
    },
  },
  private_key_jwt: {
    prepare: async (f, probeUrl) => {
      const signed = await signAssertion(f);
      const prepared = await probeWith(
        probeUrl,
        ['Authorization', `Bearer ${signed.jwt}`],
        [...signed.secrets, ...keySecrets(f)],
      );
      return { ...prepared, assertion: signed.decoded, signMs: signed.ms };
    },
  },
  basic_auth: {
    prepare: (f, probeUrl) =>
      probeWith(
        probeUrl,
        ['Authorization', basic(str(f.username), str(f.password))],
        [
          { label: 'password', value: str(f.password) },
          { label: 'username:password', value: `${str(f.username)}:${str(f.password)}` },
        ],
      ),
  },
  bearer_auth: {
    prepare: (f, probeUrl) =>
      probeWith(
        probeUrl,
        ['Authorization', `Bearer ${str(f.token)}`],
        [{ label: 'token', value: str(f.token) }],
      ),
  },
  custom_header_auth: {
    prepare: (f, probeUrl) =>
      probeWith(
        probeUrl,
        [str(f.header_name), str(f.token)],
        [{ label: 'token', value: str(f.token) }],
      ),
  },
  mtls: {
    prepare: async (f, probeUrl) => {
      const ca = str(f.ca_certificate);
      const passphrase = str(f.key_passphrase);
      return plain(
        {
          url: probeUrl,
          method: 'GET',
          headers: [['Accept', '*/*']],
          body: '',
          tls: {
            cert: str(f.client_certificate),
            key: str(f.client_key),
            ...(ca ? { ca } : {}),
            ...(passphrase ? { passphrase } : {}),
          },
        },
        [
          { label: 'client_key', value: str(f.client_key) },
          { label: 'key_passphrase', value: passphrase },
        ],
      );
    },
  },
} satisfies { [T in TestableAuthType]: StrategyOf<T> };

export type AnyStrategy =
  | { kind: 'token-request'; strategy: TokenRequestStrategy }
  | { kind: 'probe'; strategy: ProbeStrategy };

/** The builder of a testable type, or undefined for a read-only or unknown one. */
export function strategyFor(authType: string): AnyStrategy | undefined {
  const kind = (CONNECTION_TEST_PLANS as Record<string, string>)[authType];
  const strategy = (TEST_STRATEGIES as Record<string, TokenRequestStrategy | ProbeStrategy>)[
    authType
  ];
  if (!strategy) return undefined;
  return kind === 'token-request'
    ? { kind, strategy: strategy as TokenRequestStrategy }
    : { kind: 'probe', strategy: strategy as ProbeStrategy };
}
