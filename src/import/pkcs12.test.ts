import {
  certificateChain,
  makeP12,
  P12_ENCRYPTIONS,
  p12ToPemText,
} from '../../tests/import-samples.ts';
import { importBytes, importText } from './import-credential.ts';
import { mtlsFromParts } from './pem-bundle.ts';
import { parsePkcs12 } from './pkcs12.ts';
import type { ImportResult } from './types.ts';
import * as asn1js from 'asn1js';

const PASSWORD = 'p12 pässword';

function fieldsOf(result: ImportResult) {
  if (!result.ok) throw new Error(`not imported: ${JSON.stringify(result.problem)}`);
  return result.imported;
}

const normalise = (pem: string) => pem.replace(/\r/g, '').trim();

describe('PKCS#12', () => {
  const chain = certificateChain();
  const certs = [chain.leafCert, chain.intermediateCert, chain.rootCert];

  for (const [name, options] of Object.entries(P12_ENCRYPTIONS)) {
    const legacy = name.includes('RC2');
    it(`${name}: ${legacy ? 'says how to re-export' : 'reads certificate, key and chain'}`, async () => {
      const p12 = makeP12(chain.leafKey, certs, PASSWORD, options);
      const result = await parsePkcs12(p12, PASSWORD);
      if (legacy) {
        expect(result).toEqual({
          ok: false,
          problem: {
            code: 'pkcs12-legacy-encryption',
            algorithm: 'RC2-40',
          },
        });
        return;
      }
      const imported = fieldsOf(result);
      expect(imported.authType).toBe('mtls');
      expect(normalise(imported.fields.client_certificate!)).toBe(normalise(chain.leafCert));
      // The key comes back as PKCS#8 PEM: the same key, maybe re-encoded.
      expect(imported.fields.client_key).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(normalise(imported.fields.client_key!)).toBe(normalise(chain.leafKey));
      expect(normalise(imported.fields.ca_certificate!)).toBe(
        normalise(chain.intermediateCert + chain.rootCert),
      );
      expect(imported.recognised).toMatchObject({
        format: 'pkcs12',
        subject: expect.stringContaining('CN=client.example'),
        chainLength: 2,
        key: { type: 'RSA', bits: 2048, encrypted: false },
      });
    });
  }

  it('a wrong password says so (MAC check), and the bytes can be tried again', async () => {
    const p12 = makeP12(chain.leafKey, [chain.leafCert], PASSWORD);
    expect(await parsePkcs12(p12, 'wrong')).toEqual({
      ok: false,
      problem: { code: 'pkcs12-wrong-password' },
    });
    expect((await parsePkcs12(p12, PASSWORD)).ok).toBe(true);
  });

  it('a wrong password without a MAC is caught when the key does not decrypt', async () => {
    const p12 = makeP12(chain.leafKey, [chain.leafCert], PASSWORD, ['-nomac']);
    expect(await parsePkcs12(p12, 'wrong')).toMatchObject({
      ok: false,
      problem: { code: expect.stringMatching(/pkcs12-wrong-password|pkcs12-corrupt/) },
    });
    expect((await parsePkcs12(p12, PASSWORD)).ok).toBe(true);
  });

  it('an empty password works', async () => {
    const p12 = makeP12(chain.leafKey, [chain.leafCert], '');
    expect(fieldsOf(await parsePkcs12(p12, '')).authType).toBe('mtls');
  });

  it('a file with a key and no certificate says which part is missing', async () => {
    const p12 = makeP12(chain.leafKey, [chain.leafCert], PASSWORD, ['-nocerts']);
    expect(await parsePkcs12(p12, PASSWORD)).toEqual({
      ok: false,
      problem: { code: 'pkcs12-no-certificate' },
    });
  });

  it('a key that is not for its certificate is an error', async () => {
    // openssl refuses to write such a file, so the step after decryption is fed one directly:
    // parsePkcs12 hands what it decrypted to mtlsFromParts.
    expect(await mtlsFromParts([chain.leafCert, chain.rootCert], chain.strayKey, 'pkcs12')).toEqual(
      {
        ok: false,
        problem: { code: 'key-not-for-certificate' },
      },
    );
  });

  it('asks for the password first, through importBytes', async () => {
    const p12 = makeP12(chain.leafKey, [chain.leafCert], PASSWORD);
    expect(await importBytes(p12)).toEqual({
      ok: false,
      problem: { code: 'pkcs12-needs-password' },
    });
    expect((await importBytes(p12, PASSWORD)).ok).toBe(true);
  });

  it('damaged bytes are a typed problem, never a throw', async () => {
    const p12 = makeP12(chain.leafKey, [chain.leafCert], PASSWORD);
    const cut = p12.slice(0, p12.length - 40);
    const result = await parsePkcs12(cut, PASSWORD);
    expect(result.ok).toBe(false);
  });

  it('the re-export route the RC2 message gives works: openssl -legacy -nodes, then import the PEM', async () => {
    const p12 = makeP12(
      chain.leafKey,
      certs,
      PASSWORD,
      P12_ENCRYPTIONS['RC2-40 and 3DES (OpenSSL 1.x default)'],
    );
    const pemText = p12ToPemText(p12, PASSWORD, ['-legacy']);
    expect(pemText).toContain('Bag Attributes');
    const imported = fieldsOf(await importText(pemText));
    expect(normalise(imported.fields.client_certificate!)).toBe(normalise(chain.leafCert));
    expect(imported.recognised).toMatchObject({ format: 'pem-bundle', chainLength: 2 });
  });

  it('reads BER with the content split into pieces, as Windows and .NET write it', async () => {
    const der = makeP12(chain.leafKey, [chain.leafCert], PASSWORD);
    const pfx = asn1js.fromBER(Uint8Array.from(der).buffer).result as asn1js.Sequence;
    const [version, authSafe, mac] = pfx.valueBlock.value as [
      asn1js.Integer,
      asn1js.Sequence,
      asn1js.Sequence,
    ];
    const [contentType, explicit] = authSafe.valueBlock.value as [
      asn1js.ObjectIdentifier,
      asn1js.Constructed,
    ];
    const content = new Uint8Array((explicit.valueBlock.value[0] as asn1js.OctetString).getValue());
    const half = Math.floor(content.length / 2);
    const pieces = new asn1js.OctetString({
      idBlock: { isConstructed: true },
      value: [
        new asn1js.OctetString({ valueHex: content.slice(0, half) }),
        new asn1js.OctetString({ valueHex: content.slice(half) }),
      ],
    });
    const ber = new asn1js.Sequence({
      value: [
        version,
        new asn1js.Sequence({
          value: [
            contentType,
            new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [pieces] }),
          ],
        }),
        mac,
      ],
    }).toBER();
    expect(new Uint8Array(ber)).not.toEqual(der);
    const imported = fieldsOf(await parsePkcs12(new Uint8Array(ber), PASSWORD));
    expect(normalise(imported.fields.client_certificate!)).toBe(normalise(chain.leafCert));
  });
});
