// Reads what a PEM field holds, in the browser, for the summary under the field and for the mTLS
// key/certificate match. Loaded with a dynamic import() only, so @peculiar/x509 lands in its own
// chunk that is fetched when a PEM field is first shown. Keys are read by WebCrypto itself.
import './reflect-metadata-shim.ts'; // must run before @peculiar/x509 loads
import { PemConverter, X509Certificate } from '@peculiar/x509';
import { repairPem } from './pem-repair.ts';
import { pemInspectWords, type PemInspectWords } from './pem-words.ts';

export type PemKind = 'certificate' | 'private-key';

export interface CertificateInfo {
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  /** Whole days until notAfter; negative once expired. */
  daysLeft: number;
  expired: boolean;
  notYetValid: boolean;
  /** Upper-case colon-separated hex, as browsers and openssl show it. */
  fingerprintSha256: string;
}

export type PrivateKeyType = 'RSA' | 'EC' | 'Ed25519' | 'unknown';

export type PemInfo =
  | { kind: 'empty' }
  | { kind: 'certificate'; certificates: CertificateInfo[]; warnings: string[] }
  | {
      kind: 'private-key';
      keyType: PrivateKeyType;
      /** EC curve name, e.g. "P-256". */
      curve?: string;
      bits: number | null;
      encrypted: boolean;
      /** Human summary, e.g. "RSA 2048-bit" or "Encrypted private key". */
      description: string;
    }
  | { kind: 'invalid'; message: string };

export interface InspectOptions {
  /** What the field is for; a block of the other kind then reads as a mistake. */
  expect?: PemKind;
  now?: Date;
  /** The page's messages.widgets.pem.inspect; English by default. */
  words?: PemInspectWords;
}

interface PemBlock {
  type: string;
  headers: { key: string; value: string }[];
  der: Uint8Array<ArrayBuffer>;
}

const DAY_MS = 86_400_000;

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

function decodeBlocks(text: string): PemBlock[] {
  try {
    return PemConverter.decodeWithHeaders(repairPem(text)).map((struct) => ({
      type: struct.type,
      headers: struct.headers,
      // A view, not the bare ArrayBuffer: Node's WebCrypto rejects an ArrayBuffer made in another
      // realm (as under jsdom), while views pass everywhere.
      der: new Uint8Array(struct.rawData),
    }));
  } catch {
    return [];
  }
}

function colonHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) =>
    byte.toString(16).padStart(2, '0').toUpperCase(),
  ).join(':');
}

async function describeCertificate(
  der: Uint8Array<ArrayBuffer>,
  now: Date,
): Promise<CertificateInfo> {
  const cert = new X509Certificate(der);
  const digest = await subtle().digest('SHA-256', der);
  const daysLeft = Math.floor((cert.notAfter.getTime() - now.getTime()) / DAY_MS);
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    daysLeft,
    expired: cert.notAfter.getTime() < now.getTime(),
    notYetValid: cert.notBefore.getTime() > now.getTime(),
    fingerprintSha256: colonHex(digest),
  };
}

// --- private keys -------------------------------------------------------------------------------

type KeyAlgorithmParams = RsaHashedImportParams | EcKeyImportParams | Algorithm;

interface ImportedKey {
  key: CryptoKey;
  params: KeyAlgorithmParams;
  keyType: PrivateKeyType;
  curve?: string;
  bits: number | null;
}

const CURVE_BITS: Record<string, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };

// WebCrypto needs the algorithm up front, so each plausible one is tried in turn.
const PKCS8_CANDIDATES: { params: KeyAlgorithmParams; keyType: PrivateKeyType }[] = [
  { params: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, keyType: 'RSA' },
  { params: { name: 'RSA-PSS', hash: 'SHA-256' }, keyType: 'RSA' },
  { params: { name: 'ECDSA', namedCurve: 'P-256' }, keyType: 'EC' },
  { params: { name: 'ECDSA', namedCurve: 'P-384' }, keyType: 'EC' },
  { params: { name: 'ECDSA', namedCurve: 'P-521' }, keyType: 'EC' },
  { params: { name: 'Ed25519' }, keyType: 'Ed25519' },
];

function keyDetails(key: CryptoKey): Pick<ImportedKey, 'curve' | 'bits'> {
  const algorithm = key.algorithm as Partial<RsaHashedKeyAlgorithm & EcKeyAlgorithm>;
  if (typeof algorithm.modulusLength === 'number') return { bits: algorithm.modulusLength };
  if (typeof algorithm.namedCurve === 'string') {
    return { curve: algorithm.namedCurve, bits: CURVE_BITS[algorithm.namedCurve] ?? null };
  }
  if (algorithm.name === 'Ed25519') return { bits: 256 };
  return { bits: null };
}

async function importPkcs8(der: Uint8Array<ArrayBuffer>): Promise<ImportedKey | null> {
  for (const candidate of PKCS8_CANDIDATES) {
    try {
      const key = await subtle().importKey('pkcs8', der, candidate.params, true, ['sign']);
      return { key, params: candidate.params, keyType: candidate.keyType, ...keyDetails(key) };
    } catch {
      // not this algorithm; try the next
    }
  }
  return null;
}

// Legacy "RSA PRIVATE KEY" (PKCS#1) and "EC PRIVATE KEY" (SEC1) bodies are wrapped in the fixed
// PKCS#8 envelope WebCrypto accepts. This only writes a known header; nothing is parsed.
function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

function derSequence(...parts: number[][]): number[] {
  const body = parts.flat();
  return [0x30, ...derLength(body.length), ...body];
}

const OID_RSA_ENCRYPTION = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_EC_PUBLIC_KEY = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const CURVE_OIDS: Record<string, number[]> = {
  'P-256': [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07],
  'P-384': [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22],
  'P-521': [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23],
};

function containsBytes(haystack: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function wrapPkcs8(algorithmIdentifier: number[], inner: Uint8Array): Uint8Array<ArrayBuffer> {
  const octets = [0x04, ...derLength(inner.length), ...inner];
  return Uint8Array.from(derSequence([0x02, 0x01, 0x00], algorithmIdentifier, octets));
}

function legacyToPkcs8(block: PemBlock): Uint8Array<ArrayBuffer> | null {
  const inner = block.der;
  if (block.type === 'RSA PRIVATE KEY') {
    return wrapPkcs8(derSequence(OID_RSA_ENCRYPTION, [0x05, 0x00]), inner);
  }
  if (block.type === 'EC PRIVATE KEY') {
    const curve = Object.entries(CURVE_OIDS).find(([, oid]) => containsBytes(inner, oid));
    return curve ? wrapPkcs8(derSequence(OID_EC_PUBLIC_KEY, curve[1]), inner) : null;
  }
  return null;
}

const PRIVATE_KEY_TYPES = [
  'PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
];

function isEncrypted(block: PemBlock): boolean {
  return (
    block.type === 'ENCRYPTED PRIVATE KEY' ||
    block.headers.some((h) => h.key === 'Proc-Type' && h.value.includes('ENCRYPTED'))
  );
}

function legacyKeyType(block: PemBlock): PrivateKeyType {
  if (block.type.startsWith('RSA ')) return 'RSA';
  if (block.type.startsWith('EC ')) return 'EC';
  return 'unknown';
}

function describeKey(
  keyType: PrivateKeyType,
  bits: number | null,
  curve: string | undefined,
  words: PemInspectWords,
): string {
  return keyType === 'unknown' ? words.privateKey : words.keyDescription(keyType, bits, curve);
}

async function importPrivateKeyBlock(block: PemBlock): Promise<ImportedKey | null> {
  if (block.type === 'PRIVATE KEY') return importPkcs8(block.der);
  const wrapped = legacyToPkcs8(block);
  return wrapped ? importPkcs8(wrapped) : null;
}

async function inspectPrivateKey(block: PemBlock, words: PemInspectWords): Promise<PemInfo> {
  if (isEncrypted(block)) {
    const keyType = legacyKeyType(block);
    return {
      kind: 'private-key',
      keyType,
      bits: null,
      encrypted: true,
      description: words.encryptedKey(keyType === 'unknown' ? undefined : keyType),
    };
  }
  const imported = await importPrivateKeyBlock(block);
  if (!imported) {
    return { kind: 'invalid', message: words.keyUnreadable };
  }
  return {
    kind: 'private-key',
    keyType: imported.keyType,
    ...(imported.curve ? { curve: imported.curve } : {}),
    bits: imported.bits,
    encrypted: false,
    description: describeKey(imported.keyType, imported.bits, imported.curve, words),
  };
}

function notPemMessage(words: PemInspectWords, expect?: PemKind): string {
  if (expect === 'certificate') return words.notPemCertificate;
  if (expect === 'private-key') return words.notPemKey;
  return words.notPem;
}

/** Describes the PEM text. Never throws: what can't be read comes back as `kind: 'invalid'`. */
export async function inspectPem(text: string, options: InspectOptions = {}): Promise<PemInfo> {
  const { expect, now = new Date(), words = pemInspectWords } = options;
  if (text.trim() === '') return { kind: 'empty' };
  const blocks = decodeBlocks(text);
  if (blocks.length === 0) return { kind: 'invalid', message: notPemMessage(words, expect) };

  const certificates = blocks.filter((b) => b.type === 'CERTIFICATE');
  const keys = blocks.filter((b) => PRIVATE_KEY_TYPES.includes(b.type));
  const hasOpenSsh = blocks.some((b) => b.type === 'OPENSSH PRIVATE KEY');

  if (expect !== 'private-key' && certificates.length > 0) {
    try {
      const infos = await Promise.all(certificates.map((b) => describeCertificate(b.der, now)));
      const warnings = keys.length > 0 ? [words.alsoHoldsKey] : [];
      return { kind: 'certificate', certificates: infos, warnings };
    } catch {
      return { kind: 'invalid', message: words.certificateUnreadable };
    }
  }
  const firstKey = keys[0];
  if (expect !== 'certificate' && firstKey) return inspectPrivateKey(firstKey, words);

  if (hasOpenSsh) {
    return { kind: 'invalid', message: words.openSsh };
  }
  if (expect === 'certificate' && keys.length > 0) {
    return { kind: 'invalid', message: words.keyNotCertificate };
  }
  if (expect === 'private-key' && certificates.length > 0) {
    return { kind: 'invalid', message: words.certificateNotKey };
  }
  if (expect === 'private-key' && blocks.some((b) => b.type === 'PUBLIC KEY')) {
    return { kind: 'invalid', message: words.publicKey };
  }
  return { kind: 'invalid', message: notPemMessage(words, expect) };
}

/**
 * Whether the private key belongs to the (first) certificate: the public key WebCrypto derives
 * from the private key is compared with the certificate's. `null` when it can't be told: either
 * side unreadable, or the key is encrypted.
 */
export async function publicKeyMatches(certPem: string, keyPem: string): Promise<boolean | null> {
  const certBlock = decodeBlocks(certPem).find((b) => b.type === 'CERTIFICATE');
  const keyBlock = decodeBlocks(keyPem).find((b) => PRIVATE_KEY_TYPES.includes(b.type));
  if (!certBlock || !keyBlock || isEncrypted(keyBlock)) return null;

  let spki: Uint8Array<ArrayBuffer>;
  try {
    spki = new Uint8Array(new X509Certificate(certBlock.der).publicKey.rawData);
  } catch {
    return null;
  }
  const imported = await importPrivateKeyBlock(keyBlock);
  if (!imported) return null;

  let publicKey: CryptoKey;
  try {
    publicKey = await subtle().importKey('spki', spki, imported.params, true, ['verify']);
  } catch {
    return false; // the certificate's key is of another type or curve
  }
  const fromCert = await subtle().exportKey('jwk', publicKey);
  const fromKey = await subtle().exportKey('jwk', imported.key);
  const fields: (keyof JsonWebKey)[] =
    imported.keyType === 'RSA' ? ['n', 'e'] : imported.keyType === 'EC' ? ['crv', 'x', 'y'] : ['x'];
  return fields.every(
    (field) => fromCert[field] !== undefined && fromCert[field] === fromKey[field],
  );
}
