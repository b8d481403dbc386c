import { privateJwk } from '../../tests/import-samples.ts';
import { importText } from './import-credential.ts';

const normalise = (pem: string) => pem.trim();

describe('JWK and JWKS', () => {
  it('an RSA private JWK becomes its PKCS#8 PEM, with kid and RS256', async () => {
    const { jwk, pem } = privateJwk('RSA');
    const result = await importText(JSON.stringify(jwk));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.imported.authType).toBe('private_key_jwt');
    expect(result.imported.alsoFits).toEqual(['oauth2_jwt']);
    expect(normalise(result.imported.fields.secret_key!)).toBe(normalise(pem));
    expect(result.imported.fields).toMatchObject({ key_id: 'kid-rsa', algorithm: 'RS256' });
    expect(result.imported.recognised).toEqual({
      format: 'private-key',
      source: 'jwk',
      keyId: 'kid-rsa',
      key: { type: 'RSA', bits: 2048, encrypted: false },
    });
  });

  it('keeps an RS algorithm the JWK names, even when WebCrypto would refuse alg on import', async () => {
    const { jwk } = privateJwk('RSA', { alg: 'RS512', use: 'sig', key_ops: ['sign'] });
    const result = await importText(JSON.stringify(jwk));
    expect(result.ok && result.imported.fields.algorithm).toBe('RS512');
  });

  it('an EC private JWK becomes PEM with a note that the contract has no ES algorithm', async () => {
    const { jwk, pem } = privateJwk('EC');
    const result = await importText(JSON.stringify(jwk));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(normalise(result.imported.fields.secret_key!)).toBe(normalise(pem));
    expect(result.imported.fields.algorithm).toBeUndefined();
    expect(result.imported.notes).toEqual([{ code: 'ec-key-no-algorithm' }]);
    expect(result.imported.recognised).toMatchObject({ key: { type: 'EC', curve: 'P-256' } });
  });

  it('a JWKS with one private key among public ones takes the private one', async () => {
    const a = privateJwk('RSA');
    const b = privateJwk('EC');
    const jwks = { keys: [b.publicJwk, a.jwk] };
    const result = await importText(JSON.stringify(jwks));
    expect(result.ok && result.imported.fields.key_id).toBe('kid-rsa');
  });

  it('says what is wrong: public only, several private keys, other key types, broken keys', async () => {
    const a = privateJwk('RSA');
    const b = privateJwk('EC');
    expect(await importText(JSON.stringify(a.publicJwk))).toEqual({
      ok: false,
      problem: { code: 'jwk-public-only' },
    });
    expect(await importText(JSON.stringify({ keys: [a.publicJwk] }))).toEqual({
      ok: false,
      problem: { code: 'jwks-no-private-key' },
    });
    expect(await importText(JSON.stringify({ keys: [a.jwk, b.jwk] }))).toEqual({
      ok: false,
      problem: { code: 'jwks-many-private-keys', count: 2 },
    });
    expect(await importText(JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }))).toEqual({
      ok: false,
      problem: { code: 'jwk-unsupported-type', kty: 'oct' },
    });
    expect(await importText(JSON.stringify({ ...b.jwk, x: 'AAAA' }))).toEqual({
      ok: false,
      problem: { code: 'jwk-unreadable' },
    });
  });
});
