// Screenshots of the page as it is, for a person to look at. They check nothing, so a normal run
// skips them (each full-page shot costs a few hundred milliseconds); `E2E_SCREENS=1` writes them
// to test-results/screens: light and dark for `screens()`, the current theme for `shot()`.
import type { Page } from '@playwright/test';

const WANTED = !!process.env.E2E_SCREENS;
const DIR = 'test-results/screens';

/** One screenshot in the current theme. */
export async function shot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  if (!WANTED) return;
  await page.screenshot({ path: `${DIR}/${name}.png`, fullPage });
}

/** `fullPage: false` for dialogs: a full-page shot of a modal page moves the sticky app bar. */
export async function screens(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  if (!WANTED) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await shot(page, `${name}-${colorScheme}`, { fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
