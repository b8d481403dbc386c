// An entity tag for one auth connection that a client can compute from a list item alone: the
// API has no GET by id and its response bodies cannot gain fields, so the tag is a pure function
// of what the list already returns. Pure JS, no Node or DOM APIs: the browser and the server run
// this same code (docs/decisions/0022-server-etags.md).

/** Fields that change without an edit (status) or through other resources (used_by). */
const NOT_PART_OF_THE_TAG = new Set(['used_by', 'status', 'status_detail', 'status_updated_at']);

/** JSON with object keys sorted at every depth, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify(undefined) is undefined; inside arrays JSON uses null, and so do we.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash. Not cryptographic, not needed. */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The strong ETag (with its quotes, ready for an If-Match header) of a list item, a create
 * response or an update response: the same connection gives the same tag from any of them.
 */
export function authConnectionEtag(item: Readonly<Record<string, unknown>>): string {
  const tagged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (!NOT_PART_OF_THE_TAG.has(key)) tagged[key] = value;
  }
  return `"${cyrb53(canonicalJson(tagged)).toString(16).padStart(14, '0')}"`;
}
