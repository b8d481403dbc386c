// The set-up both warm-up test files share (src/features/auth-connections/create/form-warm-up*):
// the create page against the real server in-process, with idle periods handed out by the test
// (idle-periods.ts). They are two files because what a page load has warmed stays warm.
import { cleanup } from '@testing-library/react';
import type { CreateAuthType } from '../contract/index.ts';
import { CreatePageHost } from './create-page-host.tsx';
import { stubIdleCallbacks } from './idle-periods.ts';
import { createInProcessServer, type InProcessServer } from './in-process-server.ts';
import { renderWithApi } from './render-with-api.tsx';

/** Registers the file's hooks; returns what renders the create page (null: the empty page). */
export function setUpWarmUpPage(): (initial?: CreateAuthType | null) => void {
  let server: InProcessServer;
  beforeEach(() => {
    server = createInProcessServer();
    stubIdleCallbacks();
  });
  afterEach(() => {
    cleanup(); // unmounts while the stubs are still there to cancel with
    vi.unstubAllGlobals();
    server.close();
  });
  return (initial = null) => {
    renderWithApi(<CreatePageHost initial={initial} />, {
      baseUrl: server.baseUrl,
      fetch: server.fetch,
      apiKey: server.apiKey,
    });
  };
}
