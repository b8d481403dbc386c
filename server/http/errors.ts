// The two error shapes of the API: FastAPI's 422 list and ElevenLabs' {detail:{status,message}}.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ValidationErrorItem } from '../../contract/index.ts';

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Response {
  return c.json({ detail: { status: code, message } }, status);
}

export function validationError(c: Context, detail: ValidationErrorItem[]): Response {
  return c.json({ detail }, 422);
}

/** Thrown by body reading; the route turns it into the response it carries. */
export class HttpProblem extends Error {
  constructor(
    readonly status: 413 | 415 | 422,
    readonly code: string,
    message: string,
    readonly detail?: ValidationErrorItem[],
  ) {
    super(message);
  }

  toResponse(c: Context): Response {
    return this.detail
      ? validationError(c, this.detail)
      : apiError(c, this.status, this.code, this.message);
  }
}
