// JSON answers compressed when the client accepts it (brotli, else gzip). They are made per
// request, so the levels favour speed: the list of 20,000 connections is 8 MB of JSON
// (docs/decisions/0110-compressed-responses.md). Runs on zlib's thread pool, not the event loop.
// Not compressed: small bodies (not worth it), anything already encoded (the upstream proxy
// passes bodies through), and answers with an ETag: a strong ETag names one representation,
// and If-Match compares it byte for byte, so those stay as they are.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { preferredCoding } from './accept-encoding.ts';

export const COMPRESS_MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Per-request levels: brotli 4 / gzip 5 (see the header comment). */
export const encodeJson = {
  br: (bytes: Buffer) =>
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes: Buffer) => gz(bytes, { level: 5 }),
};

export const compressJson: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  if (c.req.method === 'HEAD' || res.body === null) return;
  if (!(res.headers.get('Content-Type') ?? '').includes('json')) return;
  // Already encoded: the upstream proxy's bodies, or the list from its cache (list-cache.ts).
  if (res.headers.has('Content-Encoding') || res.headers.has('ETag')) return;
  res.headers.append('Vary', 'Accept-Encoding');
  const coding = preferredCoding(c.req.header('Accept-Encoding'));
  if (!coding) return;
  const bytes = Buffer.from(await res.arrayBuffer());
  // Hono copies the old answer's headers onto the one set here; drop the length they share.
  res.headers.delete('Content-Length');
  const init = { status: res.status, statusText: res.statusText, headers: res.headers };
  if (bytes.length < COMPRESS_MIN_BYTES) {
    c.res = new Response(bytes, init);
    return;
  }
  const body = await encodeJson[coding](bytes);
  res.headers.set('Content-Encoding', coding);
  c.res = new Response(body, init);
};
