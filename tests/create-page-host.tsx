// The create page in a host that keeps the chosen type the way a router keeps it in the URL:
// in state, changed when the page asks. Component tests of the create flow share it.
import { useState } from 'react';
import type { CreateAuthType } from '../contract/index.ts';
import { CreateConnectionPage } from '../src/features/auth-connections/create/create-connection-page.tsx';

export function CreatePageHost({
  initial = null,
  urlLag = false,
}: {
  /** The type in the URL when the page opens; null for the empty create page. */
  initial?: CreateAuthType | null;
  /** Change the type a moment after it is asked, as a router that updates the URL does. */
  urlLag?: boolean;
}) {
  const [authType, setAuthType] = useState(initial);
  return (
    <CreateConnectionPage
      authType={authType}
      onAuthTypeChange={(next) =>
        urlLag ? setTimeout(() => setAuthType(next), 0) : setAuthType(next)
      }
      onCreated={() => {}}
      onCancel={() => {}}
    />
  );
}
