// Checks beyond the spec that the browser and the server both run, so that a value the form
// accepts is a value the server accepts. Text only: no DNS, no network (GUIDE §10).
import { headerNameWords, hmacWords, tokenUrlWords } from './check-words.ts';
import type { JwtAlgorithm } from './enums.ts';

// Token URL hosts (SSRF). What a token URL's host is, judged by its text alone (GUIDE §10: no DNS at save time). The
// WHATWG URL parser, which browsers and Node share, has already turned every IPv4 spelling
// (decimal, hex, octal, short, percent-encoded, full-width or ideographic dots, trailing dot)
// into dotted decimal and every IPv6 literal into its compressed form; this code classifies what
// it produced. A name is judged as a name: `127.0.0.1.nip.io` is public text even though its DNS
// answer is not (docs/decisions/0021-server-ssrf-token-url.md).

export type HostKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared'
  | 'unspecified'
  | 'metadata'
  | 'reserved'
  | 'multicast'
  | 'local-name';

/** Words for a message: "… points to a loopback address (127.0.0.1)". */
export const HOST_KIND_TEXT: Record<Exclude<HostKind, 'public'>, string> = tokenUrlWords.kinds;

const METADATA_IPV4 = new Set([
  '169.254.169.254', // AWS, GCP, Azure, OpenStack, DigitalOcean, Oracle
  '169.254.170.2', // AWS ECS task metadata
  '100.100.100.200', // Alibaba Cloud
  '168.63.129.16', // Azure WireServer (a public-range address that only means something inside)
]);

const METADATA_NAMES = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** Suffixes that never name a public host: RFC 6761/6762/8375 and ICANN's .internal. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.localdomain'];

type V4 = [number, number, number, number];

function inV4(a: V4, base: V4, bits: number): boolean {
  const toInt = (x: V4) => ((x[0] << 24) | (x[1] << 16) | (x[2] << 8) | x[3]) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (toInt(a) & mask) >>> 0 === (toInt(base) & mask) >>> 0;
}

const V4_RANGES: readonly [V4, number, HostKind][] = [
  [[0, 0, 0, 0], 8, 'unspecified'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'shared'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'reserved'],
  [[192, 0, 2, 0], 24, 'reserved'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'reserved'],
  [[198, 51, 100, 0], 24, 'reserved'],
  [[203, 0, 113, 0], 24, 'reserved'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

export function classifyIpv4(octets: V4): HostKind {
  if (METADATA_IPV4.has(octets.join('.'))) return 'metadata';
  for (const [base, bits, kind] of V4_RANGES) if (inV4(octets, base, bits)) return kind;
  return 'public';
}

function parseIpv4(text: string): V4 | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? (parts as V4) : undefined;
}

/** Eight 16-bit groups of an IPv6 literal (without brackets), or undefined if it is not one. */
export function parseIpv6(text: string): number[] | undefined {
  let body = text;
  const tail: number[] = [];
  const dotted = /^(.*:)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(body);
  if (dotted) {
    const v4 = parseIpv4(dotted[2] as string);
    if (!v4) return undefined;
    tail.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    body = (dotted[1] as string).endsWith('::')
      ? (dotted[1] as string)
      : (dotted[1] as string).slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0] as string);
  const rest = halves.length === 2 ? groups(halves[1] as string) : [];
  if (![...head, ...rest].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined;
  const zeros = Array(8 - known).fill(0) as number[];
  return [
    ...head.map((g) => parseInt(g, 16)),
    ...(halves.length === 2 ? zeros : []),
    ...rest.map((g) => parseInt(g, 16)),
    ...tail,
  ];
}

const v4Of = (hi: number, lo: number): V4 => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];

export function classifyIpv6(g: number[]): HostKind {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const firstSixZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstSixZero && g5 === 0) {
    if (g6 === 0 && g7 === 0) return 'unspecified';
    if (g6 === 0 && g7 === 1) return 'loopback';
    // ::a.b.c.d, IPv4-compatible (deprecated): judged by the address it carries, never public.
    const kind = classifyIpv4(v4Of(g6, g7));
    return kind === 'public' ? 'reserved' : kind;
  }
  if (firstSixZero && g5 === 0xffff) return classifyIpv4(v4Of(g6, g7)); // ::ffff:a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return classifyIpv4(v4Of(g6, g7)); // NAT64 64:ff9b::/96
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'private'; // local-use NAT64
  if (g0 === 0x2002) return classifyIpv4(v4Of(g1, g2)); // 6to4 carries an IPv4 address
  if (
    g0 === 0xfd00 &&
    g1 === 0x0ec2 &&
    g7 === 0x254 &&
    g2 === 0 &&
    g3 === 0 &&
    g4 === 0 &&
    g5 === 0 &&
    g6 === 0
  ) {
    return 'metadata'; // AWS IMDS over IPv6, fd00:ec2::254
  }
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // site-local (deprecated)
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // unique local
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  if (g0 === 0x2001 && g1 === 0) return 'reserved'; // Teredo: hides an IPv4 address
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved'; // discard prefix
  return 'public';
}

/** Classifies `URL.hostname` as the WHATWG parser produced it. */
export function classifyHost(hostname: string): HostKind {
  const host = hostname.toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) {
    const groups = parseIpv6(host.slice(1, -1));
    return groups ? classifyIpv6(groups) : 'reserved';
  }
  const v4 = parseIpv4(host);
  if (v4) return classifyIpv4(v4);
  const name = host.replace(/\.+$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  if (METADATA_NAMES.has(name)) return 'metadata';
  if (LOCAL_SUFFIXES.some((suffix) => name.endsWith(suffix))) return 'local-name';
  // A single label (`intranet`) is completed by the resolver's search list: never public.
  if (!name.includes('.')) return 'local-name';
  return 'public';
}

/**
 * An absolute https URL whose host is public by its text. With the test switch
 * (ALLOW_HTTP_LOOPBACK), a loopback host is allowed too, over http or https; nothing else is.
 */
export function checkTokenUrl(
  value: string,
  opts: { allowHttpLoopback?: boolean } = {},
  words: typeof tokenUrlWords = tokenUrlWords,
): string | null {
  const text = value.trim();
  if (text === '') return words.empty;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return words.notAbsolute;
  }
  if (url.username || url.password) return words.credentials;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return words.notHttps;
  if (!url.hostname) return words.noHost;
  const kind = classifyHost(url.hostname);
  if (kind === 'loopback' && opts.allowHttpLoopback) return null;
  if (url.protocol !== 'https:') return words.notHttps;
  if (kind === 'public') return null;
  return words.blocked(words.kinds[kind], url.hostname);
}

// RFC 9110 §5.6.2 token characters.
const HEADER_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function checkHeaderName(
  name: string,
  words: typeof headerNameWords = headerNameWords,
): string | null {
  if (name === '') return words.empty;
  if (!HEADER_TOKEN.test(name)) return words.invalid;
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
export function checkHmacSecret(
  secret: string,
  algorithm: JwtAlgorithm,
  words: typeof hmacWords = hmacWords,
): string | null {
  if (!isHmacAlgorithm(algorithm)) return null;
  if (looksLikePem(secret)) return words.pem(algorithm);
  const min = HMAC_MIN_BYTES[algorithm];
  const have = utf8Length(secret);
  if (have < min) return words.tooShort(algorithm, min, have);
  return null;
}
