import Chip from '@mui/material/Chip';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import { LazyTooltip } from '../../../components/lazy-tooltip.tsx';
import { useMessages } from '../../../i18n/messages-context.tsx';
import { STATUS_COLORS, isKnownStatus, statusLabel } from './statuses.ts';

/**
 * The status as a chip; an unknown value shows as a neutral chip. With a `detail`, the chip is
 * focusable and shows the detail as a tooltip on hover and on keyboard focus (describeChild keeps
 * the chip's own text as its name and makes the detail its description).
 */
export function StatusChip({
  status,
  detail,
}: {
  status: string | undefined;
  detail?: string | null;
}) {
  const m = useMessages();
  const value = status ?? 'active';
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={isKnownStatus(value) ? STATUS_COLORS[value] : 'default'}
      label={statusLabel(value, m)}
      icon={detail ? <InfoIcon aria-hidden /> : undefined}
      tabIndex={detail ? 0 : undefined}
    />
  );
  if (!detail) return chip;
  return (
    <LazyTooltip title={detail} describeChild arrow>
      {chip}
    </LazyTooltip>
  );
}
