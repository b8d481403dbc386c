// @vitest-environment jsdom
// The contract's per-type field shapes are built on their first read: loading the contract and
// the create page builds none of them (at load they cost about 45 ms of a deep link to a form at
// 4x CPU, docs/decisions/0125), and an empty form builds none either (0137).
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

type Record_ = Record<string, unknown>;
const built = (record: Record_, key: string) =>
  Object.getOwnPropertyDescriptor(record, key)?.get === undefined;

async function loadFresh() {
  vi.resetModules();
  const { AUTH_TYPE_SCHEMAS } = await import('../../../../contract/index.ts');
  await import('../create/create-connection-page.tsx');
  await import('../create/connection-form.tsx');
  await import('./connection-field.tsx');
  await import('../edit/to-update-request.ts');
  const values = await import('./form-values.ts');
  return { schemas: AUTH_TYPE_SCHEMAS as unknown as Record<string, Record_>, values };
}

test('loading the contract and the create page builds no auth type’s shapes', async () => {
  const { schemas } = await loadFresh();
  const types = Object.keys(schemas);
  expect(types.length).toBeGreaterThanOrEqual(12);
  expect(types.filter((t) => built(schemas, t))).toEqual([]);
});

test('an empty form builds no shapes: its defaults are the spec’s, as the schemas apply them', async () => {
  const { schemas, values } = await loadFresh();
  const empty = values.emptyFormValues('basic_auth');
  expect(empty.algorithm).toBe('HS256');
  expect(empty.expiration_seconds).toBe(3600);
  expect(empty.token_response_field).toBe('access_token');
  expect(empty.basic_auth_in_header).toBe(false);
  expect(Object.keys(schemas).filter((t) => built(schemas, t))).toEqual([]);

  // The schemas default to the same values (they read them from the same table).
  const jwt = schemas.oauth2_jwt!;
  const create = jwt.create as Record<string, { parse: (v: unknown) => unknown }>;
  expect(create.algorithm!.parse(undefined)).toBe(empty.algorithm);
  expect(create.expiration_seconds!.parse(undefined)).toBe(empty.expiration_seconds);
  expect(create.token_response_field!.parse(undefined)).toBe(empty.token_response_field);
  const client = schemas.oauth2_client_credentials!.create as typeof create;
  expect(client.basic_auth_in_header!.parse(undefined)).toBe(empty.basic_auth_in_header);
  // Reading a part builds that part only, and it is the same object on every read.
  expect(Object.keys(schemas).filter((t) => built(schemas, t))).toEqual([
    'oauth2_client_credentials',
    'oauth2_jwt',
  ]);
  expect(built(jwt, 'update')).toBe(false);
  expect(built(jwt, 'response')).toBe(false);
  expect(jwt.create).toBe(jwt.create);
});
