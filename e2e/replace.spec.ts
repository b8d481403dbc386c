// Replace an mTLS connection (the API can't update one) with real PEM material: a create form of
// the same type prefilled with the stored non-secret values, then the old one's dependents to
// re-point, and deleting the old one.
import { expect, expectAccessible, openApp, pemCanaries, test, uniqueName } from './fixtures.ts';
import { field, storeBankMtls, submitCreate } from './form-steps.ts';
import { screens } from './screens.ts';

const pem = pemCanaries();

test('replacing an mTLS connection, then deleting the old one', async ({ page, api }) => {
  const oldName = uniqueName('Bank');
  const { id } = await storeBankMtls(api, oldName, {
    certificate: pem.certificate,
    key: pem.rsaKey,
  });
  await api.attachDependent({
    auth_connection_id: id,
    kind: 'tool',
    name: 'Pay invoice',
    access_level: 'admin',
  });

  await openApp(page, `/connections/${id}`);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Replace' }).click();
  await expect(page.getByRole('heading', { name: `Replace ${oldName}` })).toBeVisible();
  await expect(field(page, 'Name')).toHaveValue(oldName);
  await expect(field(page, 'Provider')).toHaveValue('bank');
  await expect(field(page, 'Client certificate')).toHaveValue('');

  const newName = uniqueName('Bank v2');
  await field(page, 'Name').fill(newName);
  await field(page, 'Client certificate').fill(pem.certificate);
  await field(page, 'Client key').fill(pem.rsaKey);
  await expectAccessible(page);
  await screens(page, 'replace-form');

  await submitCreate(page, 'Create replacement');
  await expect(
    page.getByText(`${newName} was created. ${oldName} still exists, unchanged.`),
  ).toBeVisible();
  const repoint = page.getByRole('region', { name: `Re-point what uses ${oldName}` });
  await expect(repoint.getByRole('list', { name: 'Tools' }).getByRole('listitem')).toHaveText([
    /Pay invoice\s*Admin access/,
  ]);
  await expectAccessible(page);
  await screens(page, 'replace-done');

  const stored = await api.list();
  expect(stored.filter((c) => c.name === newName || c.id === id).map((c) => c.auth_type)).toEqual([
    'mtls',
    'mtls',
  ]);

  await page.getByRole('button', { name: `Delete ${oldName}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await screens(page, 'replace-delete-dialog', { fullPage: false });
  // The old one is in use: its name must be typed to confirm.
  await dialog.getByRole('textbox').fill(oldName);
  await dialog.getByRole('button', { name: /^Delete/ }).click();
  await expect(page).toHaveURL(/\/(\?.*)?$/);
  await expect.poll(async () => (await api.list()).map((c) => c.id)).not.toContain(id);
  expect((await api.list()).some((c) => c.name === newName)).toBe(true);
});
