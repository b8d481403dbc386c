// A page whose code could not be fetched because the browser was offline comes back once the
// network does. Chromium keeps a module whose fetch failed for the life of the page, so there
// Retry cannot fetch it again; the page then says so and offers a reload instead of a Retry that
// cannot work (src/components/lazy-with-retry.tsx). Real offline (context.setOffline), real chunks.
import { canary, expect, openApp, rowLink, test, uniqueName } from './fixtures.ts';
import { trackRequests } from './page-settled.ts';

test('a page whose code could not load offline loads once the browser is back online', async ({
  page,
  context,
  api,
}) => {
  const name = uniqueName('Offline code');
  await api.create({ auth_type: 'bearer_auth', name, provider: 'p', token: canary('token') });
  const requests = trackRequests(page);
  await openApp(page, `/?q=${encodeURIComponent(name)}`);
  const row = rowLink(page, name);
  await expect(row).toBeVisible();
  // The list has fetched what it prefetches when idle; the detail page's code is not among it.
  await requests.settled();

  await context.setOffline(true);
  await row.click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('Check your connection and try again.');
  await expect(page).toHaveURL(/\/connections\//);

  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Retry' }).click();
  const heading = page.getByRole('heading', { level: 1, name });
  const reload = alert.getByRole('button', { name: 'Reload page' });
  // A browser that fetches a failed module again shows the page on Retry; Chromium does not.
  await expect(heading.or(reload)).toBeVisible();
  if (await reload.isVisible()) {
    await expect(alert).toContainText('Reload the page to load it.');
    await reload.click();
  }
  await expect(heading).toBeVisible();
  await expect(page.getByText('could not be loaded')).toHaveCount(0);
});
