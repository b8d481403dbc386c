// The built UI's files in the coding the client accepts: the copies the build wrote
// (scripts/precompress.ts), never compressed per request. The page keeps its per-request nonce.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress.ts';
import { staticUi } from './static-ui.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'static-ui-'));
const script = `export const rows = [${Array.from({ length: 300 }, (_, i) => `"row ${i}"`).join(',')}];\n`;
const app = new Hono().get('*', staticUi(dir));
const get = (p: string, acceptEncoding?: string) =>
  app.request(`http://test.local${p}`, {
    headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding },
  });

beforeAll(async () => {
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><meta name="csp-nonce" content="__CSP_NONCE__"><p>${'x'.repeat(2000)}</p>`,
  );
  writeFileSync(path.join(dir, 'assets', 'app-abc.js'), script);
  writeFileSync(path.join(dir, 'assets', 'tiny-abc.js'), 'export {};\n');
  writeFileSync(path.join(dir, 'assets', 'photo-abc.png'), Buffer.alloc(4000, 7));
  await precompressDir(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('static files', () => {
  it('sends the brotli copy to a browser that accepts it, with its own type and Vary', async () => {
    const res = await get('/assets/app-abc.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('sends gzip when brotli is not accepted, and the file as it is when nothing is', async () => {
    const gz = await get('/assets/app-abc.js', 'gzip, deflate');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);

    for (const header of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get('/assets/app-abc.js', header);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('vary')).toBe('Accept-Encoding');
      expect(await plain.text()).toBe(script);
    }
  });

  it('leaves files without compressed copies alone (too small, or not text)', async () => {
    for (const p of ['/assets/tiny-abc.js', '/assets/photo-abc.png']) {
      const res = await get(p, 'gzip, br');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('vary')).toBeNull();
    }
  });

  it('answers HEAD with the headers of what a GET would send', async () => {
    const res = await app.request('http://test.local/assets/app-abc.js', {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(await res.text()).toBe('');
  });
});

describe('the page', () => {
  it('is made per request (fresh nonce, no-store) and sent uncompressed', async () => {
    const res = await get('/', 'gzip, deflate, br, zstd');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(await res.text()).toContain(`content="${nonce}"`);
  });
});
