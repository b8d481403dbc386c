// Whatever the admin drops or pastes, the importer answers with a typed result: it never throws,
// and a problem always carries a code (the messages object has a sentence for each).
import fc from 'fast-check';
import { certificateChain, makeP12, serviceAccountJson } from '../../tests/import-samples.ts';
import { importBytes, importText } from './import-credential.ts';
import type { ImportResult } from './types.ts';

function expectTyped(result: ImportResult) {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) expect(typeof result.imported.authType).toBe('string');
  else expect(result.problem.code).toMatch(/^[a-z0-9-]+$/);
}

const chain = certificateChain();
const sample = serviceAccountJson();
const p12 = makeP12(chain.leafKey, [chain.leafCert], 'pw');

// Text that reaches each parser: a format's opening, then anything.
const prefixes = [
  '',
  'curl ',
  "curl -H 'Authorization: ",
  'curl -d grant_type=client_credentials ',
  '{',
  '{"type":"service_account",',
  '{"kty":"RSA","d":',
  '{"keys":[',
  '-----BEGIN CERTIFICATE-----\n',
  '-----BEGIN PRIVATE KEY-----',
  'CLIENT_ID=',
  'export API_KEY=',
];
const textArbitrary = fc
  .tuple(fc.constantFrom(...prefixes), fc.string({ unit: 'binary', maxLength: 300 }))
  .map(([prefix, rest]) => prefix + rest);

/** A real sample with a slice cut out or replaced: close to valid, which is where parsers slip. */
const mutated = (source: string) =>
  fc
    .tuple(fc.nat(source.length), fc.nat(200), fc.string({ maxLength: 20 }))
    .map(([at, cut, insert]) => source.slice(0, at) + insert + source.slice(at + cut));

describe('the importer never throws', () => {
  it('on any text', async () => {
    await fc.assert(
      fc.asyncProperty(textArbitrary, async (text) => expectTyped(await importText(text))),
      { numRuns: 300 },
    );
  });

  it('on damaged real samples (service account, PEM bundle, curl)', async () => {
    const sources = [
      sample.json,
      chain.leafCert + chain.leafKey + chain.rootCert,
      `curl https://auth.acme.com/token -u cid:secret -d grant_type=client_credentials -d 'scope=a b'`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sources).chain(mutated), async (text) =>
        expectTyped(await importText(text)),
      ),
      { numRuns: 120 },
    );
  });

  it('on any bytes, and on a .p12 with bytes flipped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) =>
        expectTyped(await importBytes(bytes, 'pw')),
      ),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat(p12.length - 1),
        fc.integer({ min: 1, max: 255 }),
        async (at, xor) => {
          const copy = p12.slice();
          copy[at] = copy[at]! ^ xor;
          expectTyped(await importBytes(copy, 'pw'));
        },
      ),
      { numRuns: 60 },
    );
  });
});
