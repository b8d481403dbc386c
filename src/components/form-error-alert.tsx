import { useEffect, useRef } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useMessages } from '../i18n/lazy-messages.ts';
import { RetryButton } from './retry-button.tsx';
import { identityKey } from './use-seconds-left.ts';

export interface FormErrorAlertProps {
  /** Form-level errors: those no field owns. Nothing renders when empty. */
  errors: readonly string[];
  title?: string;
  onRetry?: () => void;
  /** Disables Retry while a retry is in flight. */
  retrying?: boolean;
  /**
   * The failure, when it named a wait (a 429's Retry-After): Retry stays disabled and counts
   * down until it is over. A new failure object starts a new wait.
   */
  retryAfter?: { retryAfterSeconds?: number } | undefined;
  severity?: 'error' | 'warning';
}

/**
 * The alert at the top of a form. It takes focus when it appears or its errors change, so
 * keyboard and screen reader users land on what went wrong instead of an unchanged form.
 */
export function FormErrorAlert({
  errors,
  title,
  onRetry,
  retrying = false,
  retryAfter,
  severity = 'error',
}: FormErrorAlertProps) {
  const m = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.join('\n');

  useEffect(() => {
    if (signature !== '') ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      severity={severity}
      action={
        onRetry ? (
          <RetryButton
            key={retryAfter ? identityKey(retryAfter) : 0}
            onClick={onRetry}
            disabled={retrying}
            waitSeconds={retryAfter?.retryAfterSeconds}
          >
            {m.widgets.formErrorRetry}
          </RetryButton>
        ) : undefined
      }
      sx={{ '&:focus-visible': { outline: '2px solid', outlineColor: `${severity}.main` } }}
    >
      {title ? <AlertTitle>{title}</AlertTitle> : null}
      {errors.length === 1 ? (
        errors[0]
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </Box>
      )}
    </Alert>
  );
}
