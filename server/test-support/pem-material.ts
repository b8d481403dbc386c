// Real key and certificate material for tests, generated on the fly: node:crypto for keys,
// the openssl CLI for self-signed certificates (node:crypto cannot issue certificates).
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PemMaterial {
  rsaKey: string;
  /** Self-signed certificate for rsaKey. */
  certificate: string;
  /** rsaKey encrypted with `passphrase`. */
  encryptedRsaKey: string;
  passphrase: string;
  otherRsaKey: string;
  otherCertificate: string;
  ecKey: string;
  smallRsaKey: string;
  rsaPublicKey: string;
}

function selfSigned(keyPem: string, cn: string): string {
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
        '-out',
        certFile,
        '-days',
        '2',
        '-subj',
        `/CN=${cn}`,
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
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const rsaKey = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const otherRsaKey = other.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const passphrase = 'correct horse battery staple';
  cached = {
    rsaKey,
    certificate: selfSigned(rsaKey, 'client.test'),
    encryptedRsaKey: rsa.privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
      .toString(),
    passphrase,
    otherRsaKey,
    otherCertificate: selfSigned(otherRsaKey, 'other.test'),
    ecKey: ec.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    smallRsaKey: small.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    rsaPublicKey: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  return cached;
}
