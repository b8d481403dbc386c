// The cryptography of PKCS#12 files, on WebCrypto: the RFC 7292 key derivation for the MAC, and
// PBES2 (PBKDF2 + AES-CBC) for the encrypted parts, which is what OpenSSL 3, current Windows and
// macOS write. 3DES, which WebCrypto lacks, is decrypted by triple-des.ts (Windows' TripleDES
// exports, keys of older OpenSSL and Java files). RC2, RC4 and single DES are reported by name
// so the admin can be told how to re-export.
import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { concatBytes, ownBytes } from './der.ts';
import { tripleDesCbcDecrypt } from './triple-des.ts';

export class Pkcs12Failure extends Error {
  constructor(
    readonly reason: 'wrong-password' | 'legacy' | 'unsupported' | 'corrupt',
    readonly detail = '',
  ) {
    super(`${reason} ${detail}`);
  }
}

const DIGESTS: Record<string, { hash: string; length: number; block: number }> = {
  '1.3.14.3.2.26': { hash: 'SHA-1', length: 20, block: 64 },
  '2.16.840.1.101.3.4.2.1': { hash: 'SHA-256', length: 32, block: 64 },
  '2.16.840.1.101.3.4.2.2': { hash: 'SHA-384', length: 48, block: 128 },
  '2.16.840.1.101.3.4.2.3': { hash: 'SHA-512', length: 64, block: 128 },
};
const HMAC_PRFS: Record<string, string> = {
  '1.2.840.113549.2.7': 'SHA-1',
  '1.2.840.113549.2.9': 'SHA-256',
  '1.2.840.113549.2.10': 'SHA-384',
  '1.2.840.113549.2.11': 'SHA-512',
};
const AES_CBC: Record<string, number> = {
  '2.16.840.1.101.3.4.1.2': 128,
  '2.16.840.1.101.3.4.1.22': 192,
  '2.16.840.1.101.3.4.1.42': 256,
};
/** Schemes read neither by WebCrypto nor here, by the names openssl prints. */
const LEGACY: Record<string, string> = {
  '1.2.840.113549.1.12.1.1': 'RC4-128',
  '1.2.840.113549.1.12.1.2': 'RC4-40',
  '1.2.840.113549.1.12.1.5': 'RC2-128',
  '1.2.840.113549.1.12.1.6': 'RC2-40',
  '1.2.840.113549.1.5.3': 'DES',
  '1.2.840.113549.1.5.10': 'DES',
  '1.2.840.113549.3.2': 'RC2',
  '1.3.14.3.2.7': 'DES',
};
/** RFC 7292 appendix C: the PKCS#12 PBE schemes with 3DES, by key length. */
const PKCS12_3DES: Record<string, number> = {
  '1.2.840.113549.1.12.1.3': 24,
  '1.2.840.113549.1.12.1.4': 16,
};
const DES_EDE3_CBC = '1.2.840.113549.3.7';
const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';

const subtle = () => globalThis.crypto.subtle;

/** The password as RFC 7292 wants it for the MAC: UTF-16BE with a two-byte terminator. */
function bmpPassword(password: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    const code = password.charCodeAt(i);
    out[i * 2] = code >> 8;
    out[i * 2 + 1] = code & 0xff;
  }
  return out;
}

function repeatTo(source: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = source[i % source.length]!;
  return out;
}

/** RFC 7292 appendix B.2: derives `n` bytes of key material of kind `id` (3 = MAC key). */
async function pkcs12Kdf(
  digest: { hash: string; length: number; block: number },
  password: Uint8Array,
  salt: Uint8Array,
  id: number,
  iterations: number,
  n: number,
): Promise<Uint8Array> {
  const { hash, length: u, block: v } = digest;
  const D = new Uint8Array(v).fill(id);
  const S = salt.length ? repeatTo(salt, v * Math.ceil(salt.length / v)) : new Uint8Array(0);
  const P = password.length
    ? repeatTo(password, v * Math.ceil(password.length / v))
    : new Uint8Array(0);
  const I = concatBytes([S, P]);
  const blocks: Uint8Array[] = [];
  for (let i = 0; i < Math.ceil(n / u); i++) {
    let A = new Uint8Array(await subtle().digest(hash, concatBytes([D, I])));
    for (let r = 1; r < iterations; r++) A = new Uint8Array(await subtle().digest(hash, A));
    blocks.push(A);
    const B = repeatTo(A, v);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[j + k]! + B[k]! + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return concatBytes(blocks).slice(0, n);
}

// Iteration counts are the file's; a hostile file could ask for billions. Real ones use 1–600k.
const MAX_ITERATIONS = 10_000_000;

/** Checks the file's MAC with `password`: false means the password is wrong. */
export async function macMatches(
  mac: { digestAlgorithm: string; digest: Uint8Array; salt: Uint8Array; iterations: number },
  authSafe: Uint8Array,
  password: string,
): Promise<boolean> {
  const digest = DIGESTS[mac.digestAlgorithm];
  if (!digest) throw new Pkcs12Failure('unsupported', `MAC ${mac.digestAlgorithm}`);
  if (mac.iterations > MAX_ITERATIONS) throw new Pkcs12Failure('unsupported', 'iterations');
  // An empty password is written as two zero bytes by some tools and as nothing by others.
  const candidates =
    password === '' ? [bmpPassword(''), new Uint8Array(0)] : [bmpPassword(password)];
  for (const candidate of candidates) {
    const key = await pkcs12Kdf(digest, candidate, mac.salt, 3, mac.iterations, digest.length);
    const hmacKey = await subtle().importKey(
      'raw',
      ownBytes(key),
      { name: 'HMAC', hash: digest.hash },
      false,
      ['sign'],
    );
    const signature = new Uint8Array(await subtle().sign('HMAC', hmacKey, ownBytes(authSafe)));
    if (signature.length === mac.digest.length && signature.every((b, i) => b === mac.digest[i])) {
      return true;
    }
  }
  return false;
}

function sequenceItems(der: ArrayBuffer): asn1js.AsnType[] {
  const parsed = asn1js.fromBER(der);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) {
    throw new Pkcs12Failure('corrupt');
  }
  return parsed.result.valueBlock.value;
}

function algorithmOf(item: asn1js.AsnType | undefined): AlgorithmIdentifier {
  if (!item) throw new Pkcs12Failure('corrupt');
  return AsnConvert.parse(item.toBER(false), AlgorithmIdentifier);
}

function bytesOf(item: asn1js.AsnType | undefined): Uint8Array<ArrayBuffer> {
  if (!(item instanceof asn1js.OctetString)) throw new Pkcs12Failure('corrupt');
  return ownBytes(item.getValue());
}

function integerOf(item: asn1js.AsnType | undefined): number {
  if (!(item instanceof asn1js.Integer)) throw new Pkcs12Failure('corrupt');
  return item.valueBlock.valueDec;
}

async function pbes2Decrypt(
  parameters: ArrayBuffer,
  data: Uint8Array,
  password: string,
): Promise<Uint8Array> {
  const [kdf, scheme] = sequenceItems(parameters);
  const kdfAlgorithm = algorithmOf(kdf);
  const cipher = algorithmOf(scheme);
  if (kdfAlgorithm.algorithm !== PBKDF2 || !kdfAlgorithm.parameters) {
    throw new Pkcs12Failure('unsupported', kdfAlgorithm.algorithm);
  }
  const keyBits = AES_CBC[cipher.algorithm];
  if (!keyBits && cipher.algorithm !== DES_EDE3_CBC) {
    const legacy = LEGACY[cipher.algorithm];
    throw legacy
      ? new Pkcs12Failure('legacy', legacy)
      : new Pkcs12Failure('unsupported', cipher.algorithm);
  }
  const [salt, count, ...rest] = sequenceItems(kdfAlgorithm.parameters);
  const iterations = integerOf(count);
  if (iterations > MAX_ITERATIONS) throw new Pkcs12Failure('unsupported', 'iterations');
  const prfItem = rest.find((item) => item instanceof asn1js.Sequence);
  const prf = prfItem ? HMAC_PRFS[algorithmOf(prfItem).algorithm] : 'SHA-1';
  if (!prf) throw new Pkcs12Failure('unsupported', 'PRF');
  if (!cipher.parameters) throw new Pkcs12Failure('corrupt');
  const iv = bytesOf(asn1js.fromBER(cipher.parameters).result);

  const base = await subtle().importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveKey', 'deriveBits'],
  );
  if (!keyBits) {
    const bits = await subtle().deriveBits(
      { name: 'PBKDF2', salt: bytesOf(salt), iterations, hash: prf },
      base,
      192,
    );
    return tripleDes(new Uint8Array(bits), iv, data);
  }
  let key: CryptoKey;
  try {
    key = await subtle().deriveKey(
      { name: 'PBKDF2', salt: bytesOf(salt), iterations, hash: prf },
      base,
      { name: 'AES-CBC', length: keyBits },
      false,
      ['decrypt'],
    );
  } catch {
    throw new Pkcs12Failure('unsupported', `AES-${keyBits}`); // e.g. AES-192 in Chromium
  }
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-CBC', iv }, key, ownBytes(data)));
  } catch {
    throw new Pkcs12Failure('wrong-password'); // bad padding: the key was wrong
  }
}

function tripleDes(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const plain = tripleDesCbcDecrypt(key, iv, data);
  if (!plain) throw new Pkcs12Failure('wrong-password'); // bad padding: the key was wrong
  return plain;
}

/** pbeWithSHAAnd3-KeyTripleDES-CBC and its 2-key sibling: key and IV from the RFC 7292 KDF. */
async function pkcs12TripleDes(
  parameters: ArrayBuffer,
  keyLength: number,
  data: Uint8Array,
  password: string,
): Promise<Uint8Array> {
  const [salt, count] = sequenceItems(parameters);
  const iterations = integerOf(count);
  if (iterations > MAX_ITERATIONS) throw new Pkcs12Failure('unsupported', 'iterations');
  const sha1 = DIGESTS['1.3.14.3.2.26']!;
  const bmp = bmpPassword(password);
  const key = await pkcs12Kdf(sha1, bmp, bytesOf(salt), 1, iterations, keyLength);
  const iv = await pkcs12Kdf(sha1, bmp, bytesOf(salt), 2, iterations, 8);
  return tripleDes(key, iv, data);
}

/** Decrypts what `algorithm` encrypted with `password`. */
export async function decryptWith(
  algorithm: AlgorithmIdentifier,
  data: Uint8Array,
  password: string,
): Promise<Uint8Array> {
  if (algorithm.algorithm === PBES2 && algorithm.parameters) {
    return pbes2Decrypt(algorithm.parameters, data, password);
  }
  const tripleDesKeyLength = PKCS12_3DES[algorithm.algorithm];
  if (tripleDesKeyLength && algorithm.parameters) {
    return pkcs12TripleDes(algorithm.parameters, tripleDesKeyLength, data, password);
  }
  const legacy = LEGACY[algorithm.algorithm];
  throw legacy
    ? new Pkcs12Failure('legacy', legacy)
    : new Pkcs12Failure('unsupported', algorithm.algorithm);
}

/** EncryptedData (RFC 5652 §8): its algorithm and ciphertext, version skipped. */
export function readEncryptedData(der: ArrayBuffer): {
  algorithm: AlgorithmIdentifier;
  data: Uint8Array;
} {
  const [, info] = sequenceItems(der);
  if (!(info instanceof asn1js.Sequence)) throw new Pkcs12Failure('corrupt');
  const [, algorithm, content] = info.valueBlock.value;
  if (!content || content.idBlock.tagClass !== 3 || content.idBlock.tagNumber !== 0) {
    throw new Pkcs12Failure('corrupt');
  }
  // [0] IMPLICIT OCTET STRING: primitive, or constructed from pieces (BER, as Windows writes).
  const pieces =
    content instanceof asn1js.Constructed
      ? content.valueBlock.value.map((piece) => bytesOf(piece))
      : [ownBytes((content as asn1js.Primitive).valueBlock.valueHexView)];
  return { algorithm: algorithmOf(algorithm), data: concatBytes(pieces) };
}

/** EncryptedPrivateKeyInfo (RFC 5208): algorithm and ciphertext, BER pieces joined. */
export function readEncryptedPrivateKeyInfo(der: ArrayBuffer): {
  algorithm: AlgorithmIdentifier;
  data: Uint8Array;
} {
  const [algorithm, data] = sequenceItems(der);
  if (!(data instanceof asn1js.OctetString)) throw new Pkcs12Failure('corrupt');
  return { algorithm: algorithmOf(algorithm), data: new Uint8Array(data.getValue()) };
}
