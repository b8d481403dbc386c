import { NetworkError } from '../../api/errors.ts';
import type { Messages } from '../../i18n/messages.ts';

/**
 * The words for a failed request. A failure without an answer is described by the messages; an
 * answer's own message (the server's detail) is shown as the server wrote it.
 */
export function errorText(error: Error, messages: Pick<Messages, 'errors'>): string {
  if (error instanceof NetworkError) {
    return error.timedOut ? messages.errors.timedOut : messages.errors.unreachable;
  }
  return error.message;
}
