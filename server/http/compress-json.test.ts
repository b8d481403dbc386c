// JSON answers through the whole app: compressed when the client accepts it and the body is
// worth it; never when it carries an ETag (If-Match compares it byte for byte).
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createInProcessServer } from '../../tests/in-process-server.ts';
import { validBodies } from '../test-support/test-api.ts';
import { COMPRESS_MIN_BYTES } from './compress-json.ts';

const BASE = '/v1/workspace/auth-connections';
const server = createInProcessServer();
afterAll(() => server.close());

const request = (path: string, acceptEncoding?: string, init: RequestInit = {}) =>
  server.fetch(`${server.baseUrl}${path}`, {
    ...init,
    headers: {
      'xi-api-key': server.apiKey,
      'content-type': 'application/json',
      ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
    },
  });

async function seed(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const res = await request(BASE, undefined, {
      method: 'POST',
      body: JSON.stringify({
        auth_type: 'bearer_auth',
        name: `Connection ${i}`,
        provider: 'Internal',
        token: `t-${i}-secret`,
      }),
    });
    expect(res.status).toBe(200);
  }
}

describe('compressed JSON', () => {
  it('keeps small answers plain, but still says they vary by Accept-Encoding', async () => {
    const res = await request(BASE, 'gzip, br');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect(await res.json()).toEqual({ auth_connections: [] });
  });

  it('sends the list as brotli or gzip, the same JSON once decoded, still no-store', async () => {
    await seed(30);
    const plain = await request(BASE);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(COMPRESS_MIN_BYTES);

    const br = await request(BASE, 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('no-store');
    expect(br.headers.get('content-type')).toMatch(/application\/json/);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(text.length / 4);
    expect(brotliDecompressSync(brBytes).toString()).toBe(text);

    const gz = await request(BASE, 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text);
  });

  it('sends an answer with an ETag as it is, so If-Match compares the tag of the same bytes', async () => {
    const headers = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`X-Header-${i}`, `value number ${i}`]),
    );
    const res = await request(BASE, 'gzip, br', {
      method: 'POST',
      body: JSON.stringify({ ...validBodies.oauth2_client_credentials, custom_headers: headers }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.text()).length).toBeGreaterThan(COMPRESS_MIN_BYTES);
  });
});
