// Our extension of the contract (not in the OpenAPI document): test a connection before anything
// depends on it. POST /v1/workspace/auth-connections/test takes a create body plus an optional
// probe_url and stores nothing; POST /v1/workspace/auth-connections/{id}/test tests a stored
// connection, with any of its fields overridden by the body. Both answer a ConnectionTestResult.
// docs/decisions/0090-connection-test.md.
import { z } from 'zod';
import { createRequestSchemas } from './create-requests.ts';
import { AUTH_TYPE_REGISTRY, type AuthTypeTraits } from './auth-type-registry.ts';
import { CREATE_AUTH_TYPES, type CreateAuthType, type ResponseAuthType } from './auth-types.ts';
import { lazyRecord } from './lazy-record.ts';

export const CONNECTION_TEST_SEGMENT = 'test';

const probeUrl = {
  probe_url: z
    .string()
    .optional()
    .describe(
      'An address of the API this credential is for that answers a GET; the test calls it with the credential. Not stored.',
    ),
};

function testVariant<T extends CreateAuthType>(authType: T) {
  return createRequestSchemas[authType].extend({ auth_type: z.literal(authType), ...probeUrl });
}

/**
 * Body of POST …/auth-connections/test: a create body (auth_type required) plus probe_url. Built
 * on its first parse (lazy-record.ts).
 */
export const connectionTestRequestSchema = z.lazy(() =>
  z.discriminatedUnion('auth_type', [
    testVariant('oauth2_client_credentials'),
    testVariant('custom_header_auth'),
    testVariant('basic_auth'),
    testVariant('bearer_auth'),
    testVariant('oauth2_jwt'),
    testVariant('private_key_jwt'),
    testVariant('mtls'),
  ]),
);
export type ConnectionTestRequest = z.input<typeof connectionTestRequestSchema>;

function storedVariant<T extends CreateAuthType>(authType: T) {
  return createRequestSchemas[authType].partial().extend(probeUrl);
}

/**
 * Body of POST …/auth-connections/{id}/test, by the stored type: any field of the type overrides
 * the stored one for this test only (a new secret with the old settings); `{}` tests it as stored.
 */
export const storedConnectionTestRequestSchemas = lazyRecord(CREATE_AUTH_TYPES, storedVariant) as {
  [T in CreateAuthType]: ReturnType<typeof storedVariant<T>>;
};

export const CONNECTION_TEST_STEPS = [
  'input',
  'resolve',
  'connect',
  'tls',
  'sign',
  'request',
  'status',
  'token',
] as const;
export type ConnectionTestStepName = (typeof CONNECTION_TEST_STEPS)[number];

export const connectionTestStepSchema = z.object({
  step: z.enum(CONNECTION_TEST_STEPS),
  ok: z.boolean(),
  /** Milliseconds this step took. */
  ms: z.number(),
  /** What happened, in words; never a secret. */
  detail: z.string(),
});
export type ConnectionTestStep = z.output<typeof connectionTestStepSchema>;

const jsonObject = z.record(z.string(), z.unknown());

export const decodedJwtSchema = z.object({ header: jsonObject, claims: jsonObject });
export type DecodedJwt = z.output<typeof decodedJwtSchema>;

export const peerCertificateSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  valid_from: z.string(),
  valid_to: z.string(),
  fingerprint256: z.string(),
});

export const transcriptSchema = z.object({
  request: z.object({
    line: z.string(),
    headers: z.array(z.tuple([z.string(), z.string()])),
    body: z.string(),
  }),
  response: z
    .object({
      status_line: z.string(),
      headers: z.array(z.tuple([z.string(), z.string()])),
      body: z.string(),
      /** The answer was longer than the test reads (64 KB) and was cut. */
      truncated: z.boolean(),
    })
    .nullable(),
});
export type ConnectionTestTranscript = z.output<typeof transcriptSchema>;

export const connectionTestResultSchema = z.object({
  ok: z.boolean(),
  /** False for types this server cannot test (created by their integration). */
  testable: z.boolean(),
  auth_type: z.string(),
  tested_at: z.string(),
  /** The host that was called, when one was. */
  host: z.string().nullable(),
  verdict: z.string(),
  failed_step: z.enum(CONNECTION_TEST_STEPS).nullable(),
  /** Key of CONNECTION_TEST_ADVICE (the page shows its own words for it), or null. */
  advice_code: z.string().nullable(),
  /** The same advice in English, for API clients. */
  advice: z.string().nullable(),
  steps: z.array(connectionTestStepSchema),
  /** What was signed (oauth2_jwt, private_key_jwt): header and claims, never the signature. */
  assertion: decodedJwtSchema.nullable(),
  token: z
    .object({
      token_type: z.string().nullable(),
      expires_in: z.number().nullable(),
      scopes_requested: z.array(z.string()),
      /** null when the answer did not say (RFC 6749 §5.1: then as requested). */
      scopes_granted: z.array(z.string()).nullable(),
      /** The token's header and claims when it is a JWT; never the token itself. */
      jwt: decodedJwtSchema.nullable(),
    })
    .nullable(),
  tls: z
    .object({
      protocol: z.string().nullable(),
      /** The peer chain verified against the CA certificate (or the public CAs without one). */
      authorized: z.boolean(),
      authorization_error: z.string().nullable(),
      peer_chain: z.array(peerCertificateSchema),
    })
    .nullable(),
  transcript: transcriptSchema.nullable(),
});
export type ConnectionTestResult = z.output<typeof connectionTestResultSchema>;

/** What the server keeps of the last test of a stored connection (list items carry it). */
export const lastConnectionTestSchema = z.object({
  tested_at: z.string(),
  ok: z.boolean(),
  verdict: z.string(),
});
export type LastConnectionTest = z.output<typeof lastConnectionTestSchema>;

export type ConnectionTestPlan = AuthTypeTraits['test'];

/**
 * What a test of each auth type calls, read from the auth-type registry (its `test` trait), for
 * the page and the server alike; the server's request builders are keyed by the testable types.
 */
export const CONNECTION_TEST_PLANS = Object.fromEntries(
  Object.entries(AUTH_TYPE_REGISTRY).map(([t, traits]) => [t, traits.test]),
) as { readonly [T in ResponseAuthType]: (typeof AUTH_TYPE_REGISTRY)[T]['test'] };

export type TestableAuthType = {
  [T in ResponseAuthType]: (typeof AUTH_TYPE_REGISTRY)[T]['test'] extends 'read-only' ? never : T;
}[ResponseAuthType];

export function connectionTestPlan(authType: string): ConnectionTestPlan {
  return Object.hasOwn(AUTH_TYPE_REGISTRY, authType)
    ? (AUTH_TYPE_REGISTRY as Record<string, AuthTypeTraits>)[authType]!.test
    : 'read-only';
}

/** Capability answer of GET …/auth-connections/test: the page shows Test only when it gets one. */
export const connectionTestCapabilitySchema = z.object({
  test_endpoint: z.literal(true),
  rate_limit_per_minute: z.number(),
});
