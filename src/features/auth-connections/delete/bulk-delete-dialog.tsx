// Confirms deleting several unused connections at once, naming every one. A connection that is
// in use (it may have gained a dependent since it was selected) is refused with the reason.
import { useId } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { AuthConnection } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { authTypeInfo } from '../auth-types.ts';
import { ifMatchFor } from '../edit/conflict.ts';
import { usedByCount } from '../list/used-by.ts';
import { useDeleteAuthConnection } from '../mutations/use-delete-connection.ts';

export interface BulkDeleteDialogProps {
  connections: readonly AuthConnection[];
  open: boolean;
  onClose: () => void;
  /** Called with the ids sent for deletion (optimistic, see DeleteConnectionDialog). */
  onDeleted: (ids: string[]) => void;
}

export function BulkDeleteDialog({ connections, open, onClose, onDeleted }: BulkDeleteDialogProps) {
  const titleId = useId();
  const m = useMessages();
  const del = useDeleteAuthConnection();
  const deletable = connections.filter((c) => usedByCount(c.used_by) === 0);
  const refused = connections.filter((c) => usedByCount(c.used_by) > 0);

  const confirm = () => {
    for (const c of deletable) del.mutate({ id: c.id, name: c.name, ifMatch: ifMatchFor(c) });
    onDeleted(deletable.map((c) => c.id));
  };

  const n = deletable.length;
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{m.deleteDialog.bulkTitle(n)}</DialogTitle>
      <DialogContent>
        <DialogContentText>{m.deleteDialog.bulkText(n)}</DialogContentText>
        <List
          dense
          aria-label={m.deleteDialog.bulkListLabel}
          sx={{ maxHeight: 280, overflow: 'auto' }}
        >
          {deletable.map((c) => (
            <ListItem key={c.id} disableGutters>
              <ListItemText primary={c.name} secondary={authTypeInfo(c.auth_type, m).label} />
            </ListItem>
          ))}
        </List>
        {refused.length > 0 && (
          <Alert severity="info">
            {m.deleteDialog.bulkRefused(
              refused.length,
              refused.map((c) => `“${c.name}”`).join(', '),
            )}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {m.common.cancel}
        </Button>
        <Button color="error" variant="contained" onClick={confirm} disabled={n === 0}>
          {m.deleteDialog.bulkConfirm(n)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
