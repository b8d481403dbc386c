import { hasPemBlock, repairPem } from './pem-repair.ts';

const BODY = 'MIIBszCCAVmgAwIBAgIUQ'.repeat(7); // 147 base64 chars: three lines once wrapped
const WRAPPED = [BODY.slice(0, 64), BODY.slice(64, 128), BODY.slice(128)].join('\n');
const CERT = `-----BEGIN CERTIFICATE-----\n${WRAPPED}\n-----END CERTIFICATE-----\n`;

describe('repairPem', () => {
  it('leaves a well-formed PEM as it is', () => {
    expect(repairPem(CERT)).toBe(CERT);
  });

  it('rewraps a PEM pasted on one line', () => {
    expect(repairPem(`-----BEGIN CERTIFICATE----- ${BODY} -----END CERTIFICATE-----`)).toBe(CERT);
  });

  it('turns literal \\n escapes into line breaks', () => {
    const escaped = CERT.replace(/\n/g, '\\n');
    expect(escaped).not.toContain('\n');
    expect(repairPem(escaped)).toBe(CERT);
  });

  it('handles \\r\\n, both real and escaped', () => {
    expect(repairPem(CERT.replace(/\n/g, '\r\n'))).toBe(CERT);
    expect(repairPem(CERT.replace(/\n/g, '\\r\\n'))).toBe(CERT);
  });

  it('drops extra whitespace, indentation and surrounding text', () => {
    const messy = `Bag Attributes\n   "   -----BEGIN CERTIFICATE-----\n\t ${WRAPPED.replace(/\n/g, '  \n   ')}\n\n-----END CERTIFICATE-----   "\n`;
    expect(repairPem(messy)).toBe(CERT);
  });

  it('keeps every block of a chain, in order', () => {
    const key = `-----BEGIN PRIVATE KEY-----\n${BODY.slice(0, 40)}\n-----END PRIVATE KEY-----`;
    const oneLine = `${CERT.replace(/\n/g, ' ')} ${key.replace(/\n/g, ' ')}`;
    expect(repairPem(oneLine)).toBe(`${CERT}${key}\n`);
  });

  it('keeps legacy encryption headers on their own lines, followed by a blank line', () => {
    const oneLine =
      '-----BEGIN RSA PRIVATE KEY----- Proc-Type: 4,ENCRYPTED DEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9 ' +
      `${BODY} -----END RSA PRIVATE KEY-----`;
    expect(repairPem(oneLine)).toBe(
      [
        '-----BEGIN RSA PRIVATE KEY-----',
        'Proc-Type: 4,ENCRYPTED',
        'DEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9',
        '',
        WRAPPED,
        '-----END RSA PRIVATE KEY-----',
        '',
      ].join('\n'),
    );
  });

  it('returns text without a complete block unchanged', () => {
    expect(repairPem('-----BEGIN CERTIFICATE-----\nMIIB')).toBe(
      '-----BEGIN CERTIFICATE-----\nMIIB',
    );
    expect(repairPem('hello world')).toBe('hello world');
  });

  it('does not pair a BEGIN with a different END', () => {
    expect(hasPemBlock('-----BEGIN CERTIFICATE-----\nAAAA\n-----END PRIVATE KEY-----')).toBe(false);
    expect(hasPemBlock(CERT.replace(/\n/g, '\\n'))).toBe(true);
  });
});

describe('hasPemBlock then repairPem', () => {
  it('gives the same answer however often they are called, in any order', () => {
    const oneLine = CERT.replace(/\n/g, ' ');
    expect(hasPemBlock(oneLine)).toBe(true);
    expect(hasPemBlock(oneLine)).toBe(true);
    expect(repairPem(oneLine)).toBe(CERT);
    expect(repairPem(oneLine)).toBe(CERT);
  });
});
