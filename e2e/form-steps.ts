// Steps on the connection forms that several journeys share: find a field by its label, store
// the mTLS connection a Replace journey starts from, and save a new connection, waiting for the
// server's answer to the create.
import type { Page } from '@playwright/test';
import { AUTH_CONNECTIONS_PATH, expect, type E2eApi } from './fixtures.ts';

/** A form field by its exact label; MUI marks a required one with a trailing "*". */
export const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label}\\s*\\*?$`)).and(page.locator('input, textarea'));

/** A stored mTLS connection of provider "bank", to be replaced (mTLS cannot be edited). */
export function storeBankMtls(
  api: E2eApi,
  name: string,
  pem: { certificate: string; key: string },
): Promise<{ id: string }> {
  return api.create({
    auth_type: 'mtls',
    name,
    provider: 'bank',
    client_certificate: pem.certificate,
    client_key: pem.key,
  });
}

/** Clicks the form's create button (Create connection, Create replacement): the POST succeeds. */
export async function submitCreate(page: Page, button: string): Promise<void> {
  const created = page.waitForResponse(
    (r) => r.url().endsWith(AUTH_CONNECTIONS_PATH) && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: button }).click();
  expect((await created).status()).toBe(200);
}
