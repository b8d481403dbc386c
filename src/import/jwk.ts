// A JWK or a JWKS holding one private key (RSA or EC) becomes the PKCS#8 PEM the JWT types take.
// WebCrypto does the conversion: it imports the JWK and exports PKCS#8, so a malformed key is
// refused by the same code that would sign with it.
import { toPem } from './der.ts';
import { jwtSigningKey, keyFacts } from './keys.ts';
import { problem, type ImportResult } from './types.ts';

type Jwk = Record<string, unknown>;

const isObject = (value: unknown): value is Jwk =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether parsed JSON looks like a JWK or a JWKS (then `parseJwk` owns it). */
export function looksLikeJwk(value: unknown): boolean {
  return isObject(value) && (typeof value.kty === 'string' || Array.isArray(value.keys));
}

const isPrivate = (jwk: Jwk) => typeof jwk.d === 'string';

function importParams(jwk: Jwk): EcKeyImportParams | RsaHashedImportParams | null {
  if (jwk.kty === 'RSA') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (jwk.kty === 'EC' && typeof jwk.crv === 'string') {
    return { name: 'ECDSA', namedCurve: jwk.crv };
  }
  return null;
}

async function toPkcs8Pem(jwk: Jwk): Promise<string | null> {
  const params = importParams(jwk);
  if (!params) return null;
  // alg, use and key_ops would make WebCrypto refuse a key we only re-encode.
  const { alg: _alg, use: _use, key_ops: _ops, ext: _ext, ...bare } = jwk;
  try {
    const key = await globalThis.crypto.subtle.importKey('jwk', bare as JsonWebKey, params, true, [
      'sign',
    ]);
    const der = await globalThis.crypto.subtle.exportKey('pkcs8', key);
    return toPem('PRIVATE KEY', new Uint8Array(der));
  } catch {
    return null;
  }
}

async function single(jwk: Jwk): Promise<ImportResult> {
  if (jwk.kty !== 'RSA' && jwk.kty !== 'EC') {
    return problem({ code: 'jwk-unsupported-type', kty: String(jwk.kty ?? '') });
  }
  if (!isPrivate(jwk)) return problem({ code: 'jwk-public-only' });
  const pem = await toPkcs8Pem(jwk);
  const facts = pem ? await keyFacts(pem) : null;
  if (!pem || !facts) return problem({ code: 'jwk-unreadable' });
  return jwtSigningKey(pem, facts, 'jwk', {
    ...(typeof jwk.kid === 'string' && jwk.kid !== '' ? { keyId: jwk.kid } : {}),
    algorithm: jwk.alg,
  });
}

/** Parsed JSON of a JWK or a JWKS: its one private key, or why not. */
export async function parseJwk(value: unknown): Promise<ImportResult> {
  if (!isObject(value)) return problem({ code: 'json-unknown-shape' });
  if (!Array.isArray(value.keys)) return single(value);
  const privateKeys = value.keys.filter(isObject).filter(isPrivate);
  if (privateKeys.length === 0) return problem({ code: 'jwks-no-private-key' });
  if (privateKeys.length > 1) {
    return problem({ code: 'jwks-many-private-keys', count: privateKeys.length });
  }
  return single(privateKeys[0]!);
}
