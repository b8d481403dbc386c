// While the create page waits for a pick, it renders the forms once where nobody sees them:
// into a <div> that is never attached to the document, then drops them. The first form a page
// mounts pays for the code's first run (V8 compiles functions lazily), for Emotion making and
// inserting every input's styles, and for MUI's first-use work; a pick that finds all of that
// done paints its form in about half the time (docs/decisions/0116). Nothing of it reaches the
// page: no element in the document or the accessibility tree, no focus; the styles it inserts
// are the ones the real form would insert, under the same nonce.
import { startTransition, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CreateAuthType } from '../../../../contract/index.ts';
import { inIdleSlices } from '../../../components/when-idle.ts';
import { ConnectionForm } from './connection-form.tsx';

/**
 * Between them, their first screens hold every widget a pick can show first: text, secret, PEM
 * (with the key check) and select. Other types' fields are the same components.
 */
const WARM_TYPES: readonly CreateAuthType[] = ['mtls', 'oauth2_jwt'];
const ignore = () => {};
const DONE = WARM_TYPES.length + 1;
/** Once per page load: compiled code and inserted styles stay for the page's life. */
let warmedUp = false;

/**
 * Renders nothing in the page; mount it only while no type is picked. It runs only where the
 * browser reports idle time (`requestIdleCallback`): without it (Safari, jsdom) there is no way to
 * know the work would not delay the admin, so the first pick just pays as before.
 */
export function FormWarmUp() {
  // How many of WARM_TYPES are rendered: one more per idle period, so no one commit is long;
  // past the last, none (done).
  const [step, setStep] = useState(() =>
    !warmedUp && typeof window !== 'undefined' && 'requestIdleCallback' in window ? 0 : DONE,
  );
  const [detached] = useState(() => (step === DONE ? null : document.createElement('div')));
  useEffect(() => {
    if (step > 0) warmedUp = true;
    if (step === DONE) return;
    // Each step is a transition, so a pick interrupts it.
    return inIdleSlices(() => {
      startTransition(() => setStep(step + 1));
      return false;
    });
  }, [step]);
  if (step === DONE || !detached) return null;
  return createPortal(
    WARM_TYPES.slice(0, step).map((type) => (
      <ConnectionForm key={type} authType={type} onCreated={ignore} onCancel={ignore} />
    )),
    detached,
  );
}
