// Small byte helpers shared by the importers: PEM armour and base64 without Node's Buffer, so
// the parsers run unchanged in the browser and under Vitest.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** null when the text is not base64 (standard or URL-safe, padding optional). */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  const normalised = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normalised)) return null;
  const padded = normalised.padEnd(Math.ceil(normalised.length / 4) * 4, '=');
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** RFC 7468 text: the label's armour around base64 wrapped at 64 columns, ending in a newline. */
export function toPem(label: string, der: Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n');
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function concatBytes(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A copy in a fresh ArrayBuffer of this realm: WebCrypto under jsdom rejects foreign buffers. */
export function ownBytes(data: ArrayBuffer | Uint8Array): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(data instanceof Uint8Array ? data : new Uint8Array(data));
}
