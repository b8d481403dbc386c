// The words of the credential importer (src/import/). They load with the importer's chunk, when
// Import is first opened (import-panel.tsx registers them); for a host they are part of the one
// messages object like every other group. Placeholders in `{braces}` are rendered by <RichText>
// as code (emails, key ids, header names, URLs).

const s = (n: number) => (n === 1 ? '' : 's');

export const importMessages = {
  importer: {
    title: 'Import a credential',
    intro:
      'Drop a file or paste text: a Google service-account JSON, a .p12 or .pfx file, a PEM bundle, a JWK, a curl command or a .env block. It is read here, in your browser; nothing is sent until you save.',
    dropZone: 'Drop a credential file here',
    chooseFile: 'Choose a file',
    fileInputLabel: 'Credential file to import',
    pasteLabel: 'Or paste text',
    read: 'Read text',
    reading: 'Reading…',
    close: 'Close import',
    chosenFile: (name: string) => `File: ${name}`,
    passwordLabel: (file: string) => `Password of ${file}`,
    passwordHelp: 'Used here only, to open the file. It is not saved.',
    openFile: 'Open file',
    filledAs: (typeLabel: string) =>
      `The ${typeLabel} form is filled. Review every field below, then save: nothing has been sent.`,
    key: (type: string, bits: number | null, curve: string | undefined, encrypted: boolean) =>
      `${encrypted ? 'encrypted ' : ''}${type}${curve ? ` ${curve}` : bits ? ` ${bits}-bit` : ''} key`,
    chain: (n: number) => (n === 0 ? 'no chain' : `a chain of ${n} certificate${s(n)}`),
    recognised: {
      googleServiceAccount: 'Google service account {email}, RSA key {keyId}',
      pemBundle: 'PEM bundle: certificate {subject}, {key}, {chain}',
      pkcs12: 'PKCS#12 file: certificate {subject}, {key}, {chain}',
      jwk: 'JWK private key: {key}',
      jwkWithId: 'JWK private key {keyId}: {key}',
      pemKey: 'PEM private key: {key}',
      curlBearer: 'curl command: a Bearer token for {detail}',
      curlBasic: 'curl command: Basic credentials of user {detail}',
      curlHeader: 'curl command: a secret in the {detail} header',
      curlClientCredentials: 'curl command: an OAuth2 client-credentials request to {detail}',
      dotenv: '.env block: {names}',
    },
    notes: {
      'ec-key-no-algorithm':
        'This is an EC key, and the API signs only with RS256/384/512 or HS256/384/512: use an RSA key for these types.',
      'no-token-url': 'No token URL was in the block: fill it in.',
      'scopes-for-admin': 'Add the scopes the Google APIs you call need.',
      'google-subject':
        'Subject is the service account itself. For domain-wide delegation, put the user to act as.',
      'chain-in-ca-field': (n: number) =>
        `${n === 1 ? 'The other certificate' : `The other ${n} certificates`} of the file went into CA certificate. Clear it if the server's certificate is signed by another CA.`,
      'key-passphrase-needed': 'The key is encrypted: type its passphrase in Key passphrase.',
      'placeholder-secret': (value: string) =>
        `The secret reads "${value}", which looks like a placeholder from the docs: put the real value in before saving.`,
    },
    problems: {
      empty: 'There is nothing to read. Drop a file or paste text.',
      'too-large': (bytes: number, limit: number) =>
        `This file is ${Math.ceil(bytes / 1000)} kB; files over ${limit / 1_000_000} MB are refused unread. A credential file is a few kB.`,
      'not-recognised':
        'This was not recognised. Expected a Google service-account JSON, a .p12 or .pfx file, a PEM bundle, a JWK, a curl command or a .env block.',
      'binary-not-pkcs12':
        'This binary file is not a .p12 or .pfx file. A DER certificate or key must be converted to PEM first (openssl x509 -inform der -in cert.der).',
      'json-invalid': 'This JSON does not parse: it may be cut short. Copy the whole file.',
      'json-unknown-shape':
        'This JSON is neither a Google service-account key (client_email, private_key, …) nor a JWK (kty, or a keys list).',
      'google-not-service-account': (type: string) =>
        `This is a Google "${type}" credential, not a service-account key. Create a key for a service account (IAM, Service accounts, Keys) and import that JSON.`,
      'google-missing-field': (field: string) =>
        `This service-account JSON has no "${field}". Download the key file again: it holds client_email, private_key, private_key_id and token_uri.`,
      'google-bad-key':
        'The "private_key" of this service-account JSON is not an RSA private key in PEM.',
      'jwk-public-only': 'This JWK is a public key (it has no "d"). Import the private key.',
      'jwk-unsupported-type': (kty: string) =>
        `This JWK is of type "${kty}"; only RSA and EC private keys can be imported.`,
      'jwk-unreadable': 'This JWK could not be read as a key: a value is missing or damaged.',
      'jwks-no-private-key':
        'This JWKS holds only public keys. Import the key with its private part.',
      'jwks-many-private-keys': (n: number) =>
        `This JWKS holds ${n} private keys. Import the one this connection signs with on its own.`,
      'pem-no-key':
        'This PEM holds certificates but no private key. Add the key (-----BEGIN PRIVATE KEY-----) to the bundle.',
      'pem-many-keys': (n: number) =>
        `This holds ${n} private keys, and a connection uses one. Keep only the key of the client certificate.`,
      'pem-encrypted-key':
        'This private key is encrypted, and the JWT types need it unencrypted (openssl pkcs8 -topk8 -nocrypt -in key.pem).',
      'pem-unreadable-key':
        'The private key could not be read: it may be truncated, or of an unsupported type (RSA, EC P-256/384/521 and Ed25519 are supported).',
      'pem-unreadable-certificate': (n: number) =>
        `Certificate ${n} of the bundle could not be read: it may be truncated or damaged.`,
      'key-not-for-certificate':
        'The private key does not belong to the certificate: they come from different key pairs.',
      'pkcs12-needs-password': 'This file is protected by a password. Type it to open the file.',
      'pkcs12-wrong-password': 'The password is wrong for this file. The file is kept: try again.',
      'pkcs12-legacy-encryption': (algorithm: string) =>
        `This file is encrypted with ${algorithm}, an old scheme browsers cannot decrypt. Re-export it with AES: openssl pkcs12 -legacy -in old.p12 -nodes -out all.pem, then import all.pem (or make a new file with openssl pkcs12 -export -in all.pem -out new.p12). On Windows, export again with AES256-SHA256.`,
      'pkcs12-unsupported': (what: string) =>
        `This file uses something not supported here (${what}). Export it again with AES-256, or as PEM, and import that.`,
      'pkcs12-corrupt': 'This file could not be read: it is damaged or not a PKCS#12 file.',
      'pkcs12-no-key': 'This file holds no private key. Export it again with the key included.',
      'pkcs12-no-certificate':
        'This file holds a key but no certificate. Export it again with the certificate.',
      'curl-no-credential':
        'This curl command carries no credential. Expected an Authorization header, -u user:password, an API-key header, or a client-credentials token request.',
      'curl-two-credentials': (first: string, second: string) =>
        `This curl command carries two credentials (${first} and ${second}). Remove the one this connection should not use.`,
      'curl-unclosed-quote':
        'This curl command has a quote that is never closed. Copy the whole command.',
      'curl-token-request-incomplete': (missing: string) =>
        `This client-credentials token request has no ${missing}. Copy the whole command.`,
      'dotenv-no-credential':
        'None of these names is a credential. Expected names such as CLIENT_ID, CLIENT_SECRET, TOKEN_URL, USERNAME, PASSWORD, API_KEY or ACCESS_TOKEN.',
      'dotenv-two-credentials': (first: string, second: string) =>
        `This block holds two credentials (${first} and ${second}). Paste the lines of one.`,
      'dotenv-incomplete': (missing: string) => `This block has no ${missing}.`,
    },
    wrongTypeForReplace: (imported: string, current: string) =>
      `This is a ${imported} credential, and this replacement is a ${current} connection. Nothing was filled.`,
  },
};

export type ImportMessages = typeof importMessages;
