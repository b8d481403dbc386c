// What a test shows of a TLS session (the peer chain and whether it verified), and which TLS
// failures mean what for the admin. OpenSSL names an alert the server sent in the error code:
// ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED, ERR_SSL_TLSV1_ALERT_UNKNOWN_CA, …
import { X509Certificate } from 'node:crypto';
import type tls from 'node:tls';
import type { ConnectionTestAdviceCode } from '../../contract/index.ts';

export interface TlsReport {
  protocol: string | null;
  authorized: boolean;
  authorization_error: string | null;
  peer_chain: {
    subject: string;
    issuer: string;
    valid_from: string;
    valid_to: string;
    fingerprint256: string;
  }[];
}

function dn(name: Record<string, string | string[]> | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
    .join(', ');
}

export function tlsReport(socket: tls.TLSSocket): TlsReport {
  const chain: TlsReport['peer_chain'] = [];
  let cert = socket.getPeerCertificate(true) as tls.DetailedPeerCertificate | undefined;
  const seen = new Set<string>();
  while (cert && cert.fingerprint256 && !seen.has(cert.fingerprint256) && chain.length < 10) {
    seen.add(cert.fingerprint256);
    chain.push({
      subject: dn(cert.subject as unknown as Record<string, string>),
      issuer: dn(cert.issuer as unknown as Record<string, string>),
      valid_from: new Date(cert.valid_from).toISOString(),
      valid_to: new Date(cert.valid_to).toISOString(),
      fingerprint256: cert.fingerprint256,
    });
    cert = cert.issuerCertificate;
  }
  const error = socket.authorizationError as unknown;
  return {
    protocol: socket.getProtocol() ?? null,
    authorized: socket.authorized,
    authorization_error:
      error === null || error === undefined
        ? null
        : typeof error === 'string'
          ? error
          : String((error as { code?: string }).code ?? error),
    peer_chain: chain,
  };
}

const ALERTS: readonly [RegExp, ConnectionTestAdviceCode, string][] = [
  [/CERTIFICATE_REQUIRED/i, 'tls_certificate_required', 'certificate required'],
  [/UNKNOWN_CA/i, 'tls_unknown_ca', 'unknown CA'],
  [/CERTIFICATE_EXPIRED/i, 'tls_certificate_expired', 'certificate expired'],
  [
    /BAD_CERTIFICATE|UNSUPPORTED_CERTIFICATE|CERTIFICATE_UNKNOWN/i,
    'tls_bad_certificate',
    'bad certificate',
  ],
  [/ALERT_HANDSHAKE_FAILURE|WRONG_VERSION|ALERT/i, 'tls_failed', 'handshake failure'],
];

/** The advice for a TLS error, or null when the error is not a TLS one. */
export function tlsFailureCode(
  error: unknown,
): { code: ConnectionTestAdviceCode; detail: string } | null {
  const code = String((error as { code?: string }).code ?? '');
  const text = `${code} ${String((error as { message?: string }).message ?? '')}`;
  if (/KEY_VALUES_MISMATCH|BAD_DECRYPT|bad decrypt|PEM_read|NO_START_LINE/i.test(text)) {
    return {
      code: 'key_unusable',
      detail: `The client key or certificate cannot be used (${code || 'error'}).`,
    };
  }
  if (!/SSL|TLS/i.test(code)) return null;
  for (const [pattern, advice, name] of ALERTS) {
    if (pattern.test(code)) {
      return {
        code: advice,
        detail: `The server ended the handshake with the TLS alert "${name}" (${code}).`,
      };
    }
  }
  return { code: 'tls_failed', detail: `The TLS handshake failed (${code}).` };
}

/**
 * Servers that judge the client certificate after the handshake (Node's own https server among
 * them) close the connection without an alert. Then our own certificate is the best witness:
 * expired, or refused (most often: issued by a CA the server does not trust).
 */
export function diagnoseSilentClose(
  clientCertificate: string,
  now: number,
): { code: ConnectionTestAdviceCode; detail: string } {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(clientCertificate);
  } catch {
    return {
      code: 'tls_client_certificate_refused',
      detail: 'The server closed the connection right after the handshake without an answer.',
    };
  }
  const subject = cert.subject.replace(/\n/g, ', ');
  const issuer = cert.issuer.replace(/\n/g, ', ');
  const from = Date.parse(cert.validFrom);
  const to = Date.parse(cert.validTo);
  if (now > to || now < from) {
    return {
      code: 'tls_certificate_expired',
      detail: `The server closed the connection right after the handshake; the client certificate (${subject}) is valid only from ${new Date(from).toISOString()} to ${new Date(to).toISOString()}.`,
    };
  }
  return {
    code: 'tls_client_certificate_refused',
    detail: `The server closed the connection right after the handshake without an answer: it did not accept the client certificate (${subject}, issued by ${issuer}).`,
  };
}
