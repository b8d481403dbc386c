// The whole daily journey with the keyboard alone: create a connection, find it in the list,
// open it, delete it. No mouse event is sent; focus moves by Tab and arrow keys only.
import { canary, expect, openApp, test, uniqueName } from './fixtures.ts';
import { tabTo, uniquePart } from './keyboard.ts';

test('keyboard only: create → find in list → open → delete', async ({ page, api }) => {
  const name = uniqueName('Keys only');
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Auth connections', level: 1 })).toBeVisible();

  // Create: the "New connection" link, then the picker's radios move with the arrow keys.
  await tabTo(page, page.getByRole('link', { name: 'New connection' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New auth connection' })).toBeVisible();
  const radios = page.getByRole('radio');
  await tabTo(page, radios.first());
  // One ArrowDown per radio, each waited for, so a slow re-render cannot make a press skip one.
  const names = await radios.evaluateAll((els) => els.map((el) => el.getAttribute('value')));
  const target = names.indexOf('bearer_auth');
  expect(target).toBeGreaterThan(0);
  for (let i = 1; i <= target; i++) {
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(i)).toBeChecked();
  }
  const bearer = page.getByRole('radio', { name: /^Bearer token/ });
  await expect(bearer).toBeChecked();
  await expect(page).toHaveURL(/type=bearer_auth/);

  await tabTo(page, page.getByRole('textbox', { name: /^Name/ }));
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^Provider/ })).toBeFocused();
  await page.keyboard.type('keyboard');
  await tabTo(page, page.getByLabel(/^Token/).and(page.locator('input')));
  await page.keyboard.type(canary('token'));
  await page.keyboard.press('Enter'); // submits the form
  await expect(page.getByText(`“${name}” was created`)).toBeVisible();

  // Find it in the list by the unique part of its name.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await tabTo(page, search);
  await page.keyboard.type(uniquePart(name));
  const link = page.getByRole('link', { name, exact: true });
  await expect(link).toBeVisible();

  // Open it.
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  // Delete it: nothing uses it, so the dialog needs no typed name.
  await tabTo(page, page.getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await api.list()).some((c) => c.name === name)).toBe(false);
});
