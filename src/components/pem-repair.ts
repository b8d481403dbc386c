// Repairs PEM text that went through a chat tool, a JSON string or an env var on its way here:
// joined onto one line, newlines written as literal "\n", Windows line endings, stray spaces.
// The base64 body is rewrapped at 64 columns, as RFC 7468 writers do.

// Not global: a /g regex carries lastIndex between calls (and matchAll copies it).
const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
// RFC 1421 encapsulated headers (legacy encrypted keys): "Proc-Type: 4,ENCRYPTED", "DEK-Info: …".
// Their values hold no spaces, which is what lets us find them on a single line too.
const HEADER = /^\s*([A-Za-z][A-Za-z0-9-]*):[ \t]*([^\s]+)/;

/** True when the text holds at least one complete BEGIN/END block (after unescaping). */
export function hasPemBlock(text: string): boolean {
  return BLOCK.test(unescapeNewlines(text));
}

function unescapeNewlines(text: string): string {
  return text
    .replace(/\\r\\n|\\n|\\r/g, '\n')
    .replace(/\r\n?/g, '\n')
    .replace(/\\\//g, '/');
}

function rewrapBlock(label: string, inner: string): string {
  const headers: string[] = [];
  let rest = inner;
  for (;;) {
    const match = HEADER.exec(rest);
    if (!match) break;
    headers.push(`${match[1]}: ${match[2]}`);
    rest = rest.slice(match[0].length);
  }
  const body = rest.replace(/[^A-Za-z0-9+/=]/g, '');
  const lines = body.match(/.{1,64}/g) ?? [];
  const head = headers.length > 0 ? [...headers, ''] : [];
  return [`-----BEGIN ${label}-----`, ...head, ...lines, `-----END ${label}-----`].join('\n');
}

/**
 * Returns the PEM blocks found in `text`, each rewrapped, joined by newlines and ending with one.
 * Text outside the blocks (e.g. "Bag Attributes" from openssl) is dropped. Text with no complete
 * block is returned unchanged, so a half-typed value is never mangled.
 */
export function repairPem(text: string): string {
  const unescaped = unescapeNewlines(text);
  const blocks: string[] = [];
  for (const match of unescaped.matchAll(new RegExp(BLOCK.source, 'g'))) {
    blocks.push(rewrapBlock(match[1] ?? '', match[2] ?? ''));
  }
  return blocks.length > 0 ? `${blocks.join('\n')}\n` : text;
}
