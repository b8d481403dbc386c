// Before saving a connection others depend on: who will pick up the new values.
import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { UsedByList } from '../used-by/used-by-list.tsx';
import type { UsedByModel } from '../used-by/used-by-model.ts';

type Props = {
  open: boolean;
  connectionName: string;
  model: UsedByModel;
  /** Labels of the fields that will change. */
  changes: string[];
  onCancel: () => void;
  onConfirm: () => void;
};

export function ConfirmDependentsDialog({
  open,
  connectionName,
  model,
  changes,
  onCancel,
  onConfirm,
}: Props) {
  const m = useMessages().edit;
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby={titleId}
      aria-describedby={textId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{m.confirmTitle(connectionName)}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId} sx={{ mb: 2 }}>
          {m.confirmText(model.total, changes)}
        </DialogContentText>
        <UsedByList model={model} headingLevel={3} dense />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{m.keepEditing}</Button>
        <Button variant="contained" onClick={onConfirm}>
          {m.save}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
