// Upstream mode: /v1/workspace/auth-connections* goes to the real API with the server's
// ElevenLabs key. The browser's own xi-api-key (the local key) is checked and dropped; the
// upstream key never leaves the server (docs/decisions/0011-server-upstream-mode.md).
import type { Context, Handler } from 'hono';
import { apiError, HttpProblem } from '../http/errors.ts';
import { readLimitedBody } from '../http/read-json-body.ts';

export interface UpstreamOptions {
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after'];

export function upstreamProxy(opts: UpstreamOptions): Handler {
  const send = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  return async (c: Context) => {
    const incoming = new URL(c.req.url);
    const target = `${opts.baseUrl}${incoming.pathname}${incoming.search}`;
    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    headers.set('xi-api-key', opts.apiKey);

    let requestBody: Uint8Array<ArrayBuffer> | undefined;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'DELETE') {
      try {
        requestBody = await readLimitedBody(c.req.raw);
      } catch (error) {
        if (error instanceof HttpProblem) return error.toResponse(c);
        throw error;
      }
    }

    let upstream: Response;
    try {
      upstream = await send(target, {
        method: c.req.method,
        headers,
        ...(requestBody ? { body: requestBody } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return timedOut
        ? apiError(c, 504, 'upstream_timeout', 'The upstream API did not answer in time.')
        : apiError(c, 502, 'upstream_unreachable', 'The upstream API could not be reached.');
    }
    const responseHeaders = new Headers();
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) responseHeaders.set(name, value);
    }
    return new Response(await upstream.arrayBuffer(), {
      status: upstream.status,
      headers: responseHeaders,
    });
  };
}
