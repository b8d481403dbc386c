import { randomBytes } from 'node:crypto';

/** Opaque, URL-safe ids: a type prefix plus 96 random bits in hex. */
export function newId(prefix: 'ac' | 'ws' | 'tool' | 'mcp' | 'ic'): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}
