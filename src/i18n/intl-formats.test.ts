// The Intl objects are made on first use, once: loading the modules that use them makes none
// (each first one costs tens of ms of a deep link at 4x CPU, docs/decisions/0119).
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

async function loadFresh() {
  vi.resetModules();
  const made = {
    collators: vi.spyOn(Intl, 'Collator'),
    dates: vi.spyOn(Intl, 'DateTimeFormat'),
    numbers: vi.spyOn(Intl, 'NumberFormat'),
  };
  const formats = await import('./intl-formats.ts');
  await import('../features/auth-connections/list/list-query.ts');
  await import('../features/auth-connections/list/list-toolbar.tsx');
  await import('../components/pem-summary.tsx');
  await import('../components/number-field.tsx');
  return { made, formats };
}

test('loading the modules that format names, dates and numbers makes no Intl object', async () => {
  const { made } = await loadFresh();
  expect(made.collators).not.toHaveBeenCalled();
  expect(made.dates).not.toHaveBeenCalled();
  expect(made.numbers).not.toHaveBeenCalled();
});

// What they compute is checked where they are used (the list's sort, the number field).
test('each Intl object is made on its first use and then reused', async () => {
  const { made, formats } = await loadFresh();
  const collator = formats.nameCollator();
  expect(formats.nameCollator()).toBe(collator);
  expect(made.collators).toHaveBeenCalledTimes(1);

  expect(formats.dateTimeFormat()).toBe(formats.dateTimeFormat());
  expect(made.dates).toHaveBeenCalledTimes(1);
});
