// Small client over the in-process server for route tests. Every API response goes through
// conformingFetch, so each test also proves the body matches the OpenAPI document.
import {
  createInProcessServer,
  type InProcessServer,
  type InProcessServerOptions,
} from '../../tests/in-process-server.ts';
import { conformingFetch } from './openapi-conformance.ts';

export const BASE = '/v1/workspace/auth-connections';

export interface Reply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary fields
  body: any;
}

export interface TestApi {
  server: InProcessServer;
  fetch: ReturnType<typeof conformingFetch>;
  send(method: string, path: string, body?: unknown, key?: string | null): Promise<Reply>;
  list(key?: string): Promise<Reply>;
  create(body: unknown, key?: string): Promise<Reply>;
  update(id: string, body: unknown, key?: string): Promise<Reply>;
  remove(id: string, key?: string): Promise<Reply>;
}

export function testApi(opts: InProcessServerOptions = {}): TestApi {
  const server = createInProcessServer(opts);
  const checkedFetch = conformingFetch(server.fetch);
  const send = async (method: string, path: string, body?: unknown, key?: string | null) => {
    const headers: Record<string, string> = {};
    if (key !== null) headers['xi-api-key'] = key ?? server.apiKey;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await checkedFetch(`${server.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  return {
    server,
    fetch: checkedFetch,
    send,
    list: (key) => send('GET', BASE, undefined, key),
    create: (body, key) => send('POST', BASE, body, key),
    update: (id, body, key) => send('PATCH', `${BASE}/${id}`, body, key),
    remove: (id, key) => send('DELETE', `${BASE}/${id}`, undefined, key),
  };
}

export { validBodies } from '../../tests/valid-bodies.ts';
