// Every failure of a request() call is one of these classes, so a call site can show each class
// in its one place: 422 on the fields, 401 as a reconnect prompt, the rest as an alert with Retry.
import type { ValidationErrorItem } from '../../contract/index.ts';

/**
 * Which of the client's own messages an error carries, when the server said nothing of its own:
 * the page shows `messages.errors[wording]` for it (a host's words), and the server's words as
 * they are otherwise. `message` keeps the English, for logs and tests.
 */
export type ClientWording =
  | 'invalid'
  | 'unauthorized'
  | 'notFound'
  | 'changed'
  | 'tooMany'
  | 'notJson'
  | 'notUnderstood'
  | 'serverFailed'
  | 'unexpectedStatus';

export class ApiError extends Error {
  /** HTTP status, when the server answered at all. */
  readonly status: number | undefined;
  /** Set when `message` is the client's own words rather than the server's. */
  readonly wording: ClientWording | undefined;

  constructor(
    message: string,
    status?: number,
    options?: { cause?: unknown; wording?: ClientWording },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
    this.wording = options?.wording;
  }
}

/** 422: the body was refused; `items` are FastAPI's `{loc, msg, type}` entries, one per field. */
export class ValidationError extends ApiError {
  // Explicit, because minified class names are mangled.
  override readonly name = 'ValidationError';

  readonly items: readonly ValidationErrorItem[];

  constructor(items: readonly ValidationErrorItem[], message?: string) {
    const own = message ?? items[0]?.msg;
    super(own ?? 'The server refused the request as invalid.', 422, {
      ...(own === undefined ? { wording: 'invalid' as const } : {}),
    });
    this.items = items;
  }
}

/** 401: the API key is missing, wrong or revoked. */
export class UnauthorizedError extends ApiError {
  override readonly name = 'UnauthorizedError';

  constructor(message?: string) {
    super(
      message ?? 'The server did not accept the API key.',
      401,
      message === undefined ? { wording: 'unauthorized' } : undefined,
    );
  }
}

/** 404: the connection does not exist (any more) in this workspace. */
export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError';

  constructor(message?: string) {
    super(
      message ?? 'The auth connection was not found.',
      404,
      message === undefined ? { wording: 'notFound' } : undefined,
    );
  }
}

/**
 * 412: an If-Match precondition failed, i.e. the connection changed since the client read the
 * version it sent the tag of (docs/decisions/0022). A refusal: nothing was written.
 */
export class PreconditionFailedError extends ApiError {
  override readonly name = 'PreconditionFailedError';

  constructor(message?: string) {
    super(
      message ?? 'The connection was changed by someone else since it was loaded.',
      412,
      message === undefined ? { wording: 'changed' } : undefined,
    );
  }
}

/**
 * 429: too many requests for this API key (docs/decisions/0023). A refusal: nothing was written.
 * `retryAfterSeconds` comes from Retry-After (seconds or an HTTP date); undefined without one.
 */
export class RateLimitedError extends ApiError {
  override readonly name = 'RateLimitedError';

  readonly retryAfterSeconds: number | undefined;

  constructor(retryAfterSeconds?: number, message?: string) {
    super(
      message ?? 'Too many requests.',
      429,
      message === undefined ? { wording: 'tooMany' } : undefined,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Retry-After as whole seconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names its day and month; Date.parse alone would read "-5" as a year.
  const at = /^[a-z]{3}, /i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * 5xx, and any status or body this client does not expect (413, 415, a 200 that does not
 * match the contract...). `ambiguous` says whether the request may have taken effect anyway.
 */
export class ServerError extends ApiError {
  override readonly name = 'ServerError';

  constructor(
    message: string,
    status: number,
    options?: { cause?: unknown; wording?: ClientWording },
  ) {
    super(message, status, options);
  }

  /** A 5xx may have been raised after the write committed; other statuses were refusals. */
  get ambiguous(): boolean {
    return this.status === undefined || this.status >= 500;
  }
}

/** No answer: the connection failed or dropped, or the request timed out. */
export class NetworkError extends ApiError {
  override readonly name = 'NetworkError';

  readonly timedOut: boolean;

  constructor(options: { timedOut: boolean; cause?: unknown }) {
    super(
      options.timedOut
        ? 'The server took too long to answer.'
        : 'The server could not be reached. Check your connection and try again.',
      undefined,
      { cause: options.cause },
    );
    this.timedOut = options.timedOut;
  }

  /** Without an answer nobody knows whether the write happened. */
  get ambiguous(): boolean {
    return true;
  }
}

/**
 * True when a failed write may still have been applied by the server, so a retry must reuse the
 * same Idempotency-Key instead of minting a new one.
 */
export function isAmbiguousFailure(error: unknown): boolean {
  return (error instanceof NetworkError || error instanceof ServerError) && error.ambiguous;
}

/** The server answered and refused (4xx): asking again gets the same answer. */
export function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status !== undefined && error.status < 500;
}
