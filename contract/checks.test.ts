import fc from 'fast-check';
import {
  JWT_ALGORITHMS,
  checkHeaderName,
  checkHmacSecret,
  checkTokenUrl,
  looksLikePem,
} from './index.ts';

describe('checkTokenUrl', () => {
  it.each([
    ['https://auth.example.com/oauth/token', {}, null],
    ['  https://auth.example.com/t  ', {}, null],
    ['http://auth.example.com/t', {}, 'The token URL must start with https://.'],
    ['http://127.0.0.1:9000/t', {}, 'The token URL must start with https://.'],
    ['http://127.0.0.1:9000/t', { allowHttpLoopback: true }, null],
    ['http://localhost/t', { allowHttpLoopback: true }, null],
    ['http://[::1]/t', { allowHttpLoopback: true }, null],
    [
      'http://example.com/t',
      { allowHttpLoopback: true },
      'The token URL must start with https://.',
    ],
    ['ftp://example.com/t', {}, 'The token URL must start with https://.'],
    [
      'auth.example.com/token',
      {},
      'Enter an absolute URL, like https://auth.example.com/oauth/token.',
    ],
    ['https://user:pw@example.com/t', {}, 'The URL must not contain a user name or password.'],
    ['', {}, 'Enter the token URL.'],
  ])('%s %o -> %s', (url, opts, expected) => {
    expect(checkTokenUrl(url, opts)).toBe(expected);
  });

  it('never throws and accepts every generated https URL', () => {
    fc.assert(fc.property(fc.string(), (s) => void checkTokenUrl(s)));
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => checkTokenUrl(url) === null),
    );
  });
});

describe('checkHeaderName', () => {
  it.each([
    ['x-api-key', null],
    ['X_Tenant.1', null],
    ['', 'Enter a header name.'],
  ])('%s -> %s', (name, expected) => expect(checkHeaderName(name)).toBe(expected));

  it.each(['x api key', 'x:y', 'Ünïcode', 'x\n'])('rejects %j', (name) => {
    expect(checkHeaderName(name)).toMatch(/header name/);
  });

  it('accepts exactly the RFC 9110 token alphabet', () => {
    const tchar = fc.constantFrom(..."!#$%&'*+-.^_`|~0123456789abcdefXYZ".split(''));
    fc.assert(
      fc.property(fc.array(tchar, { minLength: 1 }), (c) => checkHeaderName(c.join('')) === null),
    );
    fc.assert(fc.property(fc.string(), (s) => void checkHeaderName(s)));
  });
});

describe('checkHmacSecret', () => {
  it('asks for at least the hash output length', () => {
    expect(checkHmacSecret('x'.repeat(31), 'HS256')).toBe(
      'HS256 needs a secret of at least 32 bytes (this one has 31).',
    );
    expect(checkHmacSecret('x'.repeat(32), 'HS256')).toBeNull();
    expect(checkHmacSecret('x'.repeat(47), 'HS384')).toMatch(/48 bytes/);
    expect(checkHmacSecret('x'.repeat(64), 'HS512')).toBeNull();
  });
  it('counts bytes, not characters', () => {
    expect(checkHmacSecret('é'.repeat(16), 'HS256')).toBeNull();
  });
  it('rejects a PEM for HS*, ignores RS*', () => {
    const pem = `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(64)}\n-----END PRIVATE KEY-----`;
    expect(checkHmacSecret(pem, 'HS256')).toMatch(/not a PEM key/);
    expect(checkHmacSecret('short', 'RS256')).toBeNull();
    expect(looksLikePem(pem)).toBe(true);
  });
  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...JWT_ALGORITHMS), (s, a) => {
        void checkHmacSecret(s, a);
      }),
    );
  });
});
