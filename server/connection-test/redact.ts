// The transcript of a test with every secret replaced by a mark that says what it was and how long
// (`‹client_secret, 40 chars›`). A value is looked for in every spelling it can take on the wire:
// as typed, form- and percent-encoded, JSON-escaped and in base64 (an Authorization header).
import type { ConnectionTestTranscript } from '../../contract/index.ts';
import type { ExchangeResponse } from './http-exchange.ts';

export interface SecretValue {
  /** What the value is, shown in its mark: `client_secret`, `access_token`, … */
  label: string;
  value: string;
}

export const secretMark = (label: string, value: string) =>
  `‹${label}, ${[...value].length} chars›`;

function spellings(value: string): string[] {
  const utf8 = Buffer.from(value, 'utf8');
  return [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    JSON.stringify(value).slice(1, -1),
    utf8.toString('base64'),
    utf8.toString('base64').replace(/=+$/, ''),
    utf8.toString('base64url'),
  ];
}

/** Names of JSON answer fields whose string values are secrets whatever the test expected. */
// `token`, `access_token`, `id_token`, … but not `token_type`.
const SECRET_ANSWER_FIELD = /(^|_)token$|secret|password|assertion|^code$|^key$/i;

/** String values of secret-named fields anywhere in a JSON text (an error may echo them too). */
export function secretsInJson(text: string): SecretValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const found: SecretValue[] = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > 20 || node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && value !== '' && SECRET_ANSWER_FIELD.test(key)) {
        found.push({ label: key, value });
      } else walk(value, depth + 1);
    }
  };
  walk(parsed, 0);
  return found;
}

export function redactText(text: string, secrets: readonly SecretValue[]): string {
  const replacements = secrets
    .filter((s) => s.value !== '')
    .flatMap((s) => spellings(s.value).map((spelling) => [spelling, secretMark(s.label, s.value)]))
    .filter(([spelling]) => (spelling as string).length > 0)
    // Longest first, so a value inside a longer one (a secret inside `id:secret`) is never split.
    .sort((a, b) => (b[0] as string).length - (a[0] as string).length);
  let out = text;
  for (const [spelling, mark] of replacements) out = out.split(spelling as string).join(mark);
  return out;
}

/** Response headers whose values are sessions or credentials in themselves. */
const SECRET_RESPONSE_HEADERS = new Set(['set-cookie', 'authorization', 'proxy-authorization']);

export function buildTranscript(
  request: { method: string; url: URL; headers: [string, string][]; body: string },
  response: ExchangeResponse | null,
  secrets: readonly SecretValue[],
): ConnectionTestTranscript {
  const all = [...secrets, ...(response ? secretsInJson(response.body) : [])];
  const r = (text: string) => redactText(text, all);
  return {
    request: {
      line: r(`${request.method} ${request.url.pathname}${request.url.search} HTTP/1.1`),
      headers: request.headers.map(([name, value]) => [name, r(value)]),
      body: r(request.body),
    },
    response: response
      ? {
          status_line: `HTTP/1.1 ${response.status} ${r(response.statusText)}`,
          headers: response.headers.map(([name, value]) => [
            name,
            SECRET_RESPONSE_HEADERS.has(name.toLowerCase()) ? secretMark(name, value) : r(value),
          ]),
          body: r(response.body),
          truncated: response.truncated,
        }
      : null,
  };
}
