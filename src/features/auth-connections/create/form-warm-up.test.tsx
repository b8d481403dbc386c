// @vitest-environment jsdom
// The warm-up (form-warm-up.tsx) renders forms where nobody sees them and drops them: the page
// shows what it showed without it, and a pick afterwards shows one form. Against the real server
// in-process; idle time is the one thing jsdom lacks, so the test hands out idle periods itself.
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { CreatePageHost } from '../../../../tests/create-page-host.tsx';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';

let server: InProcessServer;
const waitingForIdle = new Map<number, IdleRequestCallback>();
let lastHandle = 0;
beforeEach(() => {
  server = createInProcessServer();
  waitingForIdle.clear();
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => {
    waitingForIdle.set(++lastHandle, run);
    return lastHandle;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => waitingForIdle.delete(handle));
});
afterEach(() => {
  cleanup(); // unmounts while the stubs are still there to cancel with
  vi.unstubAllGlobals();
  server.close();
});

/** One idle period: runs what waits for it, and lets React finish what that started. */
async function idlePeriod() {
  await act(async () => {
    const due = [...waitingForIdle.values()];
    waitingForIdle.clear();
    for (const run of due) run({ didTimeout: false, timeRemaining: () => 40 });
    await Promise.resolve();
  });
}

/** The CSS Emotion has inserted so far (class names carry MUI's labels outside production). */
const insertedStyles = () =>
  [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');

// First: the warm-up runs once per page load (module state), and this test must not run it.
it('waits on a form page until the pointer or focus comes to the picker, and stops when it goes', async () => {
  renderWithApi(<CreatePageHost initial="basic_auth" />, {
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    apiKey: server.apiKey,
  });
  await screen.findByRole('form');
  expect(waitingForIdle.size).toBe(0);
  const mtls = screen.getByRole('radio', { name: /^mTLS/ });
  await userEvent.hover(mtls);
  expect(waitingForIdle.size).toBe(1);
  await userEvent.unhover(mtls);
  expect(waitingForIdle.size).toBe(0); // its idle request went with it
  act(() => mtls.focus());
  expect(waitingForIdle.size).toBe(1);
  act(() => screen.getByLabelText(/^Name/).focus());
  expect(waitingForIdle.size).toBe(0);
});

it('renders the forms off the page in idle time on the empty page, then a pick shows one form', async () => {
  renderWithApi(<CreatePageHost />, {
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    apiKey: server.apiKey,
  });
  const page = document.body.innerHTML;
  // The algorithm select of OAuth2 JWT: no form has been shown yet that has one.
  expect(insertedStyles()).not.toContain('MuiSelect-select');

  // One form per idle period, then none: the page never changes, and nothing asks for more.
  let periods = 0;
  while (waitingForIdle.size > 0 && periods < 10) {
    await idlePeriod();
    periods += 1;
    expect(document.body.innerHTML).toBe(page);
  }
  expect(periods).toBe(3);
  expect(insertedStyles()).toContain('MuiSelect-select');

  await userEvent.click(screen.getByRole('radio', { name: /^mTLS/ }));
  expect(await screen.findAllByRole('form')).toHaveLength(1);
  expect(screen.getByLabelText(/^Client certificate/, { selector: 'textarea' })).toBeVisible();
});
