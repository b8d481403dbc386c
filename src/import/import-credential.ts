// The one entry of the importer: text (pasted or read from a file) or a file's bytes goes to the
// parser of its format. Each parser owns what it claims (a JSON object with Google's fields, a
// curl command, PEM armour, NAME=value lines), so a mistake in it gets that format's sentence
// instead of a vague "not recognised". Never throws.
import { hasPemBlock } from '../components/pem-repair.ts';
import { looksLikeCurl, parseCurl } from './curl.ts';
import { looksLikeDotenv, parseDotenv } from './dotenv.ts';
import { looksLikeGoogleCredential, parseGoogleServiceAccount } from './google-service-account.ts';
import { looksLikeJwk, parseJwk } from './jwk.ts';
import { parsePemBundle } from './pem-bundle.ts';
import { looksLikePkcs12, parsePkcs12 } from './pkcs12.ts';
import { MAX_IMPORT_BYTES, problem, type ImportResult } from './types.ts';

async function importJson(text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem({ code: 'json-invalid' });
  }
  if (looksLikeGoogleCredential(json)) return parseGoogleServiceAccount(json);
  if (looksLikeJwk(json)) return parseJwk(json);
  return problem({ code: 'json-unknown-shape' });
}

async function dispatchText(text: string): Promise<ImportResult> {
  const trimmed = text.trim();
  if (trimmed === '') return problem({ code: 'empty' });
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return importJson(trimmed);
  if (looksLikeCurl(trimmed)) return parseCurl(trimmed);
  if (hasPemBlock(trimmed)) return parsePemBundle(trimmed);
  if (looksLikeDotenv(trimmed)) return parseDotenv(trimmed);
  return problem({ code: 'not-recognised' });
}

/** Pasted text, or a text file's contents. */
export async function importText(text: string): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_BYTES) {
    return problem({ code: 'too-large', bytes: text.length, limit: MAX_IMPORT_BYTES });
  }
  try {
    return await dispatchText(text);
  } catch {
    return problem({ code: 'not-recognised' }); // a parser bug must not take the page down
  }
}

/**
 * A file's bytes. A PKCS#12 file needs its password: without one the answer is
 * `pkcs12-needs-password`, and the caller asks and calls again with the same bytes.
 */
export async function importBytes(bytes: Uint8Array, password?: string): Promise<ImportResult> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return problem({ code: 'too-large', bytes: bytes.length, limit: MAX_IMPORT_BYTES });
  }
  try {
    if (looksLikePkcs12(bytes)) {
      return password === undefined
        ? problem({ code: 'pkcs12-needs-password' })
        : await parsePkcs12(bytes, password);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return problem({ code: 'binary-not-pkcs12' });
    }
    return await importText(text.replace(/^\uFEFF/, ''));
  } catch {
    return problem({ code: 'not-recognised' });
  }
}
