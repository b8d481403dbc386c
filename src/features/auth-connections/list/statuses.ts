// Labels and colours of the connection status, an open enum upstream: unknown values are humanized.
import type { ChipProps } from '@mui/material/Chip';
import { AUTH_CONNECTION_STATUSES, type AuthConnectionStatus } from '../../../../contract/enums.ts';
import { humanize } from '../auth-types.ts';

export const STATUS_INFO: Record<
  AuthConnectionStatus,
  { label: string; color: ChipProps['color'] }
> = {
  active: { label: 'Active', color: 'success' },
  refresh_failed: { label: 'Refresh failed', color: 'warning' },
  revoked: { label: 'Revoked', color: 'error' },
  credential_invalid: { label: 'Credential invalid', color: 'error' },
};

export function isKnownStatus(status: string): status is AuthConnectionStatus {
  return (AUTH_CONNECTION_STATUSES as readonly string[]).includes(status);
}

/** The wire default is "active": a connection without a status is treated as active. */
export function statusOf(connection: { status?: string | undefined }): string {
  return connection.status ?? 'active';
}

export function statusLabel(status: string): string {
  return isKnownStatus(status) ? STATUS_INFO[status].label : humanize(status);
}
