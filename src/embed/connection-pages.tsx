// The pages about one connection (detail, edit, replace), split out of the first screen's JS:
// the detail view also pulls in the used_by picture (@xyflow/react) behind its own lazy import.
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';

const LazyDetail = lazy(() =>
  import('../features/auth-connections/detail/connection-detail-page.tsx').then((m) => ({
    default: m.ConnectionDetailPage,
  })),
);
const LazyEdit = lazy(() =>
  import('../features/auth-connections/edit/edit-connection-page.tsx').then((m) => ({
    default: m.EditConnectionPage,
  })),
);
const LazyReplace = lazy(() =>
  import('../features/auth-connections/replace/replace-connection-page.tsx').then((m) => ({
    default: m.ReplaceConnectionPage,
  })),
);

function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Box sx={{ display: 'flex', justifyContent: 'center', py: 8 }}>
          <CircularProgress aria-label="Loading page" />
        </Box>
      }
    >
      {children}
    </Suspense>
  );
}

export function ConnectionDetailPage(props: ComponentProps<typeof LazyDetail>) {
  return (
    <Loading>
      <LazyDetail {...props} />
    </Loading>
  );
}

export function EditConnectionPage(props: ComponentProps<typeof LazyEdit>) {
  return (
    <Loading>
      <LazyEdit {...props} />
    </Loading>
  );
}

export function ReplaceConnectionPage(props: ComponentProps<typeof LazyReplace>) {
  return (
    <Loading>
      <LazyReplace {...props} />
    </Loading>
  );
}
