// The far ends a connection test calls, for Vitest and Playwright alike, all on 127.0.0.1 with
// ports the OS picks:
// - a real OAuth2 server (oauth2-mock-server 8.2) for client credentials. It accepts any client
//   by itself, so its beforeResponse hook checks the registered client's secret (a wrong one is
//   401 invalid_client) and narrows the granted scopes to the ones the client may have;
// - our own small HTTP handler beside it for what it cannot do: verify a jwt-bearer assertion
//   (RFC 7523) and a private-key JWT, check a probe's credential, and answer slowly, with HTML,
//   with a huge body or with a redirect;
// - a real Node https server that requires a client certificate from the test CA (mTLS).
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { createPublicKey } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { OAuth2Server } from 'oauth2-mock-server';
import type { TestPki } from './test-pki.ts';

export interface OAuthClient {
  secret: string;
  /** Scopes this client may have; a request for others is narrowed to these. */
  allowedScopes?: string[];
}

export interface OutboundServers {
  /** http://127.0.0.1:PORT/token of the oauth2-mock-server. */
  tokenUrl: string;
  /** http://127.0.0.1:PORT of our own handler. */
  handlerUrl: string;
  /** https://127.0.0.1:PORT/ of the mTLS server. */
  mtlsUrl: string;
  registerClient(clientId: string, client: OAuthClient): void;
  /** Expects this key (HS secret or public PEM) for assertions with this issuer. */
  registerJwtIssuer(issuer: string, key: string): void;
  /** Expects `header: value` on GET /probe/<name>. */
  registerProbe(name: string, header: string, value: string): void;
  /** How long GET /slow waits before it answers. */
  slowMs: number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

function credentialsOf(req: IncomingMessage, body: Record<string, unknown>) {
  const header = req.headers.authorization ?? '';
  if (header.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    return {
      id: decodeURIComponent(decoded.slice(0, at)),
      secret: decodeURIComponent(decoded.slice(at + 1)),
    };
  }
  return { id: String(body.client_id ?? ''), secret: String(body.client_secret ?? '') };
}

export async function startOutboundServers(
  pki: TestPki,
  opts: { slowMs: number },
): Promise<OutboundServers> {
  const clients = new Map<string, OAuthClient>();
  const issuers = new Map<string, string>();
  const probes = new Map<string, [string, string]>();

  const oauth = new OAuth2Server();
  await oauth.issuer.keys.generate('RS256');
  oauth.service.on('beforeResponse', (response, req) => {
    const body = req.body as unknown as Record<string, unknown>;
    const { id, secret } = credentialsOf(req, body);
    const client = clients.get(id);
    if (!client || client.secret !== secret) {
      response.statusCode = 401;
      response.body = {
        error: 'invalid_client',
        error_description: 'Client authentication failed.',
      };
      return;
    }
    if (client.allowedScopes && response.body !== '') {
      const asked = String(body.scope ?? '')
        .split(' ')
        .filter(Boolean);
      response.body.scope = asked.filter((s) => client.allowedScopes?.includes(s)).join(' ');
    }
  });
  await oauth.start(0, '127.0.0.1');
  const tokenUrl = `http://127.0.0.1:${oauth.address().port}/token`;

  const handler = createHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && url.pathname === '/jwt-token') {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
        return json(400, { error: 'unsupported_grant_type' });
      }
      const assertion = form.get('assertion') ?? '';
      try {
        const [, payload = ''] = assertion.split('.');
        const iss = String(JSON.parse(Buffer.from(payload, 'base64url').toString()).iss);
        const key = issuers.get(iss);
        if (!key) throw new Error('unknown issuer');
        const verifyKey = key.includes('-----BEGIN')
          ? createPublicKey(key)
          : new TextEncoder().encode(key);
        const { payload: claims } = await jwtVerify(assertion, verifyKey, {
          audience: `http://127.0.0.1:${port}/jwt-token`,
        });
        const secret = new TextEncoder().encode('handler-token-signing-key-0123456789abcdef');
        const token = await new SignJWT({ scope: form.get('scope') ?? '' })
          .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
          .setSubject(String(claims.sub))
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(secret);
        return json(200, {
          access_token: token,
          id_token: token,
          token_type: 'Bearer',
          expires_in: 600,
          scope: form.get('scope') ?? '',
        });
      } catch (error) {
        return json(400, {
          error: 'invalid_grant',
          error_description: `Assertion refused: ${(error as Error).name}`,
        });
      }
    }
    if (url.pathname.startsWith('/probe/')) {
      const expected = probes.get(url.pathname.slice('/probe/'.length));
      const got = expected ? req.headers[expected[0].toLowerCase()] : undefined;
      if (expected && got === expected[1]) return json(200, { ok: true });
      res.writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'unauthorized' }));
    }
    if (url.pathname.startsWith('/jwt-probe/')) {
      const key = issuers.get(url.pathname.slice('/jwt-probe/'.length));
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      try {
        if (!key) throw new Error('unknown');
        await jwtVerify(token, createPublicKey(key));
        return json(200, { ok: true });
      } catch {
        return json(401, { error: 'invalid_token' });
      }
    }
    if (url.pathname === '/slow') {
      const timer = setTimeout(() => json(200, { access_token: 'late' }), opts.slowMs);
      req.socket.on('close', () => clearTimeout(timer));
      return;
    }
    if (url.pathname === '/hangup') {
      req.socket.destroy(); // closes without a word
      return;
    }
    if (url.pathname === '/html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><title>Sign in</title><p>Welcome');
    }
    if (url.pathname === '/huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(`{"padding":"${'x'.repeat(200 * 1024)}"}`);
    }
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/redirect` });
      return res.end();
    }
    json(404, { error: 'not_found' });
  });
  const port = await listen(handler);

  const mtls = createHttpsServer(
    {
      key: pki.server.key,
      cert: pki.server.cert,
      ca: pki.ca,
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ hello: peer.subject?.CN ?? null }));
    },
  );
  const mtlsPort = await listen(mtls);

  return {
    tokenUrl,
    handlerUrl: `http://127.0.0.1:${port}`,
    mtlsUrl: `https://127.0.0.1:${mtlsPort}/`,
    registerClient: (id, client) => clients.set(id, client),
    registerJwtIssuer: (issuer, key) => issuers.set(issuer, key),
    registerProbe: (name, header, value) => probes.set(name, [header, value]),
    slowMs: opts.slowMs,
    close: async () => {
      await oauth.stop();
      handler.closeAllConnections();
      mtls.closeAllConnections();
      await Promise.all([new Promise((r) => handler.close(r)), new Promise((r) => mtls.close(r))]);
    },
  };
}
