// POST …/test and …/{id}/test against real far ends on 127.0.0.1 (tests/outbound-test-servers.ts):
// one test per way a test can go, each with the advice it must give.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { realNetwork } from '../connection-test/address-guard.ts';
import { exchange } from '../connection-test/http-exchange.ts';
import { createConnectionTester, DEFAULT_TEST_LIMITS } from '../connection-test/run-test.ts';
import { createAuditLogStore } from '../store/audit-log-store.ts';
import { BASE, testApi, type TestApi } from '../test-support/test-api.ts';
import { startOutboundServers, type OutboundServers } from '../../tests/outbound-test-servers.ts';
import { createTestPki, type TestPki } from '../../tests/test-pki.ts';

let far: OutboundServers;
let pki: TestPki;
let api: TestApi;
const SECRET = 'cc-secret-9f8e7d6c5b4a3928170615ab';

beforeAll(async () => {
  pki = await createTestPki();
  far = await startOutboundServers(pki, { slowMs: 5_000 });
  far.registerClient('crm-client', { secret: SECRET, allowedScopes: ['read', 'write'] });
});
afterAll(() => far.close());
afterEach(() => api?.server.close());

const cc = (over: Record<string, unknown> = {}) => ({
  auth_type: 'oauth2_client_credentials',
  name: 'CRM',
  provider: 'Acme',
  client_id: 'crm-client',
  client_secret: SECRET,
  token_url: far.tokenUrl,
  scopes: ['read', 'admin'],
  ...over,
});

const test = (body: unknown) => api.send('POST', `${BASE}/test`, body);

describe('POST /test, oauth2_client_credentials against oauth2-mock-server', () => {
  it('gets a token, shows granted against requested scopes and the JWT, never the token', async () => {
    api = testApi();
    const res = await test(cc());
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.ok).toBe(true);
    expect(r.failed_step).toBeNull();
    expect(r.steps.map((s: { step: string }) => s.step)).toEqual([
      'resolve',
      'connect',
      'request',
      'token',
    ]);
    expect(r.token.scopes_requested).toEqual(['read', 'admin']);
    expect(r.token.scopes_granted).toEqual(['read']);
    expect(r.token.token_type).toBe('Bearer');
    expect(r.token.expires_in).toBeGreaterThan(0);
    expect(r.token.jwt.header.alg).toBe('RS256');
    expect(r.token.jwt.claims.scope).toBe('read admin');
    const text = JSON.stringify(r);
    expect(text).not.toContain(SECRET);
    expect(r.transcript.request.body).toContain(
      `client_secret=‹client_secret, ${SECRET.length} chars›`,
    );
    expect(r.transcript.response.body).toMatch(/"access_token":"‹access_token, \d+ chars›"/);
    expect(r.transcript.response.body).toContain('"token_type":"Bearer"');
    // The token's signature (its third part) is nowhere.
    expect(text).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{20,}/);
    expect(await api.list().then((l) => l.body.auth_connections)).toEqual([]);
  });

  it('sends the credentials in a Basic header when the connection says so', async () => {
    api = testApi();
    const r = (await test(cc({ basic_auth_in_header: true }))).body;
    expect(r.ok).toBe(true);
    const auth = r.transcript.request.headers.find(([n]: string[]) => n === 'Authorization');
    expect(auth[1]).toMatch(/^Basic ‹client_id:client_secret, \d+ chars›$/);
  });

  it('a wrong secret is invalid_client with advice about the ID and secret', async () => {
    api = testApi();
    const r = (await test(cc({ client_secret: 'not-the-secret-000000' }))).body;
    expect(r.ok).toBe(false);
    expect(r.failed_step).toBe('status');
    expect(r.advice_code).toBe('invalid_client');
    expect(r.advice).toMatch(/client ID and client secret/);
    expect(r.verdict).toMatch(/HTTP 401: invalid_client/);
  });

  it('answers a 422 on the field for a value create would refuse, and tests nothing', async () => {
    api = testApi();
    const res = await test(cc({ token_url: 'ftp://x' }));
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(['body', 'token_url']);
    const probe = await test({ ...cc(), auth_type: 'bearer_auth', token: 't', probe_url: 'nope' });
    expect(probe.status).toBe(422);
  });
});

describe('failed steps, never a hang or a 500', () => {
  it.each([
    ['/html', 'token', 'not_json'],
    ['/huge', 'token', 'too_large'],
    ['/redirect', 'status', 'redirect'],
    ['/hangup', 'request', 'connection_closed'],
    ['/nothing-here', 'status', 'http_404'],
  ])('%s is a failed %s step (%s)', async (path, step, code) => {
    api = testApi();
    const r = (await test(cc({ token_url: `${far.handlerUrl}${path}` }))).body;
    expect(r).toMatchObject({ ok: false, failed_step: step, advice_code: code });
  });

  it('a slow endpoint times out at the configured limit', async () => {
    api = testApi({ connectionTestTimeoutMs: 300 });
    const r = (await test(cc({ token_url: `${far.handlerUrl}/slow` }))).body;
    expect(r).toMatchObject({ ok: false, failed_step: 'request', advice_code: 'timeout' });
    expect(r.verdict).toMatch(/0.3 s/);
  });

  it('a closed port is connect_refused', async () => {
    api = testApi();
    const r = (await test(cc({ token_url: 'http://127.0.0.1:9/token' }))).body;
    expect(r).toMatchObject({ ok: false, failed_step: 'connect', advice_code: 'connect_refused' });
  });

  it('a probe type without a probe URL says to enter one', async () => {
    api = testApi();
    const r = (await test({ auth_type: 'bearer_auth', name: 'n', provider: 'p', token: 'tok' }))
      .body;
    expect(r).toMatchObject({ ok: false, failed_step: 'input', advice_code: 'probe_url_missing' });
  });
});

describe('oauth2_jwt and the probe types against our own handler', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const hmac = 'hmac-secret-0123456789abcdef0123456789abcdef';

  it.each([
    ['HS256', hmac, hmac],
    ['RS256', privatePem, publicPem],
  ])(
    'oauth2_jwt signs with %s, exchanges the assertion, shows header and claims',
    async (alg, key, verify) => {
      api = testApi();
      far.registerJwtIssuer(`iss-${alg}`, verify);
      const r = (
        await test({
          auth_type: 'oauth2_jwt',
          name: 'n',
          provider: 'p',
          algorithm: alg,
          key_id: 'key-7',
          issuer: `iss-${alg}`,
          subject: 'svc',
          audience: `${far.handlerUrl}/jwt-token`,
          token_url: `${far.handlerUrl}/jwt-token`,
          secret_key: key,
          scopes: ['a'],
          extra_params: { tenant: 't1' },
          token_response_field: 'id_token',
        })
      ).body;
      expect(r.ok).toBe(true);
      expect(r.steps[0].step).toBe('sign');
      expect(r.assertion.header).toEqual({ alg, typ: 'JWT', kid: 'key-7' });
      expect(r.assertion.claims).toMatchObject({ iss: `iss-${alg}`, sub: 'svc', tenant: 't1' });
      expect(r.token.jwt.header.typ).toBe('at+jwt');
      expect(r.transcript.request.body).toMatch(
        /assertion=eyJ[\w-]+\.eyJ[\w-]+\.‹assertion signature, \d+ chars›/,
      );
      expect(JSON.stringify(r)).not.toContain(alg === 'HS256' ? hmac : 'PRIVATE KEY');
    },
  );

  it('oauth2_jwt with a key the server does not know is invalid_grant', async () => {
    api = testApi();
    far.registerJwtIssuer('iss-x', 'another-secret-0123456789abcdef0123456789');
    const r = (
      await test({
        auth_type: 'oauth2_jwt',
        name: 'n',
        provider: 'p',
        issuer: 'iss-x',
        subject: 's',
        audience: `${far.handlerUrl}/jwt-token`,
        token_url: `${far.handlerUrl}/jwt-token`,
        secret_key: hmac,
      })
    ).body;
    expect(r).toMatchObject({ ok: false, failed_step: 'status', advice_code: 'invalid_grant' });
  });

  it('private_key_jwt calls the probe URL with the signed JWT as a Bearer token', async () => {
    api = testApi();
    far.registerJwtIssuer('pkj', publicPem);
    const body = {
      auth_type: 'private_key_jwt',
      name: 'n',
      provider: 'p',
      algorithm: 'RS256',
      issuer: 'pkj',
      subject: 's',
      audience: 'a',
      secret_key: privatePem,
      probe_url: `${far.handlerUrl}/jwt-probe/pkj`,
    };
    expect((await test(body)).body.ok).toBe(true);
    far.registerJwtIssuer(
      'pkj2',
      generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
        type: 'spki',
        format: 'pem',
      }) as string,
    );
    const wrong = (await test({ ...body, probe_url: `${far.handlerUrl}/jwt-probe/pkj2` })).body;
    expect(wrong).toMatchObject({ ok: false, advice_code: 'http_401' });
  });

  it.each([
    [
      'basic_auth',
      { username: 'ann', password: 'pw-123456' },
      'Authorization',
      `Basic ${Buffer.from('ann:pw-123456').toString('base64')}`,
    ],
    ['bearer_auth', { token: 'bearer-abcdef' }, 'Authorization', 'Bearer bearer-abcdef'],
    [
      'custom_header_auth',
      { header_name: 'X-Api-Key', token: 'key-abcdef' },
      'X-Api-Key',
      'key-abcdef',
    ],
  ])('%s calls the probe URL with its credential', async (authType, fields, header, value) => {
    api = testApi();
    far.registerProbe(authType, header, value);
    const body = {
      auth_type: authType,
      name: 'n',
      provider: 'p',
      ...fields,
      probe_url: `${far.handlerUrl}/probe/${authType}`,
    };
    const r = (await test(body)).body;
    expect(r.ok).toBe(true);
    expect(JSON.stringify(r.transcript)).not.toContain(value.split(' ').pop());
    far.registerProbe(authType, header, 'something else');
    expect((await test(body)).body).toMatchObject({ ok: false, advice_code: 'http_401' });
  });
});

describe('mtls against a Node https server that requires a client certificate', () => {
  const mtls = (over: Record<string, unknown>) => ({
    auth_type: 'mtls',
    name: 'n',
    provider: 'p',
    client_certificate: pki.client.cert,
    client_key: pki.client.key,
    ca_certificate: pki.ca,
    probe_url: far.mtlsUrl,
    ...over,
  });

  it('passes with the right certificate and shows the verified peer chain', async () => {
    api = testApi();
    const r = (await test(mtls({}))).body;
    expect(r.ok).toBe(true);
    expect(r.tls.authorized).toBe(true);
    expect(r.tls.peer_chain[0].subject).toContain('CN=mtls-test-server');
    expect(r.transcript.response.body).toContain('mtls-test-client');
    expect(JSON.stringify(r)).not.toContain('PRIVATE KEY');
  });

  it.each([
    [
      'another CA',
      () => ({ client_certificate: pki.otherCaClient.cert, client_key: pki.otherCaClient.key }),
      'tls_client_certificate_refused',
      /issued by .*CN=Some Other CA/,
    ],
    [
      'an expired certificate',
      () => ({ client_certificate: pki.expiredClient.cert, client_key: pki.expiredClient.key }),
      'tls_certificate_expired',
      /valid only from/,
    ],
  ])('fails at the TLS step with %s, saying why', async (_, over, code, why) => {
    api = testApi();
    const r = (await test(mtls(over()))).body;
    expect(r).toMatchObject({ ok: false, failed_step: 'tls', advice_code: code });
    expect(r.verdict).toMatch(why);
  });

  it('a server that wants a client certificate it does not get says so (TLS alert)', async () => {
    const url = new URL(far.mtlsUrl);
    const r = await exchange(
      { url, method: 'GET', headers: [], body: '', tls: { ca: pki.ca } },
      realNetwork,
      { allowLoopback: true, limits: DEFAULT_TEST_LIMITS },
    );
    expect(r.failure).toMatchObject({ step: 'tls', code: 'tls_certificate_required' });
    expect(r.failure?.detail).toMatch(/alert "certificate required"/);
  });

  it('without our CA certificate the server is not trusted and nothing is sent', async () => {
    api = testApi();
    const r = (await test(mtls({ ca_certificate: null }))).body;
    expect(r).toMatchObject({ ok: false, failed_step: 'tls', advice_code: 'tls_server_untrusted' });
    expect(r.tls.peer_chain.length).toBeGreaterThan(0);
    expect(r.transcript.response).toBeNull();
  });
});

describe('POST /{id}/test', () => {
  it('tests the stored secrets, keeps the last result for the list, and audits without values', async () => {
    api = testApi();
    const created = await api.create(cc());
    const id = created.body.id as string;
    const r = (await api.send('POST', `${BASE}/${id}/test`, {})).body;
    expect(r.ok).toBe(true);
    const item = (await api.list()).body.auth_connections[0];
    expect(item.last_test).toMatchObject({ ok: true, tested_at: r.tested_at });

    // A new secret with the old settings: tested, but not kept as the stored one's result.
    const over = (
      await api.send('POST', `${BASE}/${id}/test`, { client_secret: 'wrong-secret-00000000' })
    ).body;
    expect(over).toMatchObject({ ok: false, advice_code: 'invalid_client' });
    expect((await api.list()).body.auth_connections[0].last_test.ok).toBe(true);

    const workspaceId = api.server.db
      .prepare('SELECT workspace_id FROM auth_connections')
      .pluck()
      .get() as string;
    const rows = createAuditLogStore(api.server.db)
      .list(workspaceId)
      .filter((row) => row.action === 'test');
    expect(rows).toMatchObject([
      {
        connectionId: id,
        fields: [],
        status: 200,
        host: new URL(far.tokenUrl).host,
        outcome: 'ok',
      },
      { connectionId: id, fields: ['client_secret'], outcome: 'failed at status: invalid_client' },
    ]);
    const dump = JSON.stringify(api.server.db.prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain(SECRET);
    expect(dump).not.toContain('wrong-secret');
  });

  it('is a 404 for an unknown id and has its own rate limit', async () => {
    api = testApi({ connectionTestRateLimitPerMinute: 2 });
    expect((await api.send('POST', `${BASE}/ac_000000000000000000000000/test`, {})).status).toBe(
      404,
    );
    await test(cc({ token_url: 'http://127.0.0.1:9/t' }));
    const third = await test(cc({ token_url: 'http://127.0.0.1:9/t' }));
    expect(third.status).toBe(429);
    // Other requests are not held back by it.
    expect((await api.list()).status).toBe(200);
  });

  it('GET /test says the endpoint exists', async () => {
    api = testApi();
    expect((await api.send('GET', `${BASE}/test`)).body).toMatchObject({ test_endpoint: true });
  });
});

describe('types created elsewhere', () => {
  it('answer that they cannot be tested here, without a call', async () => {
    const run = createConnectionTester({
      network: {
        resolve: () => Promise.reject(new Error('no look-up expected')),
        connect: () => {
          throw new Error('no connection expected');
        },
      },
      allowLoopback: true,
      limits: DEFAULT_TEST_LIMITS,
      now: () => Date.parse('2026-11-30T18:00:00Z'),
    });
    const r = await run('url_secret', {}, undefined);
    expect(r).toMatchObject({
      ok: false,
      testable: false,
      advice_code: 'read_only',
      steps: [],
      transcript: null,
    });
    expect(r.advice).toMatch(/cannot be tested here/);
  });
});
