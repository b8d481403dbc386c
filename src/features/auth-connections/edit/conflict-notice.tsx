// Shown when a save met a 412: someone else saved this connection after the form loaded it. It
// names what they changed and offers to re-base the form on their version; there is no blind
// "Overwrite", so the admin always sees their change before replacing it (decision 0070).
import { useEffect, useId, useRef, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { FieldChange } from './conflict.ts';

export type ConflictState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'deleted' }
  | { status: 'ready'; changes: FieldChange[] };

type Props = {
  state: ConflictState;
  onReload: () => void;
  /**
   * What was refused and what to do, for a notice outside the edit form (a delete's 412); the
   * title, the list of their changes and the deleted case are the edit form's.
   */
  words?: { text: string; howTo: string; action: string };
  /** Extra actions beside the alert (a delete's notice can be dismissed). */
  action?: ReactNode;
};

export function ConflictNotice({ state, onReload, words, action }: Props) {
  const m = useMessages().edit;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Keyboard and screen reader users land on the notice, not on an unchanged form.
  useEffect(() => ref.current?.focus(), []);

  if (state.status === 'deleted') {
    return (
      <Alert
        ref={ref}
        tabIndex={-1}
        role="alert"
        severity="error"
        aria-labelledby={titleId}
        action={action}
      >
        <AlertTitle id={titleId}>{m.conflictDeletedTitle}</AlertTitle>
        {m.conflictDeletedText}
      </Alert>
    );
  }
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      severity="warning"
      aria-labelledby={titleId}
      action={action}
      sx={{ '&:focus-visible': { outline: '2px solid', outlineColor: 'warning.main' } }}
    >
      <AlertTitle id={titleId}>{m.conflictTitle}</AlertTitle>
      <Typography variant="body2">{words?.text ?? m.conflictText}</Typography>
      {state.status === 'loading' && (
        <Typography variant="body2" role="status" sx={{ mt: 1 }}>
          {m.conflictLoading}
        </Typography>
      )}
      {state.status === 'error' && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {m.conflictLoadFailed}
        </Typography>
      )}
      {state.status === 'ready' && <ChangeList changes={state.changes} />}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {words?.howTo ?? m.conflictHowTo}
      </Typography>
      <Button
        variant="outlined"
        color="inherit"
        size="small"
        onClick={onReload}
        disabled={state.status === 'loading'}
        startIcon={
          state.status === 'loading' ? <CircularProgress size={14} color="inherit" /> : undefined
        }
        sx={{ mt: 1.5 }}
      >
        {words?.action ?? m.conflictReload}
      </Button>
    </Alert>
  );
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  const m = useMessages().edit;
  if (changes.length === 0) {
    return (
      <Typography variant="body2" sx={{ mt: 1 }}>
        {m.conflictNoChanges}
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {m.conflictChangesIntro}
      </Typography>
      <Box component="ul" aria-label={m.conflictChangesLabel} sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
        {changes.map((change) => (
          <Typography component="li" variant="body2" key={change.field}>
            <strong>{change.label}</strong>: {change.loaded} → {change.theirs}
            {change.alsoYours && m.conflictAlsoYours}
          </Typography>
        ))}
      </Box>
    </>
  );
}
