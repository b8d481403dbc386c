// The canary scan must be able to fail: planted hits in each form it claims to find are found,
// and clean places give no hit.
import { needlesOf, parseCanaryFile, scanForCanaries, summarize, type Place } from './scan.ts';

const TOKEN = 'CANARY_token_k3j4h5g6f7';
const PEM = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
  '-----END PRIVATE KEY-----',
  '',
].join('\n');

const clean: Place[] = [
  { kind: 'server log', name: 'server.log', content: 'POST /v1/workspace/auth-connections 200' },
  { kind: 'page HTML', name: 'a.html', content: '<input type="password" value="">' },
];

test('clean places give no hit', () => {
  expect(scanForCanaries([TOKEN, PEM], clean)).toEqual([]);
});

test('a planted canary is found, with its kind and place', () => {
  const planted: Place = {
    kind: 'database and WAL files',
    name: 'data/auth-connections.sqlite-wal',
    content: Buffer.concat([Buffer.from([0, 1, 2, 255]), Buffer.from(TOKEN), Buffer.from([0])]),
  };
  expect(scanForCanaries([TOKEN], [...clean, planted])).toEqual([
    {
      canary: TOKEN,
      needle: TOKEN,
      kind: 'database and WAL files',
      place: 'data/auth-connections.sqlite-wal',
    },
  ]);
});

test.each([
  ['JSON-escaped in a cache dump', JSON.stringify({ data: { client_key: PEM } })],
  ['URL-encoded in a query string', `/v1/x?key=${encodeURIComponent(PEM)}`],
  ['one line of it with other line endings', PEM.replaceAll('\n', '\r\n')],
])('PEM material is found %s', (_how, content) => {
  const hits = scanForCanaries([PEM], [{ kind: 'k', name: 'n', content }]);
  expect(hits).toHaveLength(1);
  expect(hits[0]?.canary).toBe(PEM);
});

test('a canary in a form-encoded body is found', () => {
  const spaced = 'correct horse';
  const hits = scanForCanaries(
    [spaced],
    [{ kind: 'response bodies', name: 'r', content: 'passphrase=correct+horse' }],
  );
  expect(hits.map((h) => h.needle)).toEqual(['correct+horse']);
});

test('the shared PEM armour lines are not needles on their own', () => {
  expect(needlesOf(PEM)).not.toContain('-----BEGIN PRIVATE KEY-----');
  expect(needlesOf(PEM)).toContain(
    'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
  );
  const hits = scanForCanaries(
    [PEM],
    [{ kind: 'k', name: 'n', content: '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----' }],
  );
  expect(hits).toEqual([]);
});

test('the canary file keeps multi-line values as one entry', () => {
  const text = `${JSON.stringify(TOKEN)}\n${JSON.stringify(PEM)}\n`;
  expect(parseCanaryFile(text)).toEqual([TOKEN, PEM]);
});

test('the summary counts canaries × places and lists each hit', () => {
  const hits = scanForCanaries(
    [TOKEN],
    [...clean, { kind: 'page HTML', name: 'b.html', content: TOKEN }],
  );
  const text = summarize(1, [...clean, { kind: 'page HTML', name: 'b.html', content: '' }], hits);
  expect(text).toContain('1 canaries × 3 places = 3 checks, 1 hits');
  expect(text).toContain('page HTML: 2');
  expect(text).toContain(`HIT "${TOKEN}" (page HTML) in b.html`);
});
