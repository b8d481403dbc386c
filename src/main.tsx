import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadRoute } from './embed/routes.tsx';
import { PRERENDER_ID } from './prerender/first-screen-gate.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A deep link renders once its page's code is here (the server preloads it with the entry), so
// the first render is the page itself rather than a spinner and then the page.
// The first render is a transition so React renders it in slices and yields to the browser
// between them: the same work, without one long task that blocks input (Lighthouse's TBT).
// Measured both ways (docs/decisions/0114): a synchronous first render painted a deep link's
// form 1-8% sooner but scored 80-85 instead of 90 in Lighthouse.
// A form's deep link comes with a picture of its first screen (an inert copy, outside #root;
// docs/decisions/0127). It goes in the commit that puts the real screen in, before that frame
// paints, so the two never show together and nothing is typed into the picture.
function RemovePrerenderedScreen() {
  useLayoutEffect(() => document.getElementById(PRERENDER_ID)?.remove(), []);
  return null;
}

void preloadRoute(window.location.pathname).then(() => {
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
        <RemovePrerenderedScreen />
      </StrictMode>,
    ),
  );
});
