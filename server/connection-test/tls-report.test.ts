// Which TLS failure means what for the admin: the alert a server sends is named in OpenSSL's error
// code; a silent close after the handshake is judged by our own client certificate.
import { describe, expect, it } from 'vitest';
import { createTestPki } from '../../tests/test-pki.ts';
import { diagnoseSilentClose, tlsFailureCode } from './tls-report.ts';

const err = (code: string) => Object.assign(new Error('ssl'), { code });

describe('tlsFailureCode', () => {
  it.each([
    [
      'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
      'tls_certificate_required',
      'certificate required',
    ],
    ['ERR_SSL_TLSV1_ALERT_UNKNOWN_CA', 'tls_unknown_ca', 'unknown CA'],
    ['ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED', 'tls_certificate_expired', 'certificate expired'],
    ['ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', 'tls_bad_certificate', 'bad certificate'],
    ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'tls_failed', 'handshake failure'],
  ])('%s → %s', (code, advice, words) => {
    const verdict = tlsFailureCode(err(code));
    expect(verdict?.code).toBe(advice);
    expect(verdict?.detail).toContain(`"${words}"`);
  });

  it('a key that does not fit its certificate is key_unusable; a non-TLS error is not TLS', () => {
    expect(tlsFailureCode(err('ERR_OSSL_X509_KEY_VALUES_MISMATCH'))?.code).toBe('key_unusable');
    expect(tlsFailureCode(err('ECONNRESET'))).toBeNull();
  });
});

describe('diagnoseSilentClose', () => {
  it('names an expired certificate, else a refused one with its issuer', async () => {
    const pki = await createTestPki();
    const now = Date.now();
    expect(diagnoseSilentClose(pki.expiredClient.cert, now).code).toBe('tls_certificate_expired');
    const refused = diagnoseSilentClose(pki.otherCaClient.cert, now);
    expect(refused.code).toBe('tls_client_certificate_refused');
    expect(refused.detail).toContain('CN=Some Other CA');
  });
});
