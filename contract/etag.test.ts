import fc from 'fast-check';
import { authConnectionEtag, canonicalJson, cyrb53 } from './etag.ts';

const item = {
  auth_type: 'oauth2_client_credentials',
  id: 'ac_0123456789abcdef01234567',
  name: 'CRM',
  provider: 'Salesforce',
  client_id: 'client-1',
  token_url: 'https://login.example.com/oauth/token',
  scopes: ['api', 'refresh_token'],
  extra_params: { audience: 'x' },
  basic_auth_in_header: false,
  custom_headers: {},
  used_by: { tools: [], mcp_servers: [], integration_connections: [] },
  status: 'active',
  status_detail: null,
  status_updated_at: '2026-11-26T12:00:00.000Z',
};

describe('authConnectionEtag', () => {
  it('is a quoted strong tag, stable across key order', () => {
    const tag = authConnectionEtag(item);
    expect(tag).toMatch(/^"[0-9a-f]{14}"$/);
    const reversed = Object.fromEntries(Object.entries(item).reverse());
    expect(authConnectionEtag(reversed)).toBe(tag);
  });

  it('ignores used_by and the status fields, which change without an edit', () => {
    const tag = authConnectionEtag(item);
    expect(
      authConnectionEtag({
        ...item,
        used_by: {
          tools: [{ id: 't', type: 'unknown' }],
          mcp_servers: [],
          integration_connections: [],
        },
        status: 'refresh_failed',
        status_detail: 'x',
        status_updated_at: null,
      }),
    ).toBe(tag);
  });

  it.each([
    ['provider', 'Other'],
    ['client_id', 'client-2'],
    ['scopes', ['api']],
    ['scopes', ['refresh_token', 'api']],
    ['extra_params', { audience: 'y' }],
    ['custom_headers', { 'X-A': '1' }],
    ['basic_auth_in_header', true],
    ['id', 'ac_ffffffffffffffffffffffff'],
  ])('changes when %s changes', (field, value) => {
    expect(authConnectionEtag({ ...item, [field]: value })).not.toBe(authConnectionEtag(item));
  });

  it('differs for different items (no collisions in a sample)', () => {
    // Distinct inputs must never share a tag in this sample.
    const distinct = new Set<string>();
    fc.sample(fc.string(), 500).forEach((p) => distinct.add(p));
    const sampled = new Set([...distinct].map((p) => authConnectionEtag({ ...item, provider: p })));
    expect(sampled.size).toBe(distinct.size);
  });
});

describe('canonicalJson and cyrb53', () => {
  it('sorts keys at every depth and parses back to the same value', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":0}]},"b":1}',
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('matches the published cyrb53 values', () => {
    // Reference outputs of bryc's cyrb53 (seed 0).
    expect(cyrb53('a')).toBe(7929297801672961);
    expect(cyrb53('b')).toBe(8684336938537663);
    expect(cyrb53('revenge')).toBe(4051478007546757);
    expect(cyrb53('revenue')).toBe(8309097637345594);
  });
});
