// Asks before unsaved changes are thrown away: the browser's own prompt on reload or tab close
// (beforeunload), and a dialog for in-app navigation and for Back/Forward. Features don't know the host's router, so
// in-app links are caught where every router sees them: a click on an <a href> (capture phase,
// before the router's handler). After "Leave", the same link is clicked again, unguarded.
// Buttons that leave (Cancel) go through `confirmLeave`.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { registerLeaveGuard } from '../../../components/leave-guard.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';

function leavesThePage(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (anchor.hasAttribute('download')) return false;
  const url = new URL(anchor.href, window.location.href);
  const here = window.location;
  return url.pathname !== here.pathname || url.search !== here.search || url.origin !== here.origin;
}

export function useUnsavedChangesGuard(active: boolean) {
  const [pending, setPending] = useState<(() => void) | null>(null);
  const bypass = useRef(false);
  const m = useMessages().edit;
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (bypass.current) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || !leavesThePage(event, anchor)) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(() => () => {
        bypass.current = true;
        try {
          anchor.click();
        } finally {
          bypass.current = false;
        }
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    // Back and Forward: the component's router asks here before it follows them.
    const unregister = registerLeaveGuard((proceed) => setPending(() => proceed));
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      unregister();
    };
  }, [active]);

  const confirmLeave = useCallback(
    (leave: () => void) => (active ? setPending(() => leave) : leave()),
    [active],
  );

  const dialog = (
    <Dialog
      open={pending !== null}
      onClose={() => setPending(null)}
      aria-labelledby={titleId}
      aria-describedby={textId}
    >
      <DialogTitle id={titleId}>{m.leaveTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>{m.leaveText}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setPending(null)} autoFocus>
          {m.keepEditing}
        </Button>
        <Button
          color="error"
          onClick={() => {
            const leave = pending;
            setPending(null);
            leave?.();
          }}
        >
          {m.leave}
        </Button>
      </DialogActions>
    </Dialog>
  );

  return { confirmLeave, dialog };
}
