// @vitest-environment jsdom
// The warm-up on a form page (form-warm-up.tsx): once the page is painted and idle, it renders
// the fields other types show first and this page does not, one per idle period, off the page;
// the page never changes, and a switch afterwards shows one form. A file of its own, for a fresh
// page load (see form-warm-up.test.tsx).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { idlePeriod, insertedStyles, waitingForIdle } from '../../../../tests/idle-periods.ts';
import { setUpWarmUpPage } from '../../../../tests/warm-up-page.tsx';
import { fieldSections } from '../form/field-order.ts';

const renderPage = setUpWarmUpPage();
const PEM_TEXT_AREA = 'resize:none';

it('renders the other types’ first fields off the page, one per idle period, then stops', async () => {
  renderPage('oauth2_client_credentials');
  // Before the page's first frame the warm-up asks for nothing.
  expect(waitingForIdle()).toBe(0);
  // The optional section is the form's second pass: after it, the page is complete.
  await screen.findByRole('region', { name: 'Optional settings' });
  await waitFor(() => expect(waitingForIdle()).toBe(1));
  await idlePeriod();
  await waitFor(() => expect(waitingForIdle()).toBe(1));

  const page = document.body.innerHTML;
  // The PEM fields (mTLS) are not on this page: nor is their text area, MUI's multiline input,
  // the only one with `resize: none`.
  expect(insertedStyles()).not.toContain(PEM_TEXT_AREA);
  let periods = 0;
  while (waitingForIdle() > 0 && periods < 20) {
    await idlePeriod();
    periods += 1;
    expect(document.body.innerHTML).toBe(page);
  }
  expect(waitingForIdle()).toBe(0);
  // One period per field that mTLS or OAuth2 JWT shows first and this page does not, one for
  // mTLS's key check, and the last, which renders nothing.
  const onPage = ['name', 'provider', ...fieldSections('oauth2_client_credentials').credentials];
  const fields = new Set(
    [...fieldSections('mtls').credentials, ...fieldSections('oauth2_jwt').credentials].filter(
      (field) => !onPage.includes(field),
    ),
  );
  expect(periods).toBe(fields.size + 2);
  expect(insertedStyles()).toContain(PEM_TEXT_AREA);

  await userEvent.click(screen.getByRole('radio', { name: /^mTLS/ }));
  await waitFor(() =>
    expect(screen.getByLabelText(/^Client certificate/, { selector: 'textarea' })).toBeVisible(),
  );
  expect(screen.getAllByRole('form')).toHaveLength(1);
});
