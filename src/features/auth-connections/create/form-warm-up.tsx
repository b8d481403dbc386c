// While a pick is likely, the create page renders forms once where nobody sees them: into a
// <div> that is never attached to the document, then drops them. The first form of a type a page
// mounts pays for the code's first run (V8 compiles functions lazily), for Emotion making and
// inserting the inputs' styles, and for MUI's first-use work; a pick that finds all of that done
// paints its form in about half the time (docs/decisions/0116). Nothing of it reaches the page:
// no element in the document or the accessibility tree, no focus; the styles it inserts are the
// ones the real form would insert, under the same nonce.
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { CreateAuthType } from '../../../../contract/index.ts';
import { inIdleSlices } from '../../../components/when-idle.ts';
import { ConnectionForm } from './connection-form.tsx';

/**
 * Between them, their first screens hold every widget a pick can show first: text, secret, PEM
 * (with the key check) and select. Other types' fields are the same components.
 */
const WARM_TYPES: readonly CreateAuthType[] = ['mtls', 'oauth2_jwt'];
const DROPPED = -2;
const ignore = () => {};
/** How many of WARM_TYPES this page load has rendered: compiled code and styles stay. */
let reached = 0;
const canIdle = () => typeof window !== 'undefined' && 'requestIdleCallback' in window;

/**
 * Wraps the type picker. A pick is likely at once on the empty page, and on a form page while the
 * pointer or focus is in the picker; only then does the warm-up run. Never while a form page
 * loads: it would add long tasks to the load for a switch that may never come (Lighthouse's
 * blocking time on a deep link grew by about 55 ms when it did). It runs only where the browser
 * reports idle time (`requestIdleCallback`): without it (Safari, jsdom) there is no way to know
 * the work would not delay the admin, so the pick just pays as before.
 */
export function WarmUpWhilePicking({
  shown,
  children,
}: {
  /** The type whose form the page shows, or null on the empty page. */
  shown: CreateAuthType | null;
  children: ReactNode;
}) {
  const [inPicker, setInPicker] = useState(false);
  const track = (now: boolean) => {
    if (reached < WARM_TYPES.length) setInPicker(now);
  };
  return (
    <div
      onPointerEnter={() => track(true)}
      onPointerLeave={() => track(false)}
      onFocus={() => track(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) track(false);
      }}
    >
      {children}
      {(shown === null || inPicker) && reached < WARM_TYPES.length && canIdle() && (
        <FormWarmUp shown={shown} />
      )}
    </div>
  );
}

/** Renders nothing in the page: the next of WARM_TYPES in each idle period, then none. */
function FormWarmUp({ shown }: { shown: CreateAuthType | null }) {
  // The index of the type rendered now: -1 before the first idle period, DROPPED after the last.
  const [index, setIndex] = useState(-1);
  const [detached] = useState(() => document.createElement('div'));
  useEffect(() => {
    if (index >= 0) reached = Math.max(reached, index + 1);
    if (index === DROPPED) return;
    // Each step is a transition, so a pick interrupts it.
    return inIdleSlices(() => {
      startTransition(() => setIndex(reached < WARM_TYPES.length ? reached : DROPPED));
      return false;
    });
  }, [index]);
  const type = WARM_TYPES[index];
  if (!type || type === shown) return null;
  return createPortal(
    <ConnectionForm key={type} authType={type} onCreated={ignore} onCancel={ignore} />,
    detached,
  );
}
