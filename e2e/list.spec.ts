import {
  E2E_API_KEY,
  canary,
  expect,
  expectAccessible,
  openApp,
  test,
  uniqueName,
} from './fixtures.ts';

test('takes the key from the URL fragment and removes it from the address bar', async ({
  page,
}) => {
  // React's heading, not the picture's (0135): the app, not the HTML, takes the key.
  const heading = page
    .locator('#root')
    .getByRole('heading', { name: 'Auth connections', level: 1 });
  await openApp(page, '/');
  await expect(heading).toBeVisible();
  expect(page.url()).not.toContain(E2E_API_KEY);
  expect(new URL(page.url()).hash).toBe('');
  // Kept for this tab only, so a reload still works; never in localStorage.
  const storage = await page.evaluate(() => ({
    local: JSON.stringify(localStorage),
    session: JSON.stringify(sessionStorage),
  }));
  expect(storage.local).not.toContain(E2E_API_KEY);
  expect(storage.session).toContain(E2E_API_KEY);
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(page.getByLabel(/^API key/)).toHaveCount(0);
});

test('asks for the key when there is none, and refuses a wrong one', async ({ page }) => {
  await page.goto('/');
  const keyField = page.getByLabel(/^API key/);
  await expect(keyField).toBeVisible();
  await keyField.fill('not-the-key');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByText('The server did not accept this key.')).toBeVisible();
  await keyField.fill(E2E_API_KEY);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('heading', { name: 'Auth connections', level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test('lists a connection created through the API, with what uses it', async ({ page, api }) => {
  const name = uniqueName('Weather API');
  const token = canary('token');
  const created = await api.create({
    auth_type: 'bearer_auth',
    name,
    provider: 'weather',
    token,
  });
  await api.attachDependent({ auth_connection_id: created.id, kind: 'tool', name: 'Forecast' });
  await api.attachDependent({
    auth_connection_id: created.id,
    kind: 'mcp_server',
    name: 'Hidden',
    hidden: true,
  });

  // Searched for, because the list pages at 25 rows and other journeys share the server.
  await openApp(page, `/?q=${encodeURIComponent(name)}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toBeVisible();
  // Cells after the row header: selection box first, then type, provider, status, used by.
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^Bearer token/);
  await expect(row.getByRole('cell').nth(2)).toHaveText('weather');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Active');
  await expect(row.getByRole('cell').nth(4)).toHaveText('2');
  await expect(page.locator('body')).not.toContainText(token);

  await expectAccessible(page);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  await expectAccessible(page);
});

test('"New connection" opens /new inside the app', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'New connection' }).click();
  await expect(page).toHaveURL(/\/new$/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Auth connections', level: 1 })).toBeVisible();
});
