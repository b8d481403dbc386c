// Two admins, one connection, in Chromium against the real server: the connection changes through
// the API while the edit form is open, the save's If-Match is stale, the server answers 412, and
// the conflict notice re-bases the form on their version without losing what was typed
// (docs/decisions/0070).
import type { Request } from '@playwright/test';
import { authConnectionEtag } from '../contract/etag.ts';
import { screens } from './screens.ts';
import {
  AUTH_CONNECTIONS_PATH,
  canary,
  expect,
  expectAccessible,
  openApp,
  recordResponseBody,
  test,
  uniqueName,
} from './fixtures.ts';
import { field } from './form-steps.ts';

test('a stale save gets a conflict notice; reload keeps the typed values; saving again works', async ({
  page,
  api,
}, testInfo) => {
  const name = uniqueName('Billing');
  const typedSecret = canary('client_secret');
  const { id } = await api.create({
    auth_type: 'oauth2_client_credentials',
    name,
    provider: 'acme',
    client_id: 'client-1',
    client_secret: canary('client_secret'),
    token_url: 'https://login.example.com/oauth2/token',
    scopes: ['read'],
  });
  const itemOf = async () => (await api.list()).find((c) => c.id === id)!;
  const loadedTag = authConnectionEtag(await itemOf());
  const patches: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().endsWith(`${AUTH_CONNECTIONS_PATH}/${id}`)) {
      patches.push(r);
    }
  });

  await openApp(page, `/connections/${id}/edit`);
  await expect(field(page, 'Client ID')).toHaveValue('client-1');
  await field(page, 'Client ID').fill('client-mine');
  await field(page, 'Client secret').fill(typedSecret);

  // The other admin saves while this form is open.
  const theirs = await api.request.patch(`${AUTH_CONNECTIONS_PATH}/${id}`, {
    data: {
      auth_type: 'oauth2_client_credentials',
      provider: 'acme-theirs',
      client_id: 'client-theirs',
    },
  });
  recordResponseBody(testInfo, theirs.url(), theirs.status(), await theirs.body());
  expect(theirs.status()).toBe(200);

  const refused = page.waitForResponse((r) => r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Save changes' }).click();
  expect((await refused).status()).toBe(412);
  const notice = page.getByRole('alert', { name: 'Someone else changed this connection' });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
  await expect(
    notice.getByRole('list', { name: 'What they changed' }).getByRole('listitem'),
  ).toHaveText([
    'Provider: acme → acme-theirs',
    'Client ID: client-1 → client-theirs (you changed it too: your value will be kept)',
  ]);
  await expect(page.getByRole('button', { name: /overwrite/i })).toHaveCount(0);
  await expect(field(page, 'Client ID')).toHaveValue('client-mine');
  await expect(field(page, 'Client secret')).toHaveValue(typedSecret);
  expect(await patches[0]!.headerValue('if-match')).toBe(loadedTag);
  await expectAccessible(page);
  await notice.scrollIntoViewIfNeeded();
  await screens(page, 'edit-conflict-notice', { fullPage: false });

  await notice.getByRole('button', { name: 'Reload their version' }).click();
  await expect(page.getByText(/Their version is loaded, with your changes on top/)).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(field(page, 'Provider')).toHaveValue('acme-theirs');
  await expect(field(page, 'Client ID')).toHaveValue('client-mine');
  await expect(field(page, 'Client secret')).toHaveValue(typedSecret);
  await screens(page, 'edit-conflict-rebased', { fullPage: false });

  const theirTag = authConnectionEtag(await itemOf());
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/connections/${id}\\?saved=1$`));
  expect(patches).toHaveLength(2);
  expect(await patches[1]!.headerValue('if-match')).toBe(theirTag);
  expect(patches[1]!.postDataJSON()).toEqual({
    auth_type: 'oauth2_client_credentials',
    client_id: 'client-mine',
    client_secret: typedSecret,
  });
  expect(await itemOf()).toMatchObject({
    provider: 'acme-theirs',
    client_id: 'client-mine',
    scopes: ['read'],
  });
});
