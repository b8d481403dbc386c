// One outbound HTTP/1.1 exchange for a connection test, step by step so each can be timed and
// blamed: resolve (with the SSRF guard), connect to the checked address, TLS (with a client
// certificate for mTLS), request and answer. Redirects are never followed (the answer is shown),
// the answer is read up to a limit, and every step runs under one deadline.
import http from 'node:http';
import type net from 'node:net';
import tls from 'node:tls';
import type { ConnectionTestAdviceCode, ConnectionTestStep } from '../../contract/index.ts';
import { guardHost, type TestNetwork } from './address-guard.ts';
import { diagnoseSilentClose, tlsFailureCode, tlsReport, type TlsReport } from './tls-report.ts';

export interface OutboundRequest {
  url: URL;
  method: 'GET' | 'POST';
  /** Sent as given, in this order (Host, Content-Length and Connection are added here). */
  headers: [string, string][];
  body: string;
  /** PEM material for mTLS, and a CA to verify the server with instead of the public CAs. */
  tls?: { cert?: string; key?: string; passphrase?: string; ca?: string };
}

export interface ExchangeLimits {
  connectMs: number;
  totalMs: number;
  maxBodyBytes: number;
}

export interface ExchangeResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  truncated: boolean;
}

export interface ExchangeFailure {
  step: ConnectionTestStep['step'];
  code: ConnectionTestAdviceCode;
  detail: string;
}

export interface ExchangeResult {
  steps: ConnectionTestStep[];
  /** The headers as they were sent, Host and Content-Length included. */
  sentHeaders: [string, string][];
  response: ExchangeResponse | null;
  tls: TlsReport | null;
  failure: ExchangeFailure | null;
}

class DeadlineReached extends Error {}
class ConnectTimedOut extends Error {}
class TlsSetupFailed extends Error {}

const ms = (since: number) => Math.round((performance.now() - since) * 10) / 10;

function connected(socket: net.Socket, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ConnectTimedOut()), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function handshake(socket: tls.TLSSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('secureConnect', () => resolve());
    socket.once('error', reject);
  });
}

function send(
  stream: net.Socket,
  req: OutboundRequest,
  headers: [string, string][],
  maxBytes: number,
): Promise<ExchangeResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({
      method: req.method,
      path: `${req.url.pathname}${req.url.search}`,
      headers: Object.fromEntries(headers),
      setHost: false,
      // The socket is ours, already connected to the checked address: no agent, no look-up.
      createConnection: () => stream,
    });
    outgoing.on('error', reject);
    outgoing.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const finish = () =>
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: pairs(res.rawHeaders),
          body: Buffer.concat(chunks).toString('utf8'),
          truncated,
        });
      res.on('data', (chunk: Buffer) => {
        if (truncated) return;
        const room = maxBytes - size;
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, room));
          size = maxBytes;
          truncated = true;
          res.destroy();
          finish();
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', finish);
      res.on('error', (error) => (truncated ? undefined : reject(error)));
    });
    outgoing.end(req.body === '' ? undefined : req.body);
  });
}

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string]);
  return out;
}

function hostHeader(url: URL): string {
  return url.host; // WHATWG drops the default port already
}

function networkFailure(error: unknown): { code: ConnectionTestAdviceCode; detail: string } {
  const code = (error as { code?: string }).code ?? '';
  if (error instanceof ConnectTimedOut) {
    return { code: 'connect_timeout', detail: 'The connection was not accepted in time.' };
  }
  if (code === 'ECONNREFUSED') return { code: 'connect_refused', detail: 'Connection refused.' };
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(String(error))) {
    return {
      code: 'connection_closed',
      detail: 'The server closed the connection before it answered.',
    };
  }
  if (code === 'HPE_INVALID_CONSTANT' || code.startsWith('HPE_')) {
    return { code: 'http_error', detail: `The answer is not valid HTTP/1.1 (${code}).` };
  }
  return { code: 'connection_closed', detail: `The connection failed (${code || 'error'}).` };
}

export async function exchange(
  req: OutboundRequest,
  network: TestNetwork,
  opts: { allowLoopback: boolean; limits: ExchangeLimits },
): Promise<ExchangeResult> {
  const { limits } = opts;
  const steps: ConnectionTestStep[] = [];
  const open: net.Socket[] = [];
  const headers: [string, string][] = [
    ['Host', hostHeader(req.url)],
    ...req.headers,
    ...(req.body === ''
      ? []
      : ([['Content-Length', String(Buffer.byteLength(req.body))]] as [string, string][])),
    ['Connection', 'close'],
  ];
  const result: ExchangeResult = {
    steps,
    sentHeaders: headers,
    response: null,
    tls: null,
    failure: null,
  };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineReached()), limits.totalMs);
  });
  deadline.catch(() => undefined);
  const race = <T>(p: Promise<T>) => Promise.race([p, deadline]);

  let step: ConnectionTestStep['step'] = 'resolve';
  let started = performance.now();
  const begin = (next: ConnectionTestStep['step']) => {
    step = next;
    started = performance.now();
  };
  const pass = (detail: string) => steps.push({ step, ok: true, ms: ms(started), detail });
  const fail = (code: ConnectionTestAdviceCode, detail: string, at = step) => {
    steps.push({ step: at, ok: false, ms: ms(started), detail });
    result.failure = { step: at, code, detail };
    return result;
  };

  try {
    const host = req.url.hostname;
    const guard = await race(guardHost(req.url, network, opts.allowLoopback));
    if (!guard.ok) return fail(guard.code, guard.detail);
    pass(`${host} → ${guard.all.map((a) => a.address).join(', ')}`);

    begin('connect');
    const port = Number(req.url.port || (req.url.protocol === 'https:' ? 443 : 80));
    const socket = network.connect(guard.address, port);
    open.push(socket);
    await race(connected(socket, Math.min(limits.connectMs, limits.totalMs)));
    pass(`Connected to ${guard.address.address} port ${port}.`);

    let stream: net.Socket = socket;
    let lateAlert: () => unknown = () => undefined;
    if (req.url.protocol === 'https:') {
      begin('tls');
      const servername = guard.address.address === host || host.startsWith('[') ? undefined : host;
      let secure: tls.TLSSocket;
      try {
        secure = tls.connect({
          socket,
          host: host.replace(/^\[|\]$/g, ''),
          ...(servername ? { servername } : {}),
          ...(req.tls?.ca ? { ca: req.tls.ca } : {}),
          ...(req.tls?.cert ? { cert: req.tls.cert } : {}),
          ...(req.tls?.key ? { key: req.tls.key } : {}),
          ...(req.tls?.passphrase ? { passphrase: req.tls.passphrase } : {}),
          ALPNProtocols: ['http/1.1'],
          // Judged below, so that the chain can be shown whether or not it verifies.
          rejectUnauthorized: false,
        });
      } catch (error) {
        throw new TlsSetupFailed((error as { code?: string }).code ?? 'key or certificate');
      }
      open.push(secure);
      // The server's verdict on our certificate can arrive as an alert right after the handshake,
      // before the request listens: keep it (and keep it from being an unhandled 'error').
      let alert: unknown;
      secure.on('error', (error) => (alert ??= error));
      lateAlert = () => alert;
      await race(handshake(secure));
      result.tls = tlsReport(secure);
      if (!secure.authorized) {
        // Never send a credential to a server that did not prove who it is.
        return fail(
          'tls_server_untrusted',
          `The server's certificate did not verify (${result.tls.authorization_error ?? 'unknown reason'}); nothing was sent.`,
        );
      }
      pass(`${result.tls.protocol ?? 'TLS'}, server certificate verified.`);
      stream = secure;
    }

    begin('request');
    let response: ExchangeResponse;
    try {
      response = await race(send(stream, req, headers, limits.maxBodyBytes));
    } catch (error) {
      const tlsCode = req.url.protocol === 'https:' ? tlsFailureCode(lateAlert() ?? error) : null;
      const silent =
        !tlsCode && req.tls?.cert && networkFailure(error).code === 'connection_closed'
          ? diagnoseSilentClose(req.tls.cert, Date.now())
          : null;
      if (tlsCode || silent) {
        const verdict = (tlsCode ?? silent) as { code: ConnectionTestAdviceCode; detail: string };
        // TLS 1.3 sends the server's verdict on our certificate after the client's side of the
        // handshake is done: it is still the handshake that failed, so it is blamed there.
        const tlsStep = steps.findIndex((s) => s.step === 'tls');
        if (tlsStep >= 0) steps.splice(tlsStep, 1);
        return fail(verdict.code, verdict.detail, 'tls');
      }
      throw error;
    }
    result.response = response;
    pass(
      `HTTP ${response.status} ${response.statusText}, ${Buffer.byteLength(response.body)} bytes${
        response.truncated ? ` (cut at ${limits.maxBodyBytes / 1024} KB)` : ''
      }.`,
    );
    return result;
  } catch (error) {
    if (error instanceof DeadlineReached) {
      return fail(
        'timeout',
        `No complete answer within ${limits.totalMs / 1000} s; the test was stopped.`,
      );
    }
    if (error instanceof TlsSetupFailed) {
      return fail(
        'key_unusable',
        `The client key or certificate cannot be used (${error.message}).`,
      );
    }
    // (`step` is set by begin(); tsc cannot see that through the closure.)
    const tlsCode = (step as string) === 'tls' ? tlsFailureCode(error) : null;
    if (tlsCode) return fail(tlsCode.code, tlsCode.detail);
    const failure = networkFailure(error);
    return fail(failure.code, failure.detail);
  } finally {
    clearTimeout(timer);
    // Outermost first: destroying a TCP socket under a live TLS socket crashes Node 20 (SIGSEGV).
    for (const socket of open.reverse()) socket.destroy();
  }
}
