// Edit in Chromium against the real server: rotate a bearer token, change OAuth2 client
// credentials fields, confirm when others depend on it, and check through the API (and the PATCH
// body itself) that only what changed was sent.
import type { Page, Request } from '@playwright/test';
import { screens } from './screens.ts';
import { canary, expect, expectAccessible, openApp, test, uniqueName } from './fixtures.ts';
import { field } from './form-steps.ts';

function patchOf(page: Page, id: string): Promise<Request> {
  return page.waitForRequest(
    (r) => r.method() === 'PATCH' && r.url().endsWith(`/v1/workspace/auth-connections/${id}`),
  );
}

test('rotating a bearer token sends only the token', async ({ page, api }) => {
  const name = uniqueName('Weather');
  const rotated = canary('token');
  const { id } = await api.create({
    auth_type: 'bearer_auth',
    name,
    provider: 'weather',
    token: canary('token'),
  });
  await openApp(page, `/connections/${id}`);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(new RegExp(`/connections/${id}/edit$`));
  await expect(page.getByRole('heading', { name: `Edit ${name}` })).toBeVisible();

  const nameField = field(page, 'Name');
  await expect(nameField).toHaveValue(name);
  await expect(nameField).toHaveAttribute('readonly', '');
  await expect(page.getByText(/Can.t be changed after creation/)).toBeVisible();
  await expect(field(page, 'Token')).toHaveValue('');
  await expect(page.getByText(/Token: stored, write-only/)).toBeVisible();
  await expectAccessible(page);

  // Nothing typed: nothing to send.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Nothing to save: no field has changed.')).toBeVisible();

  await field(page, 'Token').fill(rotated);
  await expect(page.getByText('Token: will be replaced when you save.')).toBeVisible();
  await page.getByRole('button', { name: 'Keep the stored token' }).click();
  await expect(field(page, 'Token')).toHaveValue('');
  await field(page, 'Token').fill(rotated);
  await screens(page, 'edit-bearer');

  const patch = patchOf(page, id);
  await page.getByRole('button', { name: 'Save changes' }).click();
  expect((await patch).postDataJSON()).toEqual({
    auth_type: 'bearer_auth',
    token: rotated,
  });
  await expect(page).toHaveURL(new RegExp(`/connections/${id}\\?saved=1$`));
  await expect(page.getByText('Changes saved.')).toBeVisible();
  const stored = (await api.list()).find((c) => c.id === id);
  expect(stored).toMatchObject({ name, provider: 'weather', auth_type: 'bearer_auth' });
  expect(JSON.stringify(stored)).not.toContain(rotated);
});

test('OAuth2 client credentials: only changed fields go out, after the dependents confirm', async ({
  page,
  api,
}) => {
  const name = uniqueName('CRM');
  const { id } = await api.create({
    auth_type: 'oauth2_client_credentials',
    name,
    provider: 'salesforce',
    client_id: 'client-abc',
    client_secret: canary('client_secret'),
    token_url: 'https://login.example.com/oauth2/token',
    scopes: ['api'],
    custom_headers: { 'X-Tenant': 't1', 'X-Env': 'prod' },
  });
  await api.attachDependent({
    auth_connection_id: id,
    kind: 'tool',
    name: 'Lookup customer',
    access_level: 'editor',
  });
  await api.attachDependent({
    auth_connection_id: id,
    kind: 'mcp_server',
    name: 'Hidden MCP',
    hidden: true,
  });

  await openApp(page, `/connections/${id}/edit`);
  await expect(field(page, 'Client ID')).toHaveValue('client-abc');
  await expect(field(page, 'Token URL')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('textbox', { name: /^Header \d$/ })).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Header 2' })).toHaveValue('X-Env');

  await field(page, 'Client ID').fill('client-def');
  const newSecret = canary('client_secret');
  await field(page, 'Client secret').fill(newSecret);
  await page.getByRole('button', { name: 'Remove row 2' }).click();

  await page.getByRole('button', { name: 'Save changes' }).click();
  const dialog = page.getByRole('dialog', { name: `Save changes to ${name}?` });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByText(/These 2 will use the new values on their next call/),
  ).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Tools' }).getByRole('listitem')).toHaveText([
    /Lookup customer\s*Editor access/,
  ]);
  await expect(dialog.getByText("1 you can't see")).toBeVisible();
  await expectAccessible(page);
  await screens(page, 'edit-confirm-dialog', { fullPage: false });

  const patch = patchOf(page, id);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  expect((await patch).postDataJSON()).toEqual({
    auth_type: 'oauth2_client_credentials',
    client_id: 'client-def',
    client_secret: newSecret,
    custom_headers: { 'X-Tenant': 't1' },
  });
  await expect(page.getByText('Changes saved.')).toBeVisible();
  expect((await api.list()).find((c) => c.id === id)).toMatchObject({
    name,
    provider: 'salesforce',
    client_id: 'client-def',
    token_url: 'https://login.example.com/oauth2/token',
    scopes: ['api'],
    custom_headers: { 'X-Tenant': 't1' },
  });
});

test('leaving with unsaved changes asks first', async ({ page, api }) => {
  const { id } = await api.create({
    auth_type: 'basic_auth',
    name: uniqueName('Legacy'),
    provider: 'legacy',
    username: 'u',
    password: canary('password'),
  });
  await openApp(page, `/connections/${id}/edit`);
  await field(page, 'Username').fill('someone-else');
  await page.getByRole('link', { name: 'Back to the connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await screens(page, 'edit-leave-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page).toHaveURL(new RegExp(`/connections/${id}/edit$`));
  await expect(field(page, 'Username')).toHaveValue('someone-else');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(new RegExp(`/connections/${id}$`));
  expect((await api.list()).find((c) => c.id === id)).toMatchObject({ username: 'u' });
});

test('the browser Back button asks too, and keeps what was typed', async ({ page, api }) => {
  const name = uniqueName('Back');
  const { id } = await api.create({
    auth_type: 'basic_auth',
    name,
    provider: 'legacy',
    username: 'u',
    password: canary('password'),
  });
  await openApp(page, `/connections/${id}`);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(new RegExp(`/connections/${id}/edit$`));
  await field(page, 'Username').fill('typed-before-back');

  await page.goBack();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/connections/${id}/edit$`));
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(field(page, 'Username')).toHaveValue('typed-before-back');

  await page.goBack();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(new RegExp(`/connections/${id}$`));
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  expect((await api.list()).find((c) => c.id === id)).toMatchObject({ username: 'u' });
});
