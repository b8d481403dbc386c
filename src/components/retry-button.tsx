// Retry after a refusal that named a wait (a 429's Retry-After): disabled while it lasts,
// counting the seconds down on its label, and enabled again by itself (docs/decisions/0121).
// Mount it keyed by the failure, so each failure starts its own wait.
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/messages-context.tsx';
import { useSecondsLeft } from './use-seconds-left.ts';

export interface RetryButtonProps {
  onClick: () => void;
  /** Seconds to wait before a retry can help; 0 or undefined for none. */
  waitSeconds?: number | undefined;
  disabled?: boolean;
  children: ReactNode;
}

export function RetryButton({
  onClick,
  waitSeconds,
  disabled = false,
  children,
}: RetryButtonProps) {
  const m = useMessages();
  const left = useSecondsLeft(waitSeconds ?? 0);
  return (
    <Button color="inherit" size="small" onClick={onClick} disabled={disabled || left > 0}>
      {left > 0 ? m.common.retryIn(left) : children}
    </Button>
  );
}
