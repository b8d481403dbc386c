// While the admin may pick another type, the create page renders what that pick would show where
// nobody sees it: into a <div> that is never attached to the document, then drops it. The first
// time a page mounts a widget it pays for the code's first run (V8 compiles functions lazily),
// for Emotion making and inserting its styles, and for MUI's first-use work; a pick that finds
// all of that done paints its form in about half the time (docs/decisions/0116, 0117). Nothing of
// it reaches the page: no element in the document or the accessibility tree, no focus; the
// styles it inserts are the ones the real form would insert, under the same nonce.
//
// This launcher is all the page's first paint carries: the steps (warm-up-steps.tsx) are a chunk
// of their own, fetched once the page has painted and is idle.
import { useEffect, useState, type ComponentType } from 'react';
import type { CreateAuthType } from '../../../../contract/index.ts';
import { whenIdle } from '../../../components/when-idle.ts';

type Steps = ComponentType<{ shown: CreateAuthType | null }>;

const canIdle = () => typeof window !== 'undefined' && 'requestIdleCallback' in window;

/**
 * Beside the type picker: once the page's first frame is painted and the browser is idle, loads
 * and runs the warm-up for the type shown (null: the empty page). It runs once per page load,
 * resuming where it stopped after a pick, and never without `requestIdleCallback` (Safari,
 * jsdom): there is no way there to know the work would not delay the admin, so the pick just
 * pays as before.
 */
export function FormWarmUp({ shown }: { shown: CreateAuthType | null }) {
  const [Steps, setSteps] = useState<Steps | null>(null);
  const idle = canIdle();
  useEffect(() => {
    if (!idle) return;
    let live = true;
    // An idle period can come between a commit and its paint: wait for a frame first, so the
    // warm-up is never what the page's first paint waits for.
    const frame = requestAnimationFrame(() =>
      setTimeout(() =>
        whenIdle(() => {
          // The page may have gone by now (the admin left it): then fetch nothing.
          if (!live) return;
          import('./warm-up-steps.tsx').then(
            (steps) => live && setSteps(() => steps.WarmUpSteps),
            () => {}, // a warm-up that cannot load changes nothing: the pick pays as before
          );
        }),
      ),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [idle]);
  // Keyed by the type shown: a pick starts over with what is left for the new page.
  return Steps && <Steps key={shown ?? ''} shown={shown} />;
}
