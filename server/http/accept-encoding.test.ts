import { describe, expect, it } from 'vitest';
import { preferredCoding } from './accept-encoding.ts';

describe('preferredCoding', () => {
  it('prefers brotli, then gzip, among what the client accepts', () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('x-gzip')).toBe('gzip');
    expect(preferredCoding('gzip, br', ['gzip'])).toBe('gzip');
  });

  it('sends nothing encoded without a header, for identity, or when every coding is refused', () => {
    expect(preferredCoding(undefined)).toBeUndefined();
    expect(preferredCoding('')).toBeUndefined();
    expect(preferredCoding('identity')).toBeUndefined();
    expect(preferredCoding('deflate, zstd')).toBeUndefined();
    expect(preferredCoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(preferredCoding('*;q=0')).toBeUndefined();
  });

  it('follows q-values and the wildcard', () => {
    expect(preferredCoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(preferredCoding('br;q=0, *')).toBe('gzip');
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('GZIP ; Q=1')).toBe('gzip');
  });
});
