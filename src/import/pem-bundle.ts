// A PEM bundle: certificates and one private key in any order, with Windows line endings or
// newlines lost on the way (repairPem rewraps them). The leaf is the certificate whose public key
// is the key's; the other certificates are its chain. A lone key is a JWT signing key.
import { repairPem } from '../components/pem-repair.ts';
import type { CertificateFacts } from './keys.ts';
import { certificateFacts, jwtSigningKey, keyFacts, publicKeyMatches } from './keys.ts';
import { problem, recognised, type ImportNote, type ImportResult, type KeyFacts } from './types.ts';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----\n?/g;
const KEY_LABELS = new Set([
  'PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
]);

export interface PemBlocks {
  certificates: string[];
  keys: string[];
}

export function splitPem(text: string): PemBlocks {
  const blocks = [...repairPem(text).matchAll(BLOCK)];
  const pem = (m: RegExpMatchArray) => (m[0].endsWith('\n') ? m[0] : `${m[0]}\n`);
  return {
    certificates: blocks.filter((m) => m[1] === 'CERTIFICATE').map(pem),
    keys: blocks.filter((m) => KEY_LABELS.has(m[1] ?? '')).map(pem),
  };
}

/** Orders the chain from the leaf upwards by issuer; certificates off the path keep their order. */
function orderChain(leaf: CertificateFacts, rest: { pem: string; facts: CertificateFacts }[]) {
  const ordered: string[] = [];
  const left = [...rest];
  let issuer = leaf.issuer;
  for (;;) {
    const next = left.findIndex((c) => c.facts.subject === issuer);
    if (next < 0) break;
    const [cert] = left.splice(next, 1);
    ordered.push(cert!.pem);
    if (cert!.facts.subject === cert!.facts.issuer) break; // the root
    issuer = cert!.facts.issuer;
  }
  return [...ordered, ...left.map((c) => c.pem)];
}

/** The leaf of a chain when the key can't be compared (encrypted): the one that issued none. */
function leafByStructure(certs: { facts: CertificateFacts }[]): number {
  const index = certs.findIndex(
    (c) => !certs.some((o) => o !== c && o.facts.issuer === c.facts.subject),
  );
  return Math.max(index, 0);
}

/**
 * Certificates plus one key, as mTLS fields. Shared with the PKCS#12 reader, which hands over
 * what it decrypted as PEM.
 */
export async function mtlsFromParts(
  certificates: string[],
  keyPem: string,
  format: 'pem-bundle' | 'pkcs12',
): Promise<ImportResult> {
  const key: KeyFacts | null = await keyFacts(keyPem);
  if (!key) return problem({ code: 'pem-unreadable-key' });
  const certs: { pem: string; facts: CertificateFacts }[] = [];
  for (const [index, pem] of certificates.entries()) {
    const facts = await certificateFacts(pem);
    if (!facts) return problem({ code: 'pem-unreadable-certificate', index: index + 1 });
    certs.push({ pem, facts });
  }

  let leafIndex: number;
  if (key.encrypted) {
    leafIndex = leafByStructure(certs);
  } else {
    leafIndex = -1;
    for (const [index, cert] of certs.entries()) {
      if (await publicKeyMatches(cert.pem, keyPem)) {
        leafIndex = index;
        break;
      }
    }
    if (leafIndex < 0) return problem({ code: 'key-not-for-certificate' });
  }
  const leaf = certs[leafIndex]!;
  const chain = orderChain(
    leaf.facts,
    certs.filter((_, i) => i !== leafIndex),
  );
  const notes: ImportNote[] = [];
  if (chain.length > 0) notes.push({ code: 'chain-in-ca-field', count: chain.length });
  if (key.encrypted) notes.push({ code: 'key-passphrase-needed' });
  return recognised({
    authType: 'mtls',
    fields: {
      client_certificate: leaf.pem,
      client_key: keyPem,
      ...(chain.length > 0 ? { ca_certificate: chain.join('') } : {}),
    },
    recognised: { format, subject: leaf.facts.subject, key, chainLength: chain.length },
    notes,
  });
}

export async function parsePemBundle(text: string): Promise<ImportResult> {
  const { certificates, keys } = splitPem(text);
  if (keys.length > 1) return problem({ code: 'pem-many-keys', count: keys.length });
  const keyPem = keys[0];
  if (!keyPem) {
    return certificates.length > 0
      ? problem({ code: 'pem-no-key' })
      : problem({ code: 'not-recognised' });
  }
  if (certificates.length === 0) {
    const facts = await keyFacts(keyPem);
    if (!facts) return problem({ code: 'pem-unreadable-key' });
    if (facts.encrypted) return problem({ code: 'pem-encrypted-key' });
    return jwtSigningKey(keyPem, facts, 'pem');
  }
  return mtlsFromParts(certificates, keyPem, 'pem-bundle');
}
