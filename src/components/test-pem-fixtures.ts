// Real PEM material for tests: keys from node:crypto, certificates from the openssl CLI.
// Only test files import this; the app never does.
/* eslint-disable no-restricted-imports -- Node APIs are how the tests make real keys */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/* eslint-enable no-restricted-imports */

export interface PemFixtures {
  rsaKey: string; // PKCS#8
  rsaKeyPkcs1: string;
  otherRsaKey: string;
  ecKey: string; // PKCS#8 P-256
  ecKeySec1: string;
  ed25519Key: string;
  encryptedKey: string; // ENCRYPTED PRIVATE KEY
  legacyEncryptedKey: string; // RSA PRIVATE KEY with Proc-Type: 4,ENCRYPTED
  certificate: string; // self-signed for rsaKey, CN=test.example, valid 10 days
  ecCertificate: string; // self-signed for ecKey, valid 365 days
}

function selfSigned(keyPem: string, subject: string, days: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pem-fixture-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
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
      { stdio: 'ignore' },
    );
    return readFileSync(certFile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let cached: PemFixtures | undefined;

export function pemFixtures(): PemFixtures {
  if (cached) return cached;
  const pkcs8 = { type: 'pkcs8', format: 'pem' } as const;
  const spki = { type: 'spki', format: 'pem' } as const;
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rsaKey = rsa.privateKey.export(pkcs8).toString();
  const ecKey = ec.privateKey.export(pkcs8).toString();
  cached = {
    rsaKey,
    rsaKeyPkcs1: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    otherRsaKey: generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export(pkcs8)
      .toString(),
    ecKey,
    ecKeySec1: ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
    ed25519Key: generateKeyPairSync('ed25519', {
      publicKeyEncoding: spki,
      privateKeyEncoding: pkcs8,
    }).privateKey,
    encryptedKey: generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: spki,
      privateKeyEncoding: { ...pkcs8, cipher: 'aes-256-cbc', passphrase: 'correct horse' },
    }).privateKey,
    legacyEncryptedKey: generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: spki,
      privateKeyEncoding: {
        type: 'pkcs1',
        format: 'pem',
        cipher: 'aes-128-cbc',
        passphrase: 'correct horse',
      },
    }).privateKey,
    certificate: selfSigned(rsaKey, '/CN=test.example/O=Acme Test', 10),
    ecCertificate: selfSigned(ecKey, '/CN=ec.example', 365),
  };
  return cached;
}
