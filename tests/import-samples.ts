// Real-shaped credential files for the importer's tests, made at test time: a CA chain signed
// with the openssl CLI, PKCS#12 files in each encryption openssl can write, a Google-shaped
// service-account JSON and JWKs of fresh keys. Nothing here is a real credential; only tests
// (unit and e2e) import this file.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pkcs8 = { type: 'pkcs8', format: 'pem' } as const;

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

export interface Chain {
  rootCert: string;
  intermediateCert: string;
  leafCert: string;
  leafKey: string;
  /** A key that belongs to no certificate here. */
  strayKey: string;
}

let chain: Chain | undefined;

/** Root CA -> intermediate CA -> leaf "CN=client.example", RSA 2048 each. */
export function certificateChain(): Chain {
  if (chain) return chain;
  const dir = mkdtempSync(path.join(tmpdir(), 'import-chain-'));
  try {
    const key = (name: string) => {
      const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export(pkcs8);
      writeFileSync(path.join(dir, `${name}.key`), pem, { mode: 0o600 });
      return pem.toString();
    };
    key('root');
    key('inter');
    const leafKey = key('leaf');
    const ext = path.join(dir, 'ca.ext');
    writeFileSync(ext, 'basicConstraints=critical,CA:TRUE\n');
    openssl(dir, [
      'req',
      '-x509',
      '-new',
      '-key',
      'root.key',
      '-subj',
      '/CN=Test Root CA',
      '-days',
      '30',
      '-out',
      'root.pem',
    ]);
    openssl(dir, [
      'req',
      '-new',
      '-key',
      'inter.key',
      '-subj',
      '/CN=Test Intermediate CA',
      '-out',
      'inter.csr',
    ]);
    openssl(dir, [
      'x509',
      '-req',
      '-in',
      'inter.csr',
      '-CA',
      'root.pem',
      '-CAkey',
      'root.key',
      '-CAcreateserial',
      '-days',
      '30',
      '-extfile',
      ext,
      '-out',
      'inter.pem',
    ]);
    openssl(dir, [
      'req',
      '-new',
      '-key',
      'leaf.key',
      '-subj',
      '/CN=client.example/O=Acme Test',
      '-out',
      'leaf.csr',
    ]);
    openssl(dir, [
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'inter.pem',
      '-CAkey',
      'inter.key',
      '-CAcreateserial',
      '-days',
      '30',
      '-out',
      'leaf.pem',
    ]);
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    chain = {
      rootCert: read('root.pem'),
      intermediateCert: read('inter.pem'),
      leafCert: read('leaf.pem'),
      leafKey,
      strayKey: generateKeyPairSync('rsa', { modulusLength: 2048 })
        .privateKey.export(pkcs8)
        .toString(),
    };
    return chain;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The encryptions a .p12 can come in, as openssl's pkcs12 -export options. */
export const P12_ENCRYPTIONS = {
  'AES-256 (OpenSSL 3 default)': [],
  'AES-128, SHA-1 MAC': ['-certpbe', 'AES-128-CBC', '-keypbe', 'AES-128-CBC', '-macalg', 'sha1'],
  'unencrypted certificates': ['-certpbe', 'NONE'],
  '3DES (Windows TripleDES-SHA1)': ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES'],
  '3DES key, unencrypted certificates, SHA-1 MAC': [
    '-certpbe',
    'NONE',
    '-keypbe',
    'PBE-SHA1-2DES',
    '-macalg',
    'sha1',
  ],
  'PBES2 with 3DES': ['-certpbe', 'DES-EDE3-CBC', '-keypbe', 'DES-EDE3-CBC'],
  'RC2-40 and 3DES (OpenSSL 1.x default)': ['-legacy'],
} as const satisfies Record<string, string[]>;

/** A .p12 of `key` and `certs` (first is the leaf) with the given password and options. */
export function makeP12(
  key: string,
  certs: string[],
  password: string,
  options: readonly string[] = [],
): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-p12-'));
  try {
    writeFileSync(path.join(dir, 'key.pem'), key, { mode: 0o600 });
    writeFileSync(path.join(dir, 'leaf.pem'), certs[0] ?? '');
    const extra = certs.slice(1);
    if (extra.length) writeFileSync(path.join(dir, 'chain.pem'), extra.join(''));
    openssl(dir, [
      'pkcs12',
      '-export',
      '-inkey',
      'key.pem',
      '-in',
      'leaf.pem',
      ...(extra.length ? ['-certfile', 'chain.pem'] : []),
      '-passout',
      `pass:${password}`,
      ...options,
      '-out',
      'out.p12',
    ]);
    return new Uint8Array(readFileSync(path.join(dir, 'out.p12')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A Google-shaped service-account key file around a fresh RSA key. */
export function serviceAccountJson(overrides: Record<string, unknown> = {}): {
  json: string;
  privateKey: string;
  keyId: string;
  email: string;
} {
  const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export(pkcs8)
    .toString();
  const keyId = randomBytes(20).toString('hex');
  const email = 'svc-import@test-project.iam.gserviceaccount.com';
  const body = {
    type: 'service_account',
    project_id: 'test-project',
    private_key_id: keyId,
    private_key: privateKey,
    client_email: email,
    client_id: '100000000000000000001',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'https://oauth2.googleapis.com/token',
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(email)}`,
    universe_domain: 'googleapis.com',
    ...overrides,
  };
  return { json: JSON.stringify(body, null, 2), privateKey, keyId, email };
}

/** A private JWK of a fresh key, as `jose`/`node:crypto` export it, with a kid. */
export function privateJwk(kind: 'RSA' | 'EC', extra: Record<string, unknown> = {}) {
  const pair =
    kind === 'RSA'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    jwk: {
      ...pair.privateKey.export({ format: 'jwk' }),
      kid: `kid-${kind.toLowerCase()}`,
      ...extra,
    },
    publicJwk: pair.publicKey.export({ format: 'jwk' }),
    pem: pair.privateKey.export(pkcs8).toString(),
  };
}

/** What `openssl pkcs12 -in file.p12 -nodes` prints: PEM blocks with "Bag Attributes" around. */
export function p12ToPemText(p12: Uint8Array, password: string, options: string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-p12-pem-'));
  try {
    writeFileSync(path.join(dir, 'in.p12'), p12);
    openssl(dir, [
      'pkcs12',
      '-in',
      'in.p12',
      '-nodes',
      '-passin',
      `pass:${password}`,
      ...options,
      '-out',
      'all.pem',
    ]);
    return readFileSync(path.join(dir, 'all.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
