// Headers on every response, plus the CSP builder for the page. Emotion (MUI) injects <style>
// tags at runtime, so style-src allows exactly the per-request nonce instead of 'unsafe-inline'.
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export const commonSecurityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
};

export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * `scriptHashes`: inline scripts allowed by their hash (a prerendered page's gate script,
 * src/prerender/first-screen-gate.ts); nothing else inline ever runs.
 */
export function contentSecurityPolicy(nonce: string, scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}
