// Our extension's schemas (contract/connection-test.ts): what the test endpoints take and answer.
import { describe, expect, it } from 'vitest';
import {
  CONNECTION_TEST_ADVICE,
  CONNECTION_TEST_PLANS,
  connectionTestRequestSchema,
  connectionTestResultSchema,
  RESPONSE_AUTH_TYPES,
  storedConnectionTestRequestSchemas,
} from './index.ts';

describe('connection test schemas', () => {
  it('takes a create body plus probe_url, and refuses a field create would not take', () => {
    const body = {
      auth_type: 'bearer_auth',
      name: 'n',
      provider: 'p',
      token: 't',
      probe_url: 'https://api.example.com/me',
    };
    expect(connectionTestRequestSchema.safeParse(body).success).toBe(true);
    expect(connectionTestRequestSchema.safeParse({ ...body, other: 1 }).success).toBe(false);
    expect(connectionTestRequestSchema.safeParse({ ...body, auth_type: undefined }).success).toBe(
      false,
    );
  });

  it('takes any subset of a stored type’s fields as overrides', () => {
    const schema = storedConnectionTestRequestSchemas.oauth2_client_credentials;
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ client_secret: 'new', probe_url: 'https://x' }).success).toBe(true);
    expect(schema.safeParse({ client_secret: 5 }).success).toBe(false);
  });

  it('plans a test for every response type', () => {
    expect(Object.keys(CONNECTION_TEST_PLANS).sort()).toEqual([...RESPONSE_AUTH_TYPES].sort());
  });

  it('parses a result and knows every advice code it can carry', () => {
    const result = {
      ok: false,
      testable: true,
      auth_type: 'oauth2_client_credentials',
      tested_at: '2026-11-30T18:00:00.000Z',
      host: '127.0.0.1:1',
      verdict: 'Failed at HTTP status: HTTP 401: invalid_client.',
      failed_step: 'status',
      advice_code: 'invalid_client',
      advice: CONNECTION_TEST_ADVICE.invalid_client,
      steps: [{ step: 'status', ok: false, ms: 1, detail: 'HTTP 401' }],
      assertion: null,
      token: null,
      tls: null,
      transcript: null,
    };
    expect(connectionTestResultSchema.parse(result)).toEqual(result);
    expect(connectionTestResultSchema.safeParse({ ...result, failed_step: 'dns' }).success).toBe(
      false,
    );
  });
});
