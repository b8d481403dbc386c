// Before saving a connection others depend on: who will pick up the new values.
import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
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
  const titleId = useId();
  const textId = useId();
  const these = model.total === 1 ? 'This 1 will use' : `These ${model.total} will use`;
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby={titleId}
      aria-describedby={textId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Save changes to {connectionName}?</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId} sx={{ mb: 2 }}>
          {these} the new values on their next call. Changing: {changes.join(', ')}.
        </DialogContentText>
        <UsedByList model={model} headingLevel={3} dense />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Keep editing</Button>
        <Button variant="contained" onClick={onConfirm}>
          Save changes
        </Button>
      </DialogActions>
    </Dialog>
  );
}
