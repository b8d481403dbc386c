// @vitest-environment jsdom
// When the PEM parser (a 200 kB chunk) is fetched: not for an empty field, but as soon as the
// admin comes to one, and never while offline (docs/decisions/0137).
import { act, render, screen, waitFor } from '@testing-library/react';
import { PemField } from './pem-field.tsx';
import { TestForm } from './test-form.tsx';

// Counts evaluations of the real parser module: the factory runs when something imports it.
const parser = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./pem-inspect.ts', async (importOriginal) => {
  parser.loads += 1;
  return importOriginal();
});

afterEach(() => vi.restoreAllMocks());

it('fetches the parser when the admin comes to an empty field, and not before or offline', async () => {
  render(
    <TestForm<{ client_certificate: string }> defaultValues={{ client_certificate: '' }}>
      {(control) => (
        <PemField
          control={control}
          name="client_certificate"
          label="Client certificate"
          kind="certificate"
        />
      )}
    </TestForm>,
  );
  const field = screen.getByRole('textbox', { name: /^Client certificate/ });
  // Well past the summary's 150 ms pause: an empty field has nothing to read.
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(parser.loads).toBe(0);

  const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  act(() => field.focus());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(parser.loads).toBe(0);

  offline.mockReturnValue(true);
  act(() => field.blur());
  act(() => field.focus());
  await waitFor(() => expect(parser.loads).toBe(1));
});
