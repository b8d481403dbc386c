// @vitest-environment jsdom
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pemMaterial } from '../../tests/pem-material.ts';
import { renderPemFields as renderPem } from '../../tests/pem-fields.tsx';

// The reference fingerprint comes from Node's own X.509 parser, not from the code under test.
import { X509Certificate } from 'node:crypto';

const pem = pemMaterial();

// The summary waits for a lazily imported parser; on a busy 2-core box that can pass 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  vi.useRealTimers();
});

describe('PemField', () => {
  it('repairs a certificate pasted on one line and shows what it holds', async () => {
    const user = userEvent.setup();
    const onInspect = vi.fn();
    const { certificate, onSubmit } = renderPem(onInspect);

    await user.click(certificate);
    await user.paste(pem.certificate.replace(/\n/g, ' '));
    expect(certificate).toHaveValue(pem.certificate);

    expect(await screen.findByText('CN=test.example, O=Acme Test (self-signed)')).toBeVisible();
    expect(screen.getByText('CN=test.example, O=Acme Test')).toBeVisible();
    // Valid for 10 days: within the 30-day warning.
    expect(screen.getByText(/^Expires in (9|10) days$/)).toBeVisible();
    expect(screen.getByText(/^\((9|10) days left\)$/)).toBeVisible();
    const fingerprint = new X509Certificate(pem.certificate).fingerprint256;
    expect(screen.getByText(fingerprint)).toBeVisible();
    expect(onInspect).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'certificate' }));

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledWith({ client_certificate: pem.certificate, client_key: '' });
  });

  it('repairs a PEM pasted with literal \\n escapes', async () => {
    const user = userEvent.setup();
    const { certificate } = renderPem();
    await user.click(certificate);
    await user.paste(JSON.stringify(pem.certificate).slice(1, -1));
    expect(certificate).toHaveValue(pem.certificate);
  });

  it('flags an expired certificate', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 40 * 86_400_000);
    const user = userEvent.setup();
    const { certificate } = renderPem();
    await user.click(certificate);
    await user.paste(pem.certificate);
    expect(await screen.findByText('Expired')).toBeVisible();
    expect(screen.getByText(/^\(expired (29|30|31) days ago\)$/)).toBeVisible();
  });

  it('summarises a chain, capping long bundles', async () => {
    const user = userEvent.setup();
    const { certificate } = renderPem();
    await user.click(certificate);
    await user.paste(pem.certificate + pem.ecCertificate);
    expect(await screen.findByText('Certificate 2 of 2')).toBeVisible();
    expect(screen.getByText('CN=ec.example (self-signed)')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Clear Client certificate' }));
    await user.click(certificate);
    await user.paste(pem.certificate.repeat(3) + pem.ecCertificate + pem.ecCertificate);
    expect(await screen.findByText('…and 2 more certificates.')).toBeVisible();
    expect(screen.getByText('Certificate 3 of 5')).toBeVisible();
    expect(screen.queryByText('Certificate 4 of 5')).not.toBeInTheDocument();
  });

  it('explains text that is not a certificate', async () => {
    const user = userEvent.setup();
    const { certificate } = renderPem();
    await user.type(certificate, 'hello');
    expect(await screen.findByText(/This doesn't look like a PEM certificate/)).toBeVisible();
  });

  it('takes a chosen file, masks a private key, and says when it is encrypted', async () => {
    const user = userEvent.setup();
    const { key, onSubmit } = renderPem();
    expect(screen.getByRole('button', { name: 'Choose file for Client key' })).toBeVisible();

    const file = new File([pem.encryptedKey], 'client.key', { type: 'application/x-pem-file' });
    await user.upload(screen.getByLabelText('Client key file'), file);

    expect(await screen.findByText('Private key: Encrypted private key')).toBeVisible();
    expect(screen.getByText('Encrypted')).toBeVisible();
    // Masked by default: the BEGIN/END lines show, the key material does not.
    const shown = (key as HTMLTextAreaElement).value;
    expect(shown).toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    expect(shown).not.toContain(pem.encryptedKey.split('\n')[1]);
    expect(key).toHaveAttribute('readonly');

    const show = screen.getByRole('button', { name: 'Show Client key' });
    expect(show).toHaveAttribute('aria-pressed', 'false');
    await user.click(show);
    expect(key).toHaveValue(pem.encryptedKey);
    expect(screen.getByRole('button', { name: 'Hide Client key' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledWith({ client_certificate: '', client_key: pem.encryptedKey });
  });

  it('reads the type and size of an unencrypted key', async () => {
    const user = userEvent.setup();
    const { key } = renderPem();
    await user.click(key);
    await user.paste(pem.rsaKey);
    expect(await screen.findByText('Private key: RSA 2048-bit')).toBeVisible();
    expect(screen.getByText('Not encrypted')).toBeVisible();
  });

  it('takes a file dropped on the field, showing the drop target while dragging', async () => {
    const { key } = renderPem();
    const target = key.closest('.MuiFormControl-root')!.parentElement!;
    const file = new File([pem.ecKey], 'ec.pem');
    const dataTransfer = { files: [file], getData: () => '', dropEffect: 'none' };

    fireEvent.dragOver(target, { dataTransfer });
    expect(screen.getByText('Drop the file to use it')).toBeInTheDocument();
    fireEvent.drop(target, { dataTransfer });
    expect(screen.queryByText('Drop the file to use it')).not.toBeInTheDocument();

    expect(await screen.findByText('Private key: EC P-256 (256-bit)')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show Client key' }));
    expect(key).toHaveValue(pem.ecKey);
  });

  it('refuses a file without PEM text and says why', async () => {
    const user = userEvent.setup();
    renderPem();
    // .cer files are often DER, which the picker's accept list lets through.
    const der = new File([new Uint8Array([0x30, 0x82, 0x00, 0x00, 0x01])], 'cert.cer');
    await user.upload(screen.getByLabelText('Client certificate file'), der);
    expect(await screen.findByRole('alert')).toHaveTextContent(/cert\.cer is binary/);
  });

  it('waits for the summary to load lazily and clears it with the field', async () => {
    const user = userEvent.setup();
    const { certificate } = renderPem();
    await user.click(certificate);
    await user.paste(pem.certificate);
    expect(await screen.findByText('Certificate')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear Client certificate' }));
    expect(certificate).toHaveValue('');
    await waitFor(() => expect(screen.queryByText('Certificate')).not.toBeInTheDocument());
  });
});
