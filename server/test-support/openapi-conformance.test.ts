// The conformance check itself must be able to fail, or every "it conforms" above means nothing.
import { describe, expect, it } from 'vitest';
import { assertConformsToOpenApi } from './openapi-conformance.ts';

const base = '/v1/workspace/auth-connections';

describe('assertConformsToOpenApi', () => {
  it('accepts a valid list and rejects a bare array', () => {
    expect(() => assertConformsToOpenApi('GET', base, 200, { auth_connections: [] })).not.toThrow();
    expect(() => assertConformsToOpenApi('GET', base, 200, [])).toThrow(/does not conform/);
  });

  it('rejects a response item with a wrong field type or missing required field', () => {
    const item = { auth_type: 'basic_auth', id: 'ac_1', name: 'n', provider: 'p', username: 'u' };
    expect(() => assertConformsToOpenApi('POST', base, 200, item)).not.toThrow();
    expect(() => assertConformsToOpenApi('POST', base, 200, { ...item, username: 3 })).toThrow();
    const { username: _u, ...missing } = item;
    expect(() => assertConformsToOpenApi('POST', base, 200, missing)).toThrow();
    expect(() =>
      assertConformsToOpenApi('PATCH', `${base}/ac_1`, 200, { ...item, status: 'weird' }),
    ).toThrow();
  });

  it('checks 422 bodies against HTTPValidationError and other errors against {detail:{status,message}}', () => {
    const ok422 = { detail: [{ loc: ['body', 'name'], msg: 'Field required', type: 'missing' }] };
    expect(() => assertConformsToOpenApi('POST', base, 422, ok422)).not.toThrow();
    expect(() =>
      assertConformsToOpenApi('POST', base, 422, { detail: [{ loc: 'body' }] }),
    ).toThrow();
    expect(() =>
      assertConformsToOpenApi('GET', base, 401, { detail: { status: 'x', message: 'y' } }),
    ).not.toThrow();
    expect(() => assertConformsToOpenApi('GET', base, 401, { detail: 'nope' })).toThrow();
  });
});
