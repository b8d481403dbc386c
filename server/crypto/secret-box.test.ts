import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, decodeEncryptionKey } from './secret-box.ts';

const box = createSecretBox(randomBytes(32));

describe('secret box (AES-256-GCM)', () => {
  it('round-trips, including unicode and empty strings', () => {
    for (const text of ['s3cret', '', 'ключ 🔑', 'x'.repeat(10_000)]) {
      expect(box.open(box.seal(text, 'ac_1', 'token'), 'ac_1', 'token')).toBe(text);
    }
  });

  it('uses a fresh IV per value: the same plaintext seals differently', () => {
    const a = box.seal('same', 'ac_1', 'token');
    const b = box.seal('same', 'ac_1', 'token');
    expect(a.equals(b)).toBe(false);
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
    expect(a.includes(Buffer.from('same'))).toBe(false);
  });

  it('binds the connection id and field: a swapped ciphertext does not open', () => {
    const sealed = box.seal('client-secret', 'ac_1', 'client_secret');
    expect(() => box.open(sealed, 'ac_1', 'password')).toThrow();
    expect(() => box.open(sealed, 'ac_2', 'client_secret')).toThrow();
    // The separator keeps ("ac_1t", "oken") and ("ac_1", "token") apart.
    expect(() => box.open(box.seal('v', 'ac_1t', 'oken'), 'ac_1', 'token')).toThrow();
  });

  it('detects tampering and a wrong key', () => {
    const sealed = box.seal('value', 'ac_1', 'token');
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(() => box.open(flipped, 'ac_1', 'token')).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'ac_1', 'token')).toThrow();
    expect(() => box.open(Buffer.from([9, 1, 2]), 'ac_1', 'token')).toThrow(/Unrecognised/);
  });

  it('accepts only 32-byte keys', () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow();
    const key = randomBytes(32).toString('base64');
    expect(decodeEncryptionKey(key)).toHaveLength(32);
    expect(() => decodeEncryptionKey(randomBytes(16).toString('base64'))).toThrow(
      /AUTH_CONNECTIONS_ENCRYPTION_KEY/,
    );
    expect(() => decodeEncryptionKey('not base64 at all!')).toThrow();
  });
});
