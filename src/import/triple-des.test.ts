import { createCipheriv, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { S_BOXES, tripleDesCbcDecrypt } from './triple-des.ts';

it('each S-box row is a permutation of 0..15 (a typo in the tables fails here first)', () => {
  for (const box of S_BOXES) {
    for (let row = 0; row < 4; row++) {
      expect([...box.slice(row * 16, row * 16 + 16)].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 16 }, (_, i) => i),
      );
    }
  }
});

it("decrypts what Node's des-ede3-cbc encrypts, any key and length", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 100 }), (plain) => {
      const key = randomBytes(24);
      const iv = randomBytes(8);
      const cipher = createCipheriv('des-ede3-cbc', key, iv);
      const data = Buffer.concat([cipher.update(plain), cipher.final()]);
      expect(tripleDesCbcDecrypt(key, iv, data)).toEqual(Uint8Array.from(plain));
    }),
    { numRuns: 40 },
  );
});

it('a wrong key shows as bad padding (null), nearly always', () => {
  const key = randomBytes(24);
  const iv = randomBytes(8);
  const cipher = createCipheriv('des-ede3-cbc', key, iv);
  const data = Buffer.concat([cipher.update(randomBytes(64)), cipher.final()]);
  const wrong = Buffer.from(key);
  wrong[0] = wrong[0]! ^ 0x02; // bit 1 is not a parity bit
  expect(tripleDesCbcDecrypt(wrong, iv, data)).not.toEqual(tripleDesCbcDecrypt(key, iv, data));
});
