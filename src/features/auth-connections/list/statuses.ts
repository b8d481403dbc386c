// Labels and colours of the connection status, an open enum upstream: unknown values are humanized.
import type { ChipProps } from '@mui/material/Chip';
import { AUTH_CONNECTION_STATUSES, type AuthConnectionStatus } from '../../../../contract/enums.ts';
import { coreMessages } from '../../../i18n/core-messages.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { humanize } from '../auth-types.ts';

/** The colours; the labels are in the messages (`statuses`). */
export const STATUS_COLORS: Record<AuthConnectionStatus, ChipProps['color']> = {
  active: 'success',
  refresh_failed: 'warning',
  revoked: 'error',
  credential_invalid: 'error',
};

export function isKnownStatus(status: string): status is AuthConnectionStatus {
  return (AUTH_CONNECTION_STATUSES as readonly string[]).includes(status);
}

/** The wire default is "active": a connection without a status is treated as active. */
export function statusOf(connection: { status?: string | undefined }): string {
  return connection.status ?? 'active';
}

export function statusLabel(
  status: string,
  messages: Pick<Messages, 'statuses'> = coreMessages,
): string {
  return isKnownStatus(status) ? messages.statuses[status] : humanize(status);
}
