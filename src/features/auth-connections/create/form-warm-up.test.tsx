// @vitest-environment jsdom
// The warm-up (form-warm-up.tsx) renders forms where nobody sees them and drops them: the page
// shows what it showed without it, and a pick afterwards shows one form. Against the real server
// in-process, with idle periods handed out by the test (tests/idle-periods.ts). The form page's
// warm-up has its own file: what a page load has warmed stays warm (module state and Emotion's
// styles), so each case needs a fresh page load.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { idlePeriod, insertedStyles, waitingForIdle } from '../../../../tests/idle-periods.ts';
import { setUpWarmUpPage } from '../../../../tests/warm-up-page.tsx';

const renderPage = setUpWarmUpPage();
const PEM_TEXT_AREA = 'resize:none';

it('renders the forms off the page in idle time on the empty page, then a pick shows one form', async () => {
  renderPage();
  // Nothing before the page's first frame.
  expect(waitingForIdle()).toBe(0);
  await screen.findByRole('radiogroup');
  const page = document.body.innerHTML;
  // The text area of the PEM fields (MUI's multiline input, the only one with `resize: none`): no
  // form has been shown yet that has one.
  expect(insertedStyles()).not.toContain(PEM_TEXT_AREA);

  // It starts after the first frame, in an idle period, and loads its steps then.
  await waitFor(() => expect(waitingForIdle()).toBe(1));
  await idlePeriod();
  await waitFor(() => expect(waitingForIdle()).toBe(1)); // the steps' first idle request

  // One form per idle period, then none: the page never changes, and nothing asks for more.
  let periods = 0;
  while (waitingForIdle() > 0 && periods < 10) {
    await idlePeriod();
    periods += 1;
    expect(document.body.innerHTML).toBe(page);
  }
  expect(periods).toBe(3);
  expect(insertedStyles()).toContain(PEM_TEXT_AREA);

  await userEvent.click(screen.getByRole('radio', { name: /^mTLS/ }));
  expect(await screen.findAllByRole('form')).toHaveLength(1);
  expect(screen.getByLabelText(/^Client certificate/, { selector: 'textarea' })).toBeVisible();
});
