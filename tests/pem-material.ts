// Real key and certificate material for tests (server, components and e2e alike), generated on
// the fly: node:crypto for keys, the openssl CLI for self-signed certificates (node:crypto
// cannot issue certificates). Generated once per process; only tests import this.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PemMaterial {
  /** RSA 2048, PKCS#8. */
  rsaKey: string;
  rsaKeyPkcs1: string;
  rsaPublicKey: string;
  /** Self-signed for rsaKey: CN=test.example, O=Acme Test, valid 10 days. */
  certificate: string;
  /** rsaKey encrypted with `passphrase` (ENCRYPTED PRIVATE KEY). */
  encryptedRsaKey: string;
  /** Another RSA key, encrypted with `passphrase`: it matches no certificate here. */
  encryptedKey: string;
  /** Another RSA key, PKCS#1 with Proc-Type: 4,ENCRYPTED, encrypted with `passphrase`. */
  legacyEncryptedKey: string;
  passphrase: string;
  otherRsaKey: string;
  /** Self-signed for otherRsaKey. */
  otherCertificate: string;
  /** EC P-256, PKCS#8 and SEC1. */
  ecKey: string;
  ecKeySec1: string;
  /** Self-signed for ecKey: CN=ec.example, valid 365 days. */
  ecCertificate: string;
  ed25519Key: string;
  /** RSA 1024: too small for RS* signing. */
  smallRsaKey: string;
}

function selfSigned(keyPem: string, subject: string, days: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pem-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    writeFileSync(keyFile, keyPem, { mode: 0o600 });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-new',
        '-key',
        keyFile,
        '-subj',
        subject,
        '-days',
        String(days),
        '-sha256',
        '-out',
        certFile,
      ],
      { stdio: 'pipe' },
    );
    return readFileSync(certFile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let cached: PemMaterial | undefined;

export function pemMaterial(): PemMaterial {
  if (cached) return cached;
  const pkcs8 = { type: 'pkcs8', format: 'pem' } as const;
  const passphrase = 'correct horse';
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rsaKey = rsa.privateKey.export(pkcs8).toString();
  const otherRsaKey = other.privateKey.export(pkcs8).toString();
  const ecKey = ec.privateKey.export(pkcs8).toString();
  const encrypted = (type: 'pkcs8' | 'pkcs1', cipher: string) =>
    generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type, format: 'pem', cipher, passphrase })
      .toString();
  cached = {
    rsaKey,
    rsaKeyPkcs1: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    rsaPublicKey: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    certificate: selfSigned(rsaKey, '/CN=test.example/O=Acme Test', 10),
    encryptedRsaKey: rsa.privateKey
      .export({ ...pkcs8, cipher: 'aes-256-cbc', passphrase })
      .toString(),
    encryptedKey: encrypted('pkcs8', 'aes-256-cbc'),
    legacyEncryptedKey: encrypted('pkcs1', 'aes-128-cbc'),
    passphrase,
    otherRsaKey,
    otherCertificate: selfSigned(otherRsaKey, '/CN=other.example', 10),
    ecKey,
    ecKeySec1: ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
    ecCertificate: selfSigned(ecKey, '/CN=ec.example', 365),
    ed25519Key: generateKeyPairSync('ed25519').privateKey.export(pkcs8).toString(),
    smallRsaKey: generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export(pkcs8)
      .toString(),
  };
  return cached;
}
