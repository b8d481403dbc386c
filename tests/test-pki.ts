// A throwaway PKI for mTLS tests, made at test time (keys are never committed): a test CA, a
// server certificate for 127.0.0.1, a client certificate it issued, one it issued that has
// expired, and a client certificate from another CA. ECDSA P-256 via WebCrypto and @peculiar/x509.
import { webcrypto } from 'node:crypto';
import '../src/components/reflect-metadata-shim.ts'; // must run before @peculiar/x509 loads
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 86_400_000;

export interface Issued {
  cert: string;
  key: string;
}

export interface TestPki {
  ca: string;
  server: Issued;
  client: Issued;
  expiredClient: Issued;
  otherCa: string;
  otherCaClient: Issued;
}

async function keyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  const body =
    der
      .toString('base64')
      .match(/.{1,64}/g)
      ?.join('\n') ?? '';
  return `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;
}

const keys = () =>
  webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;

let serial = 1;

async function makeCa(name: string) {
  const pair = await keys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: String(++serial).padStart(2, '0'),
    name: `CN=${name}, O=Auth Connections Tests`,
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 30 * DAY),
    keys: pair,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
    ],
  });
  return { pair, cert };
}

async function issue(
  ca: { pair: CryptoKeyPair; cert: x509.X509Certificate },
  cn: string,
  usage: 'server' | 'client',
  validity: { from: number; to: number } = { from: -DAY, to: 10 * DAY },
): Promise<Issued> {
  const pair = await keys();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: String(++serial).padStart(2, '0'),
    subject: `CN=${cn}, O=Auth Connections Tests`,
    issuer: ca.cert.subject,
    notBefore: new Date(Date.now() + validity.from),
    notAfter: new Date(Date.now() + validity.to),
    signingKey: ca.pair.privateKey,
    publicKey: pair.publicKey,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.ExtendedKeyUsageExtension(
        [usage === 'server' ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth],
        false,
      ),
      ...(usage === 'server'
        ? [
            new x509.SubjectAlternativeNameExtension([
              { type: 'ip', value: '127.0.0.1' },
              { type: 'dns', value: 'localhost' },
            ]),
          ]
        : []),
    ],
  });
  return { cert: cert.toString('pem'), key: await keyPem(pair.privateKey) };
}

export async function createTestPki(): Promise<TestPki> {
  const ca = await makeCa('Connection Test CA');
  const other = await makeCa('Some Other CA');
  return {
    ca: ca.cert.toString('pem'),
    server: await issue(ca, 'mtls-test-server', 'server'),
    client: await issue(ca, 'mtls-test-client', 'client'),
    expiredClient: await issue(ca, 'expired-client', 'client', { from: -20 * DAY, to: -10 * DAY }),
    otherCa: other.cert.toString('pem'),
    otherCaClient: await issue(other, 'stranger-client', 'client'),
  };
}
