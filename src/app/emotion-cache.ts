// Emotion injects <style> tags at runtime; under the server's strict CSP (style-src with a
// per-request nonce, no 'unsafe-inline') each tag must carry that nonce. The server writes it into
// <meta name="csp-nonce" content="..."> when it serves index.html.
import createCache, { type EmotionCache } from '@emotion/cache';

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function readCspNonce(doc: Document = document): string | undefined {
  const content = doc.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? '';
  // The Vite dev server serves the placeholder untouched (and sends no CSP): use no nonce.
  return content && content !== NONCE_PLACEHOLDER ? content : undefined;
}

export function createEmotionCache(doc: Document = document): EmotionCache {
  return createCache({ key: 'ac', nonce: readCspNonce(doc), prepend: true });
}
