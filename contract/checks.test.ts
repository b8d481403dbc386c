import fc from 'fast-check';
import {
  JWT_ALGORITHMS,
  classifyHost,
  parseIpv6,
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

// Bypass forms of a private target, each written the way an attacker would, with what the
// WHATWG parser makes of the host and the kind it must be judged as (decision 0021).
const SSRF_FORMS: [url: string, kind: string][] = [
  ['https://127.0.0.1/token', 'loopback'],
  ['https://2130706433/token', 'loopback'], // decimal
  ['https://0x7f000001/token', 'loopback'], // hex, one number
  ['https://0x7f.1/token', 'loopback'], // hex, short form
  ['https://0177.0.0.1/token', 'loopback'], // octal
  ['https://0177.1/token', 'loopback'], // octal, short form
  ['https://127.1/token', 'loopback'], // short form
  ['https://127.0.0.1./token', 'loopback'], // trailing dot
  ['https://127.0.0.1:8443/token', 'loopback'], // with a port
  ['https://%31%32%37.0.0.1/token', 'loopback'], // percent-encoded host
  ['https://127\u30020\u30020\u30021/token', 'loopback'], // ideographic full stops
  ['https://\uff11\uff12\uff17.\uff10.\uff10.\uff11/token', 'loopback'], // full-width digits
  ['https://[::1]/token', 'loopback'],
  ['https://[0:0:0:0:0:0:0:1]/token', 'loopback'],
  ['https://[::ffff:127.0.0.1]/token', 'loopback'], // IPv4-mapped IPv6, dotted
  ['https://[::ffff:7f00:1]/token', 'loopback'], // IPv4-mapped IPv6, hex
  ['https://[::127.0.0.1]/token', 'loopback'], // IPv4-compatible IPv6
  ['https://[64:ff9b::127.0.0.1]/token', 'loopback'], // NAT64
  ['https://[2002:7f00:1::]/token', 'loopback'], // 6to4
  ['https://localhost/token', 'loopback'],
  ['https://localhost./token', 'loopback'],
  ['https://LOCALHOST/token', 'loopback'],
  ['https://foo.localhost/token', 'loopback'],
  ['https://%6c%6f%63%61%6c%68%6f%73%74/token', 'loopback'], // percent-encoded name
  ['https://\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3/token', 'loopback'], // circled letters
  ['https://0.0.0.0/token', 'unspecified'],
  ['https://0/token', 'unspecified'],
  ['https://[::]/token', 'unspecified'],
  ['https://10.0.0.1/token', 'private'],
  ['https://10.255.255.255/token', 'private'],
  ['https://172.16.0.1/token', 'private'],
  ['https://172.31.255.255/token', 'private'],
  ['https://192.168.1.1/token', 'private'],
  ['https://0xc0a80101/token', 'private'], // 192.168.1.1 in hex
  ['https://[::ffff:10.1.2.3]/token', 'private'],
  ['https://[fc00::1]/token', 'private'],
  ['https://[fd12:3456::1]/token', 'private'],
  ['https://[fec0::1]/token', 'private'],
  ['https://100.64.0.1/token', 'shared'],
  ['https://100.127.255.255/token', 'shared'],
  ['https://169.254.1.1/token', 'link-local'],
  ['https://[fe80::1]/token', 'link-local'],
  ['https://[febf::1]/token', 'link-local'],
  ['https://169.254.169.254/latest/meta-data/', 'metadata'],
  ['https://2852039166/latest/meta-data/', 'metadata'], // decimal
  ['https://0xa9.0xfe.0xa9.0xfe/', 'metadata'], // hex per part
  ['https://0251.0376.0251.0376/', 'metadata'], // octal per part
  ['https://169.254.169.254./', 'metadata'],
  ['https://[::ffff:169.254.169.254]/', 'metadata'],
  ['https://[::ffff:a9fe:a9fe]/', 'metadata'],
  ['https://[fd00:ec2::254]/', 'metadata'],
  ['https://169.254.170.2/v2/credentials', 'metadata'],
  ['https://100.100.100.200/latest/meta-data', 'metadata'],
  ['https://metadata.google.internal/computeMetadata/v1/', 'metadata'],
  ['https://METADATA.google.internal./computeMetadata/v1/', 'metadata'],
  ['https://metadata/computeMetadata/v1/', 'metadata'],
  ['https://instance-data/latest/', 'metadata'],
  ['https://printer.local/token', 'local-name'],
  ['https://vault.corp.internal/token', 'local-name'],
  ['https://router.home.arpa/token', 'local-name'],
  ['https://intranet/token', 'local-name'], // single label: the resolver's search list
  ['https://224.0.0.1/token', 'multicast'],
  ['https://[ff02::1]/token', 'multicast'],
  ['https://255.255.255.255/token', 'reserved'],
  ['https://240.0.0.1/token', 'reserved'],
  ['https://192.0.2.1/token', 'reserved'],
  ['https://198.18.0.1/token', 'reserved'],
  ['https://[2001:db8::1]/token', 'reserved'],
  ['https://[::8.8.8.8]/token', 'reserved'], // IPv4-compatible: deprecated, never public
];

// Forms rejected before the host is judged: not a parsable URL, userinfo, or a scheme.
const REFUSED_BEFORE_THE_HOST: [url: string, message: RegExp][] = [
  ['https://good.com@127.0.0.1/token', /user name or password/], // userinfo trick
  ['https://127.0.0.1%2F@good.com/token', /user name or password/],
  ['https://user:pass@auth.example.com/token', /user name or password/],
  ['https://[fe80::1%25eth0]/token', /absolute URL/], // zone id: not a URL host
  ['https://256.1.1.1/token', /absolute URL/], // out of range: not a URL host
  ['https://1.2.3.4.5/token', /absolute URL/],
  ['http://169.254.169.254/latest/meta-data/', /must start with https/],
  ['file:///etc/passwd', /must start with https/],
  ['gopher://127.0.0.1:6379/_INFO', /must start with https/],
];

const PUBLIC_FORMS = [
  'https://auth.example.com/oauth/token',
  'https://8.8.8.8/token',
  'https://172.15.255.255/token', // just below 172.16/12
  'https://172.32.0.1/token', // just above
  'https://100.63.255.255/token', // just below 100.64/10
  'https://100.128.0.1/token', // just above
  'https://169.253.255.255/token',
  'https://[2606:4700:4700::1111]/token',
  'https://[64:ff9b::808:808]/token', // NAT64 of a public address
  'https://[::ffff:8.8.8.8]/token',
  'https://localhost.example.com/token', // a name that merely starts with localhost
  'https://metadata.google.internal.example.com/token',
  // A name whose DNS answer is 127.0.0.1. It is judged as the public name it is: the check
  // works on text (GUIDE §10); the connection itself must check where it really connects.
  'https://127.0.0.1.nip.io/token',
  'https://auth.example.com./token', // trailing dot on a public name
];

describe('checkTokenUrl against SSRF', () => {
  it(`has at least 30 bypass forms (${SSRF_FORMS.length + REFUSED_BEFORE_THE_HOST.length})`, () => {
    expect(SSRF_FORMS.length + REFUSED_BEFORE_THE_HOST.length).toBeGreaterThanOrEqual(30);
  });

  it.each(SSRF_FORMS)('rejects %s as %s', (url, kind) => {
    const parsed = new URL(url);
    expect(classifyHost(parsed.hostname)).toBe(kind);
    const message = checkTokenUrl(url);
    expect(message).toMatch(/^The token URL points to .+ \(.+\), which a connection must not call/);
    expect(message).toContain(`(${parsed.hostname})`);
  });

  it.each(REFUSED_BEFORE_THE_HOST)('rejects %s', (url, message) => {
    expect(checkTokenUrl(url)).toMatch(message);
    expect(checkTokenUrl(url, { allowHttpLoopback: true })).toMatch(message);
  });

  it.each(PUBLIC_FORMS)('accepts %s', (url) => {
    expect(checkTokenUrl(url)).toBeNull();
  });

  it('the loopback switch allows loopback forms only, over http or https', () => {
    const loopback = SSRF_FORMS.filter(([, kind]) => kind === 'loopback');
    for (const [url] of loopback) {
      expect(checkTokenUrl(url, { allowHttpLoopback: true })).toBeNull();
      expect(checkTokenUrl(url.replace('https:', 'http:'), { allowHttpLoopback: true })).toBeNull();
    }
    for (const [url] of SSRF_FORMS.filter(([, kind]) => kind !== 'loopback')) {
      expect(checkTokenUrl(url, { allowHttpLoopback: true })).not.toBeNull();
    }
  });

  it('names the address the text really means', () => {
    expect(checkTokenUrl('https://2130706433/')).toContain('a loopback address (127.0.0.1)');
    expect(checkTokenUrl('https://0xa9fea9fe/')).toContain(
      'a cloud metadata address (169.254.169.254)',
    );
  });

  it('never throws, whatever the host text', () => {
    const hostChar = fc.constantFrom(...'0123456789abcdefx.:[]%@/\u3002\uff0e-_'.split(''));
    fc.assert(
      fc.property(fc.array(hostChar, { maxLength: 40 }), fc.boolean(), (chars, allow) => {
        const result = checkTokenUrl(`https://${chars.join('')}/t`, { allowHttpLoopback: allow });
        return result === null || typeof result === 'string';
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string(), (s) => void classifyHost(s)));
  });

  it('parses any IPv6 address the URL parser prints back to the same groups', () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), (groups) => {
        const text = groups.map((g) => g.toString(16)).join(':');
        const hostname = new URL(`https://[${text}]/`).hostname;
        expect(parseIpv6(hostname.slice(1, -1))).toEqual(groups);
      }),
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
