// Where each class of save failure is shown (GUIDE §6): 422 items on their fields, or at the
// top when no field owns them; 401 as a reconnect prompt; 412 (edit only) as the conflict notice;
// 429, network and 5xx as an alert with Retry. Shared by the create and edit forms.
import {
  NetworkError,
  PreconditionFailedError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
  type ApiError,
} from '../../../api/errors.ts';
import { defaultMessages, type Messages } from '../../../i18n/messages.ts';
import { errorText } from '../error-text.ts';
import { locToFormPath } from '../form/error-paths.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';

export type SaveFailure =
  | { kind: 'fields'; fieldErrors: [path: string, message: string][]; formErrors: string[] }
  | { kind: 'unauthorized' }
  /** Someone else changed the connection since the form loaded it (a 412 to our If-Match). */
  | { kind: 'conflict' }
  | { kind: 'retryable'; message: string; retryAfterSeconds?: number };

export interface ClassifyOptions {
  /**
   * The caller sent If-Match and shows its own conflict notice. Without it (create sends no
   * If-Match, so a 412 there is unexpected) a 412 is shown like any other refusal, with Retry.
   */
  conflicts?: boolean;
  /** The caller's useMessages(); English by default. */
  messages?: Pick<Messages, 'create' | 'errors'>;
}

export function classifySaveError(
  error: ApiError | Error,
  values: ConnectionFormValues,
  options: ClassifyOptions = {},
): SaveFailure {
  const m = options.messages ?? defaultMessages;
  if (error instanceof ValidationError) {
    const fieldErrors: [string, string][] = [];
    const formErrors: string[] = [];
    for (const item of error.items) {
      const path = locToFormPath(item.loc, values);
      if (path) fieldErrors.push([path, item.msg]);
      else formErrors.push(item.msg);
    }
    if (fieldErrors.length === 0 && formErrors.length === 0) formErrors.push(errorText(error, m));
    return { kind: 'fields', fieldErrors, formErrors };
  }
  if (error instanceof UnauthorizedError) return { kind: 'unauthorized' };
  if (error instanceof PreconditionFailedError && options.conflicts) return { kind: 'conflict' };
  if (error instanceof RateLimitedError) {
    const wait = error.retryAfterSeconds;
    return {
      kind: 'retryable',
      message: m.create.tooManyRequests(wait),
      ...(wait === undefined ? {} : { retryAfterSeconds: wait }),
    };
  }
  const message =
    error instanceof NetworkError
      ? m.create.keptAfterNetworkError(errorText(error, m))
      : m.create.serverFailed(errorText(error, m));
  return { kind: 'retryable', message };
}
