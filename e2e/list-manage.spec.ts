// The list as an admin uses it: search, filters and sort in the URL, bulk delete, accessibility.
// Every test works on connections named with its own unique prefix and searches for it, because
// other journeys share the server (and the list pages at 25 rows).
import type { Page } from '@playwright/test';
import {
  canary,
  expect,
  expectAccessible,
  openApp,
  test,
  uniqueName,
  type E2eApi,
} from './fixtures.ts';
import { screens, shot } from './screens.ts';

async function seed(api: E2eApi, prefix: string) {
  const make = (suffix: string, body: Record<string, unknown>) =>
    api.create({ name: `${prefix} ${suffix}`, provider: 'acme', ...body });
  const bearer = await make('bearer', { auth_type: 'bearer_auth', token: canary('token') });
  const basic = await make('basic', {
    auth_type: 'basic_auth',
    username: 'svc',
    password: canary('password'),
  });
  const header = await make('header', {
    auth_type: 'custom_header_auth',
    header_name: 'x-api-key',
    token: canary('token'),
  });
  await api.attachDependent({
    auth_connection_id: bearer.id,
    kind: 'tool',
    name: 'Forecast',
    access_level: 'editor',
  });
  await api.attachDependent({
    auth_connection_id: bearer.id,
    kind: 'mcp_server',
    name: 'Private',
    hidden: true,
  });
  return { bearer, basic, header };
}

const table = (page: Page) => page.getByRole('table', { name: 'Auth connections' });
const rowNames = (page: Page) =>
  table(page).getByRole('rowheader').getByRole('link').allTextContents();

test('search, filters and sort live in the URL: they survive reload and the back button', async ({
  page,
  api,
}) => {
  const prefix = uniqueName('Filters');
  await seed(api, prefix);
  await openApp(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill(prefix);
  await expect
    .poll(() => rowNames(page))
    .toEqual([`${prefix} basic`, `${prefix} bearer`, `${prefix} header`]);
  await expect(page).toHaveURL(
    new RegExp(`[?&]q=${encodeURIComponent(prefix).replace(/%20/g, '\\+')}`),
  );

  await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Bearer token' });
  await expect.poll(() => rowNames(page)).toEqual([`${prefix} bearer`]);
  await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'All types' });
  await page.getByRole('switch', { name: 'Unused only' }).check();
  await page.getByRole('button', { name: 'Name' }).click(); // already ascending: now descending
  await expect.poll(() => rowNames(page)).toEqual([`${prefix} header`, `${prefix} basic`]);
  await expect(page).toHaveURL(/unused=1/);
  await expect(page).toHaveURL(/dir=desc/);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(prefix);
  await expect(page.getByRole('switch', { name: 'Unused only' })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect.poll(() => rowNames(page)).toEqual([`${prefix} header`, `${prefix} basic`]);
  await expect(page.locator('body')).not.toContainText('e2e-canary');

  // Back undoes the sort, then the "unused" filter.
  await page.goBack();
  await expect.poll(() => rowNames(page)).toEqual([`${prefix} basic`, `${prefix} header`]);
  await page.goBack();
  await expect(page.getByRole('switch', { name: 'Unused only' })).not.toBeChecked();
  await expect.poll(() => rowNames(page)).toHaveLength(3);
});

test('the used-by count marks dependents the admin cannot see, and the status detail shows on focus', async ({
  page,
  api,
}) => {
  const prefix = uniqueName('Used by');
  await seed(api, prefix);
  await openApp(page, `/?q=${encodeURIComponent(prefix)}`);
  const row = table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `${prefix} bearer` }) });
  const count = row.getByText('2', { exact: true });
  await count.focus();
  await expect(page.getByRole('tooltip')).toHaveText("1 tool, 1 you can't see");
  await expect(row.getByRole('link')).toHaveAttribute('href', /^\/connections\/ac_/);
});

test('the list, filtered and with no matches, passes axe in both themes', async ({ page, api }) => {
  const prefix = uniqueName('Axe list');
  await seed(api, prefix);
  await openApp(page, `/?q=${encodeURIComponent(prefix)}`);
  await expect.poll(() => rowNames(page)).toHaveLength(3);
  await expectAccessible(page);
  await screens(page, 'list-filtered');

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Revoked' });
  await expect(page.getByRole('heading', { name: 'No connections match' })).toBeVisible();
  await expectAccessible(page);
  await screens(page, 'list-no-matches');
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  await expect(page).toHaveURL(/\/$/);
  await screens(page, 'list-all');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expectAccessible(page);
});

test('bulk delete removes the selected unused connections after one confirmation', async ({
  page,
  api,
}) => {
  const prefix = uniqueName('Bulk');
  const { bearer } = await seed(api, prefix);
  await openApp(page, `/?q=${encodeURIComponent(prefix)}`);
  await expect(
    page.getByRole('checkbox', {
      name: `Select “${prefix} bearer” (in use: delete it on its own)`,
    }),
  ).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Select all unused connections on this page' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Delete selected' }).click();

  const dialog = page.getByRole('dialog', { name: 'Delete 2 connections?' });
  await expect(
    dialog.getByRole('list', { name: 'Connections to delete' }).getByRole('listitem'),
  ).toHaveText([`${prefix} basicBasic`, `${prefix} headerCustom header`]);
  await expectAccessible(page);
  await shot(page, 'bulk-delete-dialog-light', { fullPage: false });
  // The theme switch sits behind the modal: close, switch, reopen.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expectAccessible(page);
  await shot(page, 'bulk-delete-dialog-dark', { fullPage: false });
  await dialog.getByRole('button', { name: 'Delete 2 connections' }).click();

  await expect.poll(() => rowNames(page)).toEqual([`${prefix} bearer`]);
  await expect
    .poll(async () => (await api.list()).filter((c) => c.name.startsWith(prefix)).map((c) => c.id))
    .toEqual([bearer.id]);
});
