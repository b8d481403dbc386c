// Where each class of save failure is shown (GUIDE §6): 422 items on their fields, or at the
// top when no field owns them; 401 as a reconnect prompt; network and 5xx as an alert with Retry.
import {
  NetworkError,
  UnauthorizedError,
  ValidationError,
  type ApiError,
} from '../../../api/errors.ts';
import { locToFormPath } from '../form/error-paths.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';

export type SaveFailure =
  | { kind: 'fields'; fieldErrors: [path: string, message: string][]; formErrors: string[] }
  | { kind: 'unauthorized' }
  | { kind: 'retryable'; message: string };

export function classifySaveError(
  error: ApiError | Error,
  values: ConnectionFormValues,
): SaveFailure {
  if (error instanceof ValidationError) {
    const fieldErrors: [string, string][] = [];
    const formErrors: string[] = [];
    for (const item of error.items) {
      const path = locToFormPath(item.loc, values);
      if (path) fieldErrors.push([path, item.msg]);
      else formErrors.push(item.msg);
    }
    if (fieldErrors.length === 0 && formErrors.length === 0) formErrors.push(error.message);
    return { kind: 'fields', fieldErrors, formErrors };
  }
  if (error instanceof UnauthorizedError) return { kind: 'unauthorized' };
  const message =
    error instanceof NetworkError
      ? `${error.message} Nothing you typed is lost.`
      : `The server could not save the connection (${error.message}). Nothing you typed is lost.`;
  return { kind: 'retryable', message };
}
