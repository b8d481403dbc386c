// No secret survives redaction, whatever it contains: property tests over the real request
// builders (strategies.ts) and the transcript, with answers that echo the secret back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTranscript, redactText, secretMark } from './redact.ts';
import { TEST_STRATEGIES } from './strategies.ts';

/** Every spelling a value can take on the wire; none may be left once marks are taken out. */
function spellings(value: string): string[] {
  const b64 = Buffer.from(value, 'utf8').toString('base64');
  return [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    JSON.stringify(value).slice(1, -1),
    b64,
    b64.replace(/=+$/, ''),
  ];
}

const withoutMarks = (text: string) => text.replace(/‹[^›]*›/g, '');

// Long enough to be a secret (short ones could occur in a mark's own words and digits), from the
// whole of Unicode, with the characters that encodings treat specially mixed in.
const secret = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(':', '+', '%', '&', '=', '"', '\\', ' ', '\n', '/'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    minLength: 12,
    maxLength: 60,
  })
  .filter((s) => !s.includes('‹') && !s.includes('›'));

describe('redaction', () => {
  it('marks what a value was and how long it is', () => {
    expect(
      redactText('a=s3cr3t-value&b=1', [{ label: 'client_secret', value: 's3cr3t-value' }]),
    ).toBe('a=‹client_secret, 12 chars›&b=1');
    expect(secretMark('client_secret', 'x'.repeat(40))).toBe('‹client_secret, 40 chars›');
  });

  it('client credentials: no secret survives in the request or in an answer echoing it', async () => {
    await fc.assert(
      fc.asyncProperty(
        secret,
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 20 }),
        async (value, inHeader, clientId) => {
          const prepared = await TEST_STRATEGIES.oauth2_client_credentials.prepare({
            client_id: clientId,
            client_secret: value,
            token_url: 'https://auth.example.test/token',
            scopes: ['a'],
            basic_auth_in_header: inHeader,
          });
          const echo = JSON.stringify({
            error: 'invalid_client',
            client_secret: value,
            note: `got ${value}`,
          });
          const transcript = buildTranscript(
            prepared.request,
            {
              status: 401,
              statusText: 'Unauthorized',
              headers: [['X-Echo', value]],
              body: echo,
              truncated: false,
            },
            prepared.secrets,
          );
          const text = withoutMarks(
            JSON.stringify(transcript) + transcript.request.body + transcript.response!.body,
          );
          for (const spelling of spellings(value)) expect(text).not.toContain(spelling);
          // The Basic header carries id:secret in base64: only a mark is left of it.
          if (inHeader) {
            const auth = transcript.request.headers.find(([n]) => n === 'Authorization');
            expect(auth?.[1]).toMatch(/^Basic ‹client_id:client_secret, \d+ chars›$/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each(['basic_auth', 'bearer_auth', 'custom_header_auth'] as const)(
    '%s: the credential never survives',
    async (authType) => {
      await fc.assert(
        fc.asyncProperty(secret, async (value) => {
          const fields = { username: 'ann', password: value, token: value, header_name: 'X-Key' };
          const prepared = await TEST_STRATEGIES[authType].prepare(
            fields,
            new URL('https://api.example.test/me'),
          );
          const transcript = buildTranscript(
            prepared.request,
            {
              status: 200,
              statusText: 'OK',
              headers: [],
              body: `{"token":"${value}"}`,
              truncated: false,
            },
            prepared.secrets,
          );
          const text = withoutMarks(JSON.stringify(transcript));
          for (const spelling of spellings(value)) expect(text).not.toContain(spelling);
        }),
        { numRuns: 100 },
      );
    },
  );

  it('tokens in an answer are marked, whatever their field', () => {
    const body = JSON.stringify({
      access_token: 'at-0123456789',
      refresh_token: 'rt-0123456789',
      id_token: 'it-0123456789',
      nested: { token: 'nt-0123456789' },
    });
    const transcript = buildTranscript(
      { method: 'POST', url: new URL('https://a.example.test/t'), headers: [], body: '' },
      {
        status: 200,
        statusText: 'OK',
        headers: [['Set-Cookie', 'session=abcdef0123']],
        body,
        truncated: false,
      },
      [],
    );
    expect(transcript.response?.body).toBe(
      '{"access_token":"‹access_token, 13 chars›","refresh_token":"‹refresh_token, 13 chars›","id_token":"‹id_token, 13 chars›","nested":{"token":"‹token, 13 chars›"}}',
    );
    expect(transcript.response?.headers).toEqual([['Set-Cookie', '‹Set-Cookie, 18 chars›']]);
  });
});
