import { pemMaterial } from '../../tests/pem-material.ts';
import { certificateChain } from '../../tests/import-samples.ts';
import { importText } from './import-credential.ts';

const trimmed = (pem: string | undefined) => (pem ?? '').replace(/\r/g, '').trim();

describe('PEM bundles', () => {
  const chain = certificateChain();

  const orders: [string, string[]][] = [
    ['leaf, key, chain', [chain.leafCert, chain.leafKey, chain.intermediateCert, chain.rootCert]],
    [
      'key first, chain reversed',
      [chain.leafKey, chain.rootCert, chain.intermediateCert, chain.leafCert],
    ],
    [
      'chain first, key last',
      [chain.rootCert, chain.leafCert, chain.intermediateCert, chain.leafKey],
    ],
  ];
  for (const [name, parts] of orders) {
    it(`${name}: the leaf is the certificate of the key, the chain is ordered upwards`, async () => {
      const result = await importText(parts.join(''));
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      expect(result.imported.authType).toBe('mtls');
      expect(trimmed(result.imported.fields.client_certificate)).toBe(trimmed(chain.leafCert));
      expect(trimmed(result.imported.fields.client_key)).toBe(trimmed(chain.leafKey));
      expect(trimmed(result.imported.fields.ca_certificate)).toBe(
        trimmed(chain.intermediateCert + chain.rootCert),
      );
      expect(result.imported.notes).toEqual([{ code: 'chain-in-ca-field', count: 2 }]);
      expect(result.imported.recognised).toMatchObject({
        format: 'pem-bundle',
        subject: expect.stringContaining('CN=client.example'),
        chainLength: 2,
      });
    });
  }

  it('reads Windows line endings and newlines lost on the way', async () => {
    const bundle = chain.leafCert + chain.leafKey;
    const crlf = await importText(bundle.replace(/\n/g, '\r\n'));
    const oneLine = await importText(bundle.replace(/\n/g, ' '));
    const escaped = await importText(bundle.replace(/\n/g, '\\n'));
    for (const result of [crlf, oneLine, escaped]) {
      expect(result.ok && trimmed(result.imported.fields.client_key)).toBe(trimmed(chain.leafKey));
    }
  });

  it('a cert and a key for another cert: the key is not for the certificate', async () => {
    expect(await importText(chain.leafCert + chain.strayKey)).toEqual({
      ok: false,
      problem: { code: 'key-not-for-certificate' },
    });
  });

  it('certificates only, two keys: says which part is wrong', async () => {
    expect(await importText(chain.leafCert + chain.rootCert)).toEqual({
      ok: false,
      problem: { code: 'pem-no-key' },
    });
    expect(await importText(chain.leafCert + chain.leafKey + chain.strayKey)).toEqual({
      ok: false,
      problem: { code: 'pem-many-keys', count: 2 },
    });
  });

  it('an encrypted key: the leaf is found by the chain, and the passphrase is asked for', async () => {
    const pem = pemMaterial();
    const result = await importText(pem.certificate + pem.encryptedRsaKey);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(trimmed(result.imported.fields.client_certificate)).toBe(trimmed(pem.certificate));
    expect(result.imported.notes).toEqual([{ code: 'key-passphrase-needed' }]);
  });

  it('a key alone is a JWT signing key (PKCS#1 and EC too)', async () => {
    const pem = pemMaterial();
    const rsa = await importText(pem.rsaKeyPkcs1);
    expect(rsa.ok && rsa.imported).toMatchObject({
      authType: 'private_key_jwt',
      fields: { algorithm: 'RS256' },
      recognised: { format: 'private-key', source: 'pem', key: { type: 'RSA', bits: 2048 } },
    });
    const ec = await importText(pem.ecKeySec1);
    expect(ec.ok && ec.imported.notes).toEqual([{ code: 'ec-key-no-algorithm' }]);
  });

  it('a damaged certificate is named by its place in the bundle', async () => {
    const broken = chain.rootCert.replace(
      /^(-----BEGIN CERTIFICATE-----\n)(.{20})/,
      '$1AAAAAAAAAAAAAAAAAAAA',
    );
    expect(await importText(chain.leafCert + broken + chain.leafKey)).toEqual({
      ok: false,
      problem: { code: 'pem-unreadable-certificate', index: 2 },
    });
  });
});
