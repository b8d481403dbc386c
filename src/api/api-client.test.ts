// Classification and parsing of every answer class. Hand-made Responses stand in for the server
// here because most of these faults (5xx, timeouts, drifted bodies) are ones it cannot produce.
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, type ApiClientConfig } from './api-client.ts';
import {
  createAuthConnection,
  deleteAuthConnection,
  listAuthConnections,
  updateAuthConnection,
} from './endpoints.ts';
import {
  ApiError,
  NetworkError,
  NotFoundError,
  ServerError,
  UnauthorizedError,
  ValidationError,
  isAmbiguousFailure,
} from './errors.ts';
import { isGeneric } from '../../contract/index.ts';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function clientAnswering(
  answer: (url: string, init: RequestInit) => Response | Promise<Response>,
  config: Partial<ApiClientConfig> = {},
) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    return answer(url, init ?? {});
  });
  const client = createApiClient({ baseUrl: 'http://api.test/', fetch: fetchFn, ...config });
  return { client, calls };
}

/** Like fetch on a silent server: settles only when its signal aborts. */
function neverAnswers(init: RequestInit): Promise<Response> {
  return new Promise<Response>((_resolve, reject) => {
    const fail = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (init.signal?.aborted) fail();
    init.signal?.addEventListener('abort', fail);
  });
}

const bearer = {
  id: 'ac_1',
  name: 'Weather API',
  provider: 'weather',
  auth_type: 'bearer_auth',
  status: 'active',
};

describe('request()', () => {
  it('sends JSON with the configured headers and the idempotency key', async () => {
    const { client, calls } = clientAnswering(() => json(200, bearer), {
      getHeaders: async () => ({ 'xi-api-key': 'k-123' }),
    });
    await createAuthConnection(
      client,
      { auth_type: 'bearer_auth', name: 'Weather API', provider: 'weather', token: 't' },
      { idempotencyKey: 'idem-1' },
    );
    const { url, init } = calls[0]!;
    expect(url).toBe('http://api.test/v1/workspace/auth-connections');
    expect(init.method).toBe('POST');
    const headers = init.headers as Record<string, string>;
    expect(headers['xi-api-key']).toBe('k-123');
    expect(headers['Idempotency-Key']).toBe('idem-1');
    expect(headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(String(init.body))).toMatchObject({ auth_type: 'bearer_auth', token: 't' });
  });

  it('sends no body, content type or idempotency key on a GET', async () => {
    const { client, calls } = clientAnswering(() => json(200, { auth_connections: [] }));
    await listAuthConnections(client);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.init.body).toBeUndefined();
    expect(headers['Content-Type']).toBeUndefined();
    expect(headers['Idempotency-Key']).toBeUndefined();
  });

  it('parses a list with an unknown auth_type as a generic connection', async () => {
    const futureType = { id: 'ac_9', name: 'Future', provider: 'acme', auth_type: 'quantum_auth' };
    const { client } = clientAnswering(() => json(200, { auth_connections: [bearer, futureType] }));
    const list = await listAuthConnections(client);
    expect(list).toHaveLength(2);
    expect(isGeneric(list[0]!)).toBe(false);
    expect(isGeneric(list[1]!)).toBe(true);
    expect(list[1]).toMatchObject({ id: 'ac_9', auth_type: 'quantum_auth', name: 'Future' });
  });

  it('rejects a 2xx body that breaks the contract as a ServerError', async () => {
    const { client } = clientAnswering(() => json(200, { connections: [] }));
    const error = await listAuthConnections(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(200);
  });

  it('rejects a 2xx body that is not JSON as a ServerError', async () => {
    const { client } = clientAnswering(() => new Response('<html>proxy</html>', { status: 200 }));
    await expect(listAuthConnections(client)).rejects.toBeInstanceOf(ServerError);
  });

  it('accepts DELETE answers of {} and of an empty body', async () => {
    const empty = clientAnswering(() => new Response(null, { status: 204 }));
    await expect(deleteAuthConnection(empty.client, 'a/b')).resolves.toBeUndefined();
    expect(empty.calls[0]!.url).toBe('http://api.test/v1/workspace/auth-connections/a%2Fb');
    const braces = clientAnswering(() => json(200, {}));
    await expect(deleteAuthConnection(braces.client, 'x')).resolves.toBeUndefined();
  });

  it('PATCHes the encoded id', async () => {
    const { client, calls } = clientAnswering(() => json(200, bearer));
    const updated = await updateAuthConnection(client, 'ac_1', {
      auth_type: 'bearer_auth',
      token: 'new',
    });
    expect(calls[0]!.init.method).toBe('PATCH');
    expect(updated.id).toBe('ac_1');
  });
});

describe('error classification', () => {
  it('422 becomes a ValidationError with every item', async () => {
    const detail = [
      { loc: ['body', 'oauth2_jwt', 'expiration_seconds'], msg: 'too small', type: 'x' },
      { loc: ['body', 'name'], msg: 'Field required', type: 'missing' },
    ];
    const { client } = clientAnswering(() => json(422, { detail }));
    const error = await listAuthConnections(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ValidationError).items).toEqual(detail);
    expect((error as ValidationError).message).toBe('too small');
    expect(isAmbiguousFailure(error)).toBe(false);
  });

  it('a 422 without a FastAPI body still is a ValidationError, with no items', async () => {
    const { client } = clientAnswering(() => new Response('nope', { status: 422 }));
    const error = await listAuthConnections(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).items).toEqual([]);
  });

  it.each([
    [401, UnauthorizedError],
    [404, NotFoundError],
    [500, ServerError],
    [503, ServerError],
    [413, ServerError],
    [418, ServerError],
  ])('HTTP %i becomes %o', async (status, ErrorClass) => {
    const { client } = clientAnswering(() =>
      json(status, { detail: { status: 'x', message: `message ${status}` } }),
    );
    const error = await listAuthConnections(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect((error as ApiError).status).toBe(status);
    expect((error as ApiError).message).toBe(`message ${status}`);
    expect((error as Error).name).toBe(ErrorClass.name);
  });

  it('a 5xx is ambiguous, a 413 is not', async () => {
    expect(isAmbiguousFailure(new ServerError('x', 502))).toBe(true);
    expect(isAmbiguousFailure(new ServerError('x', 413))).toBe(false);
    expect(isAmbiguousFailure(new UnauthorizedError())).toBe(false);
  });

  it('a refused connection becomes a NetworkError that did not time out', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('fetch failed');
    });
    const error = await listAuthConnections(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).timedOut).toBe(false);
    expect((error as NetworkError).status).toBeUndefined();
    expect(isAmbiguousFailure(error)).toBe(true);
  });

  it('no answer within timeoutMs becomes a NetworkError with timedOut', async () => {
    const { client } = clientAnswering((_url, init) => neverAnswers(init), { timeoutMs: 20 });
    const error = await listAuthConnections(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).timedOut).toBe(true);
  });

  it("a caller's own abort is passed through, not turned into a NetworkError", async () => {
    const { client } = clientAnswering((_url, init) => neverAnswers(init));
    const controller = new AbortController();
    const pending = listAuthConnections(client, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });
});
