import { ApiError, NetworkError } from '../../api/errors.ts';
import type { Messages } from '../../i18n/messages.ts';

/**
 * The words for a failed request. A failure without an answer, or an answer without words of its
 * own, is described by the messages; an answer's own message (the server's detail) is shown as
 * the server wrote it.
 */
export function errorText(error: Error, messages: Pick<Messages, 'errors'>): string {
  const m = messages.errors;
  if (error instanceof NetworkError) return error.timedOut ? m.timedOut : m.unreachable;
  // The client's own words for an answer that carried none: from the messages too.
  if (error instanceof ApiError && error.wording) {
    const words = m[error.wording];
    return typeof words === 'function' ? words(error.status ?? 0) : words;
  }
  return error.message;
}
