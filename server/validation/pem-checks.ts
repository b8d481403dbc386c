// PEM checks with node:crypto. Each returns a message a person can act on, or null when the
// value is fine. They never throw: node:crypto errors are caught and translated, and their text
// (which can quote input) is never passed on.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { looksLikePem } from '../../contract/index.ts';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

function pemLabels(text: string): string[] {
  return [...text.matchAll(PEM_BLOCK)].map((m) => m[1] ?? '');
}

export function checkCertificate(text: string): string | null {
  const labels = pemLabels(text);
  if (labels.length === 0) {
    return looksLikePem(text)
      ? 'The certificate PEM is incomplete: it needs matching BEGIN and END lines.'
      : 'Paste a PEM certificate starting with -----BEGIN CERTIFICATE-----.';
  }
  if (labels[0] !== 'CERTIFICATE') {
    return labels[0]?.includes('PRIVATE KEY')
      ? 'This is a private key, not a certificate.'
      : `Expected a CERTIFICATE block, found ${labels[0]}.`;
  }
  try {
    new X509Certificate(text);
    return null;
  } catch {
    return 'The certificate could not be read: the PEM content is damaged or not a certificate.';
  }
}

/** A CA bundle: one or more certificates, each of which must parse. */
export function checkCertificateBundle(text: string): string | null {
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) return checkCertificate(text);
  for (const [index, block] of blocks.entries()) {
    const problem = checkCertificate(block[0]);
    if (problem) return blocks.length === 1 ? problem : `Certificate ${index + 1}: ${problem}`;
  }
  return null;
}

export function isEncryptedPem(text: string): boolean {
  return (
    /-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(text) || /Proc-Type:\s*4,ENCRYPTED/.test(text)
  );
}

export type KeyResult =
  { ok: true; key: KeyObject } | { ok: false; field: 'key' | 'passphrase'; message: string };

/** Parses a private key; an encrypted key needs the passphrase, and it must decrypt it. */
export function loadPrivateKey(text: string, passphrase?: string | null): KeyResult {
  const labels = pemLabels(text);
  const label = labels[0];
  if (label === undefined) {
    return {
      ok: false,
      field: 'key',
      message: looksLikePem(text)
        ? 'The key PEM is incomplete: it needs matching BEGIN and END lines.'
        : 'Paste a PEM private key starting with -----BEGIN PRIVATE KEY-----.',
    };
  }
  if (label === 'CERTIFICATE') {
    return { ok: false, field: 'key', message: 'This is a certificate, not a private key.' };
  }
  if (label.includes('PUBLIC KEY')) {
    return { ok: false, field: 'key', message: 'This is a public key; paste the private key.' };
  }
  if (!label.includes('PRIVATE KEY')) {
    return { ok: false, field: 'key', message: `Expected a PRIVATE KEY block, found ${label}.` };
  }
  const encrypted = isEncryptedPem(text);
  if (encrypted && !passphrase) {
    return {
      ok: false,
      field: 'passphrase',
      message: 'The private key is encrypted: enter its passphrase.',
    };
  }
  try {
    const key = createPrivateKey(
      encrypted
        ? { key: text, format: 'pem', passphrase: passphrase ?? '' }
        : { key: text, format: 'pem' },
    );
    return { ok: true, key };
  } catch {
    return encrypted
      ? {
          ok: false,
          field: 'passphrase',
          message: 'The passphrase does not decrypt the private key.',
        }
      : {
          ok: false,
          field: 'key',
          message: 'The private key could not be read: the PEM content is damaged.',
        };
  }
}

/** For RS* JWT algorithms: an unencrypted RSA private key of at least 2048 bits. */
export function checkRsaPrivateKey(text: string, algorithm: string): string | null {
  if (!looksLikePem(text)) {
    return `${algorithm} signs with an RSA private key: paste it in PEM form (-----BEGIN PRIVATE KEY-----).`;
  }
  if (isEncryptedPem(text)) {
    return 'This private key is encrypted; there is no passphrase field for JWT keys, so paste it unencrypted.';
  }
  const result = loadPrivateKey(text);
  if (!result.ok) return result.message;
  if (result.key.asymmetricKeyType !== 'rsa') {
    return `${algorithm} needs an RSA private key; this is a ${result.key.asymmetricKeyType ?? 'different'} key.`;
  }
  const bits = result.key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048) return `The RSA key has ${bits} bits; use at least 2048.`;
  return null;
}

/** True when the private key belongs to the certificate's public key. */
export function keyMatchesCertificate(certificate: string, key: KeyObject): boolean {
  try {
    return new X509Certificate(certificate).checkPrivateKey(key);
  } catch {
    return false;
  }
}
