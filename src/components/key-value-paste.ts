// Turns text an admin copies from elsewhere into key/value rows: a `.env` block, the `-H` flags
// of a curl command, or plain "Name: value" header lines.

export interface KeyValueRow {
  key: string;
  value: string;
}

export interface KeyValuePasteResult {
  rows: KeyValueRow[];
  /** Non-blank, non-comment lines that matched none of the formats. */
  unparsed: string[];
}

// -H 'A: b'  |  -H "A: b"  |  --header 'A: b'  |  --header="A: b"  |  -H A:b
const CURL_HEADER = /(?:^|\s)(?:-H|--header)(?:\s+|=)(?:'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+))/g;
const ENV_LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/;
// Header names are RFC 9110 tokens, which exclude ":" and "=", so this cannot eat an env line.
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:(.*)$/;

function splitHeader(text: string): KeyValueRow | null {
  const match = HEADER_LINE.exec(text.trim());
  if (!match) return null;
  return { key: match[1] ?? '', value: (match[2] ?? '').trim() };
}

function unquoteEnvValue(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"')) {
    const closing = findClosingDoubleQuote(value);
    const inner = closing > 0 ? value.slice(1, closing) : value.slice(1);
    return unescapeDoubleQuoted(inner.replace(/\\n/g, '\n'));
  }
  if (value.startsWith("'")) {
    const closing = value.indexOf("'", 1);
    return closing > 0 ? value.slice(1, closing) : value.slice(1);
  }
  // Unquoted: an inline comment starts at a "#" that follows whitespace.
  return value.replace(/\s+#.*$/, '').trim();
}

function findClosingDoubleQuote(value: string): number {
  for (let i = 1; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === '"') return i;
  }
  return -1;
}

function unescapeDoubleQuoted(text: string): string {
  return text.replace(/\\(["\\$`])/g, '$1');
}

function parseCurl(text: string): KeyValueRow[] {
  const rows: KeyValueRow[] = [];
  // Shell line continuations would otherwise glue "\" onto the next flag.
  const joined = text.replace(/\\\r?\n/g, ' ');
  for (const match of joined.matchAll(CURL_HEADER)) {
    const raw = match[1] ?? (match[2] !== undefined ? unescapeDoubleQuoted(match[2]) : match[3]);
    const row = raw === undefined ? null : splitHeader(raw);
    if (row) rows.push(row);
  }
  return rows;
}

/** Parses pasted text into rows. Curl flags win when present; otherwise it goes line by line. */
export function parseKeyValuePaste(text: string): KeyValuePasteResult {
  const curlRows = parseCurl(text);
  if (curlRows.length > 0) return { rows: curlRows, unparsed: [] };

  const rows: KeyValueRow[] = [];
  const unparsed: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const env = ENV_LINE.exec(line);
    if (env) {
      rows.push({ key: env[1] ?? '', value: unquoteEnvValue(env[2] ?? '') });
      continue;
    }
    const header = splitHeader(line);
    if (header) rows.push(header);
    else unparsed.push(line);
  }
  return { rows, unparsed };
}

/**
 * Whether a paste into a key input should become rows rather than plain text. A single word
 * (a header name) pastes normally; anything with a line break, "=", ": " or a curl flag is data.
 */
export function isStructuredPaste(text: string): boolean {
  if (!/\n|=|:\s|(?:^|\s)(?:-H|--header)\b/.test(text.trim())) return false;
  return parseKeyValuePaste(text).rows.length > 0;
}
