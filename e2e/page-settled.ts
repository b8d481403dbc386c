// Waits, without a fixed sleep, until a page has started the code it fetches when idle and no
// request is in flight. A test that takes the browser offline first waits for this: a speculative
// chunk fetch cut off by the switch would break that chunk for the rest of the page in Chromium
// (src/components/when-idle.ts), which is a fault of its own (e2e/offline-code.spec.ts), not the
// one the test is about.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Starts counting the page's requests; call before the page loads. */
export function trackRequests(page: Page): { settled: () => Promise<void> } {
  let inFlight = 0;
  let started = 0;
  page.on('request', () => {
    inFlight += 1;
    started += 1;
  });
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  return {
    async settled() {
      // Idle callbacks run in the order they were asked for, so once ours has run, every task
      // the page had waiting for idle has run too and issued its requests.
      for (;;) {
        const before = started;
        await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done())));
        await expect.poll(() => inFlight).toBe(0);
        if (started === before) return;
      }
    },
  };
}
