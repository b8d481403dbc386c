// Light and dark screenshots of the page as it is, for a person to look at (test-results/screens).
import type { Page } from '@playwright/test';

/** `fullPage: false` for dialogs: a full-page shot of a modal page moves the sticky app bar. */
export async function screens(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({
      path: `test-results/screens/${name}-${colorScheme}.png`,
      fullPage,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
