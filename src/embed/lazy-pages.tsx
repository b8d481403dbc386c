// Pages the first screen (the list) does not need are split out of the initial JS, which keeps
// it within its budget (`npm run budget`, docs/decisions/0030). Their chunks are fetched once the
// browser is idle after the component first renders (`prefetchPages`, called from an effect
// rather than at import, so a host that only imports the library fetches nothing), and opening
// them later does not wait on the network.
import { lazy, Suspense, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import type { CreateConnectionPageProps } from '../features/auth-connections/create/create-connection-page.tsx';

const loadCreatePage = () =>
  import('../features/auth-connections/create/create-connection-page.tsx').then((m) => ({
    default: m.CreateConnectionPage,
  }));

const LazyCreateConnectionPage = lazy(loadCreatePage);

function whenIdle(task: () => void): void {
  if (typeof window === 'undefined') return;
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 1500);
}

let prefetched = false;

export function prefetchPages(): void {
  if (prefetched) return;
  prefetched = true;
  // A failed prefetch is retried by React.lazy when the page is opened, which reports the error.
  whenIdle(() => void loadCreatePage().catch(() => {}));
}

function PageLoading(): ReactNode {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 8 }}>
      <CircularProgress aria-label="Loading page" />
    </Box>
  );
}

export function CreateConnectionPage(props: CreateConnectionPageProps) {
  return (
    <Suspense fallback={<PageLoading />}>
      <LazyCreateConnectionPage {...props} />
    </Suspense>
  );
}
