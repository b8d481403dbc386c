// Checks beyond the spec, run after the zod schema on every field that has the right type.
// Each failure is a 422 item on the field it concerns (GUIDE §6: the form shows it there).
import {
  checkHeaderFieldValue,
  checkHeaderName,
  checkHmacSecret,
  checkTokenUrl,
  JWT_ALGORITHMS,
  createRequestShapes,
  requiredSecretFields,
  SECRET_FIELDS,
  updateRequestShapes,
  type CreateAuthType,
  type JwtAlgorithm,
  type UpdateAuthType,
  type ValidationErrorItem,
} from '../../contract/index.ts';
import {
  checkCertificate,
  checkCertificateBundle,
  checkRsaPrivateKey,
  keyMatchesCertificate,
  loadPrivateKey,
} from './pem-checks.ts';

export interface FieldCheckOptions {
  allowHttpLoopback: boolean;
}

type Body = Record<string, unknown>;

const item = (loc: (string | number)[], msg: string): ValidationErrorItem => ({
  loc: ['body', ...loc],
  msg,
  type: 'value_error',
});

const str = (value: unknown): value is string => typeof value === 'string';

function isAlgorithm(value: unknown): value is JwtAlgorithm {
  return (JWT_ALGORITHMS as readonly unknown[]).includes(value);
}

/** The check for a JWT secret_key under a given algorithm. */
export function checkJwtSecretKey(secret: string, algorithm: JwtAlgorithm): string | null {
  return algorithm.startsWith('RS')
    ? checkRsaPrivateKey(secret, algorithm)
    : checkHmacSecret(secret, algorithm);
}

// A bad name is at [field, key, '[key]'] and a bad value at [field, key], as pydantic has them.
function checkHeaderMap(field: string, value: unknown, out: ValidationErrorItem[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [key, headerValue] of Object.entries(value)) {
    const problem = checkHeaderName(key);
    if (problem) out.push(item([field, key, '[key]'], problem));
    const valueProblem = str(headerValue) ? checkHeaderFieldValue(field, headerValue) : null;
    if (valueProblem) out.push(item([field, key], valueProblem));
  }
}

/** Fields whose text goes into a header of an outgoing request (contract/header-values.ts). */
function checkHeaderValues(body: Body, out: ValidationErrorItem[]): void {
  for (const [field, value] of Object.entries(body)) {
    const problem = str(value) ? checkHeaderFieldValue(field, value) : null;
    if (problem) out.push(item([field], problem));
  }
}

/** Only the fields the type has: a field of another type is the schema's error, not ours. */
function ownFields(body: Body, shape: object): Body {
  return Object.fromEntries(Object.entries(body).filter(([field]) => field in shape));
}

/**
 * Checks keyed by field, not by auth type: the type's own shape decides which fields are there,
 * so a type gains a check by having the field (token_url, custom_headers, secret_key, PEMs).
 */
export function checkCreateFields(
  authType: CreateAuthType,
  raw: Body,
  opts: FieldCheckOptions,
): ValidationErrorItem[] {
  const body = ownFields(raw, createRequestShapes[authType]);
  const out: ValidationErrorItem[] = [];
  if (str(raw.name) && raw.name.trim() === '') out.push(item(['name'], 'Enter a name.'));
  for (const field of requiredSecretFields(authType)) {
    if (body[field] === '') out.push(item([field], `Enter the ${field.replaceAll('_', ' ')}.`));
  }
  if (str(body.token_url)) {
    const problem = checkTokenUrl(body.token_url, { allowHttpLoopback: opts.allowHttpLoopback });
    if (problem) out.push(item(['token_url'], problem));
  }
  checkHeaderMap('custom_headers', body.custom_headers, out);
  checkHeaderValues(body, out);
  if (str(body.header_name)) {
    const problem = checkHeaderName(body.header_name);
    if (problem) out.push(item(['header_name'], problem));
  }
  if (str(body.secret_key) && body.secret_key !== '') {
    const algorithm = body.algorithm === undefined ? 'HS256' : body.algorithm;
    if (isAlgorithm(algorithm)) {
      const problem = checkJwtSecretKey(body.secret_key, algorithm);
      if (problem) out.push(item(['secret_key'], problem));
    }
  }
  out.push(...checkMtls(body));
  return out;
}

function checkMtls(body: Body): ValidationErrorItem[] {
  const out: ValidationErrorItem[] = [];
  let certificateOk = false;
  if (str(body.client_certificate) && body.client_certificate !== '') {
    const problem = checkCertificate(body.client_certificate);
    if (problem) out.push(item(['client_certificate'], problem));
    else certificateOk = true;
  }
  if (str(body.ca_certificate)) {
    const problem = checkCertificateBundle(body.ca_certificate);
    if (problem) out.push(item(['ca_certificate'], problem));
  }
  if (str(body.client_key) && body.client_key !== '') {
    const passphrase = str(body.key_passphrase) ? body.key_passphrase : null;
    const result = loadPrivateKey(body.client_key, passphrase);
    if (!result.ok) {
      out.push(item([result.field === 'key' ? 'client_key' : 'key_passphrase'], result.message));
    } else if (
      certificateOk &&
      !keyMatchesCertificate(body.client_certificate as string, result.key)
    ) {
      out.push(item(['client_key'], 'This private key does not belong to the client certificate.'));
    }
  }
  return out;
}

export interface StoredJwtState {
  algorithm: JwtAlgorithm;
  /** Decrypts the stored secret_key only when a check needs it. */
  readSecretKey: () => string | undefined;
}

export function checkUpdateFields(
  authType: UpdateAuthType,
  raw: Body,
  stored: StoredJwtState | undefined,
): ValidationErrorItem[] {
  const body = ownFields(raw, updateRequestShapes[authType]);
  const out: ValidationErrorItem[] = [];
  for (const field of SECRET_FIELDS[authType]) {
    if (body[field] === '') {
      out.push(
        item(
          [field],
          'An empty secret is not allowed. Leave the field out (or send null) to keep the stored one.',
        ),
      );
    }
  }
  checkHeaderMap('custom_headers', body.custom_headers, out);
  checkHeaderValues(body, out);
  // Only oauth2_jwt passes its stored algorithm and key: a new algorithm must fit the stored key.
  if (stored) {
    const algorithm = isAlgorithm(body.algorithm) ? body.algorithm : stored.algorithm;
    if (str(body.secret_key) && body.secret_key !== '') {
      const problem = checkJwtSecretKey(body.secret_key, algorithm);
      if (problem) out.push(item(['secret_key'], problem));
    } else if (algorithm !== stored.algorithm) {
      // The stored secret must still fit: HS256 -> RS256 without a new key would break signing.
      const current = stored.readSecretKey();
      const problem = current === undefined ? null : checkJwtSecretKey(current, algorithm);
      if (problem) {
        out.push(
          item(
            ['secret_key'],
            `Changing the algorithm to ${algorithm} needs a new secret key: ${problem}`,
          ),
        );
      }
    }
  }
  return out;
}
