// The PEM inspector's words, in English. Apart from pem-inspect.ts so that the messages object
// can use them as its defaults (messages.widgets.pem.inspect) without pulling in the parser.
export const pemInspectWords = {
  notPemCertificate:
    "This doesn't look like a PEM certificate. It should start with -----BEGIN CERTIFICATE-----.",
  notPemKey:
    "This doesn't look like a PEM private key. It should start with -----BEGIN PRIVATE KEY----- (or RSA/EC PRIVATE KEY).",
  notPem: "This doesn't look like PEM text.",
  keyUnreadable:
    'The private key could not be read: it may be truncated, corrupted, or of a type that is not supported (RSA, EC P-256/P-384/P-521 and Ed25519 are).',
  certificateUnreadable: 'The certificate could not be read: it may be truncated or corrupted.',
  openSsh: 'This is an OpenSSH key. Convert it to PEM first: ssh-keygen -p -m PKCS8 -f <key file>.',
  keyNotCertificate: 'This is a private key, not a certificate.',
  certificateNotKey: 'This is a certificate, not a private key.',
  publicKey: 'This is a public key. Paste the private key instead.',
  alsoHoldsKey: 'This also holds a private key. Put the key in its own field.',
  /** `keyType` is RSA, EC or Ed25519; undefined when the PEM does not say. */
  encryptedKey: (keyType?: string) =>
    keyType ? `Encrypted ${keyType} key` : 'Encrypted private key',
  privateKey: 'Private key',
  /** "RSA 2048-bit", "EC P-256 (256-bit)", "Ed25519". */
  keyDescription: (keyType: string, bits: number | null, curve?: string) =>
    keyType === 'EC'
      ? `EC ${curve ?? ''}`.trim() + (bits ? ` (${bits}-bit)` : '')
      : bits
        ? `${keyType} ${bits}-bit`
        : keyType,
};

export type PemInspectWords = typeof pemInspectWords;
