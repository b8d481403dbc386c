// The reconnect dialog, in its own module so that it loads after first paint (app.tsx).
import { useId } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { ConnectForm, type ConnectFormProps } from './connect-screen.tsx';

export type ConnectDialogProps = ConnectFormProps & { open: boolean };

/** Over the page, shown when the server answered 401, so the page underneath keeps its state. */
export function ConnectDialog(props: ConnectDialogProps) {
  const titleId = useId();
  const { open, ...formProps } = props;
  return (
    <Dialog open={open} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Reconnect</DialogTitle>
      <DialogContent>
        <ConnectForm {...formProps} rejected />
      </DialogContent>
    </Dialog>
  );
}
