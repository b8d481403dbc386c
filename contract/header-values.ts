// Values that end up in an HTTP header of an outgoing request, and the characters each may not
// hold. One rule per field, run by the server (a 422 on the field) and by the form (the same
// words under the field). Why these characters: docs/decisions/0120-header-values.md.

/**
 * - `field-value`: sent as a header's value as typed (RFC 9110 §5.5): visible ASCII, with spaces
 *   and tabs inside but not at either end (a recipient strips them, so what is sent would differ).
 * - `basic-user-id` / `basic-password`: joined by ":" and base64-encoded (RFC 7617 §2): no control
 *   characters, and no ":" in the user-id. Any other Unicode is fine: it is sent as UTF-8.
 * - `oauth-client`: the OAuth2 client_id and client_secret, sent as Basic or in the token request's
 *   body; RFC 6749 Appendix A.1 allows VSCHAR (%x20-7E) only.
 */
export type HeaderValueRule = 'field-value' | 'basic-user-id' | 'basic-password' | 'oauth-client';

/**
 * Every field whose value our platform puts into a header, keyed by field name (the names mean
 * the same in every type that has them). `custom_headers` is a map: the rule is for its values.
 * The JWT types have none: their claims and kid travel inside a base64url-encoded JWT.
 */
export const HEADER_VALUE_FIELDS = {
  token: 'field-value', // custom_header_auth: the header's value; bearer_auth: after "Bearer "
  custom_headers: 'field-value', // oauth2_client_credentials: headers of the token request
  username: 'basic-user-id',
  password: 'basic-password',
  client_id: 'oauth-client',
  client_secret: 'oauth-client',
} as const satisfies Record<string, HeaderValueRule>;

export type HeaderValueField = keyof typeof HEADER_VALUE_FIELDS;

export function isHeaderValueField(field: string): field is HeaderValueField {
  return Object.hasOwn(HEADER_VALUE_FIELDS, field);
}

export type HeaderValueProblem =
  | { code: 'line-break'; at: number }
  | { code: 'control'; at: number; codePoint: string }
  | { code: 'non-ascii'; at: number; char: string }
  | { code: 'edge-space' }
  | { code: 'colon'; at: number };

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;
// CTL of RFC 5234 Appendix B.1, which RFC 9110 and RFC 7617 both refer to.
const isControl = (c: number) => c <= 0x1f || c === 0x7f;

const codePointOf = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character the rule refuses, or null. `at` counts characters from 1. */
export function checkHeaderValue(rule: HeaderValueRule, value: string): HeaderValueProblem | null {
  const chars = [...value];
  for (const [i, char] of chars.entries()) {
    const c = char.codePointAt(0) as number;
    const at = i + 1;
    if (isLineBreak(c)) return { code: 'line-break', at };
    // A tab is field content inside a header value (RFC 9110 §5.5); it is a CTL everywhere else.
    if (isControl(c) && !(c === 0x09 && rule === 'field-value')) {
      return { code: 'control', at, codePoint: codePointOf(c) };
    }
    if (c > 0x7e && (rule === 'field-value' || rule === 'oauth-client')) {
      return { code: 'non-ascii', at, char };
    }
    if (char === ':' && rule === 'basic-user-id') return { code: 'colon', at };
  }
  if (rule === 'field-value' && /^[ \t]|[ \t]$/.test(value)) return { code: 'edge-space' };
  return null;
}

/** English words for each problem: the server's 422 text and the form's default. */
export const headerValueWords = {
  lineBreak: (at: number) =>
    `Remove the line break at character ${at}: this value is sent in an HTTP header, which must stay on one line.`,
  control: (codePoint: string, at: number) =>
    `Remove the control character ${codePoint} at character ${at}: it cannot be sent in an HTTP header.`,
  nonAscii: (char: string, at: number) =>
    `"${char}" at character ${at} cannot be sent in this header: use ASCII letters, digits, punctuation and spaces.`,
  edgeSpace: 'Remove the space or tab at the start or end: the header would lose it.',
  colon: (at: number) =>
    `Remove the colon at character ${at}: Basic auth puts a colon between username and password, so a username cannot hold one.`,
};

export type HeaderValueWords = typeof headerValueWords;

export function headerValueMessage(
  problem: HeaderValueProblem,
  words: HeaderValueWords = headerValueWords,
): string {
  switch (problem.code) {
    case 'line-break':
      return words.lineBreak(problem.at);
    case 'control':
      return words.control(problem.codePoint, problem.at);
    case 'non-ascii':
      return words.nonAscii(problem.char, problem.at);
    case 'edge-space':
      return words.edgeSpace;
    case 'colon':
      return words.colon(problem.at);
  }
}

/** The message for a field's value, or null when the field reaches no header or the value is fine. */
export function checkHeaderFieldValue(
  field: string,
  value: string,
  words?: HeaderValueWords,
): string | null {
  if (!isHeaderValueField(field)) return null;
  const problem = checkHeaderValue(HEADER_VALUE_FIELDS[field], value);
  return problem ? headerValueMessage(problem, words) : null;
}
