// A curl command as API docs or the browser's "Copy as cURL" print it. One credential in it
// decides the type: a Bearer header, Basic (-u or the header), another secret-looking header, or
// an OAuth2 client-credentials token request (grant_type=client_credentials, with the client in
// the body or in Basic). Two credentials are an error: we can't know which one the admin meant.
import { base64ToBytes } from './der.ts';
import { providerFromUrl } from './provider-from-url.ts';
import { shellWords } from './shell-words.ts';
import { placeholderNotes } from './placeholder.ts';
import { problem, recognised, type ImportResult } from './types.ts';

const DATA_FLAGS = new Set([
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-ascii',
  '--data-urlencode',
]);
// Options that take a value we don't need: skipped with it, so the value isn't read as the URL.
const OTHER_VALUE_FLAGS = new Set(
  (
    '-o --output -A --user-agent -e --referer -b --cookie -c --cookie-jar -w --write-out -x ' +
    '--proxy -U --proxy-user -m --max-time --connect-timeout -T --upload-file -K --config -E ' +
    '--cert --key --cacert --capath --cert-type --key-type --pass -r --range --retry --resolve ' +
    '--limit-rate -F --form --form-string --max-redirs --proto --interface -Y -y --connect-to ' +
    '--json'
  ).split(' '),
);
const SHORT_WITH_VALUE = /^-(H|u|d|X)(.+)$/;
// Headers that carry no credential, whatever their name suggests.
const PLAIN_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'connection',
  'content-length',
  'content-type',
  'cookie',
  'host',
  'origin',
  'pragma',
  'referer',
  'user-agent',
]);
const SECRET_HEADER = /key|token|secret|auth|signature|password|session|credential/i;

interface CurlRequest {
  url?: string;
  headers: [string, string][];
  user?: string;
  bearer?: string;
  data: string[];
}

function readCommand(words: string[]): CurlRequest | null {
  const [command, ...rest] = words;
  if (!command || !/(^|[\\/])curl(\.exe)?$/i.test(command)) return null;
  const request: CurlRequest = { headers: [], data: [] };
  for (let i = 0; i < rest.length; i++) {
    let flag = rest[i]!;
    let value: string | undefined;
    const attached = SHORT_WITH_VALUE.exec(flag);
    if (attached) {
      flag = `-${attached[1]}`;
      value = attached[2];
    }
    const take = () => value ?? rest[++i] ?? '';
    if (flag === '-H' || flag === '--header') {
      const header = take();
      const colon = header.indexOf(':');
      if (colon > 0)
        request.headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()]);
    } else if (flag === '-u' || flag === '--user') request.user = take();
    else if (flag === '--oauth2-bearer') request.bearer = take();
    else if (DATA_FLAGS.has(flag)) request.data.push(take());
    else if (flag === '--url') request.url ??= take();
    else if (flag === '-X' || flag === '--request' || OTHER_VALUE_FLAGS.has(flag)) take();
    else if (!flag.startsWith('-')) request.url ??= flag;
  }
  return request;
}

function bodyParams(data: string[]): Map<string, string> {
  const params = new Map<string, string>();
  for (const chunk of data) {
    const trimmed = chunk.trim();
    if (trimmed.startsWith('{')) {
      try {
        const json = JSON.parse(trimmed) as unknown;
        if (json && typeof json === 'object' && !Array.isArray(json)) {
          for (const [k, v] of Object.entries(json)) {
            if (typeof v === 'string') params.set(k, v);
          }
        }
      } catch {
        // not JSON after all: no parameters from it
      }
      continue;
    }
    for (const [k, v] of new URLSearchParams(trimmed)) params.set(k, v);
  }
  return params;
}

function splitUser(user: string): { username: string; password: string } {
  const colon = user.indexOf(':');
  return colon < 0
    ? { username: user, password: '' }
    : { username: user.slice(0, colon), password: user.slice(colon + 1) };
}

type Credential =
  | { kind: 'bearer'; where: string; token: string }
  | { kind: 'basic'; where: string; username: string; password: string }
  | { kind: 'header'; where: string; header_name: string; token: string };

function credentialsOf(request: CurlRequest): Credential[] {
  const found: Credential[] = [];
  if (request.user !== undefined)
    found.push({ kind: 'basic', where: '-u', ...splitUser(request.user) });
  if (request.bearer !== undefined) {
    found.push({ kind: 'bearer', where: '--oauth2-bearer', token: request.bearer });
  }
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    if (lower === 'authorization') {
      const [scheme = '', ...rest] = value.split(/\s+/);
      const credentials = rest.join(' ');
      if (/^bearer$/i.test(scheme)) {
        found.push({ kind: 'bearer', where: `${name}: ${scheme}`, token: credentials });
        continue;
      }
      if (/^basic$/i.test(scheme)) {
        const bytes = base64ToBytes(credentials);
        const decoded = bytes ? new TextDecoder().decode(bytes) : '';
        if (decoded.includes(':')) {
          found.push({ kind: 'basic', where: `${name}: ${scheme}`, ...splitUser(decoded) });
          continue;
        }
      }
      found.push({ kind: 'header', where: name, header_name: name, token: value });
    } else if (!PLAIN_HEADERS.has(lower) && SECRET_HEADER.test(lower)) {
      found.push({ kind: 'header', where: name, header_name: name, token: value });
    }
  }
  return found;
}

function clientCredentials(
  request: CurlRequest,
  params: Map<string, string>,
  credentials: Credential[],
): ImportResult {
  const basic = credentials.find((c) => c.kind === 'basic');
  const clientId =
    params.get('client_id') ?? (basic?.kind === 'basic' ? basic.username : undefined);
  const clientSecret =
    params.get('client_secret') ?? (basic?.kind === 'basic' ? basic.password : undefined);
  if (!request.url) return problem({ code: 'curl-token-request-incomplete', missing: 'url' });
  if (!clientId) return problem({ code: 'curl-token-request-incomplete', missing: 'client_id' });
  if (!clientSecret) {
    return problem({ code: 'curl-token-request-incomplete', missing: 'client_secret' });
  }
  const inBasic = params.get('client_id') === undefined && basic !== undefined;
  const extra = Object.fromEntries(
    [...params].filter(([k]) => !['grant_type', 'client_id', 'client_secret', 'scope'].includes(k)),
  );
  // Headers of the token request that are not its Basic credential go along as custom headers.
  const headers = Object.fromEntries(
    request.headers.filter(([name]) => {
      const lower = name.toLowerCase();
      return !PLAIN_HEADERS.has(lower) && !(inBasic && lower === 'authorization');
    }),
  );
  const scope = params.get('scope')?.trim();
  const provider = providerFromUrl(request.url);
  return recognised({
    authType: 'oauth2_client_credentials',
    fields: {
      ...(provider ? { provider } : {}),
      token_url: request.url,
      client_id: clientId,
      client_secret: clientSecret,
      scopes: scope ? scope.split(/[\s,]+/).filter(Boolean) : [],
      basic_auth_in_header: inBasic,
      extra_params: extra,
      custom_headers: headers,
    },
    recognised: { format: 'curl', credential: 'client-credentials', detail: request.url },
    notes: placeholderNotes(clientSecret),
  });
}

/** Whether the text is a curl command (then `parseCurl` owns it, right or wrong). */
export function looksLikeCurl(text: string): boolean {
  return /^\s*(\S*[\\/])?curl(\.exe)?\s/i.test(text);
}

export function parseCurl(text: string): ImportResult {
  const split = shellWords(text.trim());
  if (!split.ok) return problem({ code: 'curl-unclosed-quote' });
  const request = readCommand(split.words);
  if (!request) return problem({ code: 'not-recognised' });
  const credentials = credentialsOf(request);
  const params = bodyParams(request.data);
  if (params.get('grant_type') === 'client_credentials') {
    return clientCredentials(request, params, credentials);
  }
  const [credential, second] = credentials;
  if (!credential) return problem({ code: 'curl-no-credential' });
  if (second) {
    return problem({ code: 'curl-two-credentials', first: credential.where, second: second.where });
  }
  const provider = providerFromUrl(request.url);
  const base = provider ? { provider } : {};
  switch (credential.kind) {
    case 'bearer':
      return recognised({
        authType: 'bearer_auth',
        fields: { ...base, token: credential.token },
        recognised: { format: 'curl', credential: 'bearer', detail: request.url ?? '' },
        notes: placeholderNotes(credential.token),
      });
    case 'basic':
      return recognised({
        authType: 'basic_auth',
        fields: { ...base, username: credential.username, password: credential.password },
        recognised: { format: 'curl', credential: 'basic', detail: credential.username },
        notes: placeholderNotes(credential.password),
      });
    case 'header':
      return recognised({
        authType: 'custom_header_auth',
        fields: { ...base, header_name: credential.header_name, token: credential.token },
        recognised: { format: 'curl', credential: 'header', detail: credential.header_name },
        notes: placeholderNotes(credential.token),
      });
  }
}
