// @vitest-environment jsdom
// Typed secrets stay in the inputs' value property, never in the HTML (value attribute or
// textarea text), and what the form submits is unchanged.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PemField } from './pem-field.tsx';
import { SecretField } from './secret-field.tsx';
import { TestForm } from './test-form.tsx';

interface Values {
  password: string;
  client_certificate: string;
}

const SECRET = 'CANARY_password_unit';
const CERT = '-----BEGIN CERTIFICATE-----\nCANARYcertificatebodyline\n-----END CERTIFICATE-----\n';

test('typed and pasted secrets never reach the HTML', async () => {
  const user = userEvent.setup();
  const onSubmit = vi.fn<(values: Values) => void>();
  const { container } = render(
    <TestForm<Values> defaultValues={{ password: '', client_certificate: '' }} onSubmit={onSubmit}>
      {(control) => (
        <>
          <SecretField control={control} name="password" label="Password" />
          <PemField
            control={control}
            name="client_certificate"
            label="Certificate"
            kind="certificate"
          />
          <button type="submit">Save</button>
        </>
      )}
    </TestForm>,
  );
  const password = screen.getByLabelText(/^Password/);
  await user.type(password, SECRET);
  const certificate = screen.getByRole('textbox', { name: /^Certificate/ });
  await user.click(certificate);
  await user.paste(CERT);

  expect(password).toHaveValue(SECRET);
  expect(certificate).toHaveValue(CERT);
  expect(container.innerHTML).not.toContain('CANARY');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(onSubmit).toHaveBeenCalledWith({ password: SECRET, client_certificate: CERT });
});
