// The words of the shared checks (checks.ts, header-values.ts), in English. The server answers
// with them; the page passes its messages object's `validation` group instead, whose defaults are
// these same objects, so a host can translate every check (docs/decisions/0124).
import { headerValueWords } from './header-values.ts';

export const tokenUrlWords = {
  empty: 'Enter the token URL.',
  notAbsolute: 'Enter an absolute URL, like https://auth.example.com/oauth/token.',
  credentials: 'The URL must not contain a user name or password.',
  notHttps: 'The token URL must start with https://.',
  noHost: 'The URL needs a host name.',
  /** `kind` is one of `kinds`, e.g. "a loopback address". */
  blocked: (kind: string, host: string) =>
    `The token URL points to ${kind} (${host}), which a connection must not call. Use the provider's public token endpoint.`,
  kinds: {
    loopback: 'a loopback address',
    private: 'a private network address',
    'link-local': 'a link-local address',
    shared: 'a carrier-grade NAT (shared) address',
    unspecified: 'an unspecified address',
    metadata: 'a cloud metadata address',
    reserved: 'a reserved address',
    multicast: 'a multicast address',
    'local-name': 'a local host name',
  },
};

export const headerNameWords = {
  empty: 'Enter a header name.',
  invalid: "A header name can only hold letters, digits and !#$%&'*+-.^_`|~ (no spaces or colons).",
};

export const hmacWords = {
  pem: (algorithm: string) =>
    `${algorithm} signs with a shared secret, not a PEM key. Choose an RS* algorithm for a private key.`,
  tooShort: (algorithm: string, min: number, have: number) =>
    `${algorithm} needs a secret of at least ${min} bytes (this one has ${have}).`,
};

/** Every word of the shared checks, grouped by check. */
export const checkWords = {
  tokenUrl: tokenUrlWords,
  headerName: headerNameWords,
  hmac: hmacWords,
  headerValue: headerValueWords,
};

export type CheckWords = typeof checkWords;
