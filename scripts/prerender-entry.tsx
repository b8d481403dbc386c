// Renders the standalone app's first screen at an address to HTML, with the Emotion styles it
// uses, at build time (scripts/prerender.ts loads this through Vite's SSR loader, with a stand-in
// `window` that holds the address and a placeholder key). Never shipped to the browser.
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import createCache from '@emotion/cache';
import createEmotionServer from '@emotion/server/create-instance';
import { environmentManager } from '@tanstack/react-query';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '../src/app/app.tsx';
import { NONCE_PLACEHOLDER } from '../src/app/emotion-cache.ts';
import { preloadRoute } from '../src/embed/routes.tsx';

export interface RenderedScreen {
  /** What React puts in #root for this address. */
  html: string;
  /** <style> tags for <head>, each tagged with the CSP nonce placeholder the server fills in. */
  styleTags: string;
}

export async function renderFirstScreen(pathname: string): Promise<RenderedScreen> {
  // The same key and options as the page's own cache (src/app/emotion-cache.ts), so the page's
  // cache adopts these <style> tags instead of inserting the same rules again.
  const cache = createCache({ key: 'ac', nonce: NONCE_PLACEHOLDER, prepend: true });
  const { extractCriticalToChunks, constructStyleTagsFromChunks } = createEmotionServer(cache);
  // The stand-in `window` makes TanStack Query think it runs in a browser, and a query the list
  // renders (pending, never fetched here) would then hold a 5-minute gc timer that keeps the
  // build's process alive. On the server it keeps no timers.
  environmentManager.setIsServer(() => true);
  await preloadRoute(pathname);
  // prerender (not renderToString) waits for every lazy part and message bundle to arrive.
  const { prelude } = await prerenderToNodeStream(<App emotionCache={cache} />);
  const html = await text(prelude as Readable);
  return { html, styleTags: constructStyleTagsFromChunks(extractCriticalToChunks(html)) };
}
