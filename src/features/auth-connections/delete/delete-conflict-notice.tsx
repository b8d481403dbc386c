// A delete refused with 412: someone changed the connection after the admin confirmed it. The
// edit form's conflict notice, with their changes and one action: open the delete dialog again
// on their version (which then sends their tag). Nothing was deleted.
import CloseIcon from '@mui/icons-material/Close';
import IconButton from '@mui/material/IconButton';
import type { AuthConnection } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { versionChanges } from '../edit/conflict.ts';
import { ConflictNotice, type ConflictState } from '../edit/conflict-notice.tsx';

export interface DeleteConflictNoticeProps {
  /** For lazyWhenOpen: the notice's code loads when the first conflict happens. */
  open: boolean;
  name: string;
  /** The version the admin confirmed. */
  loaded: AuthConnection | undefined;
  /** The version in the refreshed list; undefined while it loads, or once it is gone. */
  theirs: AuthConnection | undefined;
  loading: boolean;
  onReview: (theirs: AuthConnection) => void;
  onDismiss: () => void;
}

export function DeleteConflictNotice(props: DeleteConflictNoticeProps) {
  const { name, loaded, theirs, loading, onReview, onDismiss } = props;
  const m = useMessages();
  let state: ConflictState;
  if (theirs) state = { status: 'ready', changes: loaded ? versionChanges(loaded, theirs) : [] };
  else state = loading ? { status: 'loading' } : { status: 'deleted' };
  return (
    <ConflictNotice
      state={state}
      onReload={() => theirs && onReview(theirs)}
      words={{
        text: m.deleteDialog.conflictText(name),
        howTo: m.deleteDialog.conflictHowTo,
        action: m.deleteDialog.conflictReview,
      }}
      action={
        <IconButton aria-label={m.common.close} color="inherit" size="small" onClick={onDismiss}>
          <CloseIcon fontSize="small" />
        </IconButton>
      }
    />
  );
}
