// Key and certificate facts for the importers, read with the PEM inspector the PEM fields use
// (WebCrypto for keys, @peculiar/x509 for certificates): one reader, one set of answers.
import { inspectPem, publicKeyMatches } from '../components/pem-inspect.ts';
import { CREATE_AUTH_TYPES, signsJwt } from '../../contract/auth-types.ts';
import { JWT_ALGORITHMS, type JwtAlgorithm } from '../../contract/enums.ts';
import { recognised, type ImportResult, type KeyFacts } from './types.ts';

/** Facts of the first private key in `pem`; null when it can't be read. */
export async function keyFacts(pem: string): Promise<KeyFacts | null> {
  const info = await inspectPem(pem, { expect: 'private-key' });
  if (info.kind !== 'private-key') return null;
  return {
    type: info.keyType,
    bits: info.bits,
    ...(info.curve ? { curve: info.curve } : {}),
    encrypted: info.encrypted,
  };
}

export interface CertificateFacts {
  subject: string;
  issuer: string;
}

/** Subject and issuer of the first certificate in `pem`; null when it can't be read. */
export async function certificateFacts(pem: string): Promise<CertificateFacts | null> {
  const info = await inspectPem(pem, { expect: 'certificate' });
  const first = info.kind === 'certificate' ? info.certificates[0] : undefined;
  return first ? { subject: first.subject, issuer: first.issuer } : null;
}

export { publicKeyMatches };

export function isJwtAlgorithm(value: unknown): value is JwtAlgorithm {
  return typeof value === 'string' && (JWT_ALGORITHMS as readonly string[]).includes(value);
}

/** The types a lone signing key fits: those that sign a JWT (the registry's `signsJwt`). */
const SIGNING_TYPES = CREATE_AUTH_TYPES.filter(signsJwt);

/**
 * A lone private key is a signing key for the JWT types: private_key_jwt first (the key is its
 * whole credential), or whichever JWT type the admin already picked. RSA keys get RS256 unless
 * the source named another RS algorithm; the contract has no ES* algorithm, so an EC key gets a
 * note.
 */
export function jwtSigningKey(
  keyPem: string,
  key: KeyFacts,
  source: 'jwk' | 'pem',
  options: { keyId?: string; algorithm?: unknown } = {},
): ImportResult {
  const algorithm =
    key.type === 'RSA'
      ? isJwtAlgorithm(options.algorithm) && options.algorithm.startsWith('RS')
        ? options.algorithm
        : 'RS256'
      : undefined;
  return recognised({
    authType: 'private_key_jwt',
    alsoFits: SIGNING_TYPES.filter((t) => t !== 'private_key_jwt'),
    fields: {
      secret_key: keyPem,
      ...(algorithm ? { algorithm } : {}),
      ...(options.keyId ? { key_id: options.keyId } : {}),
    },
    recognised: {
      format: 'private-key',
      key,
      source,
      ...(options.keyId ? { keyId: options.keyId } : {}),
    },
    notes: key.type === 'RSA' ? [] : [{ code: 'ec-key-no-algorithm' }],
  });
}
