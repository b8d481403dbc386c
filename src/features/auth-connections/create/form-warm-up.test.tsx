// @vitest-environment jsdom
// The warm-up (form-warm-up.tsx) renders forms where nobody sees them and drops them: the page
// shows what it showed without it, and a pick afterwards shows one form. Against the real server
// in-process; idle time is the one thing jsdom lacks, so the test hands out idle periods itself.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { CreateAuthType } from '../../../../contract/index.ts';
import {
  createInProcessServer,
  type InProcessServer,
} from '../../../../tests/in-process-server.ts';
import { renderWithApi } from '../../../../tests/render-with-api.tsx';
import { CreateConnectionPage } from './create-connection-page.tsx';

let server: InProcessServer;
const waitingForIdle: IdleRequestCallback[] = [];
beforeEach(() => {
  server = createInProcessServer();
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => waitingForIdle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  server.close();
});

/** One idle period: runs what waits for it, and lets React finish what that started. */
async function idlePeriod() {
  expect(waitingForIdle.length).toBeGreaterThan(0);
  await act(async () => {
    for (const run of waitingForIdle.splice(0)) run({ didTimeout: false, timeRemaining: () => 40 });
    await Promise.resolve();
  });
}

function Page() {
  const [authType, setAuthType] = useState<CreateAuthType | null>(null);
  return (
    <CreateConnectionPage
      authType={authType}
      onAuthTypeChange={setAuthType}
      onCreated={() => {}}
      onCancel={() => {}}
    />
  );
}

/** The CSS Emotion has inserted so far (class names carry MUI's labels outside production). */
const insertedStyles = () =>
  [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');

it('renders the forms off the page in idle time, then a pick shows one form', async () => {
  renderWithApi(<Page />, { baseUrl: server.baseUrl, fetch: server.fetch, apiKey: server.apiKey });
  const page = document.body.innerHTML;
  expect(insertedStyles()).not.toContain('MuiOutlinedInput-root');

  await idlePeriod(); // renders them
  await waitFor(() => expect(insertedStyles()).toContain('MuiOutlinedInput-root'));
  expect(document.body.innerHTML).toBe(page);
  await idlePeriod(); // drops them
  expect(document.body.innerHTML).toBe(page);
  expect(waitingForIdle).toHaveLength(0); // and asks for no more

  await userEvent.click(screen.getByRole('radio', { name: /^mTLS/ }));
  expect(await screen.findAllByRole('form')).toHaveLength(1);
  expect(screen.getByLabelText(/^Client certificate/, { selector: 'textarea' })).toBeVisible();
});
