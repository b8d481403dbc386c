// A PKCS#12 file (.p12, .pfx) with its password becomes an mTLS connection: the certificate that
// matches the key, the key (PKCS#8 PEM) and the rest as the chain. Read in the browser with the
// @peculiar asn1 schemas already shipped for @peculiar/x509, and WebCrypto (pkcs12-crypto.ts).
import { ContentInfo, id_data, id_encryptedData } from '@peculiar/asn1-cms';
import {
  AuthenticatedSafe,
  CertBag,
  PFX,
  SafeContents,
  id_certBag,
  id_keyBag,
  id_pkcs8ShroudedKeyBag,
  id_SafeContents,
  id_x509Certificate,
} from '@peculiar/asn1-pfx';
import { AsnConvert } from '@peculiar/asn1-schema';
import * as asn1js from 'asn1js';
import { ownBytes, toPem } from './der.ts';
import { mtlsFromParts } from './pem-bundle.ts';
import {
  decryptWith,
  macMatches,
  Pkcs12Failure,
  readEncryptedData,
  readEncryptedPrivateKeyInfo,
} from './pkcs12-crypto.ts';
import { problem, type ImportProblem, type ImportResult } from './types.ts';

/** Whether the bytes parse as a PFX structure at all (then a password is worth asking for). */
export function looksLikePkcs12(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30) return false;
  try {
    const pfx = AsnConvert.parse(ownBytes(bytes), PFX);
    return pfx.version === 3 && pfx.authSafe.contentType !== '';
  } catch {
    return false;
  }
}

/** An OCTET STRING's bytes, also when BER splits it into pieces (as Windows and .NET write). */
function octets(der: ArrayBuffer): Uint8Array {
  const parsed = asn1js.fromBER(der);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.OctetString)) {
    throw new Pkcs12Failure('corrupt');
  }
  return new Uint8Array(parsed.result.getValue());
}

interface Parts {
  keys: Uint8Array[];
  certificates: Uint8Array[];
}

async function readBags(
  der: ArrayBuffer,
  password: string,
  parts: Parts,
  depth = 0,
): Promise<void> {
  if (depth > 4) throw new Pkcs12Failure('corrupt');
  for (const bag of AsnConvert.parse(der, SafeContents)) {
    if (bag.bagId === id_keyBag) {
      parts.keys.push(new Uint8Array(bag.bagValue));
    } else if (bag.bagId === id_pkcs8ShroudedKeyBag) {
      const { algorithm, data } = readEncryptedPrivateKeyInfo(bag.bagValue);
      parts.keys.push(await decryptWith(algorithm, data, password));
    } else if (bag.bagId === id_certBag) {
      const cert = AsnConvert.parse(bag.bagValue, CertBag);
      if (cert.certId === id_x509Certificate) parts.certificates.push(octets(cert.certValue));
    } else if (bag.bagId === id_SafeContents) {
      await readBags(bag.bagValue, password, parts, depth + 1);
    }
    // CRL and secret bags carry nothing an mTLS connection uses.
  }
}

async function readPkcs12(bytes: Uint8Array, password: string): Promise<Parts> {
  let pfx: PFX;
  try {
    pfx = AsnConvert.parse(ownBytes(bytes), PFX);
  } catch {
    throw new Pkcs12Failure('corrupt');
  }
  if (pfx.authSafe.contentType !== id_data) {
    throw new Pkcs12Failure('unsupported', 'public-key integrity mode');
  }
  const authSafe = octets(pfx.authSafe.content);
  // The schema fills an absent MacData with an empty default: no algorithm means no MAC.
  if (pfx.macData?.mac.digestAlgorithm.algorithm) {
    const ok = await macMatches(
      {
        digestAlgorithm: pfx.macData.mac.digestAlgorithm.algorithm,
        digest: new Uint8Array(pfx.macData.mac.digest.buffer),
        salt: new Uint8Array(pfx.macData.macSalt.buffer),
        iterations: pfx.macData.iterations,
      },
      authSafe,
      password,
    );
    if (!ok) throw new Pkcs12Failure('wrong-password');
  }
  const parts: Parts = { keys: [], certificates: [] };
  for (const info of AsnConvert.parse(ownBytes(authSafe), AuthenticatedSafe) as ContentInfo[]) {
    if (info.contentType === id_data) {
      await readBags(ownBytes(octets(info.content)).buffer, password, parts);
    } else if (info.contentType === id_encryptedData) {
      const { algorithm, data } = readEncryptedData(info.content);
      const plain = await decryptWith(algorithm, data, password);
      await readBags(ownBytes(plain).buffer, password, parts);
    } else {
      throw new Pkcs12Failure('unsupported', 'public-key privacy mode');
    }
  }
  return parts;
}

function problemOf(error: unknown): ImportProblem {
  if (error instanceof Pkcs12Failure) {
    switch (error.reason) {
      case 'wrong-password':
        return { code: 'pkcs12-wrong-password' };
      case 'legacy':
        return { code: 'pkcs12-legacy-encryption', algorithm: error.detail };
      case 'unsupported':
        return { code: 'pkcs12-unsupported', what: error.detail };
      case 'corrupt':
        return { code: 'pkcs12-corrupt' };
    }
  }
  // A schema that didn't match what the file holds: the file is damaged or not PKCS#12.
  return { code: 'pkcs12-corrupt' };
}

/** Reads a .p12/.pfx with its password. Never throws: every failure is a typed problem. */
export async function parsePkcs12(bytes: Uint8Array, password: string): Promise<ImportResult> {
  let parts: Parts;
  try {
    parts = await readPkcs12(bytes, password);
  } catch (error) {
    return problem(problemOf(error));
  }
  if (parts.keys.length === 0) return problem({ code: 'pkcs12-no-key' });
  if (parts.keys.length > 1) return problem({ code: 'pem-many-keys', count: parts.keys.length });
  if (parts.certificates.length === 0) return problem({ code: 'pkcs12-no-certificate' });
  try {
    return await mtlsFromParts(
      parts.certificates.map((der) => toPem('CERTIFICATE', der)),
      toPem('PRIVATE KEY', parts.keys[0]!),
      'pkcs12',
    );
  } catch {
    return problem({ code: 'pkcs12-corrupt' });
  }
}
