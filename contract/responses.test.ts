import {
  createRequestSchema,
  createRequestSchemas,
  isGeneric,
  listAuthConnectionsResponseSchema,
  requiredSecretFields,
  updateRequestSchema,
} from './index.ts';

describe('lenient responses', () => {
  const list = listAuthConnectionsResponseSchema.parse({
    auth_connections: [
      { auth_type: 'basic_auth', id: 'a', name: 'Legacy', provider: 'legacy', username: 'u' },
      { auth_type: 'carrier_pigeon', id: 'b', name: 'Coo', provider: 'birds', wings: 2 },
      // A known type whose required field went missing upstream: shown generically, not fatal.
      { auth_type: 'basic_auth', id: 'c', name: 'Drifted', provider: 'p' },
    ],
  });

  it('parses a known variant with its defaults', () => {
    const [first] = list.auth_connections;
    expect(first && isGeneric(first)).toBe(false);
    expect(first).toMatchObject({ status: 'active', username: 'u' });
  });

  it('parses an unknown auth_type as a generic connection', () => {
    const second = list.auth_connections[1]!;
    expect(isGeneric(second)).toBe(true);
    expect(second).toMatchObject({
      id: 'b',
      name: 'Coo',
      provider: 'birds',
      auth_type: 'carrier_pigeon',
    });
  });

  it('falls back to generic for a drifted known variant', () => {
    expect(isGeneric(list.auth_connections[2]!)).toBe(true);
  });

  it('still rejects an item without an id', () => {
    expect(
      listAuthConnectionsResponseSchema.safeParse({
        auth_connections: [{ auth_type: 'x', name: 'n' }],
      }).success,
    ).toBe(false);
  });
});

describe('strict requests', () => {
  it('rejects unknown keys', () => {
    const r = createRequestSchema.safeParse({
      auth_type: 'bearer_auth',
      name: 'n',
      provider: 'p',
      token: 't',
      surprise: 1,
    });
    expect(r.success).toBe(false);
  });

  it('fills the spec defaults', () => {
    const r = createRequestSchemas.oauth2_jwt.parse({
      name: 'n',
      provider: 'p',
      issuer: 'i',
      audience: 'a',
      subject: 's',
      token_url: 'https://x.test/t',
      secret_key: 'k',
    });
    expect(r).toMatchObject({
      auth_type: 'oauth2_jwt',
      algorithm: 'HS256',
      expiration_seconds: 3600,
      token_response_field: 'access_token',
    });
  });

  it('bounds expiration_seconds to 60..86400', () => {
    const base = { auth_type: 'oauth2_jwt' as const, expiration_seconds: 59 };
    expect(updateRequestSchema.safeParse(base).success).toBe(false);
    expect(updateRequestSchema.safeParse({ ...base, expiration_seconds: 86401 }).success).toBe(
      false,
    );
    expect(updateRequestSchema.safeParse({ ...base, expiration_seconds: 60 }).success).toBe(true);
  });

  it('does not let PATCH change name or token_url', () => {
    expect(updateRequestSchema.safeParse({ auth_type: 'basic_auth', name: 'x' }).success).toBe(
      false,
    );
    expect(
      updateRequestSchema.safeParse({ auth_type: 'oauth2_jwt', token_url: 'https://x' }).success,
    ).toBe(false);
  });
});

describe('requiredSecretFields', () => {
  it('lists the secrets a create must carry, not the optional ones', () => {
    expect(requiredSecretFields('mtls')).toEqual(['client_certificate', 'client_key']);
    expect(requiredSecretFields('oauth2_client_credentials')).toEqual(['client_secret']);
  });
});
