import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadRoute } from './embed/routes.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A deep link renders once its page's code is here (the server preloads it with the entry), so
// the first render is the page itself rather than a spinner and then the page.
// The first render is synchronous: nothing is on screen before it, so no input waits on it and
// Lighthouse's blocking time (counted from the first paint) does not see it, while rendering it
// in slices (a transition) painted a deep link's form 1-8% later (docs/decisions/0114). What
// renders after the first paint (the list's rows, a form's optional fields) is time-sliced.
void preloadRoute(window.location.pathname).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
