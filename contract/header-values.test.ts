import {
  CREATE_AUTH_TYPES,
  HEADER_VALUE_FIELDS,
  checkHeaderFieldValue,
  checkHeaderValue,
  createRequestShapes,
  headerValueMessage,
  updateRequestShapes,
  type HeaderValueRule,
} from './index.ts';

const RULES: HeaderValueRule[] = ['field-value', 'basic-user-id', 'basic-password', 'oauth-client'];

describe('checkHeaderValue', () => {
  // [value, field-value, basic-user-id, basic-password, oauth-client]: the problem code or ok.
  it.each<[string, string, string, string, string]>([
    ['abc-123 ._~+/=!"#$%&()*,;<>?@[]^`{|}', 'ok', 'ok', 'ok', 'ok'],
    ['a\r\nX-Injected: 1', 'line-break', 'line-break', 'line-break', 'line-break'],
    ['a\nb', 'line-break', 'line-break', 'line-break', 'line-break'],
    ['a\rb', 'line-break', 'line-break', 'line-break', 'line-break'],
    ['a\0b', 'control', 'control', 'control', 'control'],
    ['a\u001bb', 'control', 'control', 'control', 'control'],
    ['a\u007fb', 'control', 'control', 'control', 'control'],
    ['a\tb', 'ok', 'control', 'control', 'control'],
    ['mot de passé', 'non-ascii', 'ok', 'ok', 'non-ascii'],
    ['key\u2028', 'non-ascii', 'ok', 'ok', 'non-ascii'],
    ['🔑', 'non-ascii', 'ok', 'ok', 'non-ascii'],
    [' lead', 'edge-space', 'ok', 'ok', 'ok'],
    ['trail ', 'edge-space', 'ok', 'ok', 'ok'],
    ['trail\t', 'edge-space', 'control', 'control', 'control'],
    ['user:name', 'ok', 'colon', 'ok', 'ok'],
    ['', 'ok', 'ok', 'ok', 'ok'],
  ])('%j', (value, ...expected) => {
    RULES.forEach((rule, i) => {
      expect([rule, checkHeaderValue(rule, value)?.code ?? 'ok']).toEqual([rule, expected[i]]);
    });
  });

  it('says where the character is, counting characters (not UTF-16 units) from 1', () => {
    expect(checkHeaderValue('field-value', '🔑x\0')).toEqual({
      code: 'non-ascii',
      at: 1,
      char: '🔑',
    });
    expect(checkHeaderValue('basic-password', '🔑x\0')).toEqual({
      code: 'control',
      at: 3,
      codePoint: 'U+0000',
    });
    expect(headerValueMessage({ code: 'line-break', at: 4 })).toMatch(/line break at character 4/);
    expect(headerValueMessage({ code: 'colon', at: 5 })).toMatch(/colon at character 5/);
  });
});

describe('HEADER_VALUE_FIELDS', () => {
  // Every field of every request, sorted into "reaches a header" (the table) or not, with why.
  // A new field fails this test until someone decides which it is.
  const NOT_IN_A_HEADER: Record<string, string> = {
    name: 'stored and shown only',
    provider: 'stored and shown only',
    header_name: "a header's name: checked as an RFC 9110 token by checkHeaderName",
    token_url: 'a URL, checked by checkTokenUrl',
    scopes: 'form-encoded into the token request body',
    extra_params: 'form-encoded into the body (client credentials) or JSON claims (JWT types)',
    basic_auth_in_header: 'a switch',
    algorithm: 'an enum',
    key_id: 'JSON in the JOSE header, base64url-encoded inside the JWT',
    issuer: 'a JSON claim inside the base64url-encoded JWT',
    audience: 'a JSON claim inside the base64url-encoded JWT',
    subject: 'a JSON claim inside the base64url-encoded JWT',
    expiration_seconds: 'a number',
    token_response_field: 'an enum',
    secret_key: 'signs the JWT, never sent',
    client_certificate: 'TLS handshake',
    client_key: 'TLS handshake, never sent',
    ca_certificate: 'TLS handshake',
    key_passphrase: 'decrypts the key locally, never sent',
  };

  it('sorts every request field of every type', () => {
    const fields = new Set(
      [...Object.values(createRequestShapes), ...Object.values(updateRequestShapes)].flatMap(
        (shape) => Object.keys(shape),
      ),
    );
    for (const field of fields) {
      const inTable = field in HEADER_VALUE_FIELDS;
      const excused = field in NOT_IN_A_HEADER;
      expect([field, inTable || excused, inTable && excused]).toEqual([field, true, false]);
    }
  });

  it('names only fields some type has', () => {
    for (const field of Object.keys(HEADER_VALUE_FIELDS)) {
      expect(CREATE_AUTH_TYPES.some((t) => field in createRequestShapes[t])).toBe(true);
    }
  });

  it('checks by field, and leaves other fields alone', () => {
    expect(checkHeaderFieldValue('token', 'a\r\nb')).toMatch(/line break/);
    expect(checkHeaderFieldValue('username', 'a:b')).toMatch(/colon/);
    expect(checkHeaderFieldValue('password', 'a:b')).toBeNull();
    expect(checkHeaderFieldValue('issuer', 'a\r\nb')).toBeNull();
  });
});
