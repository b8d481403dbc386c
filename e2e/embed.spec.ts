// The component inside the example host (examples/host, built from the packed tarball and served
// by the real server): the host's theme, router, auth header and session renewal around the
// create -> detail -> delete journey. Runs with playwright.embed.config.ts.
import type { Page } from '@playwright/test';
import { canary, E2E_API_KEY, expect, rowLink, test, uniqueName } from './fixtures.ts';
import { shot } from './screens.ts';
import { field } from './form-steps.ts';

/** examples/host/src/theme.ts: Acme's teal, in light and in dark mode. */
const ACME_PRIMARY = { light: 'rgb(15, 118, 110)', dark: 'rgb(45, 212, 191)' };
const LIST_PATH = '/v1/workspace/auth-connections';

async function signIn(page: Page, key = E2E_API_KEY) {
  await page.getByLabel('Workspace API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const background = (page: Page, name: string) =>
  page
    .getByRole('button', { name, exact: true })
    .evaluate((el) => getComputedStyle(el).backgroundColor);

test('create, open and delete a connection inside the host, in its theme and with its header', async ({
  page,
  api,
}) => {
  const name = uniqueName('Embedded');
  const token = canary('token');
  await page.goto('/settings/auth-connections');
  const firstList = page.waitForRequest((r) => r.url().endsWith(LIST_PATH) && r.method() === 'GET');
  await signIn(page);

  // The host's own header went out with the component's request, and the server accepted it.
  const request = await firstList;
  const headers = await request.allHeaders();
  expect(headers['xi-api-key']).toBe(E2E_API_KEY);
  expect(headers['x-acme-client']).toBe('settings-example/1.0');
  expect((await request.response())?.status()).toBe(200);

  await expect(page.getByRole('heading', { name: 'Auth connections', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Auth connections' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByRole('link', { name: 'New connection' }).first().click();
  await expect(page).toHaveURL(/\/settings\/auth-connections\/new$/);
  await page.getByRole('radio', { name: /^Bearer token/ }).check();
  await expect(page).toHaveURL(/\/settings\/auth-connections\/new\?type=bearer_auth$/);
  await field(page, 'Name').fill(name);
  await field(page, 'Provider').fill('acme');
  await field(page, 'Token').fill(token);

  // The component's primary button is in the host's primary colour, in both of its modes.
  expect(await background(page, 'Create connection')).toBe(ACME_PRIMARY.light);
  await shot(page, 'embed-host-create-light');
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect.poll(() => background(page, 'Create connection')).toBe(ACME_PRIMARY.dark);
  await shot(page, 'embed-host-create-dark');
  await page.getByRole('button', { name: 'Switch to light mode' }).click();

  await page.getByRole('button', { name: 'Create connection' }).click();
  await expect(page).toHaveURL(/\/settings\/auth-connections\?created=/);
  // onCreated reached the host, which shows its own notice.
  await expect(page.getByText(`Acme: “${name}” was added`)).toBeVisible();
  await shot(page, 'embed-host-list-light');

  await rowLink(page, name).click();
  await expect(page).toHaveURL(/\/settings\/auth-connections\/connections\/[^/]+$/);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await shot(page, 'embed-host-detail-dark');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/auth-connections$/);
  await expect(page.getByText('Acme: an auth connection was removed')).toBeVisible();
  expect((await api.list()).map((c) => c.name)).not.toContain(name);
});

test('tabs and the back button: the component keeps its place under the host base path', async ({
  page,
  api,
}) => {
  const name = uniqueName('History');
  const created = await api.create({
    auth_type: 'bearer_auth',
    name,
    provider: 'acme',
    token: canary('token'),
  });
  await page.goto('/settings/general');
  await signIn(page);
  await expect(page.getByRole('textbox', { name: 'Workspace name' })).toBeVisible();

  await page.getByRole('tab', { name: 'Members' }).click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await page.getByRole('tab', { name: 'Auth connections' }).click();
  await expect(page).toHaveURL(/\/settings\/auth-connections$/);
  await page.getByRole('searchbox', { name: 'Search' }).fill(name);
  await expect(page).toHaveURL(/\/settings\/auth-connections\?q=/);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(
    new RegExp(`/settings/auth-connections/connections/${encodeURIComponent(created.id)}$`),
  );
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  // Back: the list with its search, the list, then the host's previous tab.
  await page.goBack();
  await expect(page).toHaveURL(/\/settings\/auth-connections\?q=/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(name);
  await page.goBack();
  await expect(page).toHaveURL(/\/settings\/auth-connections$/);
  await expect(page.getByRole('heading', { name: 'Auth connections', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(page.getByRole('tab', { name: 'Members' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();

  // Forward again lands on the component's screen; a host tab click leaves it for good.
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(page).toHaveURL(/\/settings\/general$/);
  await expect(page.getByRole('heading', { name, level: 1 })).toHaveCount(0);
});

test('a 401 calls the host, which renews its session', async ({ page }) => {
  await page.goto('/settings/auth-connections');
  await signIn(page, 'an-expired-session-key');
  const dialog = page.getByRole('dialog', { name: 'Session expired' });
  await expect(dialog).toBeVisible();
  await shot(page, 'embed-host-session-expired');
  await dialog.getByLabel('Workspace API key').fill(E2E_API_KEY);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  // The list asked again with the renewed session's header; the refusal is gone.
  await expect(page.getByRole('heading', { name: 'Auth connections', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reconnect' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'New connection' }).first()).toBeVisible();
});
