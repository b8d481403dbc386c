// Checks beyond the spec that the browser and the server both run, so that a value the form
// accepts is a value the server accepts. Text only: no DNS, no network (GUIDE §10).
import type { JwtAlgorithm } from './enums.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** An absolute https URL; http only to a loopback host, and only when the switch allows it. */
export function checkTokenUrl(
  value: string,
  opts: { allowHttpLoopback?: boolean } = {},
): string | null {
  const text = value.trim();
  if (text === '') return 'Enter the token URL.';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter an absolute URL, like https://auth.example.com/oauth/token.';
  }
  if (url.username || url.password) return 'The URL must not contain a user name or password.';
  if (url.protocol === 'https:') return url.hostname ? null : 'The URL needs a host name.';
  if (url.protocol === 'http:' && opts.allowHttpLoopback && isLoopbackHost(url.hostname)) {
    return null;
  }
  return 'The token URL must start with https://.';
}

// RFC 9110 §5.6.2 token characters.
const HEADER_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function checkHeaderName(name: string): string | null {
  if (name === '') return 'Enter a header name.';
  if (!HEADER_TOKEN.test(name)) {
    return "A header name can only hold letters, digits and !#$%&'*+-.^_`|~ (no spaces or colons).";
  }
  return null;
}

export function looksLikePem(text: string): boolean {
  return /-----BEGIN [A-Z0-9 ]+-----/.test(text);
}

/** Bytes of key material an HMAC secret needs: at least the hash output (RFC 7518 §3.2). */
export const HMAC_MIN_BYTES = { HS256: 32, HS384: 48, HS512: 64 } as const;

export function isHmacAlgorithm(alg: JwtAlgorithm): alg is keyof typeof HMAC_MIN_BYTES {
  return alg in HMAC_MIN_BYTES;
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** For HS* algorithms: a shared secret, not a PEM, at least as long as the hash output. */
export function checkHmacSecret(secret: string, algorithm: JwtAlgorithm): string | null {
  if (!isHmacAlgorithm(algorithm)) return null;
  if (looksLikePem(secret)) {
    return `${algorithm} signs with a shared secret, not a PEM key. Choose an RS* algorithm for a private key.`;
  }
  const min = HMAC_MIN_BYTES[algorithm];
  const have = utf8Length(secret);
  if (have < min)
    return `${algorithm} needs a secret of at least ${min} bytes (this one has ${have}).`;
  return null;
}
