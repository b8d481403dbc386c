// @vitest-environment jsdom
// When the PEM parser (a 200 kB chunk) is fetched: not for an empty field, but as soon as the
// admin comes to one, and never while offline (docs/decisions/0137).
import { act, waitFor } from '@testing-library/react';
import { renderPemFields } from '../../tests/pem-fields.tsx';

// Counts evaluations of the real parser module: the factory runs when something imports it.
const parser = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./pem-inspect.ts', async (importOriginal) => {
  parser.loads += 1;
  return importOriginal();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('fetches the parser when the admin comes to an empty field, and not before or offline', async () => {
  // Fake timers run the summary's 150 ms pause at once; dynamicImportSettled then waits for any
  // import that a timer or a focus started, so "nothing loaded" is checked, not slept on.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const field = renderPemFields().certificate;
  act(() => vi.advanceTimersByTime(1000));
  await vi.dynamicImportSettled();
  expect(parser.loads).toBe(0);
  vi.useRealTimers();

  const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  act(() => field.focus());
  await vi.dynamicImportSettled();
  expect(parser.loads).toBe(0);

  offline.mockReturnValue(true);
  act(() => field.blur());
  act(() => field.focus());
  await waitFor(() => expect(parser.loads).toBe(1));
});
