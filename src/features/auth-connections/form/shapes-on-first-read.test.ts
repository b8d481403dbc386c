// @vitest-environment jsdom
// The contract's per-type field shapes are built on their first read: loading the contract and
// the create page builds none of them (at load they cost about 45 ms of a deep link to a form at
// 4x CPU, docs/decisions/0125), and an empty Basic form builds only the parts it reads.
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

test('an empty Basic form builds the create shapes it reads, and nothing else', async () => {
  const { schemas, values } = await loadFresh();
  const empty = values.emptyFormValues('basic_auth');
  // The spec's defaults come from the OAuth2 JWT and client credentials create shapes.
  expect(empty.algorithm).toBe('HS256');
  expect(empty.expiration_seconds).toBe(3600);
  expect(empty.basic_auth_in_header).toBe(false);
  expect(Object.keys(schemas).filter((t) => built(schemas, t))).toEqual([
    'oauth2_client_credentials',
    'oauth2_jwt',
  ]);
  const jwt = schemas.oauth2_jwt!;
  expect(built(jwt, 'create')).toBe(true);
  expect(built(jwt, 'update')).toBe(false);
  expect(built(jwt, 'response')).toBe(false);
  // Once built, a part is the same object on every read.
  expect(jwt.create).toBe(jwt.create);
});
