// Two PEM fields (a certificate and a private key) in a test form, for the PEM field's component
// tests: returns the submit spy and both text areas.
import { render, screen } from '@testing-library/react';
import { PemField } from '../src/components/pem-field.tsx';
import type { PemInfo } from '../src/components/pem-inspect.ts';
import { TestForm } from '../src/components/test-form.tsx';

interface Values {
  client_certificate: string;
  client_key: string;
}

export function renderPemFields(onInspect?: (info: PemInfo) => void) {
  const onSubmit = vi.fn<(values: Values) => void>();
  render(
    <TestForm<Values>
      defaultValues={{ client_certificate: '', client_key: '' }}
      onSubmit={onSubmit}
    >
      {(control) => (
        <>
          <PemField
            control={control}
            name="client_certificate"
            label="Client certificate"
            kind="certificate"
            required
            onInspect={onInspect}
          />
          <PemField control={control} name="client_key" label="Client key" kind="private-key" />
        </>
      )}
    </TestForm>,
  );
  return {
    onSubmit,
    certificate: screen.getByRole('textbox', { name: /^Client certificate/ }),
    key: screen.getByRole('textbox', { name: /^Client key/ }),
  };
}
