// Confirms deleting one connection. It names what depends on it, and when anything does (the
// dependents the admin can't see included) the admin types the connection's name to go on.
import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { AuthConnection } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { authTypeInfo } from '../auth-types.ts';
import { usedByCount } from '../list/used-by.ts';
import { useDeleteAuthConnection } from '../mutations/use-delete-connection.ts';
import { DependentsList } from './dependents-list.tsx';

export interface DeleteConnectionDialogProps {
  connection: AuthConnection | null | undefined;
  open: boolean;
  onClose: () => void;
  /**
   * Called as soon as the delete is sent: the list already shows it gone (optimistic update).
   * If the server refuses, the row comes back and the list page reports the failure
   * (`useDeleteFailures`), so the caller can navigate away at once.
   */
  onDeleted: (connection: AuthConnection) => void;
}

export function DeleteConnectionDialog(props: DeleteConnectionDialogProps) {
  const { connection, open, onClose } = props;
  const titleId = useId();
  return (
    <Dialog
      open={open && !!connection}
      onClose={onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      {connection && (
        // Keyed, so the typed name never carries over from one connection to the next.
        <DeleteConnectionForm
          key={connection.id}
          {...props}
          connection={connection}
          titleId={titleId}
        />
      )}
    </Dialog>
  );
}

function DeleteConnectionForm(
  props: DeleteConnectionDialogProps & { connection: AuthConnection; titleId: string },
) {
  const { connection, onClose, onDeleted, titleId } = props;
  const [typed, setTyped] = useState('');
  const m = useMessages();
  const del = useDeleteAuthConnection();
  const dependentsId = useId();
  const count = usedByCount(connection.used_by);
  const needsName = count > 0;
  const confirmed = !needsName || typed.trim() === connection.name;
  const info = authTypeInfo(connection.auth_type, m);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    del.mutate({ id: connection.id, name: connection.name });
    onDeleted(connection);
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>{m.deleteDialog.title(connection.name)}</DialogTitle>
      <DialogContent>
        {needsName ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {m.deleteDialog.inUse(count)}
            </Alert>
            <Typography id={dependentsId} variant="subtitle1" component="h2" gutterBottom>
              {m.deleteDialog.dependentsTitle}
            </Typography>
            {connection.used_by && (
              <DependentsList usedBy={connection.used_by} headingId={dependentsId} />
            )}
            <TextField
              label={m.deleteDialog.typeToConfirm(connection.name)}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              autoFocus
              fullWidth
              margin="normal"
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
          </>
        ) : (
          <DialogContentText>{m.deleteDialog.notUsed}</DialogContentText>
        )}
        {info.readOnly && (
          <DialogContentText sx={{ mt: 2 }}>
            {m.deleteDialog.managedElsewhere(info.managedElsewhere ?? '')}
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus={!needsName}>
          {m.common.cancel}
        </Button>
        <Button type="submit" color="error" variant="contained" disabled={!confirmed}>
          {m.common.delete}
        </Button>
      </DialogActions>
    </form>
  );
}
