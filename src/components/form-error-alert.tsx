import { useEffect, useRef } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMessages } from '../i18n/lazy-messages.ts';

export interface FormErrorAlertProps {
  /** Form-level errors: those no field owns. Nothing renders when empty. */
  errors: readonly string[];
  title?: string;
  onRetry?: () => void;
  /** Disables Retry while a retry is in flight. */
  retrying?: boolean;
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
          <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
            {m.widgets.formErrorRetry}
          </Button>
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
