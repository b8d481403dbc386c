// Property tests for the server validators: they never throw, valid values pass and round-trip,
// secrets are never echoed, and the server agrees with the shared client-side checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHeaderFieldValue, checkHeaderName, checkTokenUrl } from '../../contract/index.ts';
import type { StoredConnection } from '../store/auth-connections-store.ts';
import { emptyUsedBy } from '../store/dependents-store.ts';
import { toNewConnection, toResponse } from '../wire/mapping.ts';
import {
  checkCertificate,
  checkCertificateBundle,
  checkRsaPrivateKey,
  loadPrivateKey,
} from './pem-checks.ts';
import { validateCreate, validateUpdate } from './validate-requests.ts';

const opts = { allowHttpLoopback: true };
const FIELDS = [
  'auth_type',
  'name',
  'provider',
  'client_id',
  'client_secret',
  'token_url',
  'scopes',
  'extra_params',
  'custom_headers',
  'header_name',
  'token',
  'username',
  'password',
  'algorithm',
  'key_id',
  'issuer',
  'audience',
  'subject',
  'expiration_seconds',
  'secret_key',
  'client_certificate',
  'client_key',
  'ca_certificate',
  'key_passphrase',
  'basic_auth_in_header',
  'token_response_field',
];

const pemish = fc
  .tuple(
    fc.constantFrom(
      'CERTIFICATE',
      'PRIVATE KEY',
      'ENCRYPTED PRIVATE KEY',
      'RSA PRIVATE KEY',
      'PUBLIC KEY',
      'X',
    ),
    fc.base64String({ maxLength: 400 }),
    fc.boolean(),
  )
  .map(
    ([label, body, closed]) =>
      `-----BEGIN ${label}-----\n${body}\n${closed ? `-----END ${label}-----` : ''}`,
  );
const anyText = fc.oneof(fc.string({ maxLength: 300 }), pemish);
const looseBody = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.jsonValue(), anyText), {
  maxKeys: 10,
});
const headerToken = fc.stringMatching(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,40}$/);
const nonBlank = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');

describe('never throw', () => {
  it('PEM checks return a message or null for any text', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string({ maxLength: 20 })), (text, passphrase) => {
        for (const result of [
          checkCertificate(text),
          checkCertificateBundle(text),
          checkRsaPrivateKey(text, 'RS256'),
        ]) {
          expect(result === null || typeof result === 'string').toBe(true);
        }
        expect(typeof loadPrivateKey(text, passphrase).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('request validation returns a value or 422 items for any JSON body', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), looseBody),
        fc.constantFrom('basic_auth', 'oauth2_jwt', 'mtls'),
        (body, stored) => {
          for (const result of [
            validateCreate(body, opts),
            validateUpdate(body, stored, {
              algorithm: 'HS256',
              readSecretKey: () => 'x'.repeat(32),
            }),
          ]) {
            if (!result.ok) {
              expect(result.detail.length).toBeGreaterThan(0);
              for (const item of result.detail) expect(item.loc[0]).toBe('body');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('valid values pass and round-trip', () => {
  it('basic, bearer and custom header bodies with any text a header carries are accepted and echoed', () => {
    // What the header-value rules allow (docs/decisions/0120): Basic any Unicode but controls and
    // a username's colon; a header value visible ASCII with inner spaces and tabs.
    const noControls = fc
      .string({ unit: 'grapheme' })
      .map((t) => [...t].filter((c) => c > '\u001f' && c !== '\u007f').join(''));
    const headerValue = fc
      .string({ unit: fc.constantFrom(...' \t!"#$%&()*+,-./09:;<=>?@AZ[]^_`az{|}~') })
      .map((t) => t.trim());
    fc.assert(
      fc.property(
        nonBlank,
        fc.string(),
        noControls.map((t) => t.replaceAll(':', '')),
        noControls,
        headerValue,
        headerToken,
        (name, provider, username, raw, rawToken, header) => {
          const secret = `§§${raw}`;
          const token = `tok-canary-7Q${rawToken}`;
          const bodies = [
            { auth_type: 'basic_auth', name, provider, username, password: secret },
            { auth_type: 'bearer_auth', name, provider, token },
            { auth_type: 'custom_header_auth', name, provider, header_name: header, token },
          ];
          for (const body of bodies) {
            const result = validateCreate(body, opts);
            expect(result.ok).toBe(true);
            if (!result.ok) continue;
            const stored = toNewConnection(result.value.authType, result.value.fields);
            const wire = toResponse(
              {
                ...stored,
                id: 'ac_1',
                status: 'active',
                statusDetail: null,
                statusUpdatedAt: null,
              } as StoredConnection,
              emptyUsedBy(),
            );
            const { password: _p, token: _t, ...visible } = body;
            expect(wire).toMatchObject(visible);
            expect(JSON.stringify(wire)).not.toContain('§§');
            expect(JSON.stringify(wire)).not.toContain('tok-canary-7Q');
          }
        },
      ),
    );
  });

  it('HS* secrets pass from exactly the hash length up, and fail one byte short', () => {
    const lengths = { HS256: 32, HS384: 48, HS512: 64 } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('HS256', 'HS384', 'HS512' as const),
        fc.string({ minLength: 100, maxLength: 120, unit: fc.constantFrom(...'abcXYZ019+/=_- ') }),
        fc.nat({ max: 36 }),
        (alg, text, extra) => {
          const min = lengths[alg];
          const body = (secret_key: string) => ({
            auth_type: 'private_key_jwt',
            name: 'n',
            provider: 'p',
            issuer: 'i',
            audience: 'a',
            subject: 's',
            algorithm: alg,
            secret_key,
          });
          expect(validateCreate(body(text.slice(0, min + extra)), opts).ok).toBe(true);
          expect(validateCreate(body(text.slice(0, min - 1)), opts).ok).toBe(false);
        },
      ),
    );
  });
});

describe('secrets are never echoed', () => {
  it('no 422 item contains a secret value, whatever else is wrong', () => {
    fc.assert(
      fc.property(
        looseBody,
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.constantFrom(
          'password',
          'token',
          'client_secret',
          'secret_key',
          'client_key',
          'key_passphrase',
          'client_certificate',
        ),
        (body, raw, field) => {
          const secret = `§§${raw}`;
          const result = validateCreate({ ...body, [field]: secret }, opts);
          if (!result.ok) expect(JSON.stringify(result.detail)).not.toContain('§§');
        },
      ),
    );
  });
});

describe('server and client checks agree', () => {
  const urlish = fc.oneof(
    fc.webUrl({ withQueryParameters: true }),
    fc.constantFrom(
      'http://127.0.0.1:8080/t',
      'http://localhost/t',
      'http://[::1]/t',
      'ftp://x/y',
      'https://',
      'https://u:p@x.y/t',
    ),
    fc.string({ maxLength: 40 }),
  );

  it('token_url: the server rejects exactly what checkTokenUrl rejects', () => {
    fc.assert(
      fc.property(urlish, fc.boolean(), (url, allowHttpLoopback) => {
        const body = {
          auth_type: 'oauth2_client_credentials',
          name: 'n',
          provider: 'p',
          client_id: 'c',
          client_secret: 's',
          token_url: url,
        };
        const result = validateCreate(body, { allowHttpLoopback });
        const clientSays = checkTokenUrl(url, { allowHttpLoopback });
        expect(result.ok).toBe(clientSays === null);
        if (!result.ok)
          expect(result.detail).toEqual([
            { loc: ['body', 'token_url'], msg: clientSays, type: 'value_error' },
          ]);
      }),
    );
  });

  it('header names: the server rejects exactly what checkHeaderName rejects', () => {
    fc.assert(
      fc.property(fc.oneof(headerToken, fc.string({ maxLength: 20 })), (header) => {
        const body = {
          auth_type: 'custom_header_auth',
          name: 'n',
          provider: 'p',
          header_name: header,
          token: 't',
        };
        expect(validateCreate(body, opts).ok).toBe(checkHeaderName(header) === null);
      }),
    );
  });

  it('header values: the server rejects exactly what checkHeaderFieldValue rejects', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, text, (username, token) => {
        for (const [body, fields] of [
          [{ auth_type: 'basic_auth', username: `u${username}`, password: 'p' }, ['username']],
          [{ auth_type: 'bearer_auth', token: `t${token}` }, ['token']],
        ] as const) {
          const full = { name: 'n', provider: 'p', ...body } as Record<string, string>;
          const expected = fields.every(
            (f) => checkHeaderFieldValue(f, full[f] as string) === null,
          );
          expect(validateCreate(full, opts).ok).toBe(expected);
        }
      }),
    );
  });
});
