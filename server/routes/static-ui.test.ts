// The built UI's files in the coding the client accepts: the copies the build wrote
// (scripts/precompress.ts), never compressed per request. The page keeps its per-request nonce,
// so it is compressed per request; a form's deep link gets its prerendered copy.
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
    `<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head><body><p>${'x'.repeat(2000)}</p></body></html>`,
  );
  writeFileSync(path.join(dir, 'assets', 'app-abc.js'), script);
  writeFileSync(path.join(dir, 'assets', 'tiny-abc.js'), 'export {};\n');
  writeFileSync(path.join(dir, 'assets', 'photo-abc.png'), Buffer.alloc(4000, 7));
  writeFileSync(path.join(dir, 'icon.png'), Buffer.alloc(900, 3));
  writeFileSync(path.join(dir, 'notes.txt'), 'a note that keeps its name\n'.repeat(60));
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(
    path.join(dir, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared-1.js'] },
      '_shared-1.js': { file: 'assets/shared-1.js' },
      'src/api/wire-module.ts': { file: 'assets/wire-1.js', imports: ['_zod-1.js', 'index.html'] },
      '_zod-1.js': { file: 'assets/zod-1.js' },
      'src/features/auth-connections/create/create-connection-page.tsx': {
        file: 'assets/create-1.js',
        imports: ['index.html', '_shared-1.js', '_form-1.js'],
      },
      '_form-1.js': { file: 'assets/form-1.js', imports: ['_zod-1.js'] },
    }),
  );
  await precompressDir(dir);
});

const preloaded = async (p: string) =>
  [
    ...(await (await get(p)).text()).matchAll(
      /<link rel="modulepreload" crossorigin href="([^"]+)">/g,
    ),
  ]
    .map((m) => m[1])
    .sort();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const nonceOf = (res: Response) =>
  /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];

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

describe('files that keep their name across builds (the favicon)', () => {
  const withTag = (p: string, tag: string, acceptEncoding = 'br') =>
    app.request(`http://test.local${p}`, {
      headers: { 'If-None-Match': tag, 'Accept-Encoding': acceptEncoding },
    });

  it('are revalidated: no-cache with an ETag, and a 304 without a body while unchanged', async () => {
    const first = await get('/icon.png', 'br');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\/"[0-9a-z-]+"$/);

    for (const header of [tag, `"other", ${tag}`, tag.replace(/^W\//, ''), '*']) {
      const again = await withTag('/icon.png', header);
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(tag);
      expect(again.headers.get('cache-control')).toBe('no-cache');
      expect(await again.text()).toBe('');
    }
    expect((await withTag('/icon.png', 'W/"other"')).status).toBe(200);
  });

  it('gets a new ETag when the file changes, so the old one no longer matches', async () => {
    const file = path.join(dir, 'icon.png');
    const tag = (await get('/icon.png')).headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\//);
    writeFileSync(file, Buffer.alloc(901, 3));
    const changed = await withTag('/icon.png', tag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    expect((await changed.arrayBuffer()).byteLength).toBe(901);
  });

  it('tags each coding on its own: a brotli tag does not validate the plain file', async () => {
    const br = await get('/notes.txt', 'br');
    const plain = await get('/notes.txt', 'identity');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const brTag = br.headers.get('etag') ?? '';
    expect((await withTag('/notes.txt', brTag, 'br')).status).toBe(304);
    const mismatched = await withTag('/notes.txt', brTag, 'identity');
    expect(mismatched.status).toBe(200);
    expect(await mismatched.text()).toContain('a note that keeps its name');
  });

  it('are not sent with a validator under assets/, where names change with content', async () => {
    const res = await get('/assets/app-abc.js', 'br');
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('cache-control')).toContain('immutable');
  });
});

describe('the page', () => {
  it("asks for its route's lazy chunks from the start, not those already in the page", async () => {
    expect(await preloaded('/new')).toEqual([
      '/assets/create-1.js',
      '/assets/form-1.js',
      '/assets/wire-1.js',
      '/assets/zod-1.js',
    ]);
    expect(await preloaded('/')).toEqual(['/assets/wire-1.js', '/assets/zod-1.js']);
    expect(await preloaded('/connections/ac_1')).toEqual(['/assets/wire-1.js', '/assets/zod-1.js']);
  });

  it('does not serve the build manifest or any other dot path', async () => {
    expect((await get('/.vite/manifest.json')).status).toBe(404);
    expect((await get('/assets/../.vite/manifest.json')).status).toBe(404);
  });

  it('is made per request (fresh nonce, no-store), compressed per request', async () => {
    const res = await get('/', 'gzip, deflate, br, zstd');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    const nonce = nonceOf(res);
    expect(nonce).toBeTruthy();
    const page = brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString();
    expect(page).toContain(`content="${nonce}"`);
    const again = await get('/', 'gzip');
    expect(again.headers.get('content-encoding')).toBe('gzip');
    expect(nonceOf(again)).not.toBe(nonce);
    expect(gunzipSync(Buffer.from(await again.arrayBuffer())).toString()).toContain(
      `content="${nonceOf(again)}"`,
    );
    expect(await (await get('/')).text()).toContain('<p>xxx');
  });
});

describe('a prerendered first screen (scripts/prerender.ts)', () => {
  const scriptHash = 'sha256-R2F0ZSBzY3JpcHQgaGFzaCBmb3IgdGhlIHRlc3Q=';
  beforeAll(() => {
    const copy = (marker: string) =>
      `<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__">` +
      `<style nonce="__CSP_NONCE__">.a{}</style><script>gate()</script></head>` +
      `<body><div id="prerendered-first-screen" inert>${marker}</div><div id="root"></div></body></html>`;
    mkdirSync(path.join(dir, '.prerender'));
    writeFileSync(path.join(dir, '.prerender', 'new.mtls.html'), copy('the mTLS form'));
    writeFileSync(path.join(dir, '.prerender', 'list.html'), copy('the list, loading'));
    writeFileSync(path.join(dir, 'outside.html'), copy('not listed by the build'));
    writeFileSync(
      path.join(dir, '.prerender', 'pages.json'),
      JSON.stringify({
        scriptHash,
        newByType: { mtls: 'new.mtls.html', basic_auth: '../outside.html' },
        list: 'list.html',
        afterPaintAttribute: 'data-after-paint',
      }),
    );
  });

  it("is sent for its form's deep link, its gate script allowed by hash, its styles by nonce", async () => {
    const res = await get('/new?type=mtls');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`script-src 'self' '${scriptHash}';`);
    const page = await res.text();
    expect(page).toContain('the mTLS form');
    expect(page).toContain(`<style nonce="${nonceOf(res)}">`);
    expect(page).not.toContain('__CSP_NONCE__');
    // The deep link's chunks are listed from the start, marked as the build says for its gate
    // script to ask for once the picture has painted (0134).
    expect(page).toContain(
      '<link data-after-paint="modulepreload" crossorigin href="/assets/create-1.js">',
    );
    expect(page).not.toContain('rel="modulepreload"');
  });

  it("is sent for the list's plain address, whose picture is its loading screen", async () => {
    for (const address of ['/', '/index.html']) {
      const res = await get(address);
      expect(await res.text(), address).toContain('the list, loading');
      expect(res.headers.get('content-security-policy'), address).toContain(
        `script-src 'self' '${scriptHash}';`,
      );
    }
  });

  it('is not sent for any other address, and its script is then not allowed', async () => {
    // A list address with a query (a search, filters, a page) gets no picture: it was made
    // without one.
    for (const address of [
      '/new',
      '/new?type=basic_auth',
      '/new?type=nope',
      '/?type=mtls',
      '/?q=sales',
      '/?page=2',
    ]) {
      const res = await get(address);
      expect(await res.text(), address).toContain('<p>xxx');
      expect(res.headers.get('content-security-policy'), address).toContain("script-src 'self';");
    }
  });

  it('is never served as a file', async () => {
    expect((await get('/.prerender/new.mtls.html')).status).toBe(404);
    expect((await get('/.prerender/pages.json')).status).toBe(404);
  });
});
