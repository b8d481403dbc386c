// The pages about one connection (detail, edit, replace), split out of the first screen's JS:
// the detail view also pulls in the used_by picture (@xyflow/react) behind its own lazy import.
import { lazyWithRetry } from '../components/lazy-with-retry.tsx';
import { PageLoading } from './page-loading.tsx';

export const ConnectionDetailPage = lazyWithRetry(
  () =>
    import('../features/auth-connections/detail/connection-detail-page.tsx').then((m) => ({
      default: m.ConnectionDetailPage,
    })),
  <PageLoading />,
);

export const EditConnectionPage = lazyWithRetry(
  () =>
    import('../features/auth-connections/edit/edit-connection-page.tsx').then((m) => ({
      default: m.EditConnectionPage,
    })),
  <PageLoading />,
);

export const ReplaceConnectionPage = lazyWithRetry(
  () =>
    import('../features/auth-connections/replace/replace-connection-page.tsx').then((m) => ({
      default: m.ReplaceConnectionPage,
    })),
  <PageLoading />,
);
