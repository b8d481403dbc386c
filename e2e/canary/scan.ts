// The secrets canary check: every secret typed anywhere in the e2e suite is a unique canary
// (e2e/fixtures.ts `canary()`), and after the run none of them may appear in any place the
// browser or the server could leave it (docs/decisions/0041-secrets-canary-scan.md).
// Pure functions only, so a unit test can prove the check fails on a planted hit.

/** One thing that was checked: a file, or one snapshot of a page. */
export interface Place {
  /** What kind of place, for the summary: 'database', 'server log', 'response body', ... */
  kind: string;
  /** Where it is, for the report of a hit (usually a file path). */
  name: string;
  content: string | Uint8Array;
}

export interface Hit {
  canary: string;
  /** The form that was found: the canary itself, or an encoded form or one line of it. */
  needle: string;
  kind: string;
  place: string;
}

/** Shorter lines (a PEM's last body line may be a few characters) are not searched alone. */
const MIN_LINE_NEEDLE = 32;

/**
 * The forms a canary can take in a place: as typed, JSON-escaped (a log line or a cache dump),
 * URL-encoded (a query string, a form body) and, for multi-line values such as PEM material,
 * each long line on its own (a leak of one line of a private key is a leak, and line endings
 * change between encodings).
 */
export function needlesOf(canary: string): string[] {
  const needles = new Set<string>([canary]);
  needles.add(JSON.stringify(canary).slice(1, -1));
  needles.add(encodeURIComponent(canary));
  needles.add(new URLSearchParams({ v: canary }).toString().slice(2));
  for (const line of canary.split(/\r?\n/)) {
    const trimmed = line.trim();
    // Only base64 body lines: armour (-----BEGIN ...) and headers are the same in every key.
    const body = /^[A-Za-z0-9+/=]+$/.test(trimmed);
    if (body && trimmed.length >= MIN_LINE_NEEDLE && trimmed !== canary) needles.add(trimmed);
  }
  return [...needles].filter((n) => n.length > 0);
}

function asBuffer(content: string | Uint8Array): Buffer {
  // Buffer's includes() is a fast native search; plain Uint8Arrays are wrapped, not copied.
  return typeof content === 'string'
    ? Buffer.from(content)
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

/** Every (canary, place) pair where some form of the canary occurs. */
export function scanForCanaries(canaries: Iterable<string>, places: Iterable<Place>): Hit[] {
  const prepared = [...new Set(canaries)].map((canary) => ({
    canary,
    needles: needlesOf(canary).map((n) => ({ text: n, bytes: Buffer.from(n) })),
  }));
  const hits: Hit[] = [];
  for (const place of places) {
    const bytes = asBuffer(place.content);
    for (const { canary, needles } of prepared) {
      const found = needles.find((n) => bytes.includes(n.bytes));
      if (found) hits.push({ canary, needle: found.text, kind: place.kind, place: place.name });
    }
  }
  return hits;
}

/** Reads the canary file: one JSON string per line (multi-line PEM material stays one entry). */
export function parseCanaryFile(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as string);
}

/** The closing summary: canaries, places per kind, checks, hits (values shortened). */
export function summarize(canaries: number, places: readonly Place[], hits: readonly Hit[]) {
  const perKind = new Map<string, number>();
  for (const place of places) perKind.set(place.kind, (perKind.get(place.kind) ?? 0) + 1);
  const lines = [
    `Secrets canary: ${canaries} canaries × ${places.length} places = ${canaries * places.length} checks, ${hits.length} hits`,
    ...[...perKind].map(([kind, count]) => `  ${kind}: ${count}`),
    ...hits.map((h) => `  HIT ${JSON.stringify(shorten(h.needle))} (${h.kind}) in ${h.place}`),
  ];
  return lines.join('\n');
}

function shorten(value: string): string {
  return value.length > 48 ? `${value.slice(0, 44)}…` : value;
}
