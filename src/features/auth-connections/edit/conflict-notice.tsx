// Shown when a save met a 412: someone else saved this connection after the form loaded it. It
// names what they changed and offers to re-base the form on their version; there is no blind
// "Overwrite", so the admin always sees their change before replacing it (decision 0070).
import { useEffect, useRef } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { FieldChange } from './conflict.ts';

export type ConflictState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'deleted' }
  | { status: 'ready'; changes: FieldChange[] };

type Props = {
  state: ConflictState;
  onReload: () => void;
};

export function ConflictNotice({ state, onReload }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Keyboard and screen reader users land on the notice, not on an unchanged form.
  useEffect(() => ref.current?.focus(), []);

  if (state.status === 'deleted') {
    return (
      <Alert
        ref={ref}
        tabIndex={-1}
        role="alert"
        severity="error"
        aria-labelledby="edit-conflict-title"
      >
        <AlertTitle id="edit-conflict-title">This connection was deleted</AlertTitle>
        Someone deleted it after you opened it, so nothing was saved. What you typed is still in the
        form.
      </Alert>
    );
  }
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      severity="warning"
      aria-labelledby="edit-conflict-title"
      sx={{ '&:focus-visible': { outline: '2px solid', outlineColor: 'warning.main' } }}
    >
      <AlertTitle id="edit-conflict-title">Someone else changed this connection</AlertTitle>
      <Typography variant="body2">
        They saved changes after you opened it, so yours were not saved. Nothing you typed is lost.
      </Typography>
      {state.status === 'loading' && (
        <Typography variant="body2" role="status" sx={{ mt: 1 }}>
          Loading their version…
        </Typography>
      )}
      {state.status === 'error' && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          Their version could not be loaded. Try again.
        </Typography>
      )}
      {state.status === 'ready' && <ChangeList changes={state.changes} />}
      <Typography variant="body2" sx={{ mt: 1 }}>
        Reload their version to keep your changes on top of theirs, then save again.
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
        Reload their version
      </Button>
    </Alert>
  );
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) {
    return (
      <Typography variant="body2" sx={{ mt: 1 }}>
        None of the fields you can edit here differ from what you loaded.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" sx={{ mt: 1 }}>
        What they changed:
      </Typography>
      <Box component="ul" aria-label="What they changed" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
        {changes.map((change) => (
          <Typography component="li" variant="body2" key={change.field}>
            <strong>{change.label}</strong>: {change.loaded} → {change.theirs}
            {change.alsoYours && ' (you changed it too: your value will be kept)'}
          </Typography>
        ))}
      </Box>
    </>
  );
}
