import { inspectPem, publicKeyMatches } from './pem-inspect.ts';
import { pemMaterial } from '../../tests/pem-material.ts';

const pem = pemMaterial();

describe('inspectPem: certificates', () => {
  it('reads subject, issuer, validity and the SHA-256 fingerprint of a certificate', async () => {
    const info = await inspectPem(pem.certificate, { expect: 'certificate' });
    if (info.kind !== 'certificate') throw new Error(`got ${info.kind}`);
    const [cert] = info.certificates;
    expect(cert?.subject).toBe('CN=test.example, O=Acme Test');
    expect(cert?.issuer).toBe('CN=test.example, O=Acme Test');
    expect(cert?.daysLeft).toBeGreaterThanOrEqual(9);
    expect(cert?.daysLeft).toBeLessThanOrEqual(10);
    expect(cert?.expired).toBe(false);
    expect(cert?.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(info.warnings).toEqual([]);
  });

  it('matches the fingerprint openssl computes', async () => {
    const { X509Certificate } = await import('node:crypto');
    const expected = new X509Certificate(pem.certificate).fingerprint256;
    const info = await inspectPem(pem.certificate);
    expect(info.kind === 'certificate' && info.certificates[0]?.fingerprintSha256).toBe(expected);
  });

  it('says when a certificate has expired or is not valid yet', async () => {
    const later = new Date(Date.now() + 30 * 86_400_000);
    const info = await inspectPem(pem.certificate, { now: later });
    expect(info.kind === 'certificate' && info.certificates[0]).toMatchObject({ expired: true });
    expect(info.kind === 'certificate' && info.certificates[0]!.daysLeft).toBeLessThan(0);

    const earlier = new Date(Date.now() - 2 * 86_400_000);
    const early = await inspectPem(pem.certificate, { now: earlier });
    expect(early.kind === 'certificate' && early.certificates[0]).toMatchObject({
      notYetValid: true,
    });
  });

  it('reads every certificate of a chain and repairs a one-line paste first', async () => {
    const chain = `${pem.certificate}${pem.ecCertificate}`.replace(/\n/g, ' ');
    const info = await inspectPem(chain, { expect: 'certificate' });
    expect(info.kind === 'certificate' && info.certificates.map((c) => c.subject)).toEqual([
      'CN=test.example, O=Acme Test',
      'CN=ec.example',
    ]);
  });

  it('warns when a private key came along with the certificate', async () => {
    const info = await inspectPem(`${pem.certificate}${pem.rsaKey}`, { expect: 'certificate' });
    expect(info.kind === 'certificate' && info.warnings).toEqual([
      'This also holds a private key. Put the key in its own field.',
    ]);
  });
});

describe('inspectPem: private keys', () => {
  it.each([
    ['PKCS#8 RSA', () => pem.rsaKey, { keyType: 'RSA', bits: 2048, description: 'RSA 2048-bit' }],
    ['PKCS#1 RSA', () => pem.rsaKeyPkcs1, { keyType: 'RSA', bits: 2048 }],
    ['PKCS#8 EC', () => pem.ecKey, { keyType: 'EC', curve: 'P-256', bits: 256 }],
    ['SEC1 EC', () => pem.ecKeySec1, { keyType: 'EC', curve: 'P-256', bits: 256 }],
    ['Ed25519', () => pem.ed25519Key, { keyType: 'Ed25519', bits: 256 }],
  ])('reads the type and size of a %s key', async (_name, text, expected) => {
    const info = await inspectPem(text(), { expect: 'private-key' });
    expect(info).toMatchObject({ kind: 'private-key', encrypted: false, ...expected });
  });

  it('spots an encrypted PKCS#8 key', async () => {
    expect(await inspectPem(pem.encryptedKey, { expect: 'private-key' })).toMatchObject({
      kind: 'private-key',
      encrypted: true,
      description: 'Encrypted private key',
    });
  });

  it('spots a legacy Proc-Type encrypted key, even pasted on one line', async () => {
    const oneLine = pem.legacyEncryptedKey.replace(/\n/g, ' ');
    expect(await inspectPem(oneLine, { expect: 'private-key' })).toMatchObject({
      kind: 'private-key',
      keyType: 'RSA',
      encrypted: true,
    });
  });
});

describe('inspectPem: what it cannot read', () => {
  it('says empty for blank text', async () => {
    expect(await inspectPem('  \n')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['certificate', 'hello', "This doesn't look like a PEM certificate"],
    ['private-key', 'hello', "This doesn't look like a PEM private key"],
    ['certificate', () => pem.rsaKey, 'This is a private key, not a certificate.'],
    ['private-key', () => pem.certificate, 'This is a certificate, not a private key.'],
    [
      'certificate',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      'The certificate could not be read',
    ],
    [
      'private-key',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      'The private key could not be read',
    ],
    [
      'private-key',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----',
      'This is an OpenSSH key.',
    ],
  ] as const)('expecting a %s, explains %j', async (expect_, text, message) => {
    const info = await inspectPem(typeof text === 'function' ? text() : text, { expect: expect_ });
    expect(info.kind).toBe('invalid');
    expect(info.kind === 'invalid' && info.message).toContain(message);
  });
});

describe('publicKeyMatches', () => {
  it('is true for the key a certificate was made from, in any key format', async () => {
    expect(await publicKeyMatches(pem.certificate, pem.rsaKey)).toBe(true);
    expect(await publicKeyMatches(pem.certificate, pem.rsaKeyPkcs1)).toBe(true);
    expect(await publicKeyMatches(pem.ecCertificate, pem.ecKey)).toBe(true);
    expect(await publicKeyMatches(pem.ecCertificate, pem.ecKeySec1)).toBe(true);
  });

  it('is false for another key, of the same type or not', async () => {
    expect(await publicKeyMatches(pem.certificate, pem.otherRsaKey)).toBe(false);
    expect(await publicKeyMatches(pem.certificate, pem.ecKey)).toBe(false);
    expect(await publicKeyMatches(pem.ecCertificate, pem.rsaKey)).toBe(false);
  });

  it('is null when it cannot tell', async () => {
    expect(await publicKeyMatches(pem.certificate, pem.encryptedKey)).toBeNull();
    expect(await publicKeyMatches('not a cert', pem.rsaKey)).toBeNull();
    expect(await publicKeyMatches(pem.certificate, '')).toBeNull();
  });
});
