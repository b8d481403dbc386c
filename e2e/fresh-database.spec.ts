// Runs before every other journey (see the `fresh-database` project), while the database that
// e2e/start-server.ts created is still empty.
import { expect, expectAccessible, openApp, test } from './fixtures.ts';

test('a fresh database shows the empty state with a way to create the first connection', async ({
  page,
  api,
}) => {
  expect(await api.list()).toEqual([]);
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'No auth connections yet' })).toBeVisible();
  const create = page.getByRole('link', { name: 'Create your first connection' });
  await expect(create).toHaveAttribute('href', '/new');
  await expectAccessible(page);
});
