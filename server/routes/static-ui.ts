// The built UI (STATIC_DIR, default dist/). Files are served as they are, or as the brotli/gzip
// copy the build wrote beside them (scripts/precompress.ts) when Accept-Encoding allows; every
// other GET that is not an asset gets index.html (client-side routes), with a fresh CSP nonce
// written into its <meta name="csp-nonce"> so Emotion can tag the <style> elements it injects.
// A form's deep link (/new?type=mtls) gets the copy of the page with that form's first screen
// prerendered into it, when the build wrote one (scripts/prerender.ts, docs/decisions/0127).
// The page differs per request (the nonce), so it is compressed per request, when it is large
// enough to gain from it. docs/decisions/0110-compressed-responses.md.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Context, Handler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { preferredCoding, type Coding } from '../http/accept-encoding.ts';
import { COMPRESS_MIN_BYTES, encodeJson } from '../http/compress-json.ts';
import { contentSecurityPolicy, newNonce } from '../http/security-headers.ts';
import { prerenderedPages } from './prerendered-pages.ts';
import { routePreloads, withPreloads } from './route-preloads.ts';

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

async function fileIn(root: string, requestPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const isFile = async (file: string) => {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
};

/** The coding to send `file` in: one the client accepts and the build wrote a copy for. */
async function codingFor(file: string, acceptEncoding: string | undefined) {
  const available: Coding[] = [];
  for (const coding of ['br', 'gzip'] as const) {
    if (await isFile(`${file}.${coding === 'br' ? 'br' : 'gz'}`)) available.push(coding);
  }
  if (available.length === 0) return { coding: undefined, varies: false };
  return { coding: preferredCoding(acceptEncoding, available), varies: true };
}

/**
 * A weak validator from the sent file's size and modification time, per coding (each coding is
 * its own representation under `Vary: Accept-Encoding`). Cheap: one stat, no hashing.
 */
async function entityTag(sent: string, coding: Coding | undefined): Promise<string> {
  const { size, mtimeMs } = await stat(sent);
  return `W/"${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}${coding ? `-${coding}` : ''}"`;
}

/** If-None-Match holds `tag` (weak comparison, as RFC 9110 asks for it), or is `*`. */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(tag));
}

async function servePage(
  c: Context,
  staticDir: string,
  preloads: (pathname: string) => string[],
  prerendered: ReturnType<typeof prerenderedPages>,
): Promise<Response> {
  const nonce = newNonce();
  const copy = prerendered(c.req.path, new URL(c.req.url).searchParams);
  c.header('Content-Security-Policy', contentSecurityPolicy(nonce, copy ? [copy.scriptHash] : []));
  c.header('Cache-Control', 'no-store');
  let template: string;
  try {
    template = await readFile(copy?.file ?? path.join(staticDir, 'index.html'), 'utf8');
  } catch {
    return c.text('The UI is not built yet. Run `npm run build` (npm start does it for you).', 503);
  }
  const page = Buffer.from(
    withPreloads(template, preloads(c.req.path), copy?.afterPaintAttribute).replaceAll(
      NONCE_PLACEHOLDER,
      nonce,
    ),
  );
  c.header('Content-Type', 'text/html; charset=UTF-8');
  c.header('Vary', 'Accept-Encoding');
  const coding =
    page.length >= COMPRESS_MIN_BYTES
      ? preferredCoding(c.req.header('Accept-Encoding'))
      : undefined;
  if (!coding) return c.body(new Uint8Array(page));
  c.header('Content-Encoding', coding);
  return c.body(new Uint8Array(await encodeJson[coding](page)));
}

export function staticUi(staticDir: string): Handler {
  const root = path.resolve(staticDir);
  const preloads = routePreloads(root);
  const prerendered = prerenderedPages(root);
  return async (c) => {
    const requestPath = c.req.path;
    if (requestPath !== '/' && requestPath !== '/index.html') {
      // Build metadata (.vite/manifest.json) is for the server, not for browsers.
      if (requestPath.split('/').some((segment) => segment.startsWith('.'))) {
        return c.text('Not found', 404);
      }
      const file = await fileIn(root, requestPath);
      if (file) {
        c.header('Content-Type', getMimeType(file) ?? 'application/octet-stream');
        // Vite puts content-hashed names under assets/: safe to cache for good. Any other file
        // (the favicon) keeps its name across builds: the browser asks again each time, and
        // its ETag turns the answer into a 304 while the file is unchanged.
        const immutable = requestPath.startsWith('/assets/');
        c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        const { coding, varies } = await codingFor(file, c.req.header('Accept-Encoding'));
        if (varies) c.header('Vary', 'Accept-Encoding');
        if (coding) c.header('Content-Encoding', coding);
        const sent = coding ? `${file}.${coding === 'br' ? 'br' : 'gz'}` : file;
        if (!immutable) {
          const tag = await entityTag(sent, coding);
          c.header('ETag', tag);
          if (matches(c.req.header('If-None-Match'), tag)) return c.body(null, 304);
        }
        if (c.req.method === 'HEAD') return c.body(null);
        return c.body(new Uint8Array(await readFile(sent)));
      }
      // A missing asset is a 404, not the page (a script tag must never receive HTML).
      if (path.posix.extname(requestPath) !== '') return c.text('Not found', 404);
    }
    return servePage(c, root, preloads, prerendered);
  };
}
