import { importBytes, importText } from './import-credential.ts';
import { MAX_IMPORT_BYTES } from './types.ts';

describe('importText / importBytes', () => {
  it('refuses more than 1 MB', async () => {
    const big = 'A'.repeat(MAX_IMPORT_BYTES + 1);
    const problem = { code: 'too-large', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES };
    expect(await importText(big)).toEqual({ ok: false, problem });
    expect(await importBytes(new TextEncoder().encode(big))).toEqual({ ok: false, problem });
  });

  it('says what was expected when nothing is recognised', async () => {
    expect(await importText('   ')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(await importText('hello there')).toEqual({
      ok: false,
      problem: { code: 'not-recognised' },
    });
    expect(await importBytes(Uint8Array.from([0xff, 0xfe, 0x00, 0x81]))).toEqual({
      ok: false,
      problem: { code: 'binary-not-pkcs12' },
    });
  });

  it('reads a text file with a byte-order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFFAPI_TOKEN=t');
    const result = await importBytes(bytes);
    expect(result.ok && result.imported.authType).toBe('bearer_auth');
  });
});
