import { describe, expect, it } from 'vitest';
import { pemMaterial } from '../../tests/pem-material.ts';
import {
  checkCertificate,
  checkCertificateBundle,
  checkRsaPrivateKey,
  keyMatchesCertificate,
  loadPrivateKey,
} from './pem-checks.ts';

const pem = pemMaterial();

describe('checkCertificate', () => {
  it('accepts a real certificate and a bundle of two', () => {
    expect(checkCertificate(pem.certificate)).toBeNull();
    expect(checkCertificateBundle(`${pem.certificate}\n${pem.otherCertificate}`)).toBeNull();
  });

  it('says what is wrong with other input', () => {
    expect(checkCertificate('hello')).toMatch(/Paste a PEM certificate/);
    expect(checkCertificate(pem.rsaKey)).toMatch(/private key, not a certificate/);
    expect(checkCertificate('-----BEGIN CERTIFICATE-----\nAAAA')).toMatch(/incomplete/);
    const damaged = pem.certificate.replace(/\n[A-Za-z0-9+/]{10}/, '\nAAAAAAAAAA');
    expect(checkCertificate(damaged)).toMatch(/could not be read/);
    expect(
      checkCertificateBundle(
        `${pem.certificate}\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----`,
      ),
    ).toMatch(/^Certificate 2:/);
  });
});

describe('loadPrivateKey', () => {
  it('loads plain keys and decrypts an encrypted key with its passphrase', () => {
    expect(loadPrivateKey(pem.rsaKey).ok).toBe(true);
    expect(loadPrivateKey(pem.ecKey).ok).toBe(true);
    expect(loadPrivateKey(pem.encryptedRsaKey, pem.passphrase).ok).toBe(true);
  });

  it('asks for the passphrase of an encrypted key, and rejects a wrong one', () => {
    expect(loadPrivateKey(pem.encryptedRsaKey)).toEqual({
      ok: false,
      field: 'passphrase',
      message: 'The private key is encrypted: enter its passphrase.',
    });
    expect(loadPrivateKey(pem.encryptedRsaKey, 'wrong')).toMatchObject({
      ok: false,
      field: 'passphrase',
    });
  });

  it('names a public key or a certificate pasted as a key', () => {
    expect(loadPrivateKey(pem.rsaPublicKey)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/public key/),
    });
    expect(loadPrivateKey(pem.certificate)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/certificate/),
    });
  });
});

describe('key and certificate', () => {
  it('matches the key the certificate was made for, and no other', () => {
    const own = loadPrivateKey(pem.rsaKey);
    const other = loadPrivateKey(pem.otherRsaKey);
    if (!own.ok || !other.ok) throw new Error('keys should load');
    expect(keyMatchesCertificate(pem.certificate, own.key)).toBe(true);
    expect(keyMatchesCertificate(pem.certificate, other.key)).toBe(false);
  });
});

describe('checkRsaPrivateKey', () => {
  it('accepts RSA >= 2048 bits and rejects EC, small, encrypted and non-PEM keys', () => {
    expect(checkRsaPrivateKey(pem.rsaKey, 'RS256')).toBeNull();
    expect(checkRsaPrivateKey(pem.ecKey, 'RS256')).toMatch(
      /needs an RSA private key; this is a ec key/,
    );
    expect(checkRsaPrivateKey(pem.smallRsaKey, 'RS384')).toMatch(/1024 bits/);
    expect(checkRsaPrivateKey(pem.encryptedRsaKey, 'RS512')).toMatch(/encrypted/);
    expect(checkRsaPrivateKey('x'.repeat(64), 'RS256')).toMatch(/PEM form/);
  });
});
