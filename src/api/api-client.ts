// One request() over fetch. Base URL and headers come from configuration, so the standalone app
// (xi-api-key from the URL fragment) and an embedding host (its own auth headers) share it.
import type { z } from 'zod';
import {
  ApiError,
  NetworkError,
  NotFoundError,
  parseRetryAfter,
  PreconditionFailedError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  ValidationError,
} from './errors.ts';
import { loadWireSchemas, type WireSchemas } from './wire-schemas.ts';

export type HeadersSource = () => Promise<Record<string, string>> | Record<string, string>;

export interface ApiClientConfig {
  /** Origin (and optional path prefix) of the API, e.g. '' for same origin or 'https://api.elevenlabs.io'. */
  baseUrl: string;
  /** Headers added to every request, e.g. `{ 'xi-api-key': key }`; called per request. */
  getHeaders?: HeadersSource;
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned as a NetworkError with `timedOut`. */
  timeoutMs?: number;
  credentials?: RequestCredentials;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method: HttpMethod;
  /** Path below baseUrl, starting with '/'. */
  path: string;
  body?: unknown;
  /**
   * Parses a 2xx body; `undefined` is passed for an empty body. A function picks the schema from
   * the wire schemas once they have loaded (wire-schemas.ts), keeping zod out of first paint.
   */
  schema: z.ZodType<T> | ((wire: WireSchemas) => z.ZodType<T>);
  /** Sent as Idempotency-Key so a retried create cannot create twice. */
  idempotencyKey?: string;
  /**
   * Sent as If-Match: the ETag of the version the caller read (contract/etag.ts), so a write over
   * someone else's newer change fails with PreconditionFailedError instead of overwriting it.
   */
  ifMatch?: string;
  signal?: AbortSignal;
  /** This request's own timeout (a connection test may take the server 15 s by itself). */
  timeoutMs?: number;
}

export interface ApiClient {
  readonly baseUrl: string;
  request<T>(options: RequestOptions<T>): Promise<T>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export function createApiClient(config: ApiClientConfig): ApiClient {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Called through a wrapper: a detached window.fetch throws "Illegal invocation" in some browsers.
  const doFetch: typeof fetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request<T>(options: RequestOptions<T>): Promise<T> {
    const wire = loadWireSchemas(); // loads while the request is in flight
    wire.catch(() => {}); // awaited below; a failure there is the one that counts
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...(await config.getHeaders?.()),
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs ?? timeoutMs);
    const onCallerAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onCallerAbort, { once: true });
    if (options.signal?.aborted) onCallerAbort();

    try {
      let response: Response;
      let text: string;
      try {
        response = await doFetch(baseUrl + options.path, {
          method: options.method,
          headers,
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: controller.signal,
          credentials: config.credentials ?? 'same-origin',
        });
        // Read inside the timeout: a connection that drops mid-body is "no answer" too.
        text = await response.text();
      } catch (cause) {
        // A caller's own cancellation (e.g. TanStack Query unmounting) is not an error to show.
        if (options.signal?.aborted && !timedOut) throw cause;
        throw new NetworkError({ timedOut, cause });
      }
      return parseResponse(response, text, options.schema, await wire);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  return { baseUrl, request };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function parseResponse<T>(
  response: Response,
  text: string,
  schemaOption: RequestOptions<T>['schema'],
  wire: WireSchemas,
): T {
  const { apiErrorBodySchema, httpValidationErrorSchema } = wire;
  const schema = typeof schemaOption === 'function' ? schemaOption(wire) : schemaOption;
  const json = parseJson(text);
  const status = response.status;

  if (response.ok) {
    if (!json.ok) {
      throw new ServerError('The server sent a response that is not JSON.', status, {
        wording: 'notJson',
      });
    }
    const parsed = schema.safeParse(json.value);
    if (!parsed.success) {
      throw new ServerError('The server sent a response this page does not understand.', status, {
        cause: parsed.error,
        wording: 'notUnderstood',
      });
    }
    return parsed.data;
  }

  const body = json.ok ? json.value : undefined;
  const detailMessage = apiErrorBodySchema.safeParse(body).data?.detail.message;

  switch (status) {
    case 422: {
      const items = httpValidationErrorSchema.safeParse(body).data?.detail ?? [];
      return raise(new ValidationError(items, items.length ? undefined : detailMessage));
    }
    case 401:
      return raise(new UnauthorizedError(detailMessage));
    case 404:
      return raise(new NotFoundError(detailMessage));
    case 412:
      return raise(new PreconditionFailedError(detailMessage));
    case 429:
      return raise(
        new RateLimitedError(parseRetryAfter(response.headers.get('Retry-After')), detailMessage),
      );
    default:
      return raise(
        new ServerError(
          detailMessage ??
            (status >= 500
              ? `The server failed to handle the request (HTTP ${status}).`
              : `The server answered with an unexpected status (HTTP ${status}).`),
          status,
          detailMessage === undefined
            ? { wording: status >= 500 ? 'serverFailed' : 'unexpectedStatus' }
            : undefined,
        ),
      );
  }
}

function raise(error: ApiError): never {
  throw error;
}
