// The delete dialogs (and a delete's conflict notice) as the list page uses them: loaded after first paint (lazyWhenOpen).
import { lazyWhenOpen } from '../../../components/lazy-when-open.tsx';
import type { BulkDeleteDialogProps } from './bulk-delete-dialog.tsx';
import type { DeleteConflictNoticeProps } from './delete-conflict-notice.tsx';
import type { DeleteConnectionDialogProps } from './delete-connection-dialog.tsx';

export const DeleteConnectionDialog = lazyWhenOpen<DeleteConnectionDialogProps>(() =>
  import('./delete-connection-dialog.tsx').then((m) => m.DeleteConnectionDialog),
);

export const BulkDeleteDialog = lazyWhenOpen<BulkDeleteDialogProps>(() =>
  import('./bulk-delete-dialog.tsx').then((m) => m.BulkDeleteDialog),
);

export const DeleteConflictNotice = lazyWhenOpen<DeleteConflictNoticeProps>(() =>
  import('./delete-conflict-notice.tsx').then((m) => m.DeleteConflictNotice),
);
