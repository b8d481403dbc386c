// Pages the first screen (the list) does not need are split out of the initial JS, which keeps
// it within its budget (`npm run budget`, docs/decisions/0030). Their chunks are fetched once the
// browser is idle after the component first renders (`prefetchPages`, called from an effect
// rather than at import, so a host that only imports the library fetches nothing), and opening
// them later does not wait on the network.
import { lazyWithRetry } from '../components/lazy-with-retry.tsx';
import { PageLoading } from './page-loading.tsx';
import { whenIdle } from '../components/when-idle.ts';

const loadCreatePage = () =>
  import('../features/auth-connections/create/create-connection-page.tsx').then((m) => ({
    default: m.CreateConnectionPage,
  }));

export const CreateConnectionPage = lazyWithRetry(loadCreatePage, <PageLoading />);

let prefetched = false;

export function prefetchPages(): void {
  if (prefetched) return;
  prefetched = true;
  // A failed prefetch is tried again when the page opens; a failure then shows with Retry.
  whenIdle(() => void CreateConnectionPage.preload().catch(() => {}));
}
