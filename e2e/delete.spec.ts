// Deleting one connection: unused, used (typed confirmation), refused (rollback), by keyboard.
import {
  canary,
  expect,
  expectAccessible,
  openApp,
  rowLink,
  test,
  uniqueName,
} from './fixtures.ts';
import { tabTo, uniquePart } from './keyboard.ts';
import { screens, shot } from './screens.ts';

test('deletes an unused connection', async ({ page, api }) => {
  const name = uniqueName('Unused');
  const created = await api.create({
    auth_type: 'bearer_auth',
    name,
    provider: 'p',
    token: canary('token'),
  });
  await openApp(page, `/?q=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await expect(dialog).toContainText('Nothing uses this connection.');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(rowLink(page, name)).toHaveCount(0);
  await expect.poll(async () => (await api.list()).some((c) => c.id === created.id)).toBe(false);
});

test('deleting a used connection lists its dependents and asks for its name', async ({
  page,
  api,
}) => {
  const name = uniqueName('Shared');
  const created = await api.create({
    auth_type: 'bearer_auth',
    name,
    provider: 'p',
    token: canary('token'),
  });
  const attach = (
    kind: 'tool' | 'mcp_server' | 'integration_connection',
    dep: string,
    extra = {},
  ) => api.attachDependent({ auth_connection_id: created.id, kind, name: dep, ...extra });
  await attach('tool', 'Look up order', { access_level: 'editor' });
  await attach('mcp_server', 'CRM server', { access_level: 'admin' });
  await attach('integration_connection', 'Nightly sync');
  await attach('tool', 'Private tool', { hidden: true });

  await openApp(page, `/?q=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  const region = dialog.getByRole('region', { name: 'What depends on it' });
  await expect(region.getByRole('heading')).toHaveText([
    'Tools (1)',
    'MCP servers (1)',
    'Integrations (1)',
    'Not visible to you',
  ]);
  await expect(region).toContainText('Look up order');
  await expect(region).toContainText('CRM server');
  await expect(region).toContainText('Nightly sync');
  await expect(region).toContainText("1 you can't see");
  await expect(region).not.toContainText('Private tool');

  const del = dialog.getByRole('button', { name: 'Delete' });
  await expect(del).toBeDisabled();
  await expectAccessible(page);
  await shot(page, 'delete-dialog-light', { fullPage: false });
  await dialog.getByRole('textbox', { name: `Type “${name}” to confirm` }).fill(name.toUpperCase());
  await expect(del).toBeDisabled();
  await dialog.getByRole('textbox', { name: `Type “${name}” to confirm` }).fill(name);
  await expect(del).toBeEnabled();
  await del.click();
  await expect(rowLink(page, name)).toHaveCount(0);
  await expect.poll(async () => (await api.list()).some((c) => c.id === created.id)).toBe(false);
});

test('the delete dialog passes axe in the dark theme too', async ({ page, api }) => {
  const name = uniqueName('Dark');
  const created = await api.create({
    auth_type: 'bearer_auth',
    name,
    provider: 'p',
    token: canary('token'),
  });
  await api.attachDependent({ auth_connection_id: created.id, kind: 'tool', name: 'Some tool' });
  await openApp(page, `/?q=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'delete-dialog-dark', { fullPage: false });
});

test('a refused delete puts the row back and says why', async ({ page, api }) => {
  const name = uniqueName('Refused');
  const created = await api.create({
    auth_type: 'bearer_auth',
    name,
    provider: 'p',
    token: canary('token'),
  });
  // Fake (a fault the real server cannot produce on demand): this DELETE answers 500 once the
  // test has seen the row leave the list.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/v1/workspace/auth-connections/${created.id}`, async (route) => {
    if (route.request().method() !== 'DELETE') return route.fallback();
    await held;
    await route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({
        detail: { status: 'internal_error', message: 'Database is locked.' },
      }),
    });
  });
  await openApp(page, `/?q=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(rowLink(page, name)).toHaveCount(0);
  release();
  await expect(page.getByRole('alert')).toContainText(`“${name}” was not deleted`);
  await expect(rowLink(page, name)).toBeVisible();
  expect((await api.list()).some((c) => c.id === created.id)).toBe(true);
});

test('keyboard only: find a connection, open its delete dialog, delete it', async ({
  page,
  api,
}) => {
  const name = uniqueName('Keyboard');
  const created = await api.create({
    auth_type: 'basic_auth',
    name,
    provider: 'kb',
    username: 'u',
    password: canary('password'),
  });
  await api.attachDependent({ auth_connection_id: created.id, kind: 'tool', name: 'Some tool' });
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Auth connections', level: 1 })).toBeVisible();

  // Tab to the search box, type the name's unique part, then tab to the row's delete button.
  await tabTo(page, page.getByRole('searchbox', { name: 'Search' }));
  await page.keyboard.type(uniquePart(name));
  await expect(rowLink(page, name)).toBeVisible();
  const del = page.getByRole('button', { name: `Delete “${name}”` });
  await tabTo(page, del);
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  const confirm = dialog.getByRole('textbox', { name: `Type “${name}” to confirm` });
  await expect(confirm).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(rowLink(page, name)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Auth connections', level: 1 })).toBeFocused();
  await expect.poll(async () => (await api.list()).some((c) => c.id === created.id)).toBe(false);
});

test('a connection someone else changed after the list loaded is not deleted: the conflict notice shows their values', async ({
  page,
  api,
}) => {
  const name = uniqueName('Changed');
  const created = await api.create({
    auth_type: 'bearer_auth',
    name,
    provider: 'mine',
    token: canary('token'),
  });
  await openApp(page, `/?q=${encodeURIComponent(name)}`);
  await expect(rowLink(page, name)).toBeVisible();
  const patched = await api.request.patch(`/v1/workspace/auth-connections/${created.id}`, {
    data: { auth_type: 'bearer_auth', provider: 'theirs' },
  });
  expect(patched.status()).toBe(200);

  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  await page
    .getByRole('dialog', { name: `Delete “${name}”?` })
    .getByRole('button', { name: 'Delete' })
    .click();
  const notice = page.getByRole('alert', { name: 'Someone else changed this connection' });
  await expect(notice).toContainText(`“${name}” was not deleted`);
  await expect(notice.getByRole('list', { name: 'What they changed' })).toHaveText(
    'Provider: mine → theirs',
  );
  await expect(rowLink(page, name)).toBeVisible();
  await screens(page, 'delete-conflict', { fullPage: false });
  expect((await api.list()).some((c) => c.id === created.id)).toBe(true);

  await notice.getByRole('button', { name: 'Review and delete' }).click();
  await page
    .getByRole('dialog', { name: `Delete “${name}”?` })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(rowLink(page, name)).toHaveCount(0);
  await expect(notice).toHaveCount(0);
  await expect.poll(async () => (await api.list()).some((c) => c.id === created.id)).toBe(false);
});
