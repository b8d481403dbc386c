// AES-256-GCM for secret fields at rest. Each value gets a fresh 12-byte IV, and the
// connection id plus field name are bound as additional data, so a ciphertext copied to another
// row or field fails authentication instead of decrypting into the wrong place.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBox {
  seal(plaintext: string, connectionId: string, field: string): Buffer;
  open(sealed: Buffer, connectionId: string, field: string): string;
}

function aad(connectionId: string, field: string): Buffer {
  // NUL cannot occur in ids or field names, so ("a", "bc") and ("ab", "c") never collide.
  return Buffer.from(`${connectionId}\u0000${field}`, 'utf8');
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The encryption key must be 32 bytes');
  return {
    seal(plaintext, connectionId, field) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(aad(connectionId, field));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      // Layout: version | iv | tag | ciphertext
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    open(sealed, connectionId, field) {
      if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
        throw new Error('Unrecognised sealed secret');
      }
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(aad(connectionId, field));
      decipher.setAuthTag(tag);
      const body = sealed.subarray(1 + IV_BYTES + TAG_BYTES);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}

/** Decodes AUTH_CONNECTIONS_ENCRYPTION_KEY; throws a message that names the variable. */
export function decodeEncryptionKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (
    key.length !== 32 ||
    key.toString('base64').replace(/=+$/, '') !== base64.replace(/=+$/, '')
  ) {
    throw new Error(
      'AUTH_CONNECTIONS_ENCRYPTION_KEY must be 32 bytes encoded as base64 (e.g. `openssl rand -base64 32`)',
    );
  }
  return key;
}
