import Chip, { type ChipProps } from '@mui/material/Chip';
import { humanize } from '../auth-types.ts';

const STATUS: Record<string, { label: string; color: ChipProps['color'] }> = {
  active: { label: 'Active', color: 'success' },
  refresh_failed: { label: 'Refresh failed', color: 'warning' },
  revoked: { label: 'Revoked', color: 'error' },
  credential_invalid: { label: 'Credential invalid', color: 'error' },
};

/** The status is an open enum upstream: an unknown value shows as a neutral chip. */
export function StatusChip({ status }: { status: string | undefined }) {
  const value = status ?? 'active';
  const known = Object.hasOwn(STATUS, value) ? STATUS[value] : undefined;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={known?.color ?? 'default'}
      label={known?.label ?? humanize(value)}
    />
  );
}
