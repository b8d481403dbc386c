// Moving focus the way a keyboard user does, for the keyboard-only journeys.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Presses Tab until the target has focus. It waits for the target to be on screen first, so a
 * slow render cannot make the presses go past it.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The random tail of a `uniqueName()`: unique on its own, and fewer keys to press in a search. */
export const uniquePart = (name: string): string => name.split(' ').at(-1)!;
